// Source of Dew Point #141 (SYNTHETIC held-out episode, heldout25): a two-host weekly WEATHER and FORECASTING news show
// in the style of the seed (forecast models old and new, the storms they forecast, the observations they start from and
// the agencies that run them). Hosts (invented): Ragna Eiríksdóttir, who writes the software that turns weather models
// into forecasts for pilots at an aviation forecasting office in Reykjavík, who opens and closes the show; Benedek
// Halmi, who runs a two-person company in Kecskemét whose app wakes apricot growers when frost is coming. The sponsor
// "Gribwell" (forecast-model data as a web API) is invented, as are the hosts' jobs, Benedek's rooftop weather station
// that sits beside the chimney and reads warm whenever the stove is lit (a running joke: set up in the intro, fed in
// segments 2, 6, 9 and 10, paid off in the outro), the low pressure system named after him, the growers, the launches at
// Keflavík as Ragna tells them, the dashboard and the ice grips. Recorded Thursday 20 November 2025; the news is real but
// told from memory.
// Rendered by build.mjs into web.txt (a seed-like page, FIRST NAMES in capitals on the first two paragraphs only) and
// captions.txt (the captions the show's video editor made in Avid Media Composer's SubCap effect and exported as an Avid
// caption file, with no speakers at all).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A on web.txt (the show's transcription service, checked by a person), B in captions.txt (the editor's
//              captions, corrected from a recogniser's draft: a misheard name left in, accents dropped, the URL written out);
//   ⟨...⟩      a spoken URL (always inside the A of a {A|B}): dropped from web.txt with the following punctuation;
//   ¦~         web.txt only: the page's transcription service starts a new paragraph at this sentence end and the
//              continuation loses its first word (the seed page's habit); `¦` the same, keeping the word;
//   ¶          a pause inside the turn (0.5 s on the captions' clock): captions.txt starts a new caption there.
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   dash       captions.txt: this short reply shares ONE two-line caption with the first line of the next paragraph, each
//              line opened by `- ` (two speakers in one caption, one on each line).
// Conventions: presenter = the host who brings the item, and a hand-over line belongs to the NEW segment, also when the
// other host speaks it; the sponsor's presenter is its reader; extras are one segment per host, kind `extra`, presented
// by that host; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const R = 'Ragna Eiríksdóttir';
export const B = 'Benedek Halmi';

