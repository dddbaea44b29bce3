// Source of Tensor Shape #77 (SYNTHETIC held-out episode, heldout13): an interview podcast about machine
// learning that has to run in production. One host and one guest, both present from start to finish. Host
// (invented): Hanna Lindqvist, in Gothenburg, who used to run ML at a bank. Guest (invented): Rohan Pillai,
// a machine learning engineer in Edinburgh at "Tallybook" (bookkeeping software for UK sole traders and
// small firms, a Django monolith), who shipped a fine-tuned small language model that suggests a category
// and a one-line reason for every bank transaction. The sponsor "Driftwatch" (monitoring for models in
// production), Tallybook, Magda, the accountants and every number and anecdote are invented. Recorded
// Wednesday 9 July 2025; the technology is real but told from memory.
// Rendered by build.mjs into web.txt (a web page WITHOUT timestamps, `Host:` / `Rohan:` on the first two
// paragraphs only) and youtube.vtt (YouTube-style automatic captions: no speakers, lower case, no
// punctuation, short cues).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {cut}) as in the shared renderer.
// Marks inside the text:
//   §        a segment starting mid-paragraph (the seg after the paragraph has {mid: true}); in youtube.vtt it
//            falls where the cue cutter puts it, inside a cue or at a cue's start;
//   ⟨...⟩    a spoken URL: kept in youtube.vtt (as words), dropped from web.txt (with a following comma or
//            period);
//   ¦        web.txt only: the page starts a new paragraph here (long answers are split);
//   ¦~       the same, and the web continuation also loses its first word;
//   {A|B}    A on the web page, B in the automatic captions (the recogniser's own spelling or mishearing:
//            "jacks" for JAX once, "laura" for LoRA twice, "quen" for Qwen, "tally book", "hannah", the
//            quantization type names as spoken). Everything else is captioned by the generic rule in
//            build.mjs (lower case, punctuation dropped, hyphens and dots between letters become spaces).
// cut: N = web.txt loses the first N words of this paragraph.
// Presenter convention for this interview (heldout12's, for one guest): every discussion topic is presented
// by the GUEST, who carries it, whether the host's question opens it or the guest raises it himself (the
// evaluation topic); the host's question or reaction belongs to the NEW segment. The host presents the
// intro, the sponsor read (its reader) and the outro.
import { say, seg } from '../build-episode.mjs';

export const H = 'Hanna Lindqvist';
export const R = 'Rohan Pillai';

