// Builds Token Budget #64 (SYNTHETIC held-out episode): an interview show about building with
// language models. Host Samir Haddad (Montreal); guest Lucía Ferrández (Zurich), who maintains
// cairn, an invented open-source Python library for testing and evaluating LLM applications.
// Intro with guest introduction, five guest-carried sections (background; how cairn works; a
// sponsor read by the host; evaluation and benchmarks; community and funding; what's next) and an
// outro. Renders labeled.txt (`Full Name:` on each person's first line, then first-name labels,
// with an unaccented `Lucia:` typo, unlabeled continuation lines), web.txt (page header and footer,
// real `mm:ss` stamps, SURNAME labels on the first two paragraphs only, first word of unlabeled
// paragraphs cut off, URLs dropped) and gold.json with offsets into both, all from the one list
// below. Rerun with `node build.mjs` in this folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'token-budget-064';
const S = 'Samir Haddad';
const L = 'Lucía Ferrández';
const LABELS = {
  first: { [S]: 'Samir Haddad', [L]: 'Lucía Ferrández' },
  later: { [S]: 'Samir', [L]: 'Lucía' },
};

// seg(kind, presenter, title, titleKeys, {mid}) opens a segment at the next paragraph, or, with
// mid: true, at the `§` mark inside the paragraph before it.
// say(speaker, text, opts): lab = label as written in labeled.txt (null: no label), cut = number
// of words the web page lost at the paragraph start (default: 1 on unlabeled paragraphs, else 0),
// amb = speaker undecidable by reading (not scored).
// ⟨...⟩ marks a URL: kept in labeled.txt, dropped (with its trailing punctuation) from web.txt.
const seg = (kind, presenter, title, titleKeys, opts = {}) => ({ seg: kind, presenter, title, titleKeys, ...opts });
const say = (speaker, text, opts = {}) => ({ speaker, text, ...opts });

