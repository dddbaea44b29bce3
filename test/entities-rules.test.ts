import { describe, expect, it } from 'vitest';
import { entitiesOf, person, techNames } from './entities-helpers.js';
import { spokenName } from '../pipeline/entities/entities-stage.js';

const has = (text: string, name: string) => expect(techNames(text), text).toContain(name);
const hasNot = (text: string, name: string) =>
  expect(techNames(text).map((n) => n.toLowerCase()), text).not.toContain(name.toLowerCase());

describe('lexicon: longest match, variants', () => {
  it.each([
    ['We deployed the service with Kubernetes and Docker on AWS.', ['Kubernetes', 'Docker', 'AWS']],
    ['I never heard of Flask-Marshmallow for APIs before.', ['Flask-Marshmallow']],
    ['I never heard of Flask Marshmallow for APIs before.', ['Flask-Marshmallow']],
    ['It covers SQLAlchemy, MongoEngine and the Django ORM.', ['SQLAlchemy', 'MongoEngine', 'Django']],
    ['Moving from pytest to PYTEST style fixtures.', ['pytest']],
    ['We store files in Amazon S3 and serve them with Nginx.', ['Amazon S3', 'Nginx']],
  ])('%s', (text, names) => {
    for (const n of names) has(text, n);
  });

  it('prefers the longer name over its first word', () => {
    const names = techNames('I never heard of Flask-Marshmallow for APIs before.');
    expect(names).not.toContain('Flask');
  });

  it('does not read a hyphenated package name into ordinary words', () => {
    // `is-number` style names need their hyphens; stop-word-led names are not in the lexicon at all
    const names = techNames('The value is number one for us and on finished work we rest.');
    expect(names.filter((n) => /number|finished/i.test(n))).toEqual([]);
  });
});

describe('split names, typos, versions', () => {
  it.each([
    ['It used Tensor Flow under the hood.', 'TensorFlow'],
    ['Thanks to DigitialOcean for sponsoring.', 'DigitalOcean'],
    ['He moved from unitest to pytest last year.', 'unittest'],
    ['PyTennesee 2018 is coming up in Nashville.', 'PyTennessee'],
    ['Python 3.6.3 was released on Tuesday.', 'Python 3.6'],
    ['Ubuntu 17.10 just came out.', 'Ubuntu 17.10'],
    ['Python 2 is no longer installed by default.', 'Python 2'],
    // a recogniser's split of a name that ends in capitals: the words before in any case
    ['We loaded the files into duck DB last week.', 'DuckDB'],
    ['Then we imported it into post GIS.', 'PostGIS'],
    ['They keep the model output as net CDF files.', 'NetCDF'],
  ])('%s → %s', (text, name) => has(text, name));

  it.each([
    ['We kept the data sets on disk.', 'datasets'],
    ['This is a new toolkit for images.', 'tomlkit'],
    ['And 36.3% of their Python apps moved.', 'Python 36.3'],
    ['Shells! We have to talk about shells, fish and zsh this week.', 'shelljs'], // an English word is no typo
    ['Honestly my SQL skills are rusty.', 'MySQL'], // a stop word before the acronym
    ['The tensor FLOW was much higher.', 'TensorFlow'], // the name does not end in the capitals as said
    ['We tested duck db last week.', 'DuckDB'], // no capitals: two words
  ])('%s ↛ %s', (text, name) => hasNot(text, name));

  // automatic captions: no case at all (at least 200 words), so a recogniser's split of a
  // mixed-case name is read where the episode names its field for sure
  const captions = (said: string) =>
    `${'so this week we went through the release notes and the open issues and a few of the talks from the conference '.repeat(10)}${said} and that was the week for us`;
  it.each([
    ['we use postgresql and sqlite and the new one is tiger beetle for the ledger', 'TigerBeetle'],
    ['in python with pytest you get an exception group back from the task', 'ExceptionGroup'],
    ['the content security policy is fine and then it compiles to web assembly in the browser', 'WebAssembly'],
  ])('caseless: %s → %s', (said, name) => has(captions(said), name));

  it.each([
    ['we use postgresql and sqlite and the new one is tiger beetle for the ledger', 'TigerBeetle'], // cased text: two words
    ['in python with pytest the data sets stay on disk', 'datasets'], // no capital inside the name
    ['we talked about the deploy and having a safety net for it', 'SafetyNet Attestation'], // no Android name in the episode
    ['we use postgresql and the net conf talks were good', 'NETCONF'], // an acronym has no split to hear
  ])('%s ↛ %s', (said, name, i = 0) => hasNot(said.startsWith('we use postgresql and sqlite') ? said.replace(/^we/, 'We') : captions(said), name));

  it('reads a bare release number after a versioned name as that release', () => {
    const e = entitiesOf('Python 3.6.3 is out on every server. Man, I love 3.6 now.').find((x) => x.name === 'Python 3.6');
    expect(e?.mentions.length).toBe(2);
    expect(e?.why).toContain('bare-version');
  });
});

