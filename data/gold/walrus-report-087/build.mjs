// Builds The Walrus Report #87 (SYNTHETIC held-out episode): a two-host weekly Python news show
// (Priyanka Deshmukh in Edinburgh, teaches data engineering; Owen Gallagher in Cork, backend
// developer on a Django monolith at a payments company). Intro, six news items (Owen takes two in
// a row after the sponsor), a sponsor read by Owen, extras from both hosts, a joke, outro.
// Renders labeled.txt (`First SURNAME:` then `SURNAME:`, a label typo, unlabeled continuation
// lines, one unlabeled speaker change), web.txt (page header and footer like the seed, every
// paragraph stamped 00:00, SURNAME labels on the first two paragraphs only, first word of unlabeled
// paragraphs cut off, URLs dropped) and gold.json with offsets into both, all from the one list
// below. Rerun with `node build.mjs` in this folder. Deterministic.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEpisode, say, seg } from '../build-episode.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'walrus-report-087';
const P = 'Priyanka Deshmukh';
const O = 'Owen Gallagher';
const LABELS = {
  first: { [P]: 'Priyanka DESHMUKH', [O]: 'Owen GALLAGHER' },
  later: { [P]: 'DESHMUKH', [O]: 'GALLAGHER' },
};

// seg(kind, presenter, title, titleKeys, {mid}) and say(speaker, text, {lab, cut, amb}): see ../build-episode.mjs.