const SOURCE = [
  seg('intro', S, 'Welcome and guest introduction', []),
  say(S, "Welcome to Token Budget, the podcast about actually shipping things with language models, the unglamorous parts included. I'm Samir Haddad. And my guest today is someone whose library I have been using at work for, oh, about eight months now, mostly to find out that my prompts are worse than I thought. She's the creator and lead maintainer of cairn, which is an open-source Python library for testing and evaluating LLM applications. Lucía Ferrández, welcome to the show."),
  say(L, "Thank you, Samir. I'm very happy to be here. And I'm sorry about your prompts."),
  say(S, "Don't be. Better to find out from a library than from a customer."),
  say(L, "That's, um, that's basically the whole pitch, yes. I should put that on the README."),
  say(S, "You can have it for free. So you're in Zurich, right?"),
  say(L, "I'm in Zurich, yes. Originally from Valencia, I moved here about four years ago. It's, it's very clean and very expensive and the trains are always on time, so I have nothing to complain about except the price of coffee."),
  say(S, "I've heard about the coffee. Okay, so the plan today. I want to hear how you ended up doing this, then how cairn actually works under the hood, then I want to get into evaluation more broadly, benchmarks and LLM-as-a-judge and all the stuff people argue about on Twitter. And then the open-source side, who pays for this, and what's next. Sound good?"),
  say(L, "Sounds great. Let's do it."),

  seg('topic', L, 'Background: from computational linguistics to LLM evaluation', ['background', 'computational linguistics', 'linguistics', 'how Lucía got into']),
  say(S, "So how did you get here? What's the, um, the origin story?"),
  say(L, "So, I'm a linguist by training, actually. I did my undergrad in Spanish philology in Valencia, which is about as far from machine learning as you can get, and then I got kind of, um, obsessed with syntax, with parsing. And that took me to a master's and then a PhD in computational linguistics in Barcelona. My thesis was on dependency parsing for low-resource languages. Which, at the time, that meant a lot of hand-built features and a lot of, you know, CoNLL files."),
  say(S, "CoNLL files. I haven't heard that word in a while."),
  say(L, "Nobody has! It's like a tab-separated format for annotated sentences, one token per line. I have, I have probably read more of those than novels. And then halfway through my PhD, BERT came out, and suddenly everything I was doing with features, you could just fine-tune a transformer and beat it. So the second half of my thesis was, um, basically me fine-tuning things with Hugging Face transformers and being a bit sad about the first half."),
  say(S, "That's a very specific kind of sad. A lot of people in NLP had that moment."),
  say(L, "It is. But also, honestly, it was exciting. I remember the first time I fine-tuned multilingual BERT on a treebank for a language with, like, two thousand annotated sentences, and it beat my carefully engineered parser from two years of work. In an afternoon. On one GPU that I shared with three other people. I went home and I didn't know whether to celebrate or cry. So I did both. My partner made paella."),
  say(L, "Oh, everyone in my lab had that moment. We used to joke that the field had two eras, before the transformer and after the transformer, and our careers straddled both. Badly.", { lab: null }),
  say(L, "After the PhD I went to a machine translation startup in Barcelona, and I worked on quality estimation. Which turns out to be extremely relevant, because quality estimation is, how do you know if a translation is good without a human reading it? And that's, that's the same question we now ask about every LLM output. So I spent three years thinking about metrics, BLEU and chrF and then learned metrics like COMET, and how they correlate, or, mostly, don't correlate, with what human translators think.", { lab: null }),
  say(S, "And then LLMs."),
  say(L, "And then ChatGPT. Yeah. I'd moved to Zurich by then, for my partner's job, and I was working at an insurance company. Very un-glamorous. They wanted a chatbot, of course, in early 2023, everybody wanted a chatbot. For claims questions. And I was on the team, and I asked the question that I always ask, which is, how do we know it's good? And the answer was, um, the product manager tries it on Friday."),
  say(S, "The vibe check."),
  say(L, "The vibe check! Exactly. Every Friday the PM would type ten questions and say, hmm, it feels better this week. And I come from a world where you'd never ship a translation model without a test set. So I started writing a little harness, on evenings, just a folder of YAML files with questions and expected facts, and a script that ran them against the model and produced a table. And that script became cairn."),
  say(S, "Wait, was it actually in YAML from the start? Because I remember the early versions being, like, CSV."),
  say(L, "Oh, you're right, it was CSV first! Sorry. CSV with a column for the question and a column for, um, the facts separated by semicolons. Which broke the first time an answer contained a semicolon. Which was, of course, on day two. Then YAML. I'd forgotten that, you know the history better than me."),
  say(S, "I was an early, very annoyed user."),
  say(S, "Why cairn, by the way? The name."),
  say(L, "A cairn is the pile of stones hikers leave on a trail, to mark the way. And I was doing a lot of hiking here, because, you know, Switzerland. And I liked the idea that each test case is a little stone, and together they show you where the path is. Also, it was free on PyPI. That was, honestly, sixty percent of the decision."),
  say(S, "That's always sixty percent of it."),
  say(L, "Always. I open-sourced it in, um, in August 2023, and it was a few hundred stars for a while, and then somebody posted it on Hacker News in January and it, it kind of exploded. And I left the insurance job last spring to work on it more. Half-time. We'll get to money, I guess."),
  say(S, "We'll definitely get to money."),

  seg('topic', L, 'How cairn works: test cases, providers, caching and scorers', ['how cairn works', 'cairn', 'pytest', 'caching', 'scorers']),
  say(S, "Okay, so walk me through it. If I have, let's say, a RAG app, a retrieval thing over our internal docs, and I pip install cairn. What do I actually do?"),
  say(L, "So the core idea is that an eval should feel like a test. Most Python developers already know pytest, so cairn is, first of all, a pytest plugin. You write a function, you decorate it, and inside you call your app, not the model directly, your app, with your retrieval and your prompt templates and whatever. And then you make assertions about the output. And you run pytest, and you get a report."),
  say(L, "But the assertions are different from normal tests, because the outputs are not deterministic and they're not exact. You can't say assert output equals, you know, the claim deadline is thirty days. The model might say within thirty days, or one month, or, um, a beautiful paragraph. So instead you use scorers. A scorer takes the output and returns a number between zero and one and an explanation. And the test passes if the score is over a threshold.", { lab: null }),
  say(S, "What kinds of scorers are there?"),
  say(L, "Three families, roughly. There are the cheap deterministic ones. Does the output contain this string, does it match this regex, is it valid JSON, does it validate against this Pydantic model. Those are, honestly, underrated. Half the bugs people have are, the model returned JSON with a trailing comment in it, or it forgot a field."),
  say(S, "Or the markdown code fence around the JSON."),
  say(L, "Oh, the code fence! Yes. We have a scorer just for that, it's literally called no_code_fence. It's one of the most used ones. It's a little embarrassing."),
  say(L, "Then there are similarity scorers, embeddings, so you compare the output to a reference answer using cosine similarity, or with something like BERTScore. Those are okay for, um, for catching big drifts, not for fine distinctions. And then there are the judge scorers, where you ask another model to grade the answer with a rubric. That's the expensive one and the one with the most, let's say, philosophical problems. We'll talk about that in the evaluation part, I think.", { lab: null }),
  say(S, "We will. And for the data, the test cases, where do they live?"),
  say(L, "They can live in code, as parameters, but most people use a dataset file. JSON Lines, or YAML, or a Parquet file if it's big. Each row is an input plus whatever you know about the right answer. Expected facts, a reference answer, a, um, a list of documents that should have been retrieved. And you can also pull datasets from the Hugging Face Hub, because a lot of people start from a public set and then add their own cases."),
  say(S, "Okay, and then there's the cost problem. If I have five hundred cases and I run them on every commit against GPT-4o, that's, that's real money."),
  say(L, "That's real money, and it's slow. So the feature I'm proudest of, honestly, is the cache. Every call to a model goes through cairn, and we hash the full request, the model name, the messages, the temperature, the tools, everything. And we store the response in a local SQLite database. So if you rerun the suite and nothing in the request changed, it's a cache hit, it's free and it's instant. You only pay for the cases your change actually touched."),
  say(S, "So if I change the system prompt, everything misses."),
  say(L, "Everything misses, yes, because the system prompt is in every request. But if you change one retrieval setting that only affects some questions, only those rerun. And you can commit the cache file, or put it on S3, so your CI shares it with your laptop. One team told me their eval bill went from, I think, four hundred dollars a week to about thirty. I don't know if that's true, but I choose to believe it."),
  say(S, "How do you talk to the different model providers? Do you wrap every SDK yourself?"),
  say(L, "No, no, no. I did, at the very beginning, and it was a nightmare. Every provider changes something every week. So now we use LiteLLM under the hood for the API calls, which gives us OpenAI, Anthropic, Mistral, Bedrock, all of them behind the same interface. And for local models, most people use Ollama or vLLM, both of which speak the OpenAI-compatible API, so they just work."),
  say(L, "The one thing we do ourselves is concurrency. Everything is async, asyncio, with a rate limiter per provider, because the first thing that happens when you run five hundred cases is you hit a rate limit, and then you get a wall of 429 errors and half your results are missing. So cairn backs off and retries and it tells you at the end, um, this many calls were retried. That part took me longer to get right than anything else.", { lab: null }),
  say(S, "And the report at the end, what does that look like?"),
  say(L, "In the terminal you get a table, per test, per scorer. But the useful thing is the comparison. You can say cairn compare, this run against main, and it shows you which cases got better and which got worse. Because the average score is almost useless. If your average goes from 0.81 to 0.82, that tells you nothing. What you want to know is, which twelve questions broke. And there's a little HTML report with the full outputs side by side, so you can actually read them."),
  say(S, "Reading the outputs. Revolutionary."),
  say(L, "It is revolutionary, apparently! People don't read their outputs. I say this in every talk. Read fifty outputs before you write a single metric."),
  say(S, "Can you use it without pytest? Like, I've got a notebook and I just want to score a batch of outputs I already have."),
  say(L, "Yes, there's a plain Python API too. You load a dataset, you give it your outputs, or a function, and you call evaluate, and you get a dataframe back. Pandas or Polars, whichever you have installed. A lot of the data science people use it that way in Jupyter, and then later they move the good cases into pytest so they run in CI. That's the path we see most. Notebook first, then tests, once the team starts trusting it."),
  say(S, "And what about structured outputs, the JSON schema mode in the APIs? Does that make the cheap scorers unnecessary?"),
  say(L, "It helps a lot, honestly. If you use structured outputs with a Pydantic model, the provider guarantees valid JSON in that shape, most of the time. But valid JSON isn't correct JSON. The field can be there with the wrong date in it. So the schema check gets cheaper, and the content checks matter more. And not every model you run locally supports it, so we keep the scorers."),

  seg('sponsor', S, 'Sponsor: Kilnworks', ['Kilnworks']),
  say(S, "Let's take a quick break, and then I want to get into that, the metrics question. This episode is supported by Kilnworks. Kilnworks gives you on-demand GPUs for inference and fine-tuning, without the, um, the three-week quota request. You pick an H100 or an L40S, you get a machine in about a minute, and you pay by the second. They have ready-made images with vLLM and the usual PyTorch stack, so serving an open-weights model behind an OpenAI-compatible endpoint is one command."),
  say(S, "I used them for the episode a few weeks ago where we fine-tuned a small Llama model on our own support tickets, and the thing I liked was that I could shut everything down and not think about it. No idle machine quietly burning money over the weekend. Go to ⟨kilnworks.ai/tokenbudget⟩ for fifty dollars of free credit. Thanks to Kilnworks for supporting the show.", { lab: null }),

  seg('topic', L, 'Evaluation and benchmarks: contamination, LLM-as-a-judge and small golden sets', ['evaluation', 'benchmarks', 'LLM-as-a-judge', 'judge', 'contamination', 'golden set']),
  say(S, "Okay, so evaluation. Let's start big. Every time a new model comes out, there's a table. MMLU, HumanEval, GPQA, whatever. How much should I care about those numbers?"),
  say(L, "For your application? Very little. I'm going to, um, I'll try to say that in a nicer way. Public benchmarks are useful for comparing models in general, for the people training them. But there are two big problems. One is contamination. The benchmarks are on the internet, and the models are trained on the internet. So some of the test questions, or paraphrases of them, are in the training data. And you can't really prove it either way from outside."),
  say(S, "So the model's seen the exam."),
  say(L, "The model might have seen the exam. There have been papers showing, you take a benchmark like GSM8K, the grade school math one, and you write new problems in the same style, same difficulty, and some models drop quite a lot. Not all of them, and it's debated, but it's enough that I don't trust a point or two of difference on a leaderboard. And MMLU in particular is, um, pretty saturated now, the top models are all in the high eighties, and some of the questions have wrong answer keys."),
  say(L, "The second problem is that the benchmark isn't your task. HumanEval is, you know, write a small Python function from a docstring. If your app answers insurance questions in German, that score tells you almost nothing. The better coding benchmarks, like SWE-bench, where the model has to fix a real GitHub issue in a real repository, are closer to real work. But it's still not your work.", { lab: null }),
  say(S, "What about Chatbot Arena? The, the LMSYS one, where people vote between two anonymous answers. That's humans, at least."),
  say(L, "I like the Arena, actually, it's one of the more honest signals, because it's fresh prompts from real people. But it measures what random people on the internet prefer in a single turn. And people prefer longer answers, and confident answers, and nice formatting with bullet points. So it rewards, um, it rewards style a bit. They've added a style control since, which helps. But again, not your users."),
  say(S, "So, your own eval set. How big? Because people think they need ten thousand examples."),
  say(L, "No! You need, to start, fifty. Fifty good ones. Written by someone who knows the domain, covering the cases you actually care about, including the annoying ones. The question where the right answer is, I don't know. The question in the wrong language. The question where the user is angry. Fifty examples you've thought about beat five thousand synthetic ones that all look the same."),
  say(S, "But with fifty, the noise must be huge. If I go from forty-one passing to forty-three, is that real?"),
  say(L, "Probably not! And this is the thing I wish more people understood. With fifty cases, a change of two is well within noise, especially if the model runs at temperature above zero. So in cairn we do two things. You can run each case several times, and we report the pass rate with a confidence interval, using a bootstrap. And in compare mode, we do a paired test, because it's the same questions in both runs, which is much more sensitive than comparing two averages. And if the difference isn't significant, the report literally says, this might be noise."),
  say(S, "I've seen that message. It's humbling."),
  say(L, "It's supposed to be! It saves you from, um, from shipping a prompt change that did nothing and writing a blog post about it."),
  say(S, "Okay. LLM-as-a-judge. This is the controversial one. Using a model to grade another model. Is that, is that circular?"),
  say(L, "It's a bit circular, and it's still useful, if you're careful. The judges have known biases. There's position bias: if you show the judge two answers, A and B, many models prefer whichever comes first. Or, for some models, second. There's verbosity bias, longer answers get higher scores. And there's self-preference, a model tends to like answers written by itself, or by its own family. There's a paper from the LMSYS people, the MT-Bench paper, that measured a lot of this."),
  say(L, "So in cairn, for pairwise judging, we always run both orders, A then B, and B then A, and if the judge flips its answer when you swap them, we count it as a tie. That alone removes a lot of garbage. And we push people to write rubrics as specific yes-or-no questions. Not, rate this answer from one to ten. Instead, does the answer mention the thirty-day deadline? Does it invent a policy number? Does it tell the user to call the hotline? Small questions, each one checkable.", { lab: null }),
  say(S, "Because one to ten is meaningless."),
  say(L, "One to ten is meaningless! Ask a model for a score from one to ten, you get seven. You always get seven. Or eight if it's in a good mood."),
  say(S, "Ha. The seven. I've seen the seven."),
  say(L, "Everyone has seen the seven. And the most important thing: you calibrate the judge against humans. Take a hundred outputs, have two people on your team label them with the same rubric, and see how often the judge agrees with them. We compute Cohen's kappa in cairn, there's a cairn calibrate command. If the two humans don't agree with each other, your rubric is bad, and no model will fix that. If they agree and the judge doesn't, change the judge. If all three agree, now you can trust it on the next ten thousand outputs. More or less."),
  say(S, "How often do the humans not agree with each other?"),
  say(L, "All the time! It's always a shock. At the insurance company we did it for the chatbot and the two claims experts agreed on, I think, seventy percent of answers. Seventy. And they'd been working next to each other for ten years. That was the most useful meeting of the whole project, because it turned out they had different ideas about what a good answer is, and nobody had ever written it down."),
  say(S, "That's a great story. The eval was really a requirements meeting."),
  say(L, "Every eval is secretly a requirements meeting. Yeah. That's my, that's my second slogan."),
  say(S, "Do you ever use synthetic data? Like, have a model generate the test questions?"),
  say(L, "For coverage, yes, carefully. It's good at, um, at variations. Take one real question and ask for ten phrasings, with typos, in Spanish, very rude, very polite. That finds robustness problems. But the model generating questions has the same blind spots as the model answering them. So the core of the set should come from real users, real logs. Synthetic is seasoning, not the meal."),
  say(S, "Seasoning, not the meal. You have a lot of slogans."),
  say(L, "I've given this talk too many times. It shows."),

  seg('topic', L, 'Community and funding: maintainers, sponsors and AI-generated pull requests', ['community', 'funding', 'sponsors', 'maintainer', 'pull requests', 'Open Collective']),
  say(S, "Let's talk about the open-source side. How many people work on cairn now?"),
  say(L, "So, there are three maintainers with commit access. Me, and then Tendai Moyo, who's in Harare, he joined after he sent, um, a really big pull request for the async runner in the first year, and he basically rewrote it better than I had. And Hye-jin Kwon in Seoul, who does most of the judge scorers and the calibration stuff, she has a background in psychometrics, which is perfect, because inter-rater agreement is literally her field. And then there's maybe fifteen, twenty people who contribute regularly, and a long tail of, you know, one-PR people."),
  say(S, "Three time zones, that's a lot of spread."),
  say(L, "It's actually great, honestly. Somebody is always awake to look at an issue. We have one call a month, at a time that's bad for everyone equally. That's, um, that's our governance. Bad for everyone equally."),
  say(S, "And money. You said you left your job. How does that work?"),
  say(L, "Carefully. So, there's a mix. We have GitHub Sponsors, which is mostly individuals, and that pays for, like, coffee. In Zurich, that's not nothing, but it's not rent. Then we have an Open Collective, where companies sponsor, and there are four companies that give a fixed amount every month, because they use cairn in their CI and they don't want it to die. That's the biggest part. And then I do some paid workshops, for teams that want help setting up evals. Together it's roughly a half-time salary. Half-time by Swiss standards, which is nice, I know I'm lucky."),
  say(L, "What I didn't want was to start a company, at least not yet. A lot of eval tools became companies, with a hosted dashboard, and some of them are good. But the moment you have investors, there's pressure to move the useful features into the paid product. I wanted cairn to stay something you can run with pip install and nothing else, no account, no telemetry.", { lab: null }),
  say(S, "No telemetry at all?"),
  say(L, "None. We had a discussion about optional telemetry, opt-in, to know which scorers people use. And the community said, very clearly, no. So we did a survey instead. Like it's 2005."),
  say(S, "Ha. A survey. How did the survey go?"),
  say(L, "We got about nine hundred answers, which surprised me. And the biggest surprise was how many people use it for things that aren't chatbots at all. Classification, extraction from PDFs, summarizing call transcripts. Which changed what we prioritized, so, worth it."),
  say(S, "How do you handle companies that use it heavily and never give anything back? Does that bother you?"),
  say(L, "It used to bother me more. There's one very large company, I won't say which, whose engineers open a lot of issues with, like, urgent in the title. And they've never contributed a line or a franc. At the beginning I'd stay up fixing their bugs. Now I have a label called needs-sponsor-or-patience. I'm joking. Mostly. But you learn that you can say, this is a good idea, we'd accept a PR, and then close the tab."),
  say(S, "Close the tab. That's very healthy."),
  say(L, "My therapist would be proud. My partner definitely is."),
  say(S, "What's the hardest part of maintaining it, day to day?"),
  say(L, "Honestly, right now, it's the pull requests written by AI. Not people using Copilot to help them, that's fine. I mean pull requests that are completely generated, by someone who didn't run them. Like, someone points a tool at our issues and it opens a PR that changes forty files and fixes nothing. Or it invents a function that doesn't exist in LiteLLM. And they look plausible, they have a nice description, with headings, and a summary."),
  say(S, "With emoji."),
  say(L, "With emoji! Always with the little rocket. And each one takes, I don't know, twenty minutes to figure out it's nonsense. Which sounds small, but during Hacktoberfest we got, um, I think sixty of those in October. So now we have a rule in CONTRIBUTING: if you open a PR, you must describe how you tested it, in your own words, and the PR must link to an issue that a maintainer has accepted. It's a bit bureaucratic, but it helps."),
  say(S, "It's funny, it's an evaluation problem again. You need an eval for your pull requests."),
  say(L, "Please don't give Tendai ideas. He'll build it.", { lab: 'Lucia' }),

  seg('topic', L, "What's next for cairn: 1.0, agent traces and OpenTelemetry", ['1.0', "what's next", 'agent', 'agents', 'OpenTelemetry', 'roadmap']),
  say(S, "So what's next? Where's cairn going in the next year?"),
  say(L, "The big thing is 1.0. We've been on zero-point-something forever, and the API has changed more than I'd like. Every time we rename something, somebody's CI breaks, and they're, um, politely upset with me. So 1.0 means we freeze the public API, the scorer interface, the dataset format, the cache format, and we promise not to break them without a major version. It's mostly cleanup, and a lot of deprecation warnings, and writing the migration guide. Boring, but important. I'd like it out in the spring."),
  say(S, "Spring. Is that a real spring or an open-source spring?"),
  say(L, "It's, um, it's a Swiss spring. So, maybe. Sometimes it snows in May here."),
  say(L, "The bigger technical thing is agents. At the moment cairn is good at evaluating one call, one question and one answer. But more and more people build things where the model makes ten tool calls, searches, reads a file, calls an API, and then answers. And the final answer can be right for the wrong reasons, or wrong because step three failed. So we want to evaluate the whole trajectory. Did it call the right tools, in a reasonable order, did it stop when it should, how many tokens did it burn getting there.", { lab: null }),
  say(S, "How do you even capture that? Every agent framework does it differently."),
  say(L, "Exactly, that's the problem. LangChain does it one way, LlamaIndex another, and half the people don't use a framework at all, they write a loop. So we're betting on OpenTelemetry. There's a working group defining semantic conventions for generative AI, so a model call, a tool call, token counts, all become standard span attributes. If your app emits those traces, and a lot of libraries are starting to, cairn can read them and score them. So we don't have to integrate with every framework, we just read the traces."),
  say(S, "That's a nice bet, if the conventions settle down."),
  say(L, "If they settle. They're still marked experimental and they change. Hye-jin goes to the meetings, she's braver than me. And then the smaller things. Better support for multimodal cases, images in the inputs, because people are evaluating document extraction from scans. Cost tracking per test, so the report tells you this suite cost four dollars and twelve cents. And we'll drop Python 3.9 in 1.0, because it's end of life next October anyway."),
  say(S, "On the agent thing, how do you score a trajectory, though? There isn't one right sequence of tool calls, usually."),
  say(L, "No, and that's the hard part. If you write, the expected trajectory is search, then read, then answer, and the agent does read, then search, then answer, is it wrong? Usually not. So we're not doing exact sequence matching. It's more like, um, constraints. It must call the refund tool at most once. It must never call delete without calling confirm first. It must finish in under fifteen steps. Those are things you can check on any trace, and they're the things that actually break in production."),
  say(S, "Never call delete without confirm. That's a good one to have in a test suite."),
  say(L, "That one came from a user. After an incident. A small one, they said. I didn't ask."),
  say(S, "What's something you decided not to do?"),
  say(L, "A web dashboard. People ask for it all the time. And I understand, but a dashboard is a product, it needs auth, it needs hosting, it needs, um, someone on call. We export to formats that other tools read, JSON and a Parquet file per run, and you can load that into whatever you like. One user built a little Streamlit app on top and published it. That's the right way for it to exist, I think, outside of the core."),
  say(S, "Any chance of a Rust core or something? It seems like every Python tool is getting rewritten in Rust right now."),
  say(L, "Ha, no. People ask. But cairn spends ninety-nine percent of its time waiting for an HTTP response from a model. If I rewrote the scoring in Rust, the suite would finish, um, exactly as fast, minus a few milliseconds. The bottleneck is the network and the provider's rate limits, not Python. If anything, the slow part locally is embeddings, and those are already running in compiled code."),
  say(S, "Last question in this section. What would you tell someone who has no evals at all today? Like, where do they start on Monday?"),
  say(L, "On Monday, you open a spreadsheet. Not cairn, a spreadsheet. Write down twenty real questions from your logs, and, for each one, what a good answer must contain and must not contain. Then run your app, read the answers, mark them. That's your first eval, it took two hours. Then, when you get tired of doing it by hand, which will be, um, about the third time, that's when you use a tool. Any tool. Ideally mine."),
  say(S, "Ideally yours. Fair enough."),

  seg('outro', S, 'Wrap-up and where to find Lucía', []),
  say(S, "Lucía, this was great. Where can people find you and cairn?"),
  say(L, "The project is on GitHub, and the docs are at ⟨cairn-eval.dev⟩. There's a Discord linked from the README, which is where most of the, um, the real conversations happen. And I'm on Bluesky and Mastodon, mostly posting photos of mountains and complaining about judge models."),
  say(S, "The perfect mix. Thank you so much for coming on."),
  say(L, "Thank you for having me, Samir. It was really fun."),
  say(S, "And thanks everyone for listening. Thanks to Kilnworks for sponsoring. Show notes with every link are at ⟨tokenbudget.fm/64⟩. Go read fifty outputs. See you next time."),
];

