// Source of Byte Order #118 (SYNTHETIC held-out episode, heldout17): a two-host weekly PYTHON NEWS show in the
// style of the seed. Hosts (invented): Declan Moss, a data engineer in Leeds, who opens and closes the show; Rhea
// Kapoor, a research software engineer at a university in Toronto who maintains a small pytest plugin. The
// sponsor "Tickmark" (monitoring for scheduled jobs) is invented, as are the hosts' jobs, libraries, the
// daughter's unit converter, the lab's sensor data and every anecdote. Recorded Tuesday 12 August 2025; the
// news is real but told from memory.
// Rendered by build.mjs into web.txt (a seed-like page, FIRST NAMES in capitals on the first two paragraphs
// only) and captions.vtt (YouTube automatic captions, rolling two-line cues with per-word timing tags).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {cut}) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph (the seg after the paragraph has {mid: true});
//   ⟨...⟩      a spoken URL: dropped from web.txt (with a following comma or period), spoken words in the captions;
//   ¦~         web.txt only: the page's transcription service starts a new paragraph here and the continuation
//              loses its first word (the seed page's habit: 24 of its 25 continuations lost one);
//   ¦          the same, keeping the first word (twice here);
//   {A|B}      A on the web page, B in the captions (the recogniser's spelling or mishearing).
// cut: N = web.txt loses the first N words of this paragraph.
// Conventions: presenter = the host who brings the item, and a hand-over line belongs to the NEW segment, also
// when the other host speaks it; the sponsor's presenter is its reader; extras are one segment per host, kind
// `extra`, presented by that host; the joke and goodbye are the outro.
import { say, seg } from '../build-episode.mjs';

export const D = 'Declan Moss';
export const R = 'Rhea Kapoor';