const SOURCE = [
  seg('intro', P, 'Welcome', []),
  say(P, "Hello and welcome to The Walrus Report, the show where we go through the week's Python news so you don't have to read forty tabs. This is episode 87, recorded November 19th, 2024. I'm Priyanka Deshmukh."),
  say(O, "And I'm Owen Gallagher. Hello, hello."),
  say(O, "How's Edinburgh? Is it, is it dark yet? It's dark here at, like, half four.", { lab: null }),
  say(P, "It's dark at four. It was dark when I walked Tuppence this morning and it'll be dark when I walk her tonight. She doesn't care. She's a greyhound, she just wants to sprint for ninety seconds and then lie on the sofa for eleven hours."),
  say(O, "Honestly, same."),
  say(P, "Same. Okay, we have a pretty packed one. Six items, a couple of extras, and Owen has a joke, which he has promised me is, quote, good this time."),
  say(O, "It's good this time. I tested it on my team. Two people laughed. One of them was being polite, but, you know, fifty percent."),
  say(P, "Before we start, quick follow-up from last week. I said, very confidently, that Python 3.9 reaches end of life this October. A couple of people wrote in, very kindly, to say it's October next year. 2025. So 3.9 still gets security fixes for another year. I was a year early. I've been told. Repeatedly."),
  say(O, "Don't trust Priyanka. Noted. That's going on a mug."),
  say(P, "It should. Honestly, it should."),
  say(P, "Fifty percent is a passing grade in some places. All right, I'll kick us off, because there is a thing that came out last month that I've now actually lived with for a few weeks."),

  seg('topic', P, 'Python 3.13 after a month: the new REPL, free-threading and the experimental JIT', ['Python 3.13', '3.13']),
  say(P, "So, Python 3.13. It came out on October 7th. We mentioned it very briefly right when it landed, but I didn't want to just read the what's new page at people, I wanted to actually use it first. And I've been using it for about a month now, on my laptop and for the course I teach, and I have opinions."),
  say(O, "You have opinions. I'm shocked."),
  say(P, "I'm as shocked as you are. So the thing that I think most people will notice first isn't the big headline stuff, it's the new REPL. The interactive interpreter. It's based on the one from PyPy, and it finally has, like, things you'd expect in 2024. Multi-line editing, so you can press up and get the whole function back, not one line at a time. Colors in the prompt and in tracebacks. You can type exit without the parentheses and it just exits."),
  say(O, "Oh, thank God. The, um, the use exit() or Ctrl-D to exit message. That's been mocking me for fifteen years."),
  say(P, "Fifteen years of Python telling you it knows exactly what you meant and refusing to do it. Yeah. And there's a paste mode, F3, so when you paste a big block of code the indentation doesn't go completely mad. For teaching that's huge. My students paste things from the slides constantly, and with the old REPL you'd get these, um, these cascading indentation errors and they'd think they'd broken Python."),
  say(P, "So that's the nice everyday thing. Then the headline thing is the free-threaded build. PEP 703. That's the build where the GIL, the global interpreter lock, can be turned off. And I want to be careful here because I've seen a lot of, like, the GIL is gone headlines, and that's not what happened.", { lab: null }),
  say(O, "Right, it's not gone."),
  say(P, "It's not gone. It's a separate build. So if you install from python.org on Windows or Mac there's an option, a checkbox, for the free-threaded binaries, and you get an executable called python3.13t. T for threads. The normal python3.13 still has the GIL, exactly like before. And the free-threaded one is marked experimental. The docs are really clear on that."),
  say(O, "Did you try it? Like, on real code?"),
  say(P, "I did a silly benchmark. I had a CPU-bound thing, it's, um, it's parsing a bunch of log lines and doing some regex and aggregating, and I split it over a ThreadPoolExecutor with eight workers. On normal 3.13 it's basically the same speed as one thread, which is what you'd expect with the GIL. On 3.13t it was, I think, just under five times faster on my laptop. Which has eight cores, so not perfect scaling, but, like, real."),
  say(O, "That's real. That's a real number."),
  say(P, "But! Single-threaded code is slower on the free-threaded build. I saw something like fifteen, twenty percent on my stuff. And the bigger problem is C extensions. If you import an extension module that hasn't declared that it supports running without the GIL, the interpreter turns the GIL back on, and it prints a warning. So you think you're free-threaded and you're, you're, you know, you're not."),
  say(O, "Ha. So one old package in your dependency tree and you're back to square one."),
  say(P, "Pretty much. There's a tracker page, I think it's ⟨py-free-threading.github.io⟩, that lists which big packages have free-threaded wheels. NumPy has them, Cython has support, a bunch of others are in progress. So it's really a, um, it's a year-of-the-ecosystem thing, not a flip-the-switch thing."),
  say(O, "And the JIT? Because I feel like I read JIT and then I read, don't get excited."),
  say(P, "Don't get excited is exactly right. There's an experimental JIT, PEP 744, the copy-and-patch one. It's not compiled in by default, you have to build CPython yourself with a configure flag. And right now the speedups are, um, modest, is the polite word. It's the foundation for later. I did not build it. I have a life. Well, I have a greyhound."),
  say(O, "Is there anything in there that's, like, boring but useful? Those are always my favorite."),
  say(P, "Oh, yeah, loads. The error messages got better again, so if you name your own file random.py and then import random, it now tells you, hey, you're probably shadowing the standard library module. Which is, I would say, forty percent of my office hours questions."),
  say(O, "Ha! Naming your script random.py. Or, or email.py. I've done email.py."),
  say(P, "Everybody has done email.py. And iOS and Android are now officially supported platforms, tier three, which is more for people embedding Python in apps, but still, that's kind of a milestone. And locals got properly defined semantics, PEP 667, which matters if you write debuggers and basically nobody else."),
  say(O, "Which is a life."),
  say(P, "Which is a life. The last thing I'll mention, because it bit one of my students, is the dead batteries. PEP 594. A bunch of old standard library modules that were deprecated in 3.11 are actually removed now. cgi, cgitb, telnetlib, nntplib, audioop, a few more. And one of my students had a script from, like, a tutorial that imported cgi just to parse a query string. ModuleNotFoundError on 3.13. And she was so confused, because it's the standard library, how can it not be found?"),
  say(O, "What do you tell them to use instead?"),
  say(P, "For that, urllib.parse. parse_qs. It's been there forever. For telnetlib there's, um, telnetlib3 on PyPI, or honestly, use something else. Anyway. 3.13: the REPL is lovely, free-threading is real but experimental, the JIT is a seed that's been planted, and check your imports. That's my item."),
  say(O, "I'm going to upgrade at work in, let's say, 2026."),
  say(P, "That's very responsible of you."),

  seg('topic', O, 'uv grows into a full project manager', ['uv', 'project manager', 'Astral']),
  say(O, "Okay. So mine is about packaging. Sorry, everybody."),
  say(P, "Don't apologize! People love packaging. People love to have feelings about packaging."),
  say(O, "They love to have feelings. So, uv. From Astral, the Ruff people. When we first talked about it, back in, what, February, it was basically a very fast pip replacement. uv pip install, uv venv, and it was ten to a hundred times faster, and that was the pitch. And since the summer, and it's gotten a lot more over the last couple of releases, it's become a whole project manager. Like, it's going after Poetry and PDM and pipx and pyenv all at once."),
  say(P, "All at once."),
  say(O, "All at once. So you do uv init, you get a pyproject.toml. uv add requests, it adds it to your dependencies, it resolves, and it writes a uv.lock file. A real lock file, cross-platform, so the same lock works on my Mac and on the Linux CI runners. And then uv run, and it syncs your environment to the lock before it runs the command, every time. So you can't really get the, um, the I forgot to reinstall after pulling problem."),
  say(O, "And it manages Python versions too. uv python install 3.13 and it downloads a standalone build, it doesn't compile anything. Which is, for me, that was the thing. I have spent, I don't want to know how many hours, fighting pyenv and OpenSSL headers on a new laptop.", { lab: null }),
  say(P, "Oh, the OpenSSL headers. Yes."),
  say(O, "Never again. And there's uv tool install, which is like pipx, for command line tools. And uvx, which runs a tool in a throwaway environment. uvx ruff check, and it just, it's there. I use that constantly now."),
  say(P, "Wait, what happens with people on Poetry, though? Because a lot of my old students, they learned Poetry, and now I'm telling them there's a new thing. Again."),
  say(O, "I mean, Poetry is fine. Poetry works. I'm not telling anyone to rip it out. But uv can read a normal pyproject.toml, so if your project uses the standard project table, moving is mostly deleting the old lock file and running uv lock. If you're on the older Poetry-specific tool.poetry table, there's a bit more to do. There's a third-party tool for that, I think, but I haven't tried it."),
  say(P, "Okay, so the thing I like the most, and I think you were going to get to this, is the scripts thing."),
  say(O, "Yes, go on, you say it, you love it."),
  say(P, "I love it. So there's PEP 723, inline script metadata. You put a comment block at the top of a single Python file, a little TOML bit that says, this script needs Python 3.12 or later and it needs httpx and rich. And then uv run script.py reads that, makes a cached environment, and runs it. So I can send a student one file, just one file, and it works. No requirements.txt, no, like, first create a virtual environment, which is the step where I lose half the room."),
  say(O, "Half the room. Yeah. And you can do uv add dash dash script to write that block for you, which I didn't know until last week."),
  say(P, "I didn't know that either!"),
  say(O, "So, the, um, the caveat, and I think it's a fair one. Astral is a company, it's venture-funded, and a lot of people are nervous about the whole ecosystem sort of converging on one VC-backed tool. Their answer is it's MIT and Apache licensed, it's open source, and the lock file and the project metadata are standard pyproject.toml. Which is mostly true. The uv.lock format is uv's own, though. There's no standard lock file yet. There's a PEP for that, 751, still being discussed."),
  say(P, "Do you use it at work, though? On the monolith?"),
  say(O, "We use it in CI to install things, uv pip sync against our old requirements files, and it cut, I think, two and a half minutes off every pipeline run. Which, across the team, that's a lot of minutes. We haven't moved the project itself to uv lock. The monolith has, let me think, three hundred and something pinned packages. I'm not doing that in November. Maybe in, uh, maybe in the new year."),
  say(P, "Right, right."),
  say(O, "And the docs are at ⟨docs.astral.sh/uv⟩, they're good. Genuinely good. That's my item."),

  seg('topic', P, 'PEP 735 accepted: dependency groups in pyproject.toml', ['PEP 735', 'dependency groups', 'dependency-groups']),
  say(P, "I'm going to stay on packaging, because, um, there's a related thing that I think got lost in all the 3.13 noise. PEP 735 was accepted. Dependency groups."),
  say(O, "Oh, nice, yes. I was going to ask you about that."),
  say(P, "So the problem it solves. You've got your project and you've got dependencies for, like, running tests, building the docs, linting. Those aren't dependencies of your package, your users don't need pytest. And until now there was no standard place to put them. People used optional dependencies, extras, which is wrong, because extras get published, so anyone could pip install yourpackage[test]. Or they used requirements-dev.txt. Or Poetry groups, or PDM's dev dependencies, each with its own format."),
  say(O, "Every tool had its own little table."),
  say(P, "Every tool had its own little table. So PEP 735 adds a top-level table in pyproject.toml called dependency-groups. With a hyphen. And inside you write, test equals a list, pytest, coverage. Docs equals a list, sphinx and furo. And they're not part of your package metadata, they never get published, they're just for the people working on the project."),
  say(P, "And the nice detail is groups can include other groups. So you can have a dev group that's, like, include-group test plus include-group lint. It's a small PEP, it's, it's just a table, but the fact that it's a standard means every tool can read the same thing.", { lab: null }),
  say(O, "Does pip support it? Because that's always the question. The PEP gets accepted and then you wait a year for pip."),
  say(P, "Not yet, as far as I know. I think there's an open issue. uv supports it already, they added it within a couple of weeks, so uv sync dash dash group docs works. And PDM, I think, has it or is about to. There's also a tiny reference package called dependency-groups on PyPI that tools can use to read the table."),
  say(O, "I'm going to be honest, the thing I'm most happy about is the requirements-dev.txt files dying. We have four of them. Dev, test, docs, and one called requirements-dev-old.txt that nobody is allowed to delete."),
  say(P, "Why is nobody allowed to delete it?"),
  say(O, "Nobody knows! That's the thing! It's load-bearing. There's a Jenkins job somewhere. Probably."),
  say(P, "The load-bearing requirements file. Every company has one. Anyway, PEP 735 is on ⟨peps.python.org/pep-0735⟩. It was written by Stephen Rosen, and honestly the discussion thread is worth reading just to see how many edge cases a table can have."),

  seg('sponsor', O, 'Sponsor: Kettlebase', ['Kettlebase']),
  say(O, "Before I do my next one, let's take a quick break and thank our sponsor. This episode of The Walrus Report is brought to you by Kettlebase. Kettlebase is managed Postgres for people who would rather be writing their app than tuning a database. You get a production Postgres with daily backups, point-in-time recovery, and read replicas in a couple of clicks, and, the part I like, branching. You can branch your database like you branch your code, so every pull request can get its own copy of staging data."),
  say(O, "They've got a Python SDK and a Django integration, so a branch's connection string shows up in your preview environment without you copying anything around. And connection pooling is built in, which, if you've ever watched a Django app with too many gunicorn workers run out of Postgres connections at three in the morning, you know why that matters. Go to ⟨kettlebase.dev/walrus⟩ and you get your first three months on the pro plan free. Thanks to Kettlebase for supporting the show.", { lab: null }),

  seg('topic', O, 'Django 5.1: LoginRequiredMiddleware, the querystring tag and Postgres connection pools', ['Django 5.1', 'Django', 'LoginRequiredMiddleware', 'querystring', 'connection pool']),
  say(O, "Speaking of Django apps, we finally upgraded the monolith to Django 5.1 last week. I know it came out in August. We're, we're not fast. But it went well, and there are three things in it I think people skipped over."),
  say(P, "Go for it."),
  say(O, "So, one. LoginRequiredMiddleware. Until now, if your whole site is behind a login, you put the login_required decorator on every single view. And then somebody writes a new view and forgets the decorator and, um, now your admin dashboard is public. Which, I'm not saying that happened to us."),
  say(P, "It happened to you."),
  say(O, "It happened to a staging environment. Once. Anyway. With 5.1 you add LoginRequiredMiddleware and every view requires login by default, and you opt out with a login_not_required decorator for the login page, the health check, whatever. So the safe thing is the default. We turned it on and it found two views that, um, should have had the decorator. In production."),
  say(P, "Oh no."),
  say(O, "Internal stuff, nothing terrible. But yeah. Two. There's a new querystring template tag. If you've ever built pagination in a Django template, you know the horrible thing where you want a link to page three but keep all the current filters. So you write, like, a custom template tag, every project has one. Now it's built in. You write querystring page equals three, and it keeps the other GET parameters and swaps the page."),
  say(P, "Every project has that tag. I've written that tag. Twice."),
  say(O, "Everybody has written that tag. I deleted ours with great joy. And three, and this is the one that matters for performance: native connection pooling for PostgreSQL. If you're on psycopg 3, you can set pool to True in the database OPTIONS, and Django uses psycopg's connection pool. Before, you had persistent connections with CONN_MAX_AGE, or you ran PgBouncer in front of Postgres."),
  say(O, "We have PgBouncer, and we're keeping PgBouncer, because we have a lot of processes. But for a smaller app, this is great, it's one setting. Just, um, be careful with the pool size times the number of gunicorn workers. That's, that's where people will get hurt.", { lab: null }),
  say(P, "Wait, is that psycopg 3 only? Because I bet a lot of people are still on psycopg2."),
  say(O, "Psycopg 3 only, yes. Which is a nice nudge, honestly. Psycopg2 is in maintenance mode. The release notes are on ⟨docs.djangoproject.com⟩ and also, by the way, Django 5.2 will be the next LTS, that's April, so if you're on 4.2 LTS like a lot of people, that's the one to aim for."),
  say(P, "And Python versions? Like, can I run 5.1 on 3.13?"),
  say(O, "5.1.3, the November release, officially supports 3.13, yes. And it still supports 3.10 at the bottom. So if you're stuck on 3.10 on some old server, you're fine for now. We're on 3.12 at work. See, we're not completely ancient."),

  seg('topic', O, 'PyPI now supports digital attestations (PEP 740) with Trusted Publishing', ['attestations', 'PEP 740', 'PyPI', 'Trusted Publishing']),
  say(O, "And I'm going to do the next one as well, because Priyanka asked me to swap, since hers, um, has a demo."),
  say(P, "Mine has a demo. I'm saving it for the end. Go."),
  say(O, "Okay. So this is PyPI security news, and I think it's actually quite a big deal, even though it sounds boring. PyPI now supports digital attestations. That's PEP 740. When you publish a package, you can upload a signed statement alongside each file that says, this exact file was built by this GitHub repository, in this workflow, at this commit. And it's verifiable, and PyPI shows it on the project page."),
  say(P, "And that builds on Trusted Publishing, right? That's the, um, the no-more-API-tokens thing."),
  say(O, "Exactly, yes. So Trusted Publishing has been around for a while. Instead of putting a PyPI API token in your GitHub secrets, you tell PyPI, I trust this repo and this workflow, and GitHub Actions gets a short-lived token through OpenID Connect. Attestations sit on top of that. They're signed with Sigstore, using the same identity. So a user can check, in theory, that the wheel they downloaded came from the repo they think it came from, and not from somebody's laptop with a stolen token."),
  say(P, "And what do I have to do? As someone who maintains, like, two small packages."),
  say(O, "If you already use the official GitHub action, pypa gh-action-pypi-publish, and you already use Trusted Publishing, then, I think from version 1.11, it generates and uploads attestations by default. You don't do anything. Which is how it should be. It's only GitHub Actions right now, I believe, and GitLab support was, um, being worked on."),
  say(O, "And I'll say the one thing I'm not sure about yet is the verification side. Right now pip doesn't check attestations when it installs. So today it's more about building the trail. Trail of Bits did a lot of this work with the PyPI folks, there's a post on the PyPI blog, ⟨blog.pypi.org⟩, and they also made a little tracker of how many of the top packages have attestations. It was, when I looked, not that many.", { lab: 'GALLAGER' }),
  say(P, "Do you think pip will start refusing packages without them?"),
  say(O, "Refusing, no, I don't think so, not for a long time. Warning, maybe, for packages that used to have them and suddenly don't. That's the interesting case, right? If a project always published with attestations and then one release shows up without one, that's suspicious. That's the xz kind of scenario."),
  say(P, "Yeah. Okay, I'm going to set up Trusted Publishing on my two packages this week. I've been saying that for a year."),
  say(O, "You have. You have been saying that for a year.", { lab: null }),
  say(P, "Okay, but, serious question, what's the first step? Like, tell me like I'm one of my students."),
  say(O, "First step, go to your project on PyPI, under publishing, and add a trusted publisher. You type in your GitHub user or org, the repo name, and the workflow file name, like release.yml. Then in the workflow, you give the job permission id-token write, and you delete the password line from the publish step. That's, that's it. Ten minutes. Maybe fifteen if you, um, if you typo the workflow file name like I did."),
  say(P, "You typo'd it?"),
  say(O, "I typed release.yaml with an A. The file was release.yml. PyPI rejected the token and the error message was actually pretty clear, to be fair to them. I just didn't read it for twenty minutes."),

  seg('topic', P, 'marimo: a reactive Python notebook stored as a plain .py file', ['marimo', 'notebook']),
  say(P, "All right, my last one, and it's the demo one, except it's a podcast so the demo is me describing it. I've been trying marimo. It's a notebook, like Jupyter, but reactive. I've been, um, I've been using it for my course this term instead of Jupyter, and I want to report back."),
  say(O, "Reactive like a spreadsheet?"),
  say(P, "Exactly like a spreadsheet. If you change a cell, every cell that depends on a variable it defines re-runs automatically. So you can't have the classic Jupyter thing where you ran cell five, then went back and changed cell two, and now your notebook state is a lie that no one can reproduce. marimo looks at which variables each cell defines and which it reads, and builds a graph, and it keeps things consistent."),
  say(P, "And, this is my favorite part, a marimo notebook is saved as a plain Python file. Not JSON. Each cell is a function with a decorator. So it diffs properly in git, you can review it in a pull request, and you can run it as a script, python notebook.py. For marking student work, I cannot tell you what a difference that is. I used to get ipynb files with, like, forty megabytes of embedded plots.", { lab: null }),
  say(O, "Oh, I've been on the receiving end of those pull requests. With the output cells. Oh, it's terrible."),
  say(P, "It's terrible. And then there's the app mode, marimo run, which turns a notebook into a little web app, and the UI elements, sliders and dropdowns, are just Python values. So the slider's value is a variable and the cells that use it re-run when you drag it. My students built a little dashboard over the Edinburgh bike-share data in, like, one afternoon, with a map and a date slider."),
  say(O, "What's the catch? There's always a catch."),
  say(P, "The catch is the rules. You can't define the same variable name in two cells. Which, in Jupyter, people do all the time, like df equals something, and then three cells down df equals something else. marimo says no. And mutating an object in a different cell doesn't trigger re-runs, because it only tracks assignments. So for the first week my students were, honestly, a bit annoyed with it."),
  say(P, "But by week three, they were writing cleaner notebooks than I've ever seen from a class. One of them told me it felt like the notebook was, um, was marking her work while she wrote it. Which, as a teacher, I'll take. It's on ⟨marimo.io⟩, pip install marimo, or uvx marimo, since we're doing uv things today.", { lab: null }),
  say(O, "Can it open existing Jupyter notebooks?"),
  say(P, "There's a convert command, marimo convert, and it does a decent job. You'll usually have to fix the, um, the redefined variables by hand. Which is kind of the point."),
  say(O, "And can you run SQL in it? Because the data people on my team would ask me that first."),
  say(P, "You can, there are SQL cells, and they use DuckDB under the hood, so you can query a dataframe or a Parquet file directly and the result comes back as a dataframe for the next cell. And there's a version that runs completely in the browser, on WebAssembly with Pyodide, so you can share a notebook as a link with no server. I haven't used that in class yet. Next term, maybe."),

  seg('extra', P, "Priyanka's extra: the PyCon US 2025 call for proposals", ['PyCon US 2025', 'PyCon US', 'PyCon', 'call for proposals', 'CFP']),
  say(O, "Okay, that's the six. Extras? Do you have extras?"),
  say(P, "I have one. The PyCon US 2025 call for proposals is open. It's in Pittsburgh again next year, in May. The deadline is, I think, December 19th, so you've got about a month. And I want to say this to people who've never spoken before, because I was that person. Submit. The reviewers genuinely want new voices, and there are mentors who'll read your proposal before you send it if you ask."),
  say(O, "Are you submitting?"),
  say(P, "I'm thinking about a talk on teaching packaging to people who've never used a terminal. Working title, Your First Virtual Environment Is a Trauma."),
  say(O, "Ha! I'd go to that. I'd go to that talk."),

  seg('extra', O, "Owen's extra: pyinstrument found a slow Django view", ['pyinstrument', 'profiler', 'profiling']),
  say(O, "Mine's a tool. pyinstrument. It's a statistical profiler, it's been around for years, but I hadn't really used it until last week. We had one Django view, the transaction export, that was taking, like, eight seconds. And cProfile output is, you know, a wall of numbers. pyinstrument gives you a tree, indented, with the time in each call, and it hides the library stuff you don't care about."),
  say(O, "And there's a Django middleware, so you add question mark profile to the URL, in dev, and you get the profile as an HTML page. It took me about four minutes to find it. It was a, um, a property on the model that did a query, called inside a loop. For every row. Classic N plus one.", { lab: null }),
  say(P, "It's always an N plus one."),
  say(O, "It's always an N plus one. select_related, eight seconds to four hundred milliseconds. I felt like a wizard for a whole afternoon."),
  say(P, "Does it work with async views? We've got some async stuff in a side project and cProfile just gives up."),
  say(O, "It does, it has async support, it follows the await chain, which is kind of the main reason I'd pick it over cProfile now. It's ⟨github.com/joerick/pyinstrument⟩, pip install pyinstrument."),

  seg('extra', O, 'Joke: the threads joke', ['joke', 'threads']),
  say(P, "Okay, joke. You promised."),
  say(O, "I promised. It's a threads joke, and it's appropriate because of free-threading. Ready?"),
  say(P, "I'm ready."),
  say(O, "A programmer had a problem. She thought, I know, I'll solve it with threads. has Now problems. two she"),
  say(P, "Ha! Okay. Okay, that's, I have to read it in my head again. Now she has two problems, out of order. Okay, that's good. That's actually good."),
  say(O, "Thank you! Two laughs now. That's three people total."),
  say(P, "With the GIL turned off, that joke is just the news now."),

  seg('outro', P, 'Goodbye', []),
  say(P, "All right, that's the show. Thanks, Owen. Thanks, everyone, for listening, and thank you to Kettlebase for sponsoring. All the links are in the show notes at ⟨walrusreport.fm/87⟩."),
  say(O, "Thanks, Priyanka. And if you want to send us a news item, there's a form on the website, or find us on Mastodon, we're both on the fosstodon server. Send us your load-bearing requirements files."),
  say(P, "Please don't. Please do not send us your requirements files."),
  say(O, "Go walk your dog, it's getting dark."),
  say(P, "It's been dark since four. Bye, everybody!", { lab: 'DESHMUKH' }),
];