describe('the show’s own name', () => {
  it('a name inside it is the show’s, not a technology', () => {
    const text2 = 'Welcome to Kubernetes Now, the show where we mostly talk about Rust and WebAssembly. Thanks to Acme for supporting Kubernetes Now.';
    expect(entitiesOf(text2).some((e) => e.name === 'Kubernetes')).toBe(true);
    expect(entitiesOf(text2, [], 'Kubernetes Now').some((e) => e.name === 'Kubernetes')).toBe(false);
    // the show's whole name is kept: a show called Patch Tuesday talks about Patch Tuesday
    const text3 = 'Welcome to Patch Tuesday, the security show. This Patch Tuesday, Microsoft fixed a zero-day in Windows.';
    expect(entitiesOf(text3, [], 'Patch Tuesday').find((e) => e.name === 'Patch Tuesday')?.mentions.length).toBe(entitiesOf(text3).find((e) => e.name === 'Patch Tuesday')?.mentions.length);
    expect(entitiesOf(text2, [], 'Kubernetes Now').map((e) => e.name)).toContain('Rust');
  });
  it('said elsewhere, it still counts; a one-word show name hides nothing', () => {
    const more = 'Welcome to Kubernetes Now, the show where we mostly talk about Rust. And the new Kubernetes release is out this week.';
    expect(entitiesOf(more, [], 'Kubernetes Now').find((e) => e.name === 'Kubernetes')?.mentions.length).toBe(1);
    const one = 'Welcome to Kubernetes, the show. Kubernetes is everywhere.';
    expect(entitiesOf(one, [], 'Kubernetes').find((e) => e.name === 'Kubernetes')?.mentions.length).toBe(entitiesOf(one).find((e) => e.name === 'Kubernetes')?.mentions.length);
  });
});

describe('names from context', () => {
  it.each([
    ['I want to highlight this thing called Zorblax, a new way to serve Python apps.', 'Zorblax'],
    ['Quibbler is a library for parsing configuration files.', 'Quibbler'],
    ['GLORPDATA: An Open Source Data Cleaning Toolkit. It is fast.', 'Glorpdata'],
    ['Just pip install snorkelpy and you are done.', 'snorkelpy'],
    ['You write from zapdoslib import client and that is it.', 'zapdoslib'],
    ['We tried FooBarDB yesterday and it worked.', 'FooBarDB'],
    ['So Quibbler is a library for parsing configuration files.', 'Quibbler'], // not `So Quibbler`
  ])('%s → %s', (text, name) => has(text, name));

  it.each([
    ['There is a movie called All Work and All Play on Netflix.', 'All Work'],
    ['He wrote an article called, “Visualizing Garbage Collection Algorithms.”', 'Visualizing'],
    ['This is a library for parsing configuration files.', 'This'],
    ['So Quibbler is a library for parsing configuration files.', 'So Quibbler'],
    ['We had lunch at McDonalds with McKenzie.', 'McKenzie'],
  ])('%s ↛ %s', (text, name) => hasNot(text, name));

  it('finds the later uses of a name it learned from context', () => {
    const e = entitiesOf('Look at this thing called Zorblax for Python. Zorblax is fast, and I like Zorblax.').find((x) => x.name === 'Zorblax');
    expect(e?.mentions.length).toBe(3);
  });

  it('normalises SHOUTING case of a learned name', () => {
    const e = entitiesOf('So I want to highlight this thing called LUMIGLOW: An Open Source Vision Toolkit. LUMIGLOW is new.');
    expect(e.map((x) => x.name)).toContain('Lumiglow');
  });
});

describe('code tokens', () => {
  it.each([
    ['I just do os.path.join and that sort of stuff.', 'os.path'],
    ['I did not know it had .glob() in there.', 'glob'],
    ['There is Path.home() for the home folder.', 'Path.home'],
    ['You wrap it with fmt.Errorf and then errors.Is walks the chain.', 'fmt.Errorf'],
    ['You wrap it with fmt.Errorf and then errors.Is walks the chain.', 'errors.Is'],
    ['And errors.As gives you the typed error back.', 'errors.As'],
    ['Now maps.Keys returns an iterator.', 'maps.Keys'],
  ])('%s → %s', (text, name) => has(text, name));

  it.each([
    ['Use it, e.g. for this.', 'e.g'],
    ['We were done.So we left.', 'done.So'],
    ['It shipped on friday.Then we slept.', 'friday.Then'],
    ['That was the plan.I mean it.', 'plan.I'],
  ])('%s ↛ %s', (text, name) => hasNot(text, name));

  it('never makes a tag-able entity of an unknown piece of code', () => {
    const e = entitiesOf('There is Path.home() for the home folder.').find((x) => x.name === 'Path.home');
    expect(e?.notag).toBe(true);
  });
});

describe('common-word names only in technical context', () => {
  it.each([
    ['We built the API with Flask and Django on Python.', 'Flask'],
    ['DigitalOcean made storage better with a thing called Spaces.', 'DigitalOcean Spaces'],
    ['It uses React, the JavaScript framework, on the front end.', 'React'],
    ['It used TensorFlow and Sonnet, the DeepMind graph library.', 'Sonnet'],
    ['Format the code with Black before you commit to the repo.', 'Black'],
    // an item of a list that names two unambiguous technologies, in any case
    ['So chalk, debug, ansi-styles, strip-ansi and wrap-ansi were all taken over.', 'chalk'],
    ['So chalk, debug, ansi-styles, strip-ansi and wrap-ansi were all taken over.', 'debug'],
    ['It replaces pip and pip-tools and pyenv, and it is fast.', 'pip'],
  ])('%s → %s', (text, name) => has(text, name));

  it.each([
    ['She poured the acid into a lab flask and waited.', 'Flask'],
    ['Astronauts float in outer space for months.', 'DigitalOcean Spaces'],
    ['Spaces between the words matter to a reader.', 'DigitalOcean Spaces'],
    ['Shakespeare wrote a Sonnet about love and loss.', 'Sonnet'],
    ['Let us go to the store and get some milk.', 'Go'],
    ['We have six more amazing news items today.', 'six'],
    ['The requests kept coming in all day.', 'Requests'],
    ['Black and white photos look great in the hallway.', 'Black'],
    ['We bought chalk, paper and pens for the class.', 'chalk'], // a list, but of no technology
    ['Bring chalk, Python and a laptop.', 'chalk'], // one technology is no list of them
    ['We run Postgres with Patroni for HA and pgBackRest for backups.', 'Home Assistant'], // HA is high availability
    // a name opening a sentence as its verb, however technical the words around it
    ['Go to the PACS first, where the DICOM images and the HL7 feed live.', 'Go'],
  ])('%s ↛ %s', (text, name) => hasNot(text, name));

  it.each([
    // the same word opening a sentence as a name (wink-nlp tags it a noun)
    ['Go is great for servers, with goroutines and a fast compiler like Rust and Zig.', 'Go'],
  ])('%s → %s (opening a sentence as a name)', (text, name) => has(text, name));
});

