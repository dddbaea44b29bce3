// Source of Late Static #176 (SYNTHETIC held-out episode, heldout11): a two-host weekly PHP news show
// (PHP, Laravel, WordPress). Hosts (invented): Paloma Arriaga, a freelance Laravel developer in Tucson who
// opens and closes the show, and Fergal Fairbrother, a developer at a WordPress agency in Galway that looks
// after about sixty client sites. The sponsor "Cronpost" (scheduled-job and queue monitoring) is invented,
// as are the dog-groomer booking app and every anecdote. Recorded Wednesday 9 July 2025; the news is real
// but told from memory.
// Rendered by build.mjs into web.txt (a seed-like web page) and labeled.txt (every turn labeled).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {lab, cut}) as in the shared renderer.
// Marks inside the text:
//   §      a segment starting mid-paragraph (the seg after the paragraph has {mid: true});
//   ⟨...⟩  a spoken URL: kept in labeled.txt, dropped from web.txt (with a following comma or period);
//   ¦      web.txt only: the transcription service starts a new paragraph here;
//   ¦~     the same, and the web continuation also loses its first word.
// cut: N = web.txt loses the first N words of this paragraph (as the seed page loses them).
// lab: labeled.txt's label for this line when it is not the default (`Paloma ARRIAGA` / `Fergal
// FAIRBROTHER` first, `ARRIAGA` / `FAIRBROTHER` after); null = no label, the same host goes on in a new
// paragraph (as the seed's unlabeled continuation lines); 'FAIRBOTHER' = the one label typo.
// Conventions: presenter = the host who brings the item, and a hand-over line belongs to the NEW segment;
// the sponsor's presenter is its reader; picks are one segment per host, kind `extra`, presented by the
// picker.
import { say, seg } from '../build-episode.mjs';

export const P = 'Paloma Arriaga';
export const F = 'Fergal Fairbrother';

export const LABELS = {
  first: { [P]: 'Paloma ARRIAGA', [F]: 'Fergal FAIRBROTHER' },
  later: { [P]: 'ARRIAGA', [F]: 'FAIRBROTHER' },
};