const SPEAKERS = [
  { name: P, aliases: ['Priyanka DESHMUKH', 'DESHMUKH', 'Priyanka', 'Deshmukh'] },
  { name: O, aliases: ['Owen GALLAGHER', 'GALLAGHER', 'GALLAGER', 'Owen', 'Gallagher'] },
];

const ENTITIES = {
  required: {
    'Python 3.13': ['Python 3.13', '3.13', 'python3.13', 'CPython 3.13'],
    'free-threading': ['free-threading', 'free-threaded', 'free-threaded build', 'PEP 703', 'python3.13t', '3.13t', 'no-GIL', 'nogil'],
    GIL: ['GIL', 'global interpreter lock'],
    JIT: ['JIT', 'PEP 744', 'experimental JIT', 'copy-and-patch JIT'],
    REPL: ['REPL', 'new REPL'],
    PyPy: ['PyPy'],
    'PEP 594': ['PEP 594', 'dead batteries'],
    uv: ['uv', 'uvx'],
    Astral: ['Astral'],
    Ruff: ['Ruff'],
    'pyproject.toml': ['pyproject.toml'],
    'PEP 723': ['PEP 723', 'inline script metadata'],
    'PEP 735': ['PEP 735', 'dependency groups', 'dependency-groups'],
    pip: ['pip'],
    Poetry: ['Poetry'],
    PDM: ['PDM'],
    Django: ['Django'],
    'Django 5.1': ['Django 5.1', '5.1'],
    LoginRequiredMiddleware: ['LoginRequiredMiddleware'],
    PostgreSQL: ['PostgreSQL', 'Postgres'],
    psycopg: ['psycopg', 'psycopg 3', 'Psycopg 3', 'psycopg3'],
    PgBouncer: ['PgBouncer'],
    PyPI: ['PyPI'],
    'PEP 740': ['PEP 740', 'attestations', 'digital attestations'],
    'Trusted Publishing': ['Trusted Publishing', 'trusted publishers'],
    'GitHub Actions': ['GitHub Actions', 'gh-action-pypi-publish'],
    Sigstore: ['Sigstore'],
    marimo: ['marimo'],
    Jupyter: ['Jupyter', 'Jupyter notebook', 'ipynb'],
    Kettlebase: ['Kettlebase'],
    'PyCon US': ['PyCon US', 'PyCon US 2025', 'PyCon'],
    pyinstrument: ['pyinstrument'],
  },
  tolerated: [
    'Python', 'CPython', 'python.org', 'Windows', 'Mac', 'macOS', 'Linux', 'ThreadPoolExecutor', 'threads', 'threading', 'NumPy', 'Cython',
    'C extensions', 'cgi', 'cgitb', 'telnetlib', 'telnetlib3', 'nntplib', 'audioop', 'urllib.parse', 'parse_qs', 'ModuleNotFoundError', 'regex',
    'pipx', 'pyenv', 'OpenSSL', 'uv.lock', 'lock file', 'PEP 751', 'requests', 'httpx', 'rich', 'TOML', 'requirements.txt', 'requirements-dev.txt',
    'virtual environment', 'venv', 'CI', 'pytest', 'coverage', 'Sphinx', 'furo', 'extras', 'optional dependencies', 'Jenkins', 'peps.python.org',
    'gunicorn', 'login_required', 'login_not_required', 'querystring', 'template tag', 'connection pooling', 'connection pool', 'CONN_MAX_AGE', 'psycopg2',
    'Django 5.2', 'Django 4.2', 'LTS', 'GitHub', 'OpenID Connect', 'OIDC', 'GitLab', 'Trail of Bits', 'xz', 'wheel', 'API tokens', 'supply chain',
    'notebook', 'notebooks', 'reactive notebook', 'git', 'pull request', 'marimo run', 'marimo convert', 'Pittsburgh', 'cProfile', 'profiler',
    'N plus one', 'N+1', 'Python 3.9', '3.9', 'end of life', 'PEP 667', 'locals', 'iOS', 'Android', 'random.py', 'tool.poetry', 'Python 3.12', 'Python 3.10', '3.12', '3.10', 'DuckDB', 'Parquet', 'SQL', 'WebAssembly', 'Pyodide', 'dataframe', 'async', 'Mastodon', 'fosstodon', 'select_related', 'The Walrus Report', 'walrusreport.fm', 'Stephen Rosen', 'Astral uv', 'Ctrl-D', 'F3', 'paste mode',
  ],
};

const EPISODE = { show: 'The Walrus Report', number: 87, recorded: '2024-11-19', title: 'Python 3.13 in practice, uv grows up, and attestations on PyPI' };

const WEB = {
  header: [
    'Brought to you by Priyanka and Owen - support the show on Patreon', '',
    '« Return to show page', '', 'Transcript for Episode #87:', 'Python 3.13 in practice, uv grows up, and attestations on PyPI', '',
    'Recorded on Tuesday, Nov 19, 2024.', '', '',
  ].join('\n'),
  footer: '\n\nBack to show page',
  stamps: 'zero',
  labels: 2,
  label: { [P]: 'DESHMUKH', [O]: 'GALLAGHER' },
};

buildEpisode({ here, slug: SLUG, SOURCE, LABELS, WEB, EPISODE, SPEAKERS, ENTITIES });