export const SOURCE = [
  seg('intro', H, 'Welcome and guest introduction', []),
  say(H, "Hi, and welcome to Tensor Shape, the show about machine learning that actually has to run somewhere. I'm {Hanna|hannah} Lindqvist, this is episode 77, it's Wednesday the ninth of July, and today I'm talking to someone who did the thing everybody says they're going to do this year. He took a small open model, fine-tuned it, and shipped it inside a real product, to real customers, who use it every day. Rohan Pillai is a machine learning engineer at {Tallybook|tally book}, in Edinburgh. Rohan, welcome."),
  say(R, "Thanks, {Hanna|hannah}. Although I should say, before anyone gets excited, nobody does their taxes with it. They do their bookkeeping with it, and then their accountant does their taxes. Our legal team would like that on the record."),
  say(H, "Noted, on the record. So tell people what {Tallybook|tally book} is, and what the feature does."),
  say(R, "So {Tallybook|tally book} is bookkeeping software for sole traders and small businesses in the UK. Plumbers, hairdressers, freelance designers, people with a van. You connect your bank account, and every transaction that comes in has to end up in a category, like travel, or materials, or office costs, because that's what your tax return is built from. ¦ And people hate doing it. It's the number one reason people give up on the app. So the feature is, when a transaction comes in, we suggest the category, with a one-line reason. Like, this looks like fuel, because the merchant is a petrol station and you've put three of these under motor expenses before. ¦ And that suggestion comes from a model with one and a half billion parameters that we fine-tuned ourselves and run on our own machines."),
  say(H, "And it's live? For everyone?"),
  say(R, "For everyone, since March. It makes about four million suggestions a month, and people accept about eighty-six percent of them without changing anything."),

  seg('topic', R, 'Why a small fine-tuned model instead of a hosted API: privacy, volume and control', ['small model', 'hosted model', 'API']),
  say(H, "Let's start with the obvious question, because I know half the listeners are shouting it at their phones. Why not just send the transaction to one of the big hosted models and be done with it?"),
  say(R, "We did, at first! That's the honest answer. The very first prototype, about a year ago, was a prompt to GPT-4o mini, with the transaction and the list of categories, and it was pretty good. Maybe eighty percent right out of the box. ¦ But three things pushed us off it. The first was the data. These are people's bank transactions. Merchant names, amounts, sometimes a reference with somebody's name in it, or a note that says, um, rent for Mum. Our customers didn't sign up for that to go to a third party in another country, and our data protection officer was very clear about how many meetings that would be. ¦~ The second was cost at volume. Four million suggestions a month isn't a lot, but with our prompt, the list of categories and a few examples from the user's own history, it was about twelve hundred tokens a call. For the live traffic that was fine, honestly, with the small hosted models. But we also wanted to backfill years of old transactions for every new customer, which is hundreds of millions of calls, and that changed the maths completely. ¦ And the third one, which I think people underrate, is control. When the provider updates the model, your behaviour changes, and you find out from support tickets. We wanted the model to be a file, with a version number, that we own."),
  say(H, "And latency? That's usually the other argument people make for running their own."),
  say(R, "Latency was honestly fine either way. The suggestion appears a second or two after the transaction arrives, and nobody is sitting there watching their bank feed. If it had been autocomplete in a text box, that would be a different conversation. ¦ So for us it was really the data, the backfills, and owning the version. Not speed."),
  say(H, "So the prototype turned into what, your labelling tool?", { cut: 1 }),
  say(R, "Exactly that. We kept the big model for the start of the project, as a teacher, more or less. It labelled a first batch, our in-house accountants corrected its labels, and that became the first training set. So the big model never shipped, but it saved us months."),
  say(H, "I love that. The expensive model as the intern who writes the first draft."),
  say(R, "And the accountants as the manager who fixes it. Yes."),

  seg('topic', R, 'PyTorch or JAX: why the ecosystem decided the framework', ['PyTorch', 'JAX', 'framework']),
  say(H, "Okay, I have to ask about frameworks, because you told me before we started recording that there was a fight."),
  say(R, "There was a small, polite fight. ¦ So one of the three of us on the team, Magda, came from a research lab where everything was {JAX|jacks}. And she's right about a lot of things. In {JAX|jax} you write a plain numerical function, you put jit on it, XLA compiles it, and it's fast. grad and vmap compose in a way that's really elegant. And if you're training on TPUs, it's the natural choice, Google trains its own models with it. ¦ But we weren't training from scratch. We were fine-tuning somebody else's model. And for that, almost everything we wanted to use was PyTorch first. The Hugging Face libraries, the PEFT library for LoRA, {bitsandbytes|bits and bytes} for the four-bit stuff, the training scripts people share, the model cards that say, here's how to fine-tune this. All PyTorch."),
  say(H, "So it's the ecosystem argument."),
  say(R, "It's completely the ecosystem argument. ¦ I'd say {JAX|jax} has the nicer core, and PyTorch has the neighbourhood. And the neighbourhood is where you find the answer at eleven at night when something's broken. There's a hiring side, too. Our next ML hire will know PyTorch. Maybe they'll know {JAX|jax} as well, but they'll definitely know PyTorch."),
  say(H, "Did anyone suggest Keras 3, as a peace treaty? It runs on both now, doesn't it? PyTorch or {JAX|jax} underneath."),
  say(R, "Magda did, actually, as a joke, and then we looked at it for an afternoon. It's a nice idea, and it does run on either backend. But the fine-tuning recipes we were copying weren't written for it, so we would have been translating everything, and the whole point of picking the ecosystem was not to translate things."),
  say(H, "Did Magda forgive you?", { cut: 1 }),
  say(R, "She did, mostly because torch.compile got good enough that she stopped missing jit quite so much. And she still uses {JAX|jax} for her own side projects, so everyone's happy. ¦ The one thing I'd add is that the framework mattered much less than I expected. We spent maybe a week on that decision, and after that the framework was about five percent of our problems. The data was the other ninety-five."),
  say(H, "I think that's true of every ML project I've ever seen. The framework is the part people argue about, because it's the fun part."),

  seg('topic', R, 'Fine-tuning Qwen 2.5 1.5B with LoRA (and QLoRA for the bigger candidates)', ['LoRA', 'fine-tuning', 'Qwen']),
  say(H, "So let's get into the fine-tuning itself. Which model did you start from, and what did you actually do to it?"),
  say(R, "We tried a handful. Llama 3.2 at three billion, Gemma 2 at two billion, Phi-3.5 mini, and the {Qwen|quen} 2.5 models at one and a half and three billion. All the instruct versions. And after fine-tuning on our data, {Qwen|quen} 2.5 1.5B was within a point of the three billion ones, at half the size, and its licence was Apache 2.0, which our legal person liked. So that's the one. ¦ And we fine-tuned it with {LoRA|laura}. For anyone who hasn't met it, {LoRA|laura} means you freeze the original weights and train small extra matrices next to some of the layers, usually the attention projections. So instead of updating one and a half billion parameters, you train maybe ten or twenty million. ¦~ The nice part is that the result is a small adapter file, a few tens of megabytes, and you can merge it back into the base model at the end, or keep it separate."),
  say(H, "And QLoRA? Did you need it, at that size?"),
  say(R, "For the 1.5B, not really. We used {QLoRA|q laura} at the start, when we were still trying the bigger models, because it loads the frozen base model in four bits with {bitsandbytes|bits and bytes}, and then even a seven billion model fits on one twenty-four gigabyte card. ¦ For the final model we did plain LoRA in bf16, on a single A100 we rented by the hour. Rank sixteen, on all the attention and MLP projections, three epochs, with the {SFTTrainer|sft trainer} from Hugging Face's TRL library. A run takes about forty minutes."),
  say(H, "Forty minutes. That's shorter than my commute. ¦ And {Qwen|quen}3 came out at the end of April. Are you tempted to move?"),
  say(R, "Very tempted, and it's on the list. But we have a rule that nothing about the model changes between December and the end of January, because the self assessment deadline is the thirty-first of January, and that's when everyone finally does a year of bookkeeping in one weekend. ¦ So {Qwen|quen}3 gets tried in the autumn, on the same data, and it goes through exactly the same tests as everything else. Which brings me to the bit I actually care about."),
  say(H, "Which is?"),
  say(R, "So, the training is the easy part. It's the data that takes months. ¦ We have about nine thousand labelled transactions, and every single one was checked by one of our accountants. And they're formatted exactly like production. Same system prompt, same chat template, the same JSON we expect back, category, confidence and the reason. If the training data and the production prompt drift apart even a little, you lose accuracy and you have no idea why. ¦ We learned that the hard way. Our first fine-tune looked great in the notebook and was worse than the prompt baseline in staging, and it turned out the staging prompt listed the categories in a different order. Four days to find that. Four days. §And honestly, that's the moment I realised that the thing that would decide whether we shipped wasn't the training at all. It was the evaluation set."),

  seg('topic', R, 'Building the evaluation set: a golden set labelled twice, per-category accuracy, calibration and an LLM judge', ['evaluation set', 'golden set', 'eval'], { mid: true }),
  say(H, "Go on, because I think this is the part most teams skip."),
  say(R, "It's the part we nearly skipped. ¦ So we built what we call the golden set. Twelve hundred transactions, picked on purpose, not at random, because at random you get eight hundred coffee shops and a lot of fuel. We picked them per category, so the rare ones, like use of home as office, or bad debts, have at least thirty examples each. And two accountants labelled every one independently, and where they disagreed, a third one decided. ¦ They disagreed on about seven percent. Which was really useful to know, because it means if our model is ninety-three percent right, it's roughly as good as a second accountant, and chasing ninety-nine is chasing noise."),
  say(H, "That's such a good point. Your ceiling is the humans."),
  say(R, "Our ceiling is the humans, yeah. ¦~ And the golden set never goes anywhere near training. It lives in a separate bucket, with separate permissions, and we check for overlap with hashes, because the easiest way to fool yourself is a training set that quietly contains your test set. ¦ Then every training run gets scored on it automatically. Overall accuracy, accuracy per category, how often the JSON parses, and whether the confidence is honest. We plot confidence against actual accuracy, so if the model says it's ninety percent sure, it should be right about nine times out of ten. That matters, because below a threshold we don't show a suggestion at all."),
  say(H, "And the reasons? The one-line explanations? You can't grade those with accuracy."),
  say(R, "No, and that's where we did use a bigger model again, as a judge. A larger model reads the transaction, the category and the reason, and answers a few narrow questions. Does the reason mention something that's actually in the transaction? Does it make anything up? Is it under twenty words? ¦ And we don't trust the judge blindly either. Every week an accountant grades fifty of the same reasons by hand, and we check that the judge agrees with her. It agrees about ninety percent of the time, which is good enough for a regression test, and not good enough to be the only test."),
  say(H, "I'll be honest, at my last job we had a model in production for two years where the evaluation was, the product manager tries five examples on a Friday afternoon and says it feels good. ¦ And it did feel good, right up until a customer found out it had been sending a whole class of complaints to the wrong team for three months. Nobody had looked at anything but the overall number, and the overall number barely moved. So when you say accuracy per category, I feel that in my bones."),
  say(R, "The overall number lies by averaging. It's always the rare categories. ¦ That's the other thing the golden set gave us, by the way. When we quantized the model later, and when we changed how we serve it, we had one number that told us whether anything got worse. Without it, every change would have been a leap of faith."),
  say(H, "Which is the perfect set-up for quantization. §But first, a quick break, because this episode is brought to you by Driftwatch. ¦ Driftwatch is monitoring for machine learning models in production. Not just, is the endpoint up, but, is the model still doing what it did on the day you shipped it. It tracks your inputs and outputs, it alerts you when the distribution drifts, and for LLM features it records every prompt and response with the latency and the token counts, so you can see exactly which requests got slow, or expensive, or weird."),

  seg('sponsor', H, 'Sponsor: Driftwatch', ['Driftwatch'], { mid: true }),
  say(H, "It works with whatever you serve with, vLLM, Ollama or a hosted API, and it plugs straight into your evaluation sets, so the examples production gets wrong can go back into your test data with one click. ¦ Go to ⟨driftwatch dot io slash tensorshape⟩ for a free month on the team plan. Thanks to Driftwatch for supporting the show.", { cut: 1 }),

  seg('topic', R, 'Quantizing to GGUF with llama.cpp: Q5_K_M over Q4_K_M, measured on the golden set, and grammars for JSON', ['quantization', 'GGUF', 'llama.cpp']),
  say(H, "So. Making it small. You quantized the model, and you did that with llama.cpp?"),
  say(R, "For one of our two deployments, yes, and I should explain why there are two. ¦ Most customers are served from our own GPUs in the cloud. But we also sell to accountancy firms, and a few of the bigger ones wanted everything to run on their own servers, in their own office, with no GPU at all. Ordinary CPUs. And that's where llama.cpp came in. ¦ So the steps are, you take the fine-tuned model with the LoRA adapter merged in, you convert it to GGUF with the conversion script that comes with llama.cpp, and then you quantize it. GGUF is llama.cpp's file format. One file, with the weights, the tokenizer, the chat template and all the metadata inside, which is lovely for shipping to a customer, because it's one thing to copy."),
  say(H, "And which quantization did you pick? There are about thirty of them now."),
  say(R, "There really are. We tried {Q8_0|q8 0}, which is eight bits and basically lossless, and the K-quants, {Q5_K_M|q5 km} and {Q4_K_M|q4 km}. The K-quants keep more precision in the parts of the model that are more sensitive. ¦ And this is where the golden set paid for itself. Everyone online measures quantization with perplexity, and our perplexity barely moved. But on the golden set, {Q4_K_M|q4 km} lost one point two points of accuracy, and nearly all of that was in two rare categories. {Q5_K_M|q5 km} lost zero point three. So we ship {Q5_K_M|q5 km}. ¦~ The file is a bit over a gigabyte. On an eight-core server it makes a suggestion in well under a second, because the outputs are tiny, maybe thirty tokens of JSON."),
  say(H, "And how do you make sure a quantized model still gives you valid JSON? That feels like the kind of thing that breaks first."),
  say(R, "Grammars. llama.cpp lets you constrain the output with a grammar, or you give it a JSON schema and it turns that into a grammar for you, so the model physically can't produce something that doesn't parse. Our parse rate went from ninety-nine point something to a hundred. ¦ I'd recommend that to anyone. Don't ask the model nicely for JSON. Constrain it."),
  say(H, "Don't ask nicely, constrain it. That's going on a sticker."),

  seg('topic', R, 'Serving: vLLM on two L4 GPUs in the cloud, Ollama on-prem and on every laptop', ['vLLM', 'Ollama', 'serving']),
  say(H, "And in the cloud? That's the bigger deployment."),
  say(R, "In the cloud it's vLLM. Two NVIDIA L4 cards, twenty-four gigabytes each, one replica on each, behind a load balancer. ¦ We serve the merged model in bf16 there, not the GGUF, because vLLM is happiest with normal Hugging Face weights, and on a GPU a model this small doesn't need squeezing. What makes vLLM so good for this is throughput. It does continuous batching, so requests that arrive at different times get batched together on the fly, and {PagedAttention|paged attention}, which manages the KV cache in pages, a bit like virtual memory, so you don't waste GPU memory. ¦ And it has prefix caching, which for us is huge, because every request starts with the same long system prompt and the same list of categories. That part gets computed once and reused."),
  say(H, "And the application side? You said it's a Django app."),
  say(R, "It's a big Django monolith, yeah, and the app doesn't know or care what's behind it. vLLM gives you an OpenAI-compatible API, so Django just uses the OpenAI Python client with a different base URL. Structured output works there too, you pass the JSON schema and vLLM does guided decoding. ¦ The suggestions for new transactions happen live. The big backfills, when a new customer imports five years of history, go through Celery workers, in batches, overnight, which is where the batching really pays off."),
  say(H, "Did you ever try keeping the adapter separate, instead of merging it? I know vLLM can serve LoRA adapters on top of one base model."),
  say(R, "It can, and it's tempting. We talked about training a separate adapter for each big accountancy firm, because they all have their own house style for categories, and vLLM can swap adapters per request on the same base model. ¦ But right now it's one adapter, merged, because one artefact is easier to test than twenty. If we do per-firm adapters, it'll be the day we have a golden set per firm, and we don't yet."),
  say(H, "And Ollama? It was in your notes."),
  say(R, "Ollama is for two things. The accountancy firms who run it on-prem use Ollama around our GGUF file, because it's one install, it runs as a service, and their IT people can manage it. We give them a {Modelfile|model file} that points at the GGUF and sets the template and the parameters. ¦ And every developer on the team runs the same model in Ollama on their laptop. So when somebody's working on the Django side, they're talking to the real model, locally, through the same OpenAI-style API, because Ollama speaks that too. Moving between laptop, on-prem and cloud is just the base URL."),
  say(H, "So, one model, two formats, three places it runs.", { cut: 1 }),
  say(R, "And one golden set that checks all three. We run it against the vLLM deployment, the GGUF in Ollama, and the plain PyTorch model before every release, and they have to agree within half a point."),

  seg('topic', R, 'What it costs: cheap training runs, two L4s, overnight backfills, and the people', ['cost', 'costs', 'GPU']),
  say(H, "Wait. So you've got two GPUs running all the time, plus the on-prem version, plus three of you. Was it actually cheaper than the API in the end?"),
  say(R, "For us, yes, but not by as much as people think, and for a different reason than people think. ¦ The GPUs are the easy part. Two L4s on our cloud provider are about a thousand pounds a month, all in. Training is nothing. Forty minutes on a rented A100 is a few pounds, and even with all the experiments, the whole training bill for the project was under two thousand. ¦ The API, for the live suggestions alone, would probably have been a bit cheaper than the GPUs, honestly, with the small hosted models. Where it flips is the backfills. Hundreds of millions of transactions, at night, when our GPUs would otherwise sit idle. On our own cards that's basically free. On an API it was going to be tens of thousands of pounds."),
  say(H, "So the real saving is using capacity you're paying for anyway. ¦ That matches what I saw at the bank, to be fair. Everyone argued about the price per token, and the thing that actually decided it was the batch jobs at night that nobody had put in the spreadsheet."),
  say(R, "Right. And then there's the big cost nobody puts on the slide, which is people. The accountants doing the labelling, the three of us, and an on-call rota for a GPU service, which we didn't have before. ¦~ If you've only got a few thousand calls a day and no privacy reason, I'd tell you to use the API and go home at five. We had both privacy and volume, and that's when it made sense."),

  seg('topic', R, 'Advice: build the golden set first, start with a hosted model, keep it boring', ['advice', 'golden set']),
  say(H, "Last question, and it's the one I ask every guest. If somebody listening is about to do what you did, what would you tell them?"),
  say(R, "Three things. Build the golden set first. Before the model, before the framework argument, before anything. If you can't say what good looks like as a number, you can't tell whether any of the rest worked. ¦ Second, start with a big hosted model, and use it to make your data. Don't start by fine-tuning. You might find the prompt is good enough, and then you've saved yourself a whole project. ¦ And third, keep everything boring where you can. One file for the model, an OpenAI-style API in front of it, a grammar for the output. All the exciting parts of this project were the parts that broke."),
  say(H, "Keep it boring. I'm noticing a theme."),
  say(R, "It's the only advice I have, really. I just say it three different ways."),

  seg('outro', H, 'Thanks, and where to find Rohan', []),
  say(H, "Rohan, thank you so much, this was great. Where can people find you?"),
  say(R, "I'm Rohan Pillai on LinkedIn and on Bluesky, and we're hiring a fourth ML engineer, so if any of this sounded fun, the job's on the {Tallybook|tally book} careers page. PyTorch required. {JAX|jax} appreciated."),
  say(H, "Magda will be pleased. And that's it for this episode of Tensor Shape. Show notes and links are at ⟨tensorshape dot fm slash 77⟩. Thanks for listening, and see you in two weeks."),
];

export const SPEAKERS = [
  { name: H, aliases: ['Hanna Lindqvist', 'Hanna', 'Lindqvist', 'Host'] },
  { name: R, aliases: ['Rohan Pillai', 'Rohan', 'Pillai'] },
];