export const SOURCE = [
  seg('intro', P, 'Welcome, PHP at thirty, and the rundown', []),
  say(P, "Hello and welcome to Late Static, the weekly PHP news show where we read the RFCs so you don't have to. This is episode 176, it's Wednesday the ninth of July, and I'm Paloma Arriaga, coming to you from Tucson, where it is a hundred and eleven degrees outside and my laptop fan sounds like a small aeroplane."),
  say(F, "And I'm Fergal Fairbrother, in Galway, where it's fourteen degrees and raining sideways, which, to be fair, is what July is for here."),
  say(P, "I would trade you. I would trade you right now, no questions. ¦ Okay, so before we start, we missed a birthday. PHP turned thirty last month. Rasmus posted the original announcement on the eighth of June, 1995, Personal Home Page Tools, and it has been thirty years of people telling us it's dead."),
  say(F, "Thirty years of it not being dead."),
  say(P, "Exactly! Happy birthday, you weird little language. I ate a cupcake in its honour. It was a bad cupcake, it was from the gas station, but the thought was there."),
  say(F, "Did you sing to it?"),
  say(P, "I did not sing to it. My neighbour was watching. ¦ Oh, and quick follow-up from last week. A bunch of you wrote in about the Herd thing, and yes, you were right, you can switch the PHP version per site, I was just clicking in the wrong place. Thank you, and sorry, and I have been humbled."),
  say(F, "Humbled on air. Lovely. That's the content people come for."),
  say(P, "That's what I'm here for. Public humbling."),
  say(P, "Okay, we have a packed one. The PHP 8.5 alpha is out, FrankenPHP has a new home, there's WordPress news, and it's the good kind for once, Nightwatch is out, Filament 4 is in beta, and Fergal finally upgraded something. §Fergal, you've been reading RFCs on holiday again, I saw the messages, so you go first.", { lab: null }),

  seg('topic', F, 'PHP 8.5 alpha 1: the pipe operator, array_first and array_last, and #[\\NoDiscard]', ['PHP 8.5', 'pipe operator', 'array_first', 'NoDiscard'], { mid: true }),
  say(F, "I was not reading RFCs on holiday. I was reading the alpha release notes on holiday, which is a completely different thing. ¦ So, PHP 8.5 alpha 1 landed last week, and the big one, the one everybody's going to be arguing about, is the pipe operator. It's a vertical bar and a greater-than sign, and it takes the value on the left and passes it as the argument to the callable on the right. So instead of nesting, like, trim of strtolower of whatever, and reading it inside out, you write the value, then pipe trim, pipe strtolower, and you read it left to right, in the order it happens."),
  say(P, "Okay, but, um, Laravel people have had that for years. It's just a collection with pipe on it."),
  say(F, "You have, and you have been very smug about it. ¦ But this is the language, so it works on any value, strings, arrays, whatever, no wrapper object. The catch is that the thing on the right has to be a callable that takes exactly one argument. So for a built-in function you use the first-class callable syntax, strtolower, open bracket, dot dot dot, close bracket. And if you need a second argument, like explode with a delimiter, you have to wrap it in an arrow function."),
  say(P, "Which is going to look a bit noisy."),
  say(F, "It's a bit noisy, yeah. There's a follow-up RFC for partial function application that would clean that up a lot, but that's not in 8.5, or not yet anyway. Larry Garfield has been pushing the pipe idea for, honestly, years, so fair play to him. ¦~ The second thing I actually like more, and this is going to sound tiny. array_first and array_last."),
  say(P, "Wait, that doesn't exist already? I feel like I've typed that.", { cut: 1 }),
  say(F, "You've typed it and it didn't work! We've had array_key_first and array_key_last since 7.3, so you could get the key and then look it up, or you'd use reset and end, which move the internal pointer and take the array by reference, so you can't pass a function call straight in. Now it's just array_first, array_last, and you get null back on an empty array."),
  say(P, "Oh, that's nice. I am going to delete so many little helper functions."),
  say(F, "And then there's a new attribute, NoDiscard. You put it on a function, and if somebody calls that function and throws away the return value, PHP gives them a warning. ¦ It's for things like, um, methods on an immutable object, where people call modify and expect it to change the date, and it doesn't, it hands you back a new one and you've dropped it on the floor. And if you really do mean to throw the value away, you cast the call to void, which is also new syntax."),
  say(P, "So you can yell at your colleagues from inside the language."),
  say(F, "Basically, yeah. It's the engine doing code review. The final release is planned for the twentieth of November, there's a few more alphas and then betas before that, and feature freeze is in August, I think, so more RFCs could still squeeze in. Try the alpha in Docker, not on anything you care about."),
  say(P, "Anything else in there for normal people? Not the language nerds."),
  say(F, "Hey. I'm a normal person. ¦ There's one I think normal people will love and never notice. Fatal errors get a backtrace now, so when something dies with, like, a memory limit error, you see where it was called from, not just the one line where it ran out. I think that's the one that'll save you the most time in practice. And there's a bunch of deprecations, as always, which I will be reading about in October when our CI turns yellow."),
  say(P, "Yellow CI in October. That's basically a holiday tradition."),

  seg('topic', P, 'FrankenPHP is now supported by the PHP Foundation', ['FrankenPHP', 'PHP Foundation']),
  say(P, "Speaking of things to try in Docker. This is a few weeks old, but we never covered it, and I actually ran it in production this month, so. FrankenPHP is now officially supported by the PHP Foundation. The repository moved into the PHP organisation on GitHub, and the Foundation is going to help maintain it."),
  say(F, "Remind people what FrankenPHP is, because I'd bet half our listeners are still on FPM behind Apache. I know I am."),
  say(P, "Totally fair. So it's an application server for PHP. Kévin Dunglas wrote it, it's written in Go, and it's built on top of Caddy, the web server. So you get one binary that is the web server and PHP together, with automatic HTTPS, HTTP/3, early hints, all the Caddy stuff. No FPM, no separate Nginx config to copy from a blog post. ¦ And the killer feature is worker mode. Normally PHP boots your whole framework on every single request and then throws it all away at the end. In worker mode your app boots once, stays in memory, and handles request after request."),
  say(F, "Which is where it gets exciting. In the bad way."),
  say(P, "Yes! So here's what I did. I've got a client, it's a Laravel app, a booking system for, um, dog groomers, and the API was slow on every request because the framework boot was most of the time. So I put it on Laravel Octane, which supports FrankenPHP as one of its servers, and the boot time just disappears. The simple endpoints went from about ninety milliseconds to about thirty. ¦ But. Anything you kept in a static property, or a singleton that holds per-request data, now leaks into the next request. We had a service that cached the current tenant in a static, and for about ten minutes in staging, groomer A could see groomer B's appointments."),
  say(F, "Oh no."),
  say(P, "In staging! Only in staging. So, read the Octane docs on dependency injection, twice, and set a max requests number so the workers restart every so often, because memory creeps up. ¦~ But honestly, with the Foundation behind it now, I feel a lot better about betting a client on it. It's not one person's side project anymore. Oh, and you can also build your whole app into one static binary with FrankenPHP in it, PHP, the web server and your code, and just copy that to a server. I haven't done that one for real yet, but I want to.", { cut: 1 }),
  say(F, "One binary for a PHP app. Twenty-year-old me would not believe you."),
  say(P, "Twenty-year-old you was uploading files with FileZilla."),
  say(F, "Twenty-year-old me was uploading files with FileZilla directly onto the live site, thank you very much."),
  say(F, "Does it work for WordPress? Asking for sixty clients."),
  say(P, "Classic mode does, I believe, it's just a normal PHP server then. Worker mode and WordPress, I wouldn't. WordPress was not written to live forever in memory."),
  say(F, "Nothing about WordPress was written to live forever, and yet here we all are."),

  seg('sponsor', F, 'Sponsor: Cronpost', ['Cronpost']),
  say(F, "And on that cheerful note, a quick word from this week's sponsor. This episode is brought to you by Cronpost. Cronpost watches your scheduled jobs and your queues, and it tells you when something didn't happen. ¦ Because the worst bugs aren't the ones that throw an exception, they're the nightly invoice job that quietly stopped running three weeks ago. You add one line to your Laravel scheduler, or a ping at the end of a WP-Cron task, or a curl at the end of a shell script, and Cronpost alerts you in Slack or by text when a run is late, fails, or takes twice as long as usual. ¦ Listeners get three months free at ⟨cronpost dot io slash latestatic⟩. Thanks to Cronpost for supporting the show. §Right. WordPress. Because it's been a month, hasn't it.", { lab: 'FAIRBOTHER' }),

  seg('topic', F, 'FAIR: a federated package manager for WordPress, now a Linux Foundation project', ['FAIR', 'package manager', 'Linux Foundation', 'Federated and Independent Repositories'], { mid: true }),
  say(P, "It's been a year. It's been a whole year of drama."),
  say(F, "It's been a year. Quick recap for anyone who sensibly switched off. Last September the fight between Automattic and WP Engine blew up, WP Engine got blocked from WordPress dot org, and then the Advanced Custom Fields plugin, which, if you're an agency, is basically load-bearing, got taken over in the plugin directory and forked into Secure Custom Fields. ¦ We have a lot of sites on ACF Pro, and I spent a really bad week in October checking which of them had auto-updates turned on."),
  say(P, "I remember. You were not okay that week. Weren't the Pro ones fine, though? Pro doesn't come from the directory."),
  say(F, "The Pro ones were fine, Pro updates come from WP Engine's own servers. It was the sites on the free version that swapped over to the fork overnight, and some of those had clients who'd turned auto-updates on themselves. So, yeah. Not okay. ¦ And what the whole thing showed everyone is that the plugin directory, the updates, the API that every WordPress site phones home to, it all runs on servers that one person controls."),
  say(F, "So, the news. At WordCamp Europe last month, a group of contributors announced FAIR, which stands for Federated and Independent Repositories, and it's a Linux Foundation project. It's a package manager for WordPress plugins and themes where there isn't one central server. ¦ Anyone can host packages, there are mirrors, and the packages are signed, so your site can check that a plugin really comes from its author and not just from whoever runs the mirror.", { lab: null, cut: 1 }),
  say(P, "Wait, signed how? Like Composer packages? Because Composer doesn't really sign anything either, does it?"),
  say(F, "Each package has a sort of identity, a decentralised ID, and a key that goes with it, and releases are signed with that key. Composer's a good comparison, actually, because a lot of agencies, us included, already install plugins with Composer, through WPackagist, which mirrors the plugin directory. ¦ So FAIR's doing for the whole of WordPress what a few of us hacked together for our own sites. Except with signatures, and without me maintaining it."),
  say(P, "How does a normal site actually use it, though? Like, what do I install?"),
  say(F, "Right now you install a plugin, the FAIR plugin, and it swaps out the places where WordPress calls home, for updates and things like the events feed, and points them at FAIR's services instead. ¦ It's early. I've put it on our own agency site and on exactly one client site, a very forgiving client, and it's been fine. Updates come through, nothing's on fire."),
  say(P, "Isn't there a risk it just splits the community, though? Like, two plugin directories, and every plugin author has to pick one?"),
  say(F, "That's the worry, yeah, and I don't think anybody knows yet. The people behind it say it isn't a fork of WordPress, it's just the plumbing underneath, and the WordPress dot org directory is one of the sources it can read from. ¦~ And to be fair, the governance is the whole point, it's under a foundation, not a company. Whether plugin authors actually bother to publish there is the real test. I'll report back in six months, if I'm still allowed on the internet."),

  seg('topic', P, 'Laravel Nightwatch is out', ['Nightwatch', 'Laravel Nightwatch']),
  say(P, "Okay. Laravel. Nightwatch is out, properly out, not early access anymore. If you missed it, it's the Laravel team's own hosted monitoring. You install a package, you run an agent next to your app, and it shows you requests, slow queries, queued jobs, exceptions, outgoing HTTP calls, mail, cache hits, scheduled tasks, all in one place, and it's all linked up, so you can click from a slow request straight into the exact query that made it slow."),
  say(F, "Scheduled tasks. In the week that Cronpost sponsors us."),
  say(P, "I know, I know! Different thing, I promise, Nightwatch shows you what ran, it's not, um, an alarm clock for the things that didn't. ¦ Anyway. I put it on the groomer app, the FrankenPHP one, and the first thing it showed me was an N plus one on the appointments page. Forty-two queries for one page. I have looked at that page a hundred times.", { cut: 1 }),
  say(F, "How's it different from Pulse? Or Telescope? I can never keep the three of them straight."),
  say(P, "So Telescope is for your own machine, you look at every request while you're developing. Pulse is a dashboard you host yourself, in your own database, it's free, and it gives you the big picture, slow routes, busy users, that kind of thing. ¦ Nightwatch is the hosted one, it keeps the detail of every request, and it does alerting. It's priced by events, there's a free tier, I think it's a few hundred thousand events a month, and above that you sample. I've set the sampling to ten percent for requests and a hundred percent for exceptions."),
  say(F, "What about personal data? You've got, what, the phone numbers of half the dog owners in Tucson going through that app."),
  say(P, "Yeah, that was my first question too. You can redact things before they leave the server, request bodies, headers, that kind of stuff, and I turned off capturing the query bindings for the customer tables. ¦ It's not a full privacy review, I'm not a lawyer, but it's on the right side of, um, sending everyone's phone number to a third party by accident."),
  say(F, "Does it work outside Laravel? Hypothetically. For a WordPress site."),
  say(P, "No. It's very much a Laravel thing, it hooks into the framework's events. Sorry."),
  say(F, "It's fine. I'm used to it."),

  seg('topic', P, 'Filament 4 beta: faster tables, built-in MFA, nested resources', ['Filament 4', 'Filament']),
  say(P, "Filament 4 is in beta, and the big headline is speed. For anyone who doesn't know, Filament is the admin panel framework on top of Laravel and Livewire, you describe your forms and tables in PHP and it builds you the whole back office. ¦ And the complaint has always been that a big table gets slow, because every single cell is rendered through lots of little Blade views. In v4 they rewrote a lot of that rendering, and big tables are, they say, two or three times faster."),
  say(F, "Sorry, what is a resource, in Filament? I've only ever seen the screenshots."),
  say(P, "A resource is basically one model's admin screens. So a Booking resource gives you the list of bookings as a table, a form to create and edit one, and a page to view it. You write a form method and a table method, and Filament does the rest, the routes, the pagination, the filters, the bulk actions."),
  say(F, "That does sound nice. We build all of that by hand in WordPress, with a lot of meta boxes. So, is the speed thing real? Is that what you actually see?"),
  say(P, "On my biggest table, the bookings table, with about fifteen columns, it went from slightly embarrassing to fine. Which is exactly what you want from an admin panel. ¦ Other bits. Multi-factor authentication is built in now, with an authenticator app or email codes, which I used to do with a plugin. Nested resources, so you can have, like, a course and its lessons, with proper URLs. The rich editor moved to TipTap. And it needs Tailwind 4, so if you have a custom theme, that's your afternoon gone."),
  say(F, "That's always the afternoon gone, isn't it? Tailwind upgrades."),
  say(P, "It is always the Tailwind upgrade. There's an upgrade script that does most of the renames for you, which helped, and the rest was me reading the upgrade guide with a coffee. It's a beta, so please don't ship it to a client yet. I'm running it on a branch and filing bugs like a good citizen."),

  seg('topic', F, 'Upgrading sixty WordPress sites to PHPStan 2.0: level 10, less memory, Rector 2', ['PHPStan 2', 'PHPStan']),
  say(F, "Okay, last news item, it's mine, and it's not really news, it's a confession. We finally upgraded PHPStan. To 2.0. Which came out in November."),
  say(P, "Of last year?"),
  say(F, "Of last year. Look, we're an agency. We run PHPStan in CI on every client's custom plugins and themes, with the WordPress extension, so it knows what all the WordPress functions return. ¦ And it was fine! The headline of 2.0 is a new level, level 10, which is basically level 9, but it's strict about mixed everywhere, not just in some places. And it uses a lot less memory, which for us was the big one, because our CI runners are tiny, and level 8 on our biggest client used to just run out and die."),
  say(P, "How many new errors did you get?"),
  say(F, "On level 6, which is where most of our sites sit, maybe thirty new errors across all sixty sites. Mostly it's smarter about lists now, arrays that are zero-indexed and in order, so functions that were documented as returning a list and actually returned something with holes in it. ¦ Two real bugs. The rest we baselined, which, I know, I know.", { cut: 1 }),
  say(P, "The baseline. Where errors go to retire."),
  say(F, "Where errors go to retire! But we're paying it down, honestly. The tip, if you're doing the same upgrade, is do Rector first. Rector 2 came out around the same time, and it'll fix a lot of the boring stuff for you before PHPStan even gets to complain. And if you're on Larastan, Paloma, it's version 3 you want for PHPStan 2."),
  say(P, "I upgraded Larastan in January, like a responsible adult. ¦ No, honestly, the memory thing is real for me too. My biggest client's analysis went from, I want to say, two gigs to under one, and it's faster. I didn't measure that properly, so don't quote me."),
  say(F, "We're quoting you. It's a podcast. Everything you say is quoted."),
  say(P, "Fine. Roughly half. Approximately. Ish."),


  seg('extra', F, 'Fergal’s pick: WordPress Playground', ['WordPress Playground', 'Playground']),
  say(P, "Okay, picks! Fergal, what have you got?"),
  say(F, "Mine is WordPress Playground, which isn't new, but I finally used it properly this month. It's WordPress running entirely in your browser, PHP compiled to WebAssembly, with SQLite instead of MySQL. No server at all. ¦ You open a link and you've got a fresh site. And you can describe a setup in a JSON file, they call it a blueprint, which plugins, which theme, some demo content, so every time somebody on my team says, it's broken on the client's site, I can make a throwaway copy of that setup in about ten seconds."),
  say(P, "That's actually really cool. Can you run it locally, too?"),
  say(F, "There's a command-line version as well, yeah, you run it with npx and it serves a site out of a folder. No Docker, no MAMP, nothing. ¦ And you can put a Playground link in a bug report on a plugin's GitHub, so the maintainer opens your exact setup instead of reading your essay about it."),
  say(P, "Oh, I love that. Every bug report should come with a link like that."),

  seg('extra', P, 'Paloma’s pick: Mago, a PHP linter and formatter written in Rust', ['Mago']),
  say(P, "Mine's a new toy. It's called Mago, and it's a linter, a formatter and a static analyzer for PHP, written in Rust, so of course it's very fast. I ran the formatter on the groomer app and it did the whole codebase in, like, under a second. ¦ It's early, and I wouldn't replace PHPStan with it, Fergal, before you say anything. But as a formatter it's great.", { cut: 1 }),
  say(F, "Does it read PHPStan's config? Or is it another config file in the root of the repo?"),
  say(P, "Another config file, a TOML one. The root of my repos is basically all config files now. There's, like, four lines of actual app in there somewhere."),
  say(F, "And of course it's written in Rust."),
  say(P, "Everything's written in Rust now. Even the PHP tools are moving out."),

  seg('outro', P, 'Goodbye', []),
  say(P, "And that's the show! Thanks for listening to Late Static. Links to everything are in the show notes at ⟨latestatic dot fm slash 176⟩, and if you've moved anything to FrankenPHP, or to FAIR, write in, we'd love to hear how it went.", { lab: null }),
  say(F, "Especially if it went badly."),
  say(P, "Especially if it went badly, those are the best emails. Next week we'll probably have alpha 2, and Fergal has promised to read fewer RFCs on the beach."),
  say(F, "I promised no such thing."),
  say(P, "Okay. Stay dry, Fergal."),
  say(F, "Stay cool, Paloma. Bye, everyone."),
];

export const SPEAKERS = [
  { name: P, aliases: ['Paloma Arriaga', 'Paloma ARRIAGA', 'Paloma', 'Arriaga', 'ARRIAGA'] },
  { name: F, aliases: ['Fergal Fairbrother', 'Fergal FAIRBROTHER', 'Fergal', 'Fairbrother', 'FAIRBROTHER', 'FAIRBOTHER'] },
];
