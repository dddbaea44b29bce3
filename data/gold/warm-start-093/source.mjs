// Source of Warm Start #93 (SYNTHETIC held-out episode, heldout8): a two-host weekly AI/ML engineering
// news show. Hosts (invented): Ayesha Quadri, who builds LLM extraction pipelines at an insurance-tech
// company in Toronto, and Jonas Feldt, who runs model serving for a small B2B software company in
// Hamburg. The sponsor "Benchwright" is invented. Recorded Wednesday 13 August 2025, the week after
// gpt-oss and GPT-5; the news is real but told from memory.
// Rendered by build.mjs into transcript.json and web.txt.
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {lab, cut, amb}) as in the shared
// renderer. Marks inside the text:
//   ⟨...⟩  a spoken URL: kept in transcript.json, dropped from web.txt (with a following comma or period);
//   §      a segment starting mid-paragraph; always at a sentence start, so in transcript.json it also
//          starts a new JSON segment (the seg after the paragraph has {mid: true});
//   ¦      web.txt only: the transcription service starts a new paragraph here (mid-sentence);
//   ¦~     the same, and the web continuation also loses its first word.
// lab: null = a continuation paragraph of the same speaker (the service's transcript had no speaker
// name on it); on web.txt it loses its first word (unless cut: 0). amb = undecidable by reading web.txt
// (which has names on its first two paragraphs only); transcript.json names every segment's speaker,
// so nothing is ambiguous there.
import { say, seg } from '../build-episode.mjs';

export const A = 'Ayesha Quadri';
export const J = 'Jonas Feldt';