const SPEAKERS = [
  { name: S, aliases: ['Samir Haddad', 'Samir', 'HADDAD', 'Haddad'] },
  { name: L, aliases: ['Lucía Ferrández', 'Lucía', 'Lucia', 'FERRÁNDEZ', 'Ferrández', 'Lucia Ferrandez', 'Ferrandez'] },
];

const ENTITIES = {
  required: {
    cairn: ['cairn'],
    Python: ['Python'],
    pytest: ['pytest'],
    PyPI: ['PyPI'],
    BERT: ['BERT'],
    'Hugging Face': ['Hugging Face', 'Hugging Face transformers', 'transformers', 'Hugging Face Hub'],
    ChatGPT: ['ChatGPT'],
    RAG: ['RAG', 'retrieval-augmented generation'],
    Pydantic: ['Pydantic'],
    JSON: ['JSON', 'JSON Lines', 'JSONL'],
    YAML: ['YAML'],
    Parquet: ['Parquet'],
    SQLite: ['SQLite'],
    'GPT-4o': ['GPT-4o'],
    LiteLLM: ['LiteLLM'],
    OpenAI: ['OpenAI', 'OpenAI API'],
    Anthropic: ['Anthropic'],
    Ollama: ['Ollama'],
    vLLM: ['vLLM'],
    asyncio: ['asyncio', 'async'],
    Kilnworks: ['Kilnworks'],
    MMLU: ['MMLU'],
    HumanEval: ['HumanEval'],
    'SWE-bench': ['SWE-bench'],
    GSM8K: ['GSM8K'],
    'Chatbot Arena': ['Chatbot Arena', 'Arena', 'LMSYS'],
    'LLM-as-a-judge': ['LLM-as-a-judge', 'LLM as a judge', 'judge', 'judge models'],
    "Cohen's kappa": ["Cohen's kappa", 'kappa'],
    'GitHub Sponsors': ['GitHub Sponsors'],
    'Open Collective': ['Open Collective'],
    OpenTelemetry: ['OpenTelemetry'],
    LangChain: ['LangChain'],
    LlamaIndex: ['LlamaIndex'],
  },
  tolerated: [
    'LLM', 'LLMs', 'GPT', 'NLP', 'computational linguistics', 'dependency parsing', 'CoNLL', 'transformer', 'fine-tuning', 'machine translation',
    'quality estimation', 'BLEU', 'chrF', 'COMET', 'vibe check', 'Hacker News', 'GitHub', 'README', 'regex', 'markdown', 'embeddings',
    'cosine similarity', 'BERTScore', 'rubric', 'S3', 'CI', 'Mistral', 'Bedrock', 'Amazon Bedrock', 'rate limit', '429', 'HTML', 'GPQA',
    'contamination', 'leaderboard', 'benchmark', 'benchmarks', 'bootstrap', 'confidence interval', 'paired test', 'position bias', 'verbosity bias',
    'self-preference', 'MT-Bench', 'psychometrics', 'inter-rater agreement', 'telemetry', 'Copilot', 'GitHub Copilot', 'Hacktoberfest',
    'CONTRIBUTING', 'agents', 'agent', 'tool calls', 'trajectory', 'semantic conventions', 'GenAI semantic conventions', 'spans', 'traces',
    'multimodal', 'Python 3.9', 'Streamlit', 'Discord', 'Bluesky', 'Mastodon', 'Twitter', 'H100', 'L40S', 'GPU', 'GPUs', 'PyTorch', 'Llama',
    'open-weights', 'Zurich', 'Valencia', 'Barcelona', 'Token Budget', 'tokenbudget.fm', 'cairn-eval.dev', 'temperature', 'system prompt',
    'prompt templates', 'scorers', 'no_code_fence', 'evals', 'eval', 'evaluation', 'synthetic data', 'golden set', 'PDFs', 'CSV', 'Pandas', 'Polars', 'Jupyter', 'structured outputs', 'JSON schema', 'Rust', 'HTTP', 'dataframe', 'multilingual BERT', 'treebank', 'GPU', 'paella',
  ],
};