describe('people are never technologies', () => {
  it('drops names of known speakers', () => {
    const names = techNames('KENNEDY said Okken likes pytest. Brian Okken agrees.', [person('Brian Okken', ['OKKEN']), person('Michael Kennedy', ['KENNEDY'])]);
    expect(names.some((n) => /okken|kennedy|brian/i.test(n))).toBe(false);
    expect(names).toContain('pytest');
  });

  it.each([
    ['Last question is from Kwame, who runs a small team in Accra. Kwame uses Kubernetes.', 'Kwame'],
    ['Next one. Odalys writes: we moved to Postgres. Odalys, thanks.', 'Odalys'],
    ['First one is from Dmitri in Tallinn. Dmitri has a Go service.', 'Dmitri'],
  ])('a listener said of as a person is no tag: %s', (text, name) => {
    const e = entitiesOf(text).find((x) => x.name === name);
    expect(e?.type ?? 'person').toBe('person');
    expect(e?.notag ?? true).toBe(true);
  });

  it('a program that writes or asks for a thing is no person (`Nix writes a lock file`)', () => {
    const text = 'We moved the builds to Nix last year. When you first use it, Nix writes a lock file next to it, and Nix asks the cache before building anything.';
    const e = entitiesOf(text).find((x) => x.name === 'Nix');
    expect(e?.type).toBe('tool');
  });

  it('a place before `who` is not the person (`Kwon in Seoul, who…`)', () => {
    const e = entitiesOf('And Hye-jin Kwon in Seoul, who does the scorers, uses Rust.').find((x) => x.name === 'Seoul');
    expect(e?.type).not.toBe('person');
  });

  it.each([
    ['Evan You gave a talk about it at ViteConf last month.', 'Evan You'],
    ['PEP 703, from Sam Gross, was the proposal to make the GIL optional.', 'Sam Gross'],
    ['Brendan Gregg’s tools are still where I would send anyone.', 'Brendan Gregg'],
    ['D. Richard Hipp has said that for twenty-five years.', 'D. Richard Hipp'],
    ['That is a quote from Guido van Rossum, more or less.', 'Guido van Rossum'],
  ])('a given name and a capitalised word are a person, not a tag: %s', (text, name) => {
    const e = entitiesOf(text).find((x) => x.name === name);
    expect(e?.type).toBe('person');
    expect(e?.notag).toBe(true);
  });

  it.each([
    // a technology said in two words, a given name that is a technology too, capitals for SQL
    ['We moved the batch jobs to Ray Serve last week.', /Ray Serve/],
    ['Then we rewrote the numerics in Julia Base functions.', /Julia Base/],
    ['The queue takes jobs with FOR UPDATE SKIP LOCKED in Postgres.', /SKIP/],
    // a given name with no capitalised word after it
    ['I asked Sam about it, and Sam said no.', /Sam/],
  ])('no person: %s', (text, re) => {
    expect(entitiesOf(text).filter((x) => x.type === 'person' && re.test(x.name))).toEqual([]);
  });

  it('marks `a guy named X Y` as a person, not a tag', () => {
    const e = entitiesOf('And this guy named Jason Fried took over the Python 3 migration at Facebook.');
    const jason = e.find((x) => x.name === 'Jason Fried');
    expect(jason?.type).toBe('person');
    expect(jason?.notag).toBe(true);
  });
});

describe('mentions', () => {
  const text = 'I use Flask-Marshmallow, os.path.join and Tensor Flow with Python 3.6.3 on Ubuntu 17.10.\n\nThen DigitialOcean Spaces and PyTennesee.';
  it('point at their text in the source', () => {
    for (const e of entitiesOf(text)) {
      for (const m of e.mentions) {
        const s = text.slice(m.span.start, m.span.end);
        expect(s.length).toBeGreaterThan(0);
        expect(s.trim()).toBe(s);
        expect(m.rule).toBeTruthy();
        expect(m.confidence).toBeGreaterThan(0);
        expect(m.confidence).toBeLessThanOrEqual(1);
      }
      expect(e.why.length).toBeGreaterThan(0);
    }
  });
  it('do not overlap each other', () => {
    const spans = entitiesOf(text).flatMap((e) => e.mentions.map((m) => m.span)).sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
  });
});

describe('lower-case names that are also words', () => {
  it.each([
    ['We load it with the datasets library from Hugging Face.', 'datasets'],
    ['Then you pip install emoji and print faces.', 'emoji'],
  ])('%s → %s', (text, name) => has(text, name));
  it.each([
    ['We trained on really large datasets from other challenges.', 'datasets'],
    ['She sent me an emoji and a link.', 'emoji'],
  ])('%s ↛ %s', (text, name) => hasNot(text, name));
});