export const SOURCE = [
  seg('intro', A, 'Welcome', []),
  say(A, "Hi, and welcome to Warm Start, the show where two tired engineers read the AI news so you don't have to. It's Wednesday the thirteenth of August, this is episode ninety-three, and I'm Ayesha Quadri, in Toronto."),
  say(J, "And I'm Jonas Feldt, in Hamburg, and I would like it noted that last week was the busiest week in the history of this podcast, and we were both on holiday."),
  say(A, "We were both on holiday! Which, in hindsight, was a choice. Where were you, by the way? You never said."),
  say(J, "A cabin in Sweden with no mobile signal. It was wonderful. I came back to four hundred unread messages and, um, two new frontier models."),
  say(A, "So today is a catch-up. OpenAI released open weights, which is a sentence I did not expect to say this year, then GPT-5 two days later, and then we've got serving, evals, RAG, agents and GPU prices. It's a lot. §Jonas, you take the open one, since you actually ran it."),

  seg('topic', J, 'OpenAI’s open-weight gpt-oss-120b and gpt-oss-20b: MXFP4, harmony and running them locally', ['gpt-oss', 'gpt-oss-120b', 'gpt-oss-20b', 'open-weight', 'open weights'], { mid: true }),
  say(J, "I did actually run it. So, on the fifth, OpenAI released gpt-oss, two open-weight models, their first since GPT-2, which was 2019. There's gpt-oss-120b and gpt-oss-20b, Apache 2.0 licence, and both are mixture-of-experts reasoning models. ¦The 120b has about 117 billion parameters in total but only around five billion active per token, and the 20b is twenty-one billion total with three and a half or so active."),
  say(A, "And the thing everyone kept repeating was the memory footprint."),
  say(J, "Right, because they shipped the expert weights already quantised to MXFP4, which is a four-bit floating-point format. So the 120b fits on a single eighty-gig GPU, an H100, ¦and the 20b runs in sixteen gigs. Which means a decent gaming card, or a Mac with enough memory."),
  say(A, "What did you run it on?"),
  say(J, "The 20b on my desktop with a 4090, through llama.cpp, and on my MacBook with Ollama, and the 120b on a rented H100 with vLLM. The 20b on the 4090 was quick, I got well over a hundred tokens a second, ¦~and it's, um, it's surprisingly good at tool calls. The 120b is clearly smarter. It feels roughly like o4-mini to me, which is more or less what OpenAI claimed."),
  say(A, "Did you try fine-tuning it? Because that's the thing open weights are actually for."),
  say(J, "Not yet, properly. It was on Hugging Face on day one with transformers support, and there are already recipes, one from Hugging Face with their TRL library, ¦and Unsloth has one that apparently squeezes a LoRA on the 20b into a single consumer card. That's my project for next week. I want to see if it can learn our, um, our very strange ticket format."),
  say(A, "Anything weird, though? In the first week?"),
  say(J, "Two things. One, the chat format. It uses a new format called harmony, with separate channels for the reasoning and the final answer, and in the first few days every runtime had slightly different bugs in how it parsed that. ¦So you'd get the reasoning leaking into the answer, or tool calls not getting picked up. That's mostly fixed now."),
  say(J, "Two, reasoning effort. You set low, medium or high in the system prompt, and on high the 20b will happily think for a thousand tokens about, like, what's two plus two.", { lab: null }),
  say(A, "Relatable."),
  say(J, "Extremely relatable. And it hallucinates more than the big closed models, they say so themselves in the model card, so I wouldn't use it for anything factual without retrieval or tools behind it."),
  say(A, "And why do we think OpenAI did this now? Cynically."),
  say(J, "Cynically, the open models people were actually using this summer were Chinese. Qwen3, Kimi K2, GLM-4.5, DeepSeek. Kimi K2 is a trillion-parameter MoE with a modified MIT licence. ¦So an American lab putting out something competitive, small enough to run locally, under a permissive licence, I think that's the point. And it's nice for us. I finally have a good open model I can put in front of customers who won't send data to an API."),
  say(A, "The compliance people must be thrilled."),
  say(J, "The compliance people have never once been thrilled."),

  seg('topic', A, 'GPT-5 launches: the ChatGPT router, API pricing, minimal reasoning and the verbosity parameter', ['GPT-5', 'gpt-5', 'launch', 'API']),
  say(A, "Okay, GPT-5. It landed two days after that, on the seventh. In ChatGPT it's really a system: a fast model, a thinking model, and a router that decides which one answers you. In the API you choose yourself, gpt-5, gpt-5-mini or gpt-5-nano."),
  say(J, "The livestream, though."),
  say(A, "We have to talk about the chart. So in the launch livestream there was a bar chart where a smaller number had a taller bar than a bigger number, and the internet did what the internet does."),
  say(J, "Chart crime. It was officially named chart crime."),
  say(A, "Anyway. The part that matters for people like us is the API. gpt-5 is a dollar twenty-five per million input tokens and ten dollars per million output, which is cheaper on input than GPT-4o was, and mini and nano are much cheaper again. ¦The context is four hundred thousand tokens in total, with up to a hundred and twenty-eight thousand of that as output."),
  say(J, "And the new parameters?"),
  say(A, "Two I like. reasoning_effort has a new minimal setting, which is basically, don't think, just answer, for when you care about latency. And there's a verbosity parameter, low, medium or high, that controls how long the answer is, separately from how hard it thinks. ¦Before, you had to beg in the prompt. Be concise. Please. I'm begging you."),
  say(J, "In capital letters."),
  say(A, "In capital letters. And custom tools can take plain text now, not just JSON arguments, and you can constrain that text with a grammar. Which for things like SQL, or some little internal DSL, is actually really nice."),
  say(J, "So how is it, in practice? For your stuff?"),
  say(A, "I swapped it into our extraction pipeline on Friday and ran it against our eval set, and at medium effort it's a bit better than what we had and a fair bit cheaper. For coding it's good. People are arguing about whether it beats Claude Opus 4.1, which also came out that week, on the fifth. ¦I'm not going to settle that here."),
  say(J, "Coward."),
  say(A, "I'm a coward with a mortgage. The other story is on the ChatGPT side. They took away the model picker and the old models for everybody, and a lot of people were genuinely upset to lose GPT-4o. ¦~Like, emotionally upset. And within about a day, GPT-4o was back for paying users. Which tells you something about shipping a new model when people have, um, relationships with the old one."),
  say(J, "That's a sentence I never expected to hear about a product migration."),

  seg('topic', J, 'Choosing an inference server: Ollama vs llama.cpp vs vLLM for a shared endpoint', ['vLLM', 'Ollama', 'llama.cpp', 'inference', 'serving']),
  say(J, "Since we keep name-dropping all these runtimes, let me do the thing I actually wanted to talk about, which is choosing between them. Because I had to, this month. We had a little internal endpoint that everyone at work uses, running on Ollama, and it fell over."),
  say(A, "Fell over how?"),
  say(J, "Fell over in the twelve-people-use-it-at-the-same-time way. Ollama is brilliant for one person. You type ollama run, it downloads the model, it works, and it has a nice new desktop app now, with a chat window, which came out the week before gpt-oss. ¦But it's designed around one user on one machine. It'll handle a few parallel requests, but the moment you've got a real queue, that's not what it's for."),
  say(A, "So, vLLM."),
  say(J, "So, vLLM. And the difference is the whole design. vLLM does continuous batching, so requests join and leave the batch at every step instead of waiting for the slowest one. ¦And PagedAttention, so the KV cache is managed in blocks, like virtual memory, and you don't waste a third of your GPU memory on fragmentation. And prefix caching, so if everyone shares the same long system prompt, you compute it once. The V1 engine has been the default since the spring, and it's noticeably faster."),
  say(A, "What happened to your numbers?"),
  say(J, "Same GPU, same model, one of the Qwen3 thirty-B ones. With twenty concurrent users, time to first token went from, like, unusable, to about two seconds. Total throughput was about five times higher. ¦The cost is that vLLM wants the whole GPU, it's fussy about CUDA versions, and for gpt-oss at launch you needed a special build for a while."),
  say(A, "You said SGLang earlier. Is that a real alternative or a, um, a benchmark thing?"),
  say(J, "It's real. It came out of the same world as vLLM, and it's very strong at structured output and at reusing prefixes across requests, with its RadixAttention. A lot of the big labs serve with one or the other. I picked vLLM because my team already knew it. That's honestly the whole reason."),
  say(A, "And llama.cpp? Where does that fit?"),
  say(J, "llama.cpp is the one I reach for when the hardware is weird. It runs on everything, CPUs, Apple Silicon with Metal, AMD, Vulkan, and with GGUF quantisation you can squeeze a model into whatever you've got. And llama-server gives you an OpenAI-compatible API. ¦It does have parallel slots now, but it's not trying to be vLLM. So the rule I've ended up with is: Ollama for your laptop, llama.cpp for edge boxes and odd hardware, and vLLM, or SGLang, for anything shared."),
  say(A, "And Ollama's hosted thing? Turbo?"),
  say(J, "Ollama Turbo launched alongside gpt-oss. Twenty dollars a month to run the big models on their datacenter hardware, through the same app and the same API. Which is interesting, because the whole point of Ollama was local. I get it, not everyone has an H100 in the cupboard. ¦~But it's a funny turn."),
  say(A, "I have a cupboard. No H100."),

  seg('topic', A, 'Evaluation lessons from METR’s study: experienced developers were 19% slower with AI tools', ['METR', 'evaluation', 'evals', 'developer productivity', 'slower']),
  say(A, "I want to go back a month for mine, because it's been living in my head since July, and it's really about evaluation. It's the METR study."),
  say(J, "The one where developers got slower."),
  say(A, "The one where developers got slower. So METR, the evaluation nonprofit, ran a randomised controlled trial. Sixteen experienced open-source developers, working in their own repositories, big mature projects they'd been contributing to for years. ¦They took about two hundred and fifty real issues, and each issue was randomly assigned, AI tools allowed or AI tools not allowed. Mostly Cursor with Claude 3.5 and 3.7 Sonnet. This was early 2025."),
  say(J, "And the result."),
  say(A, "With AI, they took nineteen percent longer. But before they started, they predicted AI would make them about twenty-four percent faster. And afterwards, having actually been slower, they still estimated that they'd been about twenty percent faster."),
  say(J, "That's the bit that gets me. Not the slowdown. The fact that nobody noticed."),
  say(A, "Right! And METR are very careful about what it doesn't say. It's a small group, very experienced people, on codebases they know inside out, which is where the AI has the least to add. ¦It doesn't say AI doesn't help anyone. What it says, to me, is that how something feels is not a measurement."),
  say(J, "Which is the whole evals problem."),
  say(A, "It's the whole evals problem. We had the same thing with LMArena this spring, the Llama 4 business, where the version on the leaderboard was an experimental chat-tuned variant and not the one they actually released. ¦And then that paper, The Leaderboard Illusion, about big labs testing lots of private variants and only publishing the best one. Public leaderboards are useful, but they're not your users."),
  say(J, "So what do you actually do, at work?"),
  say(A, "Boring stuff. We keep about three hundred real examples from production, with what a good answer looks like, and every model change, prompt change or retrieval change runs against them. Some checks are exact, some are an LLM judge with a rubric, ¦and we spot-check the judge against humans every month, because the judge drifts too."),
  say(J, "And three hundred is enough?"),
  say(A, "For catching regressions, yes, mostly. For telling apart two models that are within a couple of points of each other, no, and I think people forget that. ¦If the difference is three examples out of three hundred, that's noise. We look at which examples flipped, and read them, before anyone gets to say better."),
  say(A, "And we log how long things take, not just whether they're right. That's the METR lesson, for me. Measure time, not vibes.", { lab: null }),
  say(J, "Measure time, not vibes. That's the episode title."),
  say(A, "We already have a title. It's worse."),

  seg('sponsor', J, 'Sponsor: Benchwright', ['Benchwright']),
  say(J, "Before the second half, Warm Start is brought to you by Benchwright. If Ayesha just made you feel guilty about your evals, and, honestly, she should have, Benchwright is the eval harness we all wish we'd built ourselves. ¦You point it at your traces, it helps you turn real production examples into test sets, and every pull request that touches a prompt, a model or a retriever gets a report: what got better, what got worse, and which examples flipped."),
  say(J, "It does exact checks, code checks and LLM judges, and it tracks how often the judge agrees with your human reviewers, so you know when to stop trusting it. Warm Start listeners get the team plan free for three months at ⟨benchwright.ai/warmstart⟩. That's benchwright dot ai slash warmstart. Thanks, Benchwright.", { lab: null }),

  seg('topic', J, 'Long context vs RAG: Chroma’s Context Rot report and Claude Sonnet 4’s 1M-token window', ['Context Rot', 'RAG', 'long context', 'retrieval', 'context engineering']),
  say(J, "Let's talk retrieval. Yesterday Anthropic bumped Claude Sonnet 4 to a million tokens of context in the API, so, inevitably, this morning somebody in my team chat asked if we can delete the RAG pipeline now."),
  say(A, "Every time. Every single time."),
  say(J, "Every single context window increase. And the best answer I've got is a report Chroma put out in July, called Context Rot. They took eighteen models, including all the frontier ones, and ran really simple tasks. ¦Find a fact, repeat a sequence of words, answer a question about a long conversation, and they varied only the length of the input. And performance drops as the input gets longer. Not at the limit. Steadily, and well before the limit."),
  say(A, "Even on the trivial ones?"),
  say(J, "Even on the trivial ones. Repeating a list of words, which is about as easy as it gets, gets worse with length. And distractors matter a lot. If there's something in the context that looks like the answer but is wrong, a longer context makes the model much more likely to pick it. ¦And here's the weird one. Haystacks made of shuffled, random sentences were sometimes easier than coherent text."),
  say(A, "Which is the opposite of what you'd guess."),
  say(J, "Totally. So the needle-in-a-haystack charts that every model launch shows, all green, are measuring the easiest possible version. One needle, a lexical match, no distractors. Real documents are nothing like that."),
  say(A, "So RAG is not dead."),
  say(J, "RAG is not dead. RAG is just called context engineering now. Which, fine. The job hasn't changed: put the smallest set of relevant stuff in the window. What's changed for us is that the retrieval side got better. ¦We do hybrid search, BM25 plus embeddings, then a reranker on the top fifty. And in June we moved to Qwen3-Embedding, the small one, and recall went up noticeably on our German documents, which the old model was honestly bad at."),
  say(A, "What about chunking? That's where we always lose."),
  say(J, "Same. We stopped doing fixed-size chunks. We split on the document's own structure now, headings, sections, tables kept whole, and we add a line of context at the top of each chunk saying which document and section it comes from. ¦It's a small thing, but the reranker does much better when a chunk says what it's about."),
  say(A, "And the million tokens, any use at all?"),
  say(J, "Oh, loads. Dropping a whole codebase in to ask one question. A one-off analysis of a long contract. But in a product, where you pay per token and care about latency on every call? No. Retrieval is cheaper, it's faster, and, apparently, it's more accurate."),

  seg('topic', A, 'Agents and MCP: the 2025-06-18 spec revision and the “lethal trifecta” of prompt injection', ['MCP', 'Model Context Protocol', 'agents', 'prompt injection', 'lethal trifecta']),
  say(A, "Which is a nice bridge into agents. Every AI podcast is contractually obliged to have an agents segment, I know, but I've got a real reason. The MCP spec had a new revision in June, and the security news this summer has been, well."),
  say(J, "Well."),
  say(A, "Well. So, quickly. MCP, the Model Context Protocol, is what lets an agent, Claude Desktop, Claude Code, Cursor, Gemini CLI, half the tools out there now, talk to tool servers in a standard way. The June revision, 2025-06-18, did a few things. ¦Tools can return structured output with a schema, instead of just a blob of text. There's elicitation, so a server can stop and ask the user for input in the middle of a tool call. And authorization is properly specified now. MCP servers are OAuth resource servers, and clients have to use resource indicators, so a token meant for one server can't be replayed against another."),
  say(J, "That last one is the kind of thing you only add after somebody's done it."),
  say(A, "Probably. They also removed JSON-RPC batching, which nobody will miss. But the bigger issue is prompt injection, and there's a nice way of putting it that's been going round: the lethal trifecta. ¦If an agent has access to your private data, reads untrusted content, and has some way to send data out, then anyone who can put text in front of it can get your data out."),
  say(J, "And MCP makes it really easy to give one agent all three."),
  say(A, "That's exactly the problem. You install a GitHub server, a Slack server, a browser tool, each one harmless on its own, and together they're a trifecta. The demo that stuck with me was from May. ¦Someone put a malicious issue in a public repo, and when a developer asked their agent to look at the open issues, the agent, using the GitHub MCP server with the developer's token, went off and read their private repos and leaked the contents in a pull request on the public one."),
  say(J, "Oof."),
  say(A, "And none of that was a bug in the server. It did what it was told, by the wrong person. So, practical advice. Scope your tokens tightly, one repo, not all of them. Don't mix untrusted input and private data in one agent session if you can avoid it. ¦~And keep a human approving anything that writes or sends, which is annoying, and is also the whole point."),
  say(J, "Have you written an MCP server yourself? Or is it all off the shelf?"),
  say(A, "We wrote one. Tiny, read-only, in front of our claims database, with the official Python SDK. It took a day, and most of that day was deciding what it should not be allowed to do. Which, if there's one thing to take from this segment, is the right way round."),
  say(J, "Are you using agents for real, though? Day to day?"),
  say(A, "Claude Code, daily. I tried Gemini CLI, which is open source, Apache licence, with a generous free tier, and it's decent. Both speak MCP. But I run them with approval switched on for anything that touches the network, and, yes, it's slower. See previous segment about feeling fast."),

  seg('topic', J, 'GPU prices: H100 rentals near $2 an hour, the RTX 5090 above MSRP, DGX Spark delays and AMD’s MI350', ['GPU prices', 'GPU', 'H100', 'RTX 5090', 'prices']),
  say(J, "Last one, it's mine, and it's about money. GPU prices. Because I rented that H100 for the gpt-oss tests, and I was honestly shocked at how cheap it was."),
  say(A, "How cheap?"),
  say(J, "About two dollars an hour, on one of the smaller GPU clouds. Two years ago people were paying, what, eight, on a long contract, if they could get one at all. On the marketplaces now you see H100s under two. ¦The hyperscalers are still more expensive, but AWS cut prices on its P4 and P5 instances by up to forty-five percent in June, which tells you where the market went."),
  say(A, "Why, though? Because everyone's moved to Blackwell?"),
  say(J, "Partly. The big buyers are on B200s and GB200 racks now, so there's a lot of Hopper capacity coming free, plus everybody who overbought in 2023 and now has to fill their racks. ¦And inference got so much more efficient, mixture-of-experts models, four-bit weights, that you need less GPU per user than you did."),
  say(A, "And for people buying their own? Because I keep getting asked about the 5090."),
  say(J, "The 5090 is the opposite story. It launched in January at nineteen ninety-nine, with thirty-two gigs of GDDR7, and it's basically never been at that price in the shops. It's a great card for local models, thirty-two gigs is a real sweet spot. Just not at that price. ¦And NVIDIA's little desktop box, the DGX Spark, with the Grace Blackwell chip and a hundred and twenty-eight gigs of unified memory, was supposed to ship this summer, and, as of today, I can't buy one."),
  say(A, "It's still summer. Technically."),
  say(J, "Technically. On the AMD side, the MI350 series launched in June, with two hundred and eighty-eight gigs of HBM per GPU, and ROCm keeps getting better, vLLM runs on it. If someone offers you cheap MI300X hours, it's worth a benchmark now, which it really wasn't a year ago."),
  say(A, "And what's under your desk right now?"),
  say(J, "Still the 4090. Twenty-four gigs. It runs the 20b beautifully, and anything bigger goes to the rented box. I did look at a second-hand 3090 for more memory, and then I remembered the power bill."),
  say(A, "So, rent, don't buy?"),
  say(J, "Rent for anything bursty. Buy if you're running the same model all day, every day, and you have somebody who enjoys drivers."),
  say(A, "Nobody enjoys drivers."),

  seg('extra', A, 'Extra: Hugging Face’s Ultra-Scale Playbook', ['Ultra-Scale Playbook', 'Hugging Face', 'playbook']),
  say(J, "Extras! You go first."),
  say(A, "Mine is a reading recommendation for the holiday we already had. Hugging Face's Ultra-Scale Playbook, from earlier this year. It's a huge, free, interactive book about training on GPU clusters, ¦data parallel, tensor parallel, pipeline parallel, ZeRO, all of it, with the memory maths worked out. I don't train big models, but I finally understand why my inference friends say tensor parallel in that tone of voice."),
  say(J, "What tone of voice?"),
  say(A, "That one."),

  seg('extra', J, 'Extra: llm-d, Kubernetes-native distributed inference on vLLM', ['llm-d', 'distributed inference', 'Kubernetes']),
  say(A, "What've you got?"),
  say(J, "Mine is llm-d, a project from Red Hat, Google, IBM and a few others that was announced in May. It's Kubernetes-native distributed inference, built on vLLM. The clever bit is the routing. ¦It knows which vLLM replica already has your prefix in its KV cache and sends the request there, and it can split prefill and decode onto different GPUs. It's early, and it's massive overkill for my twelve users. But I think it's where serving is going."),
  say(A, "Twelve users and a dream."),

  seg('outro', A, 'Goodbye', []),
  say(A, "And that's episode ninety-three. All the links are in the show notes at ⟨warmstart.fm/93⟩. Jonas, where can people yell at you?"),
  say(J, "LinkedIn, sadly. Bluesky, happily."),
  say(A, "And me on Bluesky too. Thanks for listening to Warm Start. Measure time, not vibes, and we'll see you next week."),
  say(J, "Bye!"),
];

export const SPEAKERS = [
  { name: A, aliases: ['Ayesha Quadri', 'Ayesha', 'QUADRI', 'Quadri'] },
  { name: J, aliases: ['Jonas Feldt', 'Jonas', 'FELDT', 'Feldt'] },
];
