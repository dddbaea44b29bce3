/**
 * Words that say nothing about a topic: for the per-card term weights used by `related`, and
 * for the speakers stage, where an echo (`Jobs panic.`) must repeat a word that says
 * something. Source: the common English function words of the SMART/Snowball stop lists,
 * plus dates (every episode says when it was recorded) and the conversational fillers that
 * dominate spoken transcripts ("yeah", "gonna", "actually"); in a podcast those outnumber
 * every topic word and would make every card look alike. Not tuned, so it is code rather
 * than a model.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although always am among an and another any anybody anyone anything
  anyway anywhere are aren around as at away back be became because become been before being below between both but by
  can cannot could couldn did didn do does doesn doing don done down during each either else enough etc even ever every
  everybody everyone everything few for from further get gets getting go goes going gone got gotten had hadn has hasn
  have haven having he her here hers herself him himself his how however i if in into is isn it its itself just let lets
  like likely made make makes making many may maybe me might mine more most much must my myself need needs neither never
  no nobody none nor not nothing now of off often oh ok okay on once one ones only onto or other others otherwise our ours
  ourselves out over own per perhaps put quite rather really right said same say says see seem seems seen shall she
  should shouldn since so some somebody someone something sometimes somewhat soon still such sure take than that the
  their theirs them themselves then there these they thing things think this those though through thus to too toward
  towards under until up upon us use used uses using very via want wants was wasn way ways we well went were weren what
  whatever when where whether which while who whole whom whose why will with within without won would wouldn yeah yes
  yet you your yours yourself yourselves
  actually anyways basically cool definitely gonna guess guy guys hey huh kind kinda know knows lot lots mean means
  mhm mm okay pretty probably sort stuff sounds thanks thank talk talking tell totally uh um wanna yep yup awesome
  great good nice bit little big new old first last next week today time times year years day days people person
  ll ve re don didn doesn isn aren wasn weren won wouldn couldn shouldn haven hasn hadn
  episode episodes podcast show shows listen listening listener listeners welcome hello bye goodbye
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday recorded`
    .split(/\s+/)
    .filter(Boolean),
);