describe('names spelt in lower case that are no English word (uv, tox)', () => {
  it.each([
    ['My first item this week is uv. Astral shipped a release that manages Python versions.', 'uv'],
    ['We run the tests with tox and pytest on every pull request.', 'tox'],
  ])('%s → %s', (text, name) => has(text, name));
  it.each([
    // no technology or software word near it
    ['The uv index was high at the beach all week.', 'uv'],
    // written other than its own spelling
    ['UV light and Python scripts do not mix.', 'uv'],
    // an English word stays one however technical the talk (`black` the formatter)
    ['We moved the Python code to a black background in the editor.', 'Black'],
  ])('%s ↛ %s', (text, name) => hasNot(text, name));
});

describe('a lower-case name that is also a word, named for sure elsewhere (pip)', () => {
  const pipMentions = (text: string) => entitiesOf(text).reduce((n, e) => n + (e.name === 'pip' ? e.mentions.length : 0), 0);
  it.each([
    // `pip 25.1` names it for sure (an entity of its own, the release); `plain pip` next to sdist and uv is the tool
    ['pip 25.1 added a lock command. Somebody building your sdist with plain pip does not need uv.', 1],
    // not named for sure anywhere: the word stays a word
    ['Somebody building your sdist with plain pip does not need uv.', 0],
    // named for sure, but no technical word near the other use (another paragraph)
    ['pip 25.1 added a lock command.\n\nMy grandmother would not give a pip about any of that.', 0],
  ])('%s → %d mentions', (text, n) => {
    expect(pipMentions(text)).toBe(n);
  });
});

describe('more context shapes', () => {
  it.each([
    ['We moved everything to the Zephyrly framework last spring.', 'Zephyrly'],
    ['They built Quokkadb, which is a database for time series.', 'Quokkadb'],
    ['We tried Zephyrly, the framework from last week.', 'Zephyrly'],
    ['Quellbrush, the new rendering engine, is now on Android as a preview.', 'Quellbrush'], // at a sentence start too
    ['PEP 703 makes the GIL optional in CPython.', 'PEP 703'],
    ['The RFC 9110 text defines HTTP semantics.', 'RFC 9110'],
    ['So, JEP 491 lets virtual threads unmount inside synchronized blocks.', 'JEP 491'],
    ['The KEP 1287 work made pod resizing possible.', 'KEP 1287'],
    ['The proposal behind it, KIP-500, is years old.', 'KIP-500'], // with a hyphen, as written
    ['PEP-7041 is accepted.', 'PEP-7041'],
  ])('%s → %s', (text, name) => has(text, name));
  it.each([
    ['We wrote our own web framework for it.', 'web'],
    ['We shipped it on Sep 12 after the freeze.', 'SEP 12'],
    ['We flip 2 switches and it boots.', 'FLIP 2'],
    ['The pip-300 thing broke.', 'PIP-300'],
    ['The Monday meeting ran long.', 'Monday'],
    ['Okay, the language. Because I have waited for this feature for years.', 'Okay'], // talk before a comma
  ])('%s ↛ %s', (text, name) => hasNot(text, name));
});

describe('a name listed with known technologies (context:list-member)', () => {
  it.each([
    ['It instruments Phoenix, LiveView, Ecto and Oban out of the box.', 'Oban'],
    ['It instruments Phoenix, LiveView, Ecto and Oban out of the box.', 'Ecto'],
    ['We tried swc, esbuild and Babel for the parser.', 'SWC'],
    ['You can use libcluster or Kubernetes for that.', 'libcluster'],
    // a name the NLP model keeps a case for (its normal form was `Meta`, no lexicon key)
    ["And Meta's load balancer, Katran, is built on XDP, like Cloudflare's.", 'Meta'],
  ])('%s → %s', (text, name) => has(text, name));
  it.each([
    // a capitalised word next to one known name may be a place or a person
    ['I moved from Python and Lisbon last year.', 'Lisbon'],
    ['It covers iOS, Android, and everything in between.', 'everything'],
    ['We compared React, Vue and sandwiches from last year.', 'sandwiches'],
    ['After a master’s, a PhD and Python, I joined.', 'PhD'],
  ])('%s ↛ %s', (text, name) => hasNot(text, name));
});

describe('versions of any named software', () => {
  it.each([
    ['We moved to Django 5.0 this spring.', 'Django 5.0'],
    ['Pydantic v2 has a Rust core.', 'Pydantic 2'],
    // a release is named as the episode says the name, in its release line
    ['We upgraded the app to Rails 8.0.1 last month.', 'Rails 8.0'],
    ['We upgraded the app to Ruby on Rails 8 last month.', 'Ruby on Rails 8'],
    // (an alias with no capital is no name to show: the canonical one)
    ['The cluster is on k8s 1.31 now.', 'Kubernetes 1.31'],
  ])('%s → %s', (text, name) => has(text, name));
  it.each([
    ['We tried Docker 2 years ago on the laptop.', 'Docker 2'],
  ])('%s ↛ %s', (text, name) => hasNot(text, name));
});