export const SOURCE = [
  seg('intro', R, 'Welcome to Dew Point 141', []),
  say(R, "{Góða kvöldið|Goda kvoldid}, and welcome to Dew Point, episode 141, where the atmosphere meets the programs that try to guess its next move. I'm Ragna {Eiríksdóttir|Eiriksdottir}, in {Reykjavík|Reykjavik}, and my job is turning weather models into forecasts for pilots. It's Thursday, November the twentieth."),
  say(B, "And I'm Benedek Halmi, in {Kecskemét|Kecskemet}, out on the Hungarian plain. My company is two people and an app that wakes apricot growers in the small hours when frost is coming, which makes me the most useful and the least loved person in any orchard."),
  say(R, "How cold is your roof tonight?"),
  say(B, "The station says plus four. For anyone new: my weather station lives on the roof, right beside the chimney, and whenever my wife lights the stove it reads about two degrees too warm. I've decided it isn't wrong. It measures a very small and very cosy climate."),
  say(R, "The republic of the chimney."),
  say(R, "And the republic has a full agenda. Google's newest forecasting model, announced on Monday; the strongest hurricane ever to strike Jamaica, and which models saw it coming; the European centre turning fifty with a machine-learned ensemble running every day; then the people who cover our costs get their say; then weather balloons that stayed on the ground, a satellite that sounds the whole atmosphere over Europe from one fixed spot, and what's in a storm's name. ¦~ To close, one laptop pick and one cupboard pick each."),

  seg('topic', R, 'WeatherNext 2: Google DeepMind\'s generative model that draws hundreds of forecast scenarios in under a minute', ['WeatherNext 2', 'WeatherNext', 'Google DeepMind']),
  say(B, "Monday's model first, since you messaged me about it before I'd even found my glasses.", { cut: 1 }),
  say(R, "It deserved an early message. On Monday Google DeepMind and Google Research announced {WeatherNext 2|Weather Next 2}, their new global forecasting model. ¦~ What's new is how it treats uncertainty. The classic answer is an ensemble: one physics model, run fifty times from slightly different starting points, and the spread between the runs tells you how sure to be. ¶ Their new approach is called a functional generative network. It puts the randomness inside the model itself, so from one starting state it can draw hundreds of different plausible futures. ¦~ Each forecast needs less than a minute on a single TPU, it reaches fifteen days ahead in hourly steps, and they claim it's eight times quicker than the first version and better on nearly every variable they score."),
  say(B, "Better than what, though? Beating your own last model is a low bar for a press release."),
  say(R, "Fair suspicion. The comparison they lead with is against their own earlier models, GraphCast from 2023 and {GenCast|Gen Cast} from last December, which were both already competitive with the European centre's ensemble on many scores. ¦~ The independent comparisons will arrive over the winter. What matters more to me is that this isn't a research paper any more: it sits behind the forecasts in Search, Gemini, Pixel Weather and the weather API on Google Maps Platform, and the data goes into Earth Engine and BigQuery."),
  say(B, "Can I run it myself, on the machine under my desk?"),
  say(R, "Not this one. It's delivered through Google's cloud, with early access for businesses on Vertex AI. GraphCast's code and weights were published, so that's the one people tinker with at home."),
  say(B, "So my growers might already be looking at it without knowing."),
  say(R, "Very likely, if they ask their phone whether to light the frost candles. ¶ Here's the part people forget, though. These models learn from {ERA5|ERA 5}, the European reanalysis, decades of the atmosphere reconstructed from every observation there is. And each forecast still starts from an analysis made the old way, by data assimilation, blending fresh observations into a physics model's first guess."),
  say(B, "So the clever new thing still eats the old thing's breakfast."),
  say(R, "Every single morning. Nobody has replaced the observing system, only the part that comes after it. ¦~ For me the real test is aviation. A model that's right about the average but smooths away a line of thunderstorms is no use to a pilot, and I'll believe in it when it gets the nasty details right."),
  say(B, "Then it can start with my chimney."),

  seg('topic', B, 'Hurricane Melissa\'s Category 5 landfall in Jamaica, and the machine-learned cyclone model that saw it coming', ['Melissa', 'hurricane', 'Jamaica']),
  say(B, "Nasty details are exactly what Jamaica got in late October. Hurricane Melissa came ashore on its southwest coast that Tuesday as a Category 5, its sustained winds close to three hundred kilometres per hour, its central pressure near eight hundred and ninety-two hectopascals. ¦~ That ties the strongest landfall ever recorded in the Atlantic, with the Labor Day hurricane of 1935. It crossed the island, went on to Cuba, and dozens of people died across the region, many of them in Haiti, in floods before the centre ever reached Jamaica."),
  say(R, "And it strengthened very fast beforehand, didn't it?"),
  say(B, "Frighteningly fast. It sat almost still over extremely warm water south of the island and went from a tropical storm to a Category 5 in a few days, one burst of rapid intensification after another. ¶ Rapid intensification is what forecasters dread, because models have historically been at their worst with it. The National Hurricane Center called for a Category 5 landfall days in advance, and they were right."),
  say(R, "Where does the machine learning come in?"),
  say(B, "Since the summer the Hurricane Center has had an experimental model from Google DeepMind's Weather Lab in its guidance, one built only for tropical cyclones. ¦~ On Melissa it was among the best guides to both track and intensity, and over the whole season several people who check these things found its track errors smaller than the official forecast's. That's a big claim, and the forecasters themselves are careful to say it's one season."),
  say(R, "One season and one Melissa. Did the reconnaissance planes go in?"),
  say(B, "They did, and one crew had the roughest ride I've read about in years. The turbulence in the eyewall was so violent that they turned back on the first pass, then went in again and came out with video of the stadium effect, the walls of the eye curving up around a circle of blue sky. ¦~ What they measure in there is still what every model, old or new, gets judged against."),
  say(R, "Models don't fly into eyewalls.", { dash: true }),
  say(B, "Not yet, and I hope never. My orchards were the last thing on anybody's mind that week, but I'll admit I read the forecast discussions every six hours like the commentary on a football match. ¶ And what scared me most were the plots where every member agreed. §Ensembles are your territory, though, and your European centre has just put a machine-learned one into daily service, which you keep calling the real story of the year."),

  seg('topic', R, 'ECMWF at fifty: the machine-learned AIFS ensemble in daily operation, built on the open-source Anemoi framework', ['ECMWF', 'AIFS', 'Anemoi'], { mid: true }),
  say(R, "Because that's what it is. It crept up on everybody. The European Centre for Medium-Range Weather Forecasts, {ECMWF|the ECMWF}, turned fifty this year. ¦~ In February its first machine-learned model, the AIFS, became operational, and since July the ensemble version has joined it: a full ensemble, every day, run beside the physics-based one rather than instead of it. ¶ It's built with {Anemoi|Anemone}, an open-source framework the centre develops together with national weather services around Europe, so a small country can train its own regional model without starting from nothing."),
  say(B, "Is it in real use, or just for display?"),
  say(R, "We look at it on every shift. I can't tell you it's in my pilots' forecasts yet, because aviation is conservative for good reasons, but the forecasters keep it on the second screen, and for the big patterns it's often first to the answer. ¦~ Where it still struggles is the extremes. It's a little too smooth, so the heaviest rain and the strongest gusts come out softer than they should."),
  say(B, "The same complaint as with Google's."),
  say(R, "The same family of complaint, yes. ¶ The fifty years deserve a sentence, though. The centre was set up so that European countries could share one supercomputer none of them could afford alone, and its first operational forecast went out in 1979. ¦~ Today the machine lives in a data centre in Bologna, and more and more of the forecasting happens on graphics cards."),
  say(B, "And how quick is a run, compared with the physics?"),
  say(R, "That's the part that makes the accountants smile. The physics ensemble needs a large slice of the supercomputer for about an hour. The machine-learned one needs a handful of graphics cards for a few minutes, so you can afford to run it more often, or with more members, or both."),
  say(B, "And they publish all of it?"),
  say(R, "A good deal of it is open data now, the AIFS included, under a licence that allows building on it. That's the only reason your app can show ensembles at all, Benedek, so be kind to them."),
  say(B, "I'm always kind to people who give me free data, even in the small hours."),

  seg('sponsor', R, 'Sponsor: Gribwell, forecast model data as a plain web API', ['Gribwell']),
  say(R, "The small hours are also when a GRIB decoder likes to fall over. This week's microphones, hosting and pastries were paid for by Gribwell, and they've asked for a minute of your attention. ¦~ Gribwell takes the raw output of the big forecast models, the GRIB2 files nobody enjoys decoding, and serves it through a plain web API. You send a latitude, a longitude and the variables you need, and back comes a clean time series, for the main run or for every ensemble member. ¶ Every run stays available for seven days, which lets you hold Monday's forecast up against what the sky really did on Tuesday, and there are map tiles if you're drawing charts. ¶ No more compiling {ecCodes|Eck Codes} on a server at midnight. Your first month costs nothing at {⟨gribwell.dev/dewpoint⟩|gribwell.dev/dewpoint}. Our thanks to Gribwell for covering this week's bills. §Benedek, the balloons that never left the ground are yours."),

  seg('topic', B, 'Weather balloons grounded: radiosonde launches cut at American stations, and forecasters working through the shutdown', ['radiosonde', 'weather balloons', 'National Weather Service'], { mid: true }),
  say(B, "Mine, and the story is a sad one. Twice a day, at midnight and at noon universal time, roughly nine hundred stations around the world release a balloon carrying a {radiosonde|radio sonde}, a small box that measures temperature, humidity and pressure, and the wind from the way it drifts, until it bursts somewhere above twenty kilometres. ¦~ This year the American National Weather Service lost a lot of staff in the federal cuts, and a number of its stations launched once a day instead of twice or stopped altogether, in Alaska and across the plains. ¶ Over the summer the service got permission to hire several hundred people back, and then came the shutdown: six weeks of forecasters working without pay until it ended last week."),
  say(R, "How many stations lost their launches?"),
  say(B, "At the worst point, more than a dozen of their ninety-odd sites, some for months."),
  say(R, "We launch from {Keflavík|Keflavik} twice a day, and in winter I'd pay good money to watch someone hang on to the balloon."),
  say(B, "Does the wind ever win?", { dash: true }),
  say(R, "On the first try, sometimes. These days there's a little building with a roof that opens, so it's less heroic than in the old days. People always ask me why we bother, with all those satellites."),
  say(B, "Because a satellite looks down through the whole atmosphere at once, and a balloon climbs through it slice by slice. ¶ When researchers switch off one kind of observation at a time to see what the forecast loses, radiosondes come out among the most valuable per observation, above all for wind and the lowest few kilometres. ¦~ And here's the link to Monday's story: the machine-learned models begin from the same analysis, so fewer balloons hurt them just as much."),
  say(R, "So Google's model misses the balloon too. And so do my pilots. The icing forecast I write every morning leans heavily on the humidity profile from the {Keflavík|Keflavik} sounding, and on the days the launch fails, I can feel the hole."),
  say(B, "Everybody misses the balloon. Aircraft reports, the other big source of wind data, collapsed in 2020, once the planes stopped flying, and the forecasts measurably suffered. ¶ My growers won't read a word of this, of course. They want to know what the air is doing a hundred metres above the trees, layer by layer, because on a frost night it's warmer up there than down on the ground."),

  seg('topic', R, 'MTG-S1: Europe\'s first geostationary infrared sounder, and Sentinel-4 watching the air over Europe every hour', ['MTG-S1', 'Meteosat', 'Sentinel-4']),
  say(R, "Layer by layer is precisely what Europe's newest weather satellite promises, from thirty-six thousand kilometres away. {MTG-S1|MTG S1}, the sounder of the Meteosat Third Generation, went up on an Ariane 6 from Kourou in early July, and this autumn EUMETSAT has been showing its first data. ¦ Its main instrument is a hyperspectral infrared sounder. It splits the infrared light rising from the atmosphere into well over a thousand channels, and from those you can work out temperature and humidity at different heights. ¶ Polar satellites have managed that since the seventies, but they pass over you twice a day. This one hangs still above the equator and sounds all of Europe every half hour, so forecasters can watch the air getting ready for an afternoon thunderstorm."),
  say(B, "A balloon launch every half hour, everywhere at once."),
  say(R, "Not as sharp as a balloon, but yes, that's the dream. It also carries {Sentinel-4|Sentinel 4}, a Copernicus instrument for air quality, which measures ozone, nitrogen dioxide and their friends every hour over Europe. ¦~ The sounder's data volume is enormous, so the work now is in processing it and getting it into the models, and that will take a while."),
  say(B, "And how quickly does the data reach the ground?"),
  say(R, "Within minutes, through the ground stations in Darmstadt and beyond. The hard part isn't speed, it's that each sounding is a whole column of numbers with its own errors, and a model has to learn how much to trust it."),
  say(B, "How long is a while, then?"),
  say(R, "Years, before it's used fully. A new instrument usually spends its first year or two being checked against the very balloons you were mourning, which is rather the point of keeping them. ¶ Its imaging twin has been up since the end of 2022, with a lightning imager that already shows every flash over Europe and Africa."),
  say(B, "My growers would pay for a lightning alert. Some years hail does more damage than frost. Does the imager see hail coming?"),
  say(R, "It sees the lightning that usually comes with it, and a sudden jump in the flash rate often means a storm is strengthening. For my pilots that's gold: a thunderstorm far out over the Atlantic, where no radar reaches."),
  say(B, "Then everybody wins except the hail."),
  say(R, "Pilots avoid hail without needing me."),

  seg('topic', B, 'Naming storms: Storm Amy, Europe\'s naming groups and buying a name for a high in Berlin', ['storm names', 'Storm Amy', 'naming']),
  say(R, "Storms with proper names are your department, though, and you've complained about them since October.", { cut: 1 }),
  say(B, "Because nobody agrees! In early October Storm Amy was the first named storm of the season for the group of Britain, Ireland and the Netherlands, with gusts near a hundred and sixty kilometres per hour on the Scottish islands and many thousands of homes left in the dark. ¦~ Names help. People take a warning more seriously when the storm has one, and the news can talk about it without coordinates. But Europe has several naming groups, and every group keeps its own list, and when France named a storm Benjamin a few weeks later, half the continent was already calling it something else."),
  say(R, "And in Germany you can buy one."),
  say(B, "Indeed you can! The Free University of Berlin names every high and every low on its weather maps, and since 2002 anyone can pay to choose a name. A high costs more than a low, because it stays around longer and usually brings nicer weather. ¶ My wife gave me a low for my fortieth birthday. It rained on Dresden for two days, and I've never been prouder."),
  say(R, "What was it called?"),
  say(B, "Benedek, of course. I'm not a modest man, I have a chimney. ¶ Hurricanes are different again: the lists belong to the World Meteorological Organization, they come round every six years, and a name is retired when a storm is deadly enough. ¦~ I'd bet a crate of apricots that Melissa is retired next spring."),
  say(R, "Do people actually remember the names afterwards?"),
  say(B, "The British certainly do. Ask anybody in Aberdeenshire about Arwen, four years ago next week, and they'll tell you exactly how many days they spent without electricity. Nobody remembers a low-pressure system by its coordinates."),
  say(R, "I won't take your apricot bet, by the way."),

  seg('extra', B, "Benedek's extras: MetPy for soundings and skew-T diagrams, and a radiation shield for the rooftop station", ['MetPy']),
  say(R, "That's the week's weather filed away. Laptop first, cupboard second, and you lead."),
  say(B, "For the laptop, {MetPy|Met Pie}, a Python library from Unidata for doing meteorology properly. It reads radiosonde data, draws skew-T diagrams, and carries units through every calculation, so you can't add kelvin to Fahrenheit by accident when you're half asleep. ¦~ This month it helped me plot the soundings from Budapest, and I finally understood why frost is so much worse on my growers' valley floors than on the slopes: the cold air drains downhill and sits in the hollows. ¶ For the cupboard, a radiation shield, the stack of white plastic plates that keeps the sun off a thermometer. Forty euros, and my station finally has proper shade."),
  say(R, "You bought a shield and mounted it beside the chimney."),
  say(B, "Options are being weighed. §Over to your cupboard, and I'm hoping it needs no charger."),

  seg('extra', R, "Ragna's extras: Open-Meteo, an open-source weather API, and ice grips for Reykjavík's pavements", ['Open-Meteo'], { mid: true }),
  say(R, "Half of it doesn't. My laptop pick is {Open-Meteo|Open Meteo}, an open-source weather API that serves forecasts from the European centre, the German weather service, the Americans and several others, free for non-commercial use, and running your own copy is allowed. ¦~ Mine feeds a little dashboard at home that shows tomorrow's wind at the airport next to my daughter's school timetable. ¶ The cupboard pick is a pair of ice grips for shoes, the ones with small steel spikes. {Reykjavík|Reykjavik} pavements in November are a skating rink, and I've fallen over outside the forecast office twice."),
  say(B, "A forecaster who didn't see the ice coming."),
  say(R, "I saw it coming. It was personal. §That's as much weather as fits in one evening. The links, storm names and balloons included, are at {⟨dewpoint.fm/141⟩|dewpoint.fm/141}. Benedek, the chimney report?"),

  seg('outro', R, 'Goodbye', [], { mid: true }),
  say(B, "The chimney station says plus three, the shield is still in its box, and the growers can sleep tonight. Greetings from {Kecskemét|Kecskemet}."),
  say(R, "{Góða nótt|Goda nott}, everyone."),
];

export const SPEAKERS = [
  { name: R, aliases: ['Ragna', 'Eiríksdóttir', 'Eiriksdottir', 'RAGNA'] },
  { name: B, aliases: ['Benedek', 'Halmi', 'BENEDEK'] },
];