const EPISODE = { show: 'Token Budget', number: 64, recorded: null, title: 'Every eval is a requirements meeting, with Lucía Ferrández' };

const WEB = {
  header: [
    'Token Budget', 'Episodes   Guests   Newsletter   Subscribe', '',
    '« Back to episode 64', '', 'Transcript for Episode 64:', 'Every eval is a requirements meeting, with Lucía Ferrández', '', '',
  ].join('\n'),
  footer: '\n\n« Back to episode 64\n\nToken Budget is produced and hosted by Samir Haddad. This transcript was generated automatically and may contain errors.',
  stamps: 'real',
  labels: 2,
  label: { [S]: 'HADDAD', [L]: 'FERRÁNDEZ' },
};

// ---- rendering ----------------------------------------------------------------------------
const curly = (s) => s.replace(/(\w)'(\w)/g, '$1’$2').replace(/(\s|^)'(\w)/g, '$1‘$2');
const labeledText = (t) => curly(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const webText = (t) => curly(t.replace(/\s?⟨[^⟩]*⟩[.,]?/g, ''));
const cutOf = (p) => p.cut ?? (p.lab === null ? 1 : 0);
const mmss = (sec) => `${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;

/** Lays the paragraphs out; the first segment starts at 0 (header included), the last ends at the end of the file. */
function render({ header, footer, sep, prefix, words, trailer = '' }) {
  let out = header;
  const paragraphs = [];
  const segments = [];
  let pendingMid = null;
  let open = null;
  let i = 0;
  for (const item of SOURCE) {
    if (item.seg) {
      const start = item.mid ? pendingMid : (segments.length ? out.length + sep.length : 0);
      if (start == null) throw new Error(`mid segment ${item.title} without a § mark`);
      if (open) open.end = start;
      open = { kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start, end: null };
      segments.push(open);
      pendingMid = null;
      continue;
    }
    if (i > 0) out += sep;
    const start = out.length;
    const pre = prefix(i, item);
    let body = words(i, item);
    const mark = body.indexOf('§');
    body = body.replace('§', '');
    out += pre + body;
    if (mark >= 0) pendingMid = start + pre.length + mark + (body[mark] === ' ' ? 1 : 0);
    const para = { start, end: out.length, speaker: item.speaker };
    if (item.amb) para.ambiguous = true;
    paragraphs.push(para);
    i++;
  }
  out += footer + trailer;
  open.end = out.length;
  return { text: out, transcriptStart: header.length, paragraphs, segments };
}

// labeled.txt: LABELS.first / LABELS.later give a speaker's default label; `lab` overrides it, null drops it.
const seen = new Set();
const labeled = render({
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: (i, p) => {
    if (p.lab === null) return '';
    const lab = p.lab ?? (seen.has(p.speaker) ? LABELS.later[p.speaker] : LABELS.first[p.speaker]);
    seen.add(p.speaker);
    return `${lab}: `;
  },
  words: (i, p) => labeledText(p.text),
});

// web.txt: WEB.stamps 'zero' stamps every paragraph 00:00 like the seed page; 'real' derives mm:ss
// from ~155 spoken words a minute plus a pause per turn. Labels on the first WEB.labels paragraphs only.
const times = [];
{
  let t = 0;
  for (const p of SOURCE.filter((x) => !x.seg)) { times.push(t); t += labeledText(p.text).split(/\s+/).length / 2.6 + 0.7; }
}
const web = render({
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n',
  prefix: (i, p) => `${WEB.stamps === 'zero' ? '00:00' : mmss(times[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => {
    const t = webText(p.text);
    const cut = i < WEB.labels ? 0 : cutOf(p);
    const w = t.split(' ');
    if (cut >= w.length) throw new Error(`cut empties a paragraph: ${t}`);
    return cut ? w.slice(cut).join(' ') : t;
  },
});

const gold = {
  _source: `Synthetic held-out episode written on 2026-11-22 (heldout3/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
for (const [key, r] of Object.entries({ labeled, web })) {
  writeFileSync(join(here, `${key}.txt`), r.text);
  gold.files[key] = { input: `${key}.txt`, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => labeledText(p.text)).join(' ').split(/\s+/).length;
console.log(`${speech} spoken words\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