export const SOURCE = [
  seg('intro', D, 'Welcome to Byte Order 118', []),
  say(D, "Hey folks, welcome to Byte Order, episode {118|118}, your weekly pile of Python news, sorted so you don't have to. It's Tuesday the twelfth of August and I'm Declan Moss, coming to you from a very warm attic in Leeds."),
  say(R, "And I'm Rhea Kapoor, in Toronto, where it's also hot, but I own a fan, so I win."),
  say(D, "A fan is cheating. Also, before anything else, thank you to everybody who wrote in after last week's episode about my terrible pronunciation of Pyodide. I've been practising. I'm still going to get it wrong."),
  say(R, "He's been saying it to the cat all week."),
  say(D, "Moving swiftly on. Big list this week. A release candidate with a new kind of string in it, a build backend that grew up, lock files, Python in a browser tab, a testing release that is going to break somebody's build, and some sad news from the foundation. ¦~ Then extras, and I have a joke that I'm very proud of and you're going to hate. §Right, you've got the shiny one, off you go."),

  seg('topic', R, 'Python 3.14 release candidate: template strings from PEP 750', ['Python 3.14', 'template strings', 'PEP 750'], { mid: true }),
  say(R, "I do. So Python 3.14 reached its first release candidate a couple of weeks ago, which means the features are frozen, and the headline for me is template strings, PEP 750. They look exactly like f-strings, except the prefix is a t instead of an f. ¦~ And the big difference is what you get back. An f-string hands you a finished str, the values already baked in. A {t-string|tea string} hands you a Template object, from a new module called string.templatelib, and that object keeps the literal text and the interpolated values apart."),
  say(D, "So it's an f-string that hasn't made up its mind yet.", { cut: 1 }),
  say(R, "That's a lovely way to put it. You get the pieces, and you decide what happens to them. ¦~ The motivating case is escaping. If you build HTML or SQL with an f-string, whatever the user typed goes straight in, and you'd better hope you remembered to escape it. With a template, the library that receives it can walk through the parts, see that this bit came from a variable, and escape that bit, or turn it into a query parameter. ¦~ So the safe thing becomes the easy thing, and that is honestly the only way safe things ever happen."),
  say(D, "Has anybody adopted them yet, or are we all waiting for the final release in October?"),
  say(R, "Mostly waiting, but people are already writing the libraries. There are experiments for HTML that hand you back real elements instead of a string, and I've seen a couple of folks sketch a SQL wrapper that takes a Template and gives the database driver placeholders plus a tuple of values. ¦~ One thing to know up front: a Template deliberately has no useful str of its own. Print one and you get the repr, not rendered text. That's on purpose, because otherwise everyone would call str on it and we'd be right back at f-strings."),
  say(D, "And the format spec stuff still works? The colon, the exclamation mark conversions, all of that?"),
  say(R, "It all gets captured rather than applied. Each value comes wrapped in an Interpolation object, which carries the value itself, the text of the expression you wrote, the conversion and the format spec. ¦~ So the library decides whether to honour them. An HTML library might ignore the format spec completely, and a logging library might apply it only if the message is actually going to be written out, which is a nice little saving on its own."),
  say(D, "Oh, that's the bit that sells it for me. Half the log lines in our pipeline build a giant f-string for a debug message nobody ever sees. ¦~ If the logger gets a template instead, it can skip all that work when debug is switched off. I'd take that today."),
  say(R, "You can't quite have it today, because the logging module doesn't take templates yet. But somebody will write the adapter within a week of October, I promise you."),
  seg('topic', R, 'Deferred evaluation of annotations in 3.14: PEP 649, PEP 749 and annotationlib', ['annotations', 'PEP 649', 'annotationlib']),
  say(R, "And while I'm in the 3.14 notes, I want to mention annotations, because this one will quietly change more code than template strings will. ¦~ With PEP 649, and PEP 749 filling in the details, annotations are no longer evaluated when the function or the class is defined. They're evaluated lazily, when something actually asks for them. So the old trick of writing from {__future__|future} import annotations at the top of a module, or putting quotes around a class name that doesn't exist yet, mostly stops being needed."),
  say(D, "Forward references without the quotes. I have a codebase that is roughly forty percent quotation marks."),
  say(R, "Then you're going to enjoy this. There's a new module, {annotationlib|annotation lib}, with a get_annotations function where you choose the format you want back: the real values, or forward reference objects for names that don't exist yet, or just the strings as written in the source. ¦~ The part to watch is libraries that read {__annotations__|annotations} directly at import time, anything in the dataclasses and {Pydantic|pedantic} neighbourhood. Most of them have been testing against the betas for months. But if you maintain anything that inspects type hints, run your test suite on the release candidate now, not the week of the release."),
  say(D, "Noted. That's a very polite threat."),
  say(R, "It's a public service announcement."),
  say(D, "And the code that already has the future import at the top of every file? Mine, for example."),
  say(R, "It keeps working. It still turns your annotations into strings, same as before. The plan is to deprecate it only once the last Python without the new behaviour is out of support, so you have years. ¦~ You don't need to rip it out this autumn. Just stop adding it to new files once 3.14 is your minimum."),

  seg('topic', D, "uv's build backend, uv_build, is stable and the default for new projects", ['uv', 'build backend', 'uv_build']),
  say(D, "Good, because mine is packaging, and packaging is where threats live. Astral's {uv|uv} has had a build backend tucked away inside it for a while, and it's now been declared stable. It's called {uv_build|uv build}, and when you run uv init for a new package, that's what lands in your pyproject.toml as the build backend now, instead of {hatchling|hatchling}. ¦~ For anyone fuzzy on the term: the backend is the thing that turns your source tree into a wheel and an sdist. pip or uv or build is the frontend. It reads the build-system table and calls whichever backend you named there. Setuptools, hatchling, {flit-core|flit core}, {poetry-core|poetry core}, {maturin|mature in}, those are all backends."),
  say(R, "And why would I want yet another one?", { cut: 1 }),
  say(D, "Speed, mostly, and fewer moving parts. It's written in Rust like the rest of uv, and it doesn't have to install anything into an isolated environment first, so building a pure Python package is basically instant. ¦~ It's also strict on purpose. It expects the usual src layout, it validates your metadata, and it refuses a few things other backends quietly let slide. And it only does pure Python. No compiled extensions. If you have C or Rust in there, you stay on setuptools, or {scikit-build-core|psychic build core}, or maturin."),
  say(R, "So for the ninety percent of packages that are a folder of .py files, lovely. For my C extension, no."),
  say(D, "Right. One more limit worth knowing about: it wants a static version number in pyproject. If you read your version out of git tags with {setuptools-scm|setup tools scm} or something similar, that isn't supported, so you'd stay where you are for now."),
  say(R, "That rules out half the projects I help with, to be fair. Everybody loves a version from a git tag."),
  say(D, "They do. And it's very on brand for Astral, honestly. {Ruff|ruff} for linting and formatting, uv for everything to do with environments and installs, now a backend, and their type checker, {ty|tie}, in preview. ¦~ I'm not saying one company should own the whole toolchain, but I am saying my CI config got a lot shorter this year."),
  say(D, "Exactly that. And a nice detail: it's published as its own small package on {PyPI|pi pi}, so somebody building your sdist with plain pip doesn't have to pull in the whole of uv. ¦~ I moved two of my little libraries over last week. One change to the pyproject file, I deleted a {MANIFEST.in|manifest in} I'd been dragging around since {2019|2019}, and the wheels came out identical apart from the order of the metadata. §Which is the kind of boring I want from packaging. And boring in the good sense is also what this week's sponsor sells, because this episode of Byte Order is brought to you by {Tickmark|tick mark}."),
  seg('sponsor', D, 'Sponsor: Tickmark', ['Tickmark'], { mid: true }),
  say(D, "Tickmark keeps an eye on your scheduled jobs: the cron entries, the {Celery|celery} beat tasks, the nightly export somebody wrote years ago that nobody dares touch. ¦~ You add one line that pings Tickmark when the job finishes. If the ping doesn't arrive on time, or the job suddenly takes three times as long as it normally does, you get a message in Slack before your users notice the report is empty. There's a Python client, a {Django|jango} integration, and a free tier that covers a small team. Give it a try at ⟨tick mark dot dev slash byte order⟩, and thank you to Tickmark for supporting the show."),
  say(R, "I have a nightly export that somebody wrote years ago. The somebody is me."),

  seg('topic', R, 'PEP 751 accepted: pylock.toml, a standard lock file for Python', ['PEP 751', 'pylock.toml', 'lock file']),
  say(D, "Then you're the target market. And your next item is the same flavour of boring, isn't it? The one with the TOML file."),
  say(R, "It is. PEP 751 was accepted at the end of March, and it gives Python a standard lock file format for the first time. The file is called {pylock.toml|pi lock toml}, or pylock, dot, some name, dot toml, if you need several of them. ¦~ Every tool has had its own until now. Poetry has poetry.lock, {PDM|pdm} has pdm.lock, uv has uv.lock, {pip-tools|pip tools} gives you a requirements file full of hashes. None of them can read each other's. Now there's one format that an installer can read without caring which tool wrote it."),
  say(D, "Does uv write one?", { cut: 1 }),
  say(R, "uv can export to it, with uv export and the pylock format, and pip 25.1 added an experimental pip lock command that writes one as well. ¦~ uv still keeps its own uv.lock as the main file, because the standard doesn't capture everything uv does, like resolving once for every platform in quite the same way. So think of pylock.toml as the interchange format. It's the thing you hand to a deployment tool or a security scanner, rather than a replacement for every tool's file overnight."),
  say(D, "The security scanner angle is honestly the bit I care about. Our scanner at work understands requirements files and pretty much nothing else."),
  say(R, "That's exactly the argument {Brett Cannon|brett cannon} made, over about four years and a couple of earlier PEPs that didn't make it. A lock file lists every package, the exact version, where it came from, and its hashes. ¦~ Auditing tools, installers, cloud platforms, they can all read the same file. It took this long because every tool wanted something slightly different, and the PEP ended up allowing both a plain list of packages and a more general form with markers for different environments."),
  say(D, "Does it record where each package came from? We have a private index at work, and that's where every tool I've tried gets confused."),
  say(R, "It does. Each package entry says which index it came from, or which URL, or which local directory, and the hashes for every file. ¦~ So an installer doesn't have to guess or search across indexes, which is also the dependency confusion problem closed off, more or less for free."),
  say(D, "Four years for a TOML file. Sounds about right for us."),

  seg('topic', D, 'Pyodide 0.28 moves to Python 3.13, and PyScript runs Python in web workers', ['Pyodide', 'PyScript', 'WebAssembly']),
  say(D, "Okay, let me take us somewhere with no installers at all. {Pyodide|pio died} 0.28 is out. That's CPython compiled to {WebAssembly|web assembly}, running in the browser, with a big set of packages already built for it: {NumPy|numpy}, pandas, {scikit-learn|psychic learn}, even bits of the geospatial stack. This release moves it to Python 3.13. ¦~ And there's a PEP in draft, PEP 783, about letting Pyodide wheels go up on {PyPI|pi pi} with a proper {Emscripten|m scripten} platform tag. Today Pyodide hosts its own set of wheels, so if your package has a C extension, somebody on the Pyodide side has had to build it for you."),
  say(R, "And {PyScript|pie script} is the friendly layer on top of that?"),
  say(D, "Right. PyScript lets you put a script tag with type py into an HTML page and run Python against the page itself. It can use Pyodide, for full CPython, or {MicroPython|micro python}, when you want the page ready in a fraction of a second. ¦~ They version by date now, so the releases are called things like {twenty twenty-five point seven|2025.7}, and the recent ones made the worker story much better: your Python runs in a web worker, so a long calculation doesn't freeze the page. ¦ I put together a little unit converter for my daughter's homework, and it loads faster than her school's actual website."),
  say(R, "Low bar."),
  say(D, "Low bar, sure."),
  say(R, "What does the visitor actually download, though? Last time I tried this, the page sat there thinking for a good while."),
  say(D, "The first load is still the slow bit. The interpreter is a few megabytes compressed, and then each package comes down when your code imports it, so a page that pulls in pandas is heavier than a page that only does arithmetic. ¦~ After that the browser caches everything, and the second visit feels normal. With MicroPython the whole thing is tiny, but you give up the C-extension packages."),
  say(D, "But the thing I'd say to anybody who teaches is that it's finally good enough for a classroom. Nothing to install, no environments, you send a link and that's it."),

  seg('topic', R, 'pytest 8.4: async tests without a plugin now fail, and pytest.RaisesGroup', ['pytest 8.4', 'async', 'RaisesGroup']),
  say(R, "You promised somebody a broken build in the intro, and I'm here to deliver it. {pytest|pi test} 8.4 came out in June, and it turned a few long-standing warnings into failures. ¦~ The one that's going to bite: if you write an async def test and you don't have an async plugin installed, {pytest-asyncio|pi test async io} or the anyio plugin, pytest used to warn and skip the test. Now it fails. Which means there are test suites out there with async tests that have been silently skipped for years, and they are about to find out."),
  say(D, "Oh no. Oh, that's wonderful."),
  say(R, "The second one is similar. A test function that returns anything other than None now fails. People write return True at the bottom of a test and think they've asserted something. They haven't. ¦~ On the happier side, there's {pytest.RaisesGroup|pi test raises group}, for testing exception groups. If your code raises an {ExceptionGroup|exception group}, say out of an asyncio {TaskGroup|task group}, you can now spell out which exceptions you expect inside it, nested ones too, instead of catching it and poking at its exceptions attribute by hand."),
  say(D, "And the fix for the async ones is what, just install the plugin?"),
  say(R, "Install {pytest-asyncio|pi test async io} and mark the tests, or set its mode to auto in your config so every async test gets picked up. Or, if you use anyio already, its plugin with the anyio marker. ¦~ What you should not do is delete the async tests because they're suddenly red. They were never green. They were just quiet."),
  say(D, "Did any of your stuff break?", { cut: 1 }),
  say(R, "My plugin's own test suite had two async tests that had never run. Not once. One of them was wrong. ¦ So, honestly, thank you, pytest. If you maintain a project, try 8.4 today and read the changelog. The removals section is short, but it's all stuff you will hit."),

  seg('topic', D, 'The Python Software Foundation pauses its grants programme', ['Python Software Foundation', 'PSF', 'grants']),
  say(D, "On a less cheerful note, and this is the sad news I mentioned. The Python Software Foundation has paused its grants programme. ¦~ The short version is money. The {PSF|psf} funds community events, workshops and meetups all over the world through those grants, and the requests have grown much faster than the budget. Sponsorship income is down, a lot of companies cut their conference and community spending, and the PSF has said it has to protect what it's already committed to, like running {PyPI|pi pi}, its staff, and {PyCon US|pycon us}."),
  say(R, "How long is the pause?", { cut: 1 }),
  say(D, "They've described it as the rest of this year, while they rethink how the programme is run and paid for. Grants that were already approved still get paid. ¦~ What worries me is that those grants go to exactly the places that can't just find a corporate sponsor down the road. A meetup in a city with no big tech employer, a first PyCon in a country that has never had one. Small amounts for the PSF, and huge amounts for the people organising."),
  say(R, "And it's a bit awkward that the language has never been more popular and the foundation is tightening its belt."),
  say(D, "It is. Did you ever get one of those grants?"),
  say(R, "Not me personally, but the first conference I ever spoke at was a small regional one, and a PSF grant paid for the captioning and the childcare room. Without it they'd have cut both, and I wouldn't have been able to bring my son, so I wouldn't have gone. ¦~ It's never big money. It's the money that decides who can be in the room."),
  say(D, "Which is the whole point of it. If your company depends on Python and has any budget line for open source, the PSF sponsorship page is where that money should go. Individual memberships help too, and they're cheap. ¦~ We'll put the link in the show notes. And that's the news for this week. §So, extras. You've got a list, I can see it from here."),

  seg('extra', R, "Rhea's extras: the Polars streaming engine, and Textual carries on", ['Polars', 'streaming engine', 'Textual'], { mid: true }),
  say(R, "Two things. First, {Polars|pollers}. The 1.x releases keep coming, and the new streaming engine is now something you can actually use day to day. You build a lazy frame, call collect with engine equals streaming, and it works through the data in batches instead of loading the whole thing. ¦~ I ran one of our lab's ugly group-by jobs on my laptop, about forty gigabytes of sensor readings. It finished. It used less memory than Slack."),
  say(D, "Does the streaming engine handle everything, or only the easy queries?"),
  say(R, "Not everything yet. If it meets an operation it can't stream, it falls back to the in-memory engine for that part, so you don't get an error, you just lose some of the benefit. The joins and aggregations I actually use all streamed fine. I'd try it on your worst job before you buy a bigger machine. ¦~ My second one is {Textual|textual}. The company behind it, {Textualize|textualize}, is winding down, which is sad, but Will {McGugan|mcgugan} has said Textual itself carries on as an open source project, and it's in good shape."),
  say(D, "That was a really gracious post he wrote, too."),
  say(R, "It was. And if you've never built a terminal interface, Textual is still the most fun way to do it. ¦~ I made a little dashboard for our test runs, and it has a tree you can click with the mouse. In a terminal. I feel like a wizard."),

  seg('extra', D, "Declan's extras: Django 5.2 LTS with composite primary keys, and FastAPI Cloud", ['Django 5.2', 'composite primary keys', 'FastAPI Cloud']),
  say(D, "Mine are both web frameworks, which tells you what my month has looked like. {Django|jango} 5.2 is the new long-term support release, out since April, and I finally upgraded our main app. ¦~ The feature I'd been waiting for is composite primary keys. You declare a {CompositePrimaryKey|composite primary key} on the model, which for us means one less fake id column on a table that never needed one. And the Django shell now imports all your models automatically, which sounds tiny and saves me about forty keystrokes a day."),
  say(R, "How bad was the upgrade? You were on the previous LTS, right?"),
  say(D, "Four point two, yes, so a two-version jump. It was mostly deprecation warnings I'd been ignoring for a year and a half, and one third-party package that hadn't declared support yet. ¦~ Two afternoons, all told. Run your tests with warnings turned into errors on the old version first, then jump. That's the whole trick."),
  say(R, "Forty keystrokes. That's a whole extra on its own.", { cut: 1 }),
  say(D, "My second one is {FastAPI|fast api}. {Sebastián Ramírez|sebastian ramirez} announced {FastAPI Cloud|fast api cloud}, a hosted platform where you type fastapi deploy and your app goes up. It's at the waiting list stage. ¦~ I haven't tried it, I'm just curious, because the fastapi command that arrived last year, fastapi dev and fastapi run, already made the local side really pleasant. If deploying is that smooth, a lot of people will feel very nostalgic for the old days of pushing to Heroku."),

  seg('outro', D, 'A joke about deferred annotations, and goodbye', []),
  say(R, "Okay. You've had the joke face on for twenty minutes."),
  say(D, "I have. Every January a Python developer makes the same resolution: this year, I'm finally adding type hints. And every December, nothing. Then 3.14 comes along and says, don't worry about it, I'll evaluate them when somebody asks."),
  say(R, "That's a deferred annotations joke. Oh no."),
  say(D, "It's lazy. You'll laugh when you need to. Thanks for listening, everybody, the show notes are at ⟨byte order dot fm slash {118|118}⟩. Rhea, thank you."),
  say(R, "Thanks, Declan. Bye, everyone."),
];

export const SPEAKERS = [
  { name: D, aliases: ['Declan Moss', 'Declan', 'Moss', 'DECLAN'] },
  { name: R, aliases: ['Rhea Kapoor', 'Rhea', 'Kapoor', 'RHEA'] },
];