describe('people patterns do not swallow products', () => {
  it('keeps a product said in two words after `by`', () => {
    const names = techNames('This episode is sponsored by Digital Ocean, check them out.');
    expect(names).toContain('DigitalOcean');
  });
  it('finds the author after `by` and keeps it out of technologies', () => {
    const e = entitiesOf('There is a great article by Doug Hellman about pathlib. Hellman writes well.');
    expect(e.find((x) => x.name === 'Doug Hellman')?.type).toBe('person');
    expect(e.filter((x) => x.type !== 'person').map((x) => x.name)).toEqual(['pathlib']);
  });
});

describe('names learned from context that are also words', () => {
  it('does not read every later use of a short lower-case name as the package', () => {
    const e = entitiesOf('Just pip install notes and then take notes in the meeting. My notes are long.').find((x) => x.name === 'notes');
    expect(e?.mentions.length).toBe(1);
  });
});

describe('degenerate input', () => {
  it('finds nothing in empty or punctuation-only text', () => {
    expect(entitiesOf('')).toEqual([]);
    expect(entitiesOf('... -- !!')).toEqual([]);
  });
});

describe('a name confirmed elsewhere is not every capitalised word', () => {
  it('keeps `Go` the language but not `Go ahead` at the start of a sentence', () => {
    const e = entitiesOf('We rewrote the server in Go for speed, and the Go compiler is fast.\n\nGo ahead and grab a coffee, then we talk about lunch.');
    const go = e.find((x) => x.name === 'Go');
    expect(go?.mentions.length).toBe(2);
  });
});

describe('a known name that is also a word, opening a sentence (keepInContext)', () => {
  // a technical episode, in a paragraph of its own: the sentence's own paragraph names one technology
  const around = 'Firefox, Chromium, WebKit, Gecko, Blink, Servo, Ladybird and uBlock Origin all moved to Manifest V3, with declarativeNetRequest rules and a service worker.\n\n';
  it.each([
    // the sentence's subject before its verb: a bare singular noun is a name
    [`${around}Apple gets far more money from Mozilla than anyone.`, ['Apple'], []],
    [`${around}Edge followed Firefox into the new format.`, ['Edge'], []],
    // written in capitals as its own spelling: the case says it
    [`${around}What survives is short: CHIPS, which gives a cookie its own jar, and FedCM.`, ['CHIPS'], []],
    // an adjective before `is`, a verb, a plural: the word
    [`${around}Brave is a nice word for what Firefox did.`, [], ['Brave']],
    [`${around}Go ahead and grab the Firefox links from the show notes.`, [], ['Go']],
    [`${around}Apples grow next to my Firefox sticker.`, [], ['Apple']],
  ])('%s', (text, want, not) => {
    const names = entitiesOf(text).map((e) => e.name);
    for (const n of want) expect(names, text).toContain(n);
    for (const n of not) expect(names, text).not.toContain(n);
  });
});

describe('common technology of every ecosystem', () => {
  it.each([
    // (named as said: the acronyms, see spokenName)
    ['We moved the cluster from GKE to EKS, and some teams are on AKS.', ['GKE', 'EKS', 'AKS']],
    ['The nightly job ran on EMR and wrote Parquet to S3.', ['EMR', 'S3']],
    ['Errors came from Compute Engine and BigQuery.', ['Compute Engine', 'BigQuery']],
    ['Run kubectl apply, then check the kubelet logs.', ['kubectl', 'kubelet']],
    ['Let\'s Encrypt is ending OCSP in favour of CRLs.', ["Let's Encrypt", 'OCSP', 'CRL']],
    ['The proposal went to TC39 and the W3C has a note on it.', ['TC39', 'W3C']],
    ['Our API runs on Cloudflare Workers with Workers KV and Deno Deploy for the rest.', ['Cloudflare Workers', 'Workers KV', 'Deno Deploy']],
    ['Install Rust with rustup and build with Cargo.', ['rustup', 'Cargo']],
    ['Google released Gemma 3n and Meta shipped Llama.', ['Gemma 3n']],
    ['In Node 22 you can finally use require(esm) from CommonJS.', ['Node 22', 'require(esm)', 'CommonJS']],
    ['PEP 703 makes the GIL optional in CPython, not in PyPy.', ['PEP 703', 'CPython', 'PyPy']], // the implementation, not the language
    ['Ruff for linting and formatting, uv for everything else.', ['Ruff', 'uv']], // a name that is a word, opening a sentence: tooling words are its context
  ])('%s', (text, names) => {
    for (const n of names) has(text, n);
  });

  it('names a known name without the possessive a comma left on it', () => {
    const names = techNames('The Pill is KegLand’s, with Wi-Fi, and it logs to Brewfather.');
    expect(names).toContain('KegLand');
    expect(names).not.toContain('KegLand’s');
  });
  it('reads `git` in lower case as Git (the lexicon\'s `word` flag: its English sense is no risk)', () => {
    has('As for advice: learn the command line properly, learn git, and write down what you did.', 'Git');
    has('So keep those dashboards in code, in git, as much as you can.', 'Git');
  });
  it('tells a file format from the tool that reads it', () => {
    expect(techNames('The Dockerfile pins the base image, and the Makefile runs the tests.')).toEqual(expect.arrayContaining(['Dockerfile', 'Makefile']));
    expect(techNames('Every request goes over HTTPS now.').map((n) => n)).not.toContain('HTTP');
  });
  it('reads a vulnerability id as one name', () => has('The kubelet bug is tracked as CVE-2025-4871, rated high.', 'CVE-2025-4871'));
  it('prefers a split name over a word that is also a tool', () => {
    const names = techNames('It used Tensor Flow under the hood.');
    expect(names).toContain('TensorFlow');
    expect(names).not.toContain('Flow');
  });
  it('keys names by what was written, not by wink\'s normal form (`Let\'s` is not `let us`)', () =>
    has("We renewed the certificate with Let's Encrypt yesterday.", "Let's Encrypt"));
});

describe('a dot said as a word', () => {
  it.each([
    ['We moved off zone dot js last month.', 'Zone.js'],
    ['The thing that won me over is Bun dot sql, a Postgres client.', 'Bun.sql'],
    ['One old library still calls sun dot misc dot Unsafe.', 'sun.misc.Unsafe'],
    ['And RegExp dot escape finally landed.', 'RegExp.escape'],
  ])('%s', (text, name) => has(text, name));
  it('joins only where the lexicon has the dotted name', () => {
    const text = 'Connect the dots, then dot the i. The dot com boom was before Node, dot, dot, dot.';
    expect(techNames(text).filter((n) => n.includes('.'))).toEqual([]);
  });
  it('names the entity as written, not as said', () => {
    const e = entitiesOf('Bun dot sql is nice. Bun dot sql again.').find((x) => x.id === 'bun.sql');
    expect(e?.name).toBe('Bun.sql');
    expect(e?.mentions.length).toBe(2);
  });
});

describe('speech-to-text with no case at all', () => {
  const filler = 'and then we talked about how the week went and what everyone has been up to lately which was mostly travel and some cooking ';
  const text = (filler.repeat(8) + 'so the big news is that the python interpreter release is out with a new compiler and the release notes are long and ruff the linter for linting and formatting got faster and the rust rewrite of the type checker and compiler is in preview so read the table of contents before you upgrade your code ').repeat(1);
  it('reads hand-curated names as if written with their capitals, in technical context', () => {
    const names = techNames(text);
    expect(names).toContain('Python');
    expect(names).toContain('Ruff');
    expect(names).toContain('Rust');
  });
  it('leaves registry packages named like words to the words (`read`, `table`)', () => {
    const names = techNames(text).map((n) => n.toLowerCase());
    expect(names).not.toContain('read');
    expect(names).not.toContain('table');
  });
  it('a transcript with capitals keeps needing them (lower-case `python` there is the word)', () => {
    const cased = 'We Talked About The Week In Lisbon And Porto. '.repeat(6) + text;
    expect(techNames(cased)).not.toContain('Python');
  });
});

describe('a possessive inside a known name', () => {
  it.each([
    ['Chrome’s root program wants shorter certificates now.', 'Chrome Root Program'],
    ["It's not F5's NGINX Ingress Controller, which is a separate product.", 'F5 NGINX Ingress Controller'],
    ['Angular’s CLI uses it for the dev server.', 'Angular CLI'],
  ])('%s', (text, name) => has(text, name));
  it('leaves the owner and the product apart where the product is named by what follows', () => {
    const names = techNames('Cloudflare’s R2 is cheap, and R2 has no egress fees.');
    expect(names).toContain('Cloudflare');
    expect(names).not.toContain('Cloudflare R2');
  });
  it('keeps a name whose apostrophe is its own (`Let’s Encrypt`)', () => has('Let’s Encrypt issued it.', "Let's Encrypt"));
});

describe('sponsors and names introduced in passing', () => {
  it.each([
    ['This episode is brought to you by Zentrova. Zentrova watches your pipelines.', 'Zentrova'],
    ['This show is sponsored by Quillbase, the notes app for teams.', 'Quillbase'],
    ['Thanks to Brimlow for sponsoring this week.', 'Brimlow'],
    ['They open sourced a standalone server called kvlite, a single binary.', 'kvlite'],
  ])('%s → %s', (text, name) => has(text, name));

  it('a sponsor is a company, not a person', () => {
    const e = entitiesOf('This episode is brought to you by Zentrova Labs. Zentrova Labs is great.').find((x) => x.name === 'Zentrova Labs');
    expect(e?.type).toBe('company');
  });
  it('a lower-case word after `a thing called` is no name', () => hasNot('We had a thing called lunch.', 'lunch'));
  it('a natural language said again and again with technical words is no product (`English`)', () => {
    hasNot('The app shipped in English first. Every string in English went into the JSON catalogue, and the English source file feeds the build. Later the English strings moved to the translation service.', 'English');
  });
  it('`a named person` after a software head is an adjective, no naming', () => {
    hasNot('Now every machine-translated language has a named person who reads a sample every week.', 'person');
    hasNot('Each service has the named owner on call.', 'owner');
  });
});

describe('snake_case is code', () => {
  it('is a code token that never becomes a word package', () => {
    const es = entitiesOf('You just say select star from read_parquet and give it a path.');
    expect(es.map((e) => e.name)).toContain('read_parquet');
    expect(es.find((e) => e.name === 'read_parquet')?.notag).toBe(true);
    expect(es.map((e) => e.name)).not.toContain('read');
  });
});

describe('a technical episode accepts capitalised common-word names without a cue nearby', () => {
  const tech = 'We use Django, PostgreSQL, Redis, Celery, Docker, Kubernetes, NumPy, pandas, pytest and mypy every day at work. ' +
    'Our stack also has SQLAlchemy, FastAPI, Pydantic and Ruff.\n\n';
  it('React and Gatsby mid-sentence', () => {
    has(`${tech}So would React use it?`, 'React');
    has(`${tech}I finally moved my blog off Gatsby last month.`, 'Gatsby');
  });
  it('but not at the start of a sentence, nor in lower case, nor before another name', () => {
    hasNot(`${tech}Go to the store and buy milk.`, 'Go');
    hasNot(`${tech}We saw a sonnet by Shakespeare and a lab flask.`, 'Sonnet');
    hasNot(`${tech}We saw a sonnet by Shakespeare and a lab flask.`, 'Flask');
    hasNot(`${tech}We read about outer space last night.`, 'DigitalOcean Spaces');
  });
  it('and not in a chatty episode', () => hasNot('So would React use it? I think so, my friend.', 'React'));
  it('nor a name that is also a person\'s (`Julia`, `Hugo`)', () => hasNot(`${tech}Then I asked Julia about it over lunch.`, 'Julia'));
});

describe('family names, clause-final `called`, names that are addresses', () => {
  it.each([
    ['Then we fuzz the decoders with cargo-frobnicate in CI.', 'cargo-frobnicate'],
    ['We clean the manifests with kubectl-frob before review.', 'kubectl-frob'],
    ['It is a small tool I have completely fallen in love with, called zorbtool. It replaces your history.', 'zorbtool'],
    ['You can publish the crate on crates.io in a minute.', 'crates.io'],
  ])('%s → %s', (text, name) => has(text, name));

  it.each([
    ['We moved to a docker-based setup last year.', 'docker-based'],
    ['The output is git-friendly and easy to diff.', 'git-friendly'],
    ['She came home, called Zorbtool a mess and left.', 'Zorbtool'],
    ['The docs are at example.io/crates.io/x for now.', 'crates.io'],
  ])('%s ↛ %s', (text, name) => hasNot(text, name));
});

describe('a known name as the episode says it (spokenName)', () => {
  it.each([
    ['Cloud Native Computing Foundation', { CNCF: 2 }, 'CNCF'], // the acronym said, never the long form
    ['Cloud Native Computing Foundation', { CNCF: 2, 'Cloud Native Computing Foundation': 1 }, 'Cloud Native Computing Foundation'], // the long form said once
    ['golden paths', { 'golden path': 3 }, 'golden path'], // the number said
    ['runbook', { runbooks: 1 }, 'runbooks'],
    ['CRL', { CRLs: 2 }, 'CRL'], // an acronym's plural is the acronym
    ['Amazon EKS', { EKS: 1 }, 'EKS'],
    ['Amazon S3', { S3: 2 }, 'S3'],
    ['Flask', { flask: 1 }, 'Flask'], // case is the lexicon's
    ['PostgreSQL', { Postgres: 4 }, 'PostgreSQL'], // another name, not an acronym: the lexicon's
    ['GitHub Actions', { GHA: 1, Actions: 3 }, 'GitHub Actions'], // the most said is no acronym
    ['Open Source Initiative', { 'OSI-approved': 3, OSI: 1 }, 'OSI'], // an adjective made of the name names nothing
    ['Amazon S3', { 'S3-compatible': 2 }, 'Amazon S3'],
  ])('%s said as %o → %s', (known, said, name) => {
    expect(spokenName(known, new Map(Object.entries(said)))).toBe(name);
  });

  // with the forms that matched the lexicon as written (its own spellings of the name)
  it.each([
    ['Visual Studio Code', { 'VS Code': 2 }, ['VS Code'], 'VS Code'], // another spelling the lexicon lists
    ['PostgreSQL', { Postgres: 4 }, ['Postgres'], 'Postgres'],
    ['PostgreSQL', { Postgres: 4 }, [], 'PostgreSQL'], // said, but found by a typo or a short form: the lexicon's
    ['SCIM', { 'SCIM provisioning': 2 }, ['SCIM provisioning'], 'SCIM'], // a longer phrase around the name
    ['Kubernetes Security Response Committee', { 'Security Response Committee': 1 }, ['Security Response Committee'], 'Security Response Committee'], // some of its words, as said
    ['AWS Fargate', { Fargate: 3 }, ['Fargate'], 'Fargate'],
    ['AWS Fargate', { Fargate: 3 }, [], 'AWS Fargate'], // said, but not a spelling the lexicon lists
    ['Wasm GC', { WasmGC: 2 }, ['WasmGC'], 'Wasm GC'], // the same name spelt together
    ["Let's Encrypt", { 'Let’s Encrypt': 3 }, ['Let’s Encrypt'], "Let's Encrypt"], // a curly apostrophe
    ['iPhone', { iPhones: 2 }, ['iPhones'], 'iPhone'], // a plural
    // a concept (lower case) said in another of its lower-case spellings: the term the episode uses
    ['garbage collection', { 'garbage collector': 3 }, ['garbage collector'], 'garbage collector'],
    ['undefined behavior', { 'undefined behaviour': 2 }, ['undefined behaviour'], 'undefined behaviour'],
    ['garbage collection', { 'garbage collector': 3 }, [], 'garbage collection'], // not a spelling the lexicon lists
    ['mutexes', { RWLock: 2 }, ['RWLock'], 'mutexes'], // not in lower case
    ['email deliverability', { deliverability: 3 }, ['deliverability'], 'email deliverability'], // a part of the name
    ['text-wrap', { 'text wrap: balance': 2 }, ['text wrap: balance'], 'text-wrap'], // a longer phrase around it
    ['pyproject.toml', { pyproject: 2 }, ['pyproject'], 'pyproject.toml'],
    ['encryption', { encrypted: 3 }, ['encrypted'], 'encryption'], // a word made of the name
    ['permissive licenses', { 'permissively licensed': 2 }, ['permissively licensed'], 'permissive licenses'],
    ['software supply chain', { 'supply chain': 2 }, ['supply chain'], 'software supply chain'], // a part of it
    ['assembly language', { assembly: 2 }, ['assembly'], 'assembly language'],
    ['mutexes', { 'spin lock': 2 }, ['spin lock'], 'spin lock'],
    ['scandir', { 'candir</c>': 1 }, ['candir</c>'], 'scandir'], // markup is no term
    // some of a name's words, said in lower case: those words in the lexicon's case
    ['CSS Anchor Positioning', { 'anchor positioning': 3, 'Anchor positioning': 1 }, ['anchor positioning', 'Anchor positioning'], 'Anchor Positioning'],
    ['Gradle configuration cache', { 'configuration cache': 2 }, ['configuration cache'], 'configuration cache'],
    ['AWS Fargate', { fargate: 2 }, ['fargate'], 'Fargate'],
    ['CSS Anchor Positioning', { 'anchor positioning': 3 }, [], 'CSS Anchor Positioning'], // not a spelling the lexicon lists
    ['GitHub', { github: 2 }, ['github'], 'GitHub'], // the whole name in lower case: the lexicon's case
    ['Solar Cycle 25', { 'cycle 26': 2 }, ['cycle 26'], 'Solar Cycle 25'], // words the name does not hold
  ])('%s said as %o (lexicon forms %j) → %s', (known, said, aliases, name) => {
    expect(spokenName(known, new Map(Object.entries(said)), new Set(aliases))).toBe(name);
  });

  // the number said, in the lexicon's case (a plural only of a concept in words, not of a product or an acronym)
  it.each([
    ['Service Workers', { 'service worker': 2 }, ['service worker'], false, 'Service Worker'],
    ['Service Workers', { 'service worker': 2 }, [], false, 'Service Workers'], // not a spelling the lexicon lists
    ['mutexes', { mutex: 2 }, ['mutex'], true, 'mutex'],
    ['mutex', { mutexes: 2 }, [], true, 'mutexes'],
    ['Pod Disruption Budget', { 'pod disruption budgets': 2 }, ['Pod Disruption Budgets'], true, 'Pod Disruption Budgets'],
    ['AudioMoth', { AudioMoths: 2 }, ['AudioMoths'], false, 'AudioMoth'], // a product's plural
    ['SDK', { SDKs: 3 }, ['SDKs'], true, 'SDK'], // an acronym's plural
  ])('%s said as %o (lexicon forms %j, concept %s) → %s', (known, said, aliases, concept, name) => {
    expect(spokenName(known, new Map(Object.entries(said)), new Set(aliases), concept)).toBe(name);
  });

  // a lexicon spelling that is also an English word counts once the context confirms it
  it.each([
    ['It’s all GeoParquet files in public buckets on Amazon and Azure.', 'Azure', 'Microsoft Azure'],
    ['We deploy the API to Azure every week, with Terraform.', 'Azure', 'Microsoft Azure'],
  ])('%s → %s', (text, name, not) => {
    const names = entitiesOf(text).map((e) => e.name);
    expect(names).toContain(name);
    expect(names).not.toContain(not);
  });

  it('names the entity as said, keeping the lexicon id', () => {
    const e = entitiesOf('Kyverno and OpenCost are both CNCF projects now, and the CNCF runs KubeCon.').find((x) => x.id === 'cloud-native-computing-foundation');
    expect(e?.name).toBe('CNCF');
    const code = entitiesOf('You can write Kotlin in VS Code now, and VS Code is what most of the team uses.').find((x) => x.id === 'visual-studio-code');
    expect(code?.name).toBe('VS Code');
  });
});

describe('a family product by its short name once the family is named (context:family-short-name)', () => {
  const laravel = 'We moved the booking app to Laravel last year, and Laravel has been good to us. ';
  it.each([
    // the family twice nearby: its products go by their own names, mid-sentence or unknown words at a start
    [`${laravel}How is it different from Pulse? Or Telescope? I can never keep them straight.`, ['Laravel Pulse', 'Laravel Telescope'], []],
    [`${laravel}Nightwatch is out, and it keeps every request.`, ['Laravel Nightwatch'], []],
    ['We build every client site on WordPress, and WordPress updates are a chore. You can put a Playground link in a bug report.', ['WordPress Playground'], []],
    // the family said once, or not at all: the word stays a word
    ['We moved the booking app to Laravel. How is it different from Pulse? I never know.', [], ['Laravel Pulse']],
    ['How is it different from Pulse? Or Telescope? I can never keep them straight.', [], ['Laravel Pulse', 'Laravel Telescope']],
    // a common word at a sentence start is the word; part of a longer name is that name
    [`${laravel}Telescope sales went up this year, my uncle says.`, [], ['Laravel Telescope']],
    [`${laravel}We also looked at Pulse Secure for the VPN.`, [], ['Laravel Pulse']],
  ])('%s', (text, want, not) => {
    const names = techNames(text);
    for (const n of want) expect(names, text).toContain(n);
    for (const n of not) expect(names, text).not.toContain(n);
  });
});

describe('the same letters, two things (lexicon phrases)', () => {
  it.each([
    ['The UPS battery died during the self-test, and the NAS never shut down.', 'uninterruptible-power-supply'],
    ['If it is a UPS guy at the door, the doorbell could make a package noise.', 'united-parcel-service'],
  ])('%s → %s', (text, id) => {
    const ids = entitiesOf(text).map((e) => e.id);
    expect(ids).toContain(id);
    expect(ids).not.toContain(id === 'united-parcel-service' ? 'uninterruptible-power-supply' : 'united-parcel-service');
  });
});
