// Source of Null Forgiving #63 (SYNTHETIC held-out episode, heldout10): a two-host weekly .NET news and
// discussion show. Hosts (invented): Janneke Visser, who works on a logistics ERP in Utrecht and opens the
// show, and Tobias Ferraro, an independent consultant in Denver. The sponsor "Quayside" (hosted CI for .NET
// teams) and the listener "Maud from Ghent" are invented. Recorded Wednesday 19 November 2025, eight days
// after .NET 10; the facts are real but told from memory.
// Rendered by build.mjs into rev.txt (a Rev.com-style export) and labeled.txt (`Full Name: text` lines).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {rev}) as in the shared renderer.
// Marks inside the text:
//   §        a segment starting mid-paragraph (the seg after the paragraph has {mid: true}). When it sits
//            right after a `¦`, rev.txt starts the segment at that block (its name line), while
//            labeled.txt, which keeps the turn whole, starts it mid-line;
//   ¦        rev.txt only: the service starts a new block here, with the SAME name and a new timestamp
//            (it splits long turns); labeled.txt keeps the paragraph whole;
//   {xt}     rev.txt only: `[crosstalk hh:mm:ss]` (the other host talks over); dropped in labeled.txt;
//   ⟦...⟧    rev.txt: `[inaudible hh:mm:ss]` instead of these words; labeled.txt has the words;
//   [laughs] kept in rev.txt, `(laughs)` in labeled.txt.
// rev: 'typo' = rev.txt writes this block's name label with a typo ("Tobias Ferrero"). The gold speaker is
// always the true one.
import { say, seg } from '../build-episode.mjs';

export const J = 'Janneke Visser';
export const T = 'Tobias Ferraro';
export const TYPO = { [T]: 'Tobias Ferrero' };

export const SOURCE = [
  seg('intro', J, 'Welcome and rundown', []),
  say(J, "Hello and welcome to Null Forgiving, the podcast where we talk about .NET and pretend we're not nervous about the upgrade. It's episode sixty-three, it's Wednesday the nineteenth of November, I'm Janneke Visser, I'm in Utrecht, and it's raining, which is not news."),
  say(T, "And I'm Tobias Ferraro, coming to you from Denver, where it's sunny and I have a cold anyway, so if I sound like a foghorn, that's why."),
  say(J, "You sound fine. You sound like a late-night radio DJ, actually."),
  say(T, "That's the cold. I'm keeping it."),
  say(J, "So this is the big one. .NET Conf was last week, .NET 10 is out, C# 14 is out, Visual Studio has a new number, and there's some drama at the end, which Tobias has been, um, very excited to talk about, in a slightly worrying way. And we have listener mail! Which we haven't done in forever."),
  say(T, "We've had mail. We've just been ignoring it. Oh, and a correction from last week, before anybody writes in again. I said Blazor United, like it was the product name, and it hasn't been called that since the .NET 8 previews. It's Blazor Web Apps, the template is called Blazor Web App. Three people wrote in. Three!"),
  say(J, "Three people is a lot of people for us. That's like a third of the audience."),
  say(T, "It's a movement. Hi, all three of you. You were right."),
  say(J, "So we do have mail, we just use it to be corrected. §Okay. Tobias, you watched the whole keynote live, so you get the release."),

  seg('topic', T, '.NET 10 is out: LTS, the new support policy, JIT performance and post-quantum crypto', ['.NET 10', 'LTS', 'long-term support'], { mid: true }),
  say(T, "I did watch the whole keynote live. With snacks. So, .NET 10 shipped on the eleventh, at .NET Conf, and the headline for most people is just: it's LTS. It's a long-term support release, so you get three years of patches, until November 2028. If you're on 8, this is the one you move to. ¦ And there's a support thing I think a lot of people missed, which is that Microsoft changed the STS policy back in September. Standard term support used to be eighteen months, and now it's twenty-four. So .NET 9 and .NET 8 both go out of support on the same day, November the tenth, 2026."),
  say(J, "Wait, so 9 actually lives longer than it was supposed to?"),
  say(T, "Six months longer. Which means if you jumped to 9, you're not in a hurry. You have a year. But you're also not in a great place, because there's nowhere to go from 9 except 10, so, you know. Just go to 10."),
  say(J, "Just go to 10. Put it on a t-shirt. We actually moved one service on Monday, just to see, and it was a one-line change in the global.json and the target framework, and then, of course, one new analyzer warning, and we have warnings as errors, so the build went red."),
  say(T, "Warnings as errors. The gift that keeps on giving."),
  say(J, "Fifteen minutes to fix. Forty minutes to argue about whether to suppress it."),
  say(T, "Then the performance stuff. Stephen Toub did his annual blog post, the performance improvements one, and I'm going to say something controversial. I did not read all of it."),
  say(J, "Nobody reads all of it. It's a novella. [laughs]"),
  say(T, "It's longer than some novels, I'm pretty sure it has chapters now. But the big theme in the JIT this year is what they call deabstraction. So when you write a foreach over an IEnumerable of T, and it turns out at runtime it's actually an array, the JIT can now devirtualize that, and inline it, and it ends up basically as fast as a for loop over the array. ¦ And there's escape analysis. If you allocate a small object or a small array, and the JIT can prove it never escapes the method, it puts it on the stack instead of the heap. So no garbage collection pressure. You don't change any code, you just, well, you just run on 10."),
  say(J, "That's the best kind of feature. The kind where I do nothing."),
  say(T, "Exactly. There's also AVX10.2 support, if you're one of the six people with that hardware, and Native AOT keeps getting smaller. And then the one that I think is going to matter more in two years than right now: post-quantum cryptography. There are new types for ML-KEM and ML-DSA, which are the NIST standards, so, key encapsulation and signatures."),
  say(J, "Do I need to care about that today?"),
  say(T, "Probably not today. But if you're in, like, government or banking, someone is going to ask you about harvest now, decrypt later, and it's nice that the answer is a NuGet, no, it's not even a NuGet package, it's in the box. I think on Linux it needs OpenSSL 3.5, and on Windows it needs a recent enough build, so check before you promise anything."),
  say(J, "Noted. Don't promise anything. That's basically my whole career advice. Did they do anything for EF?"),
  say(T, "EF Core 10, yeah. LeftJoin and RightJoin are real LINQ operators now, finally, so no more GroupJoin and SelectMany and DefaultIfEmpty to write a left join. ¦ Named query filters, so you can have a soft-delete filter and a tenant filter on the same entity and switch off just one of them. And vector search, if you're on SQL Server 2025 or Azure SQL, because of course there's vector search, it's 2025."),
  say(J, "It's the law now. Every release needs vector search."),

  seg('topic', J, 'C# 14: the field keyword, extension members and null-conditional assignment', ['C# 14', 'field keyword', 'extension members']),
  say(J, "Okay, the language. Because I have been waiting for one feature for, honestly, like four years."),
  say(T, "Is it the field keyword?"),
  say(J, "It's the field keyword! So, C# 14. You know when you have an auto-property, and you want to add one tiny bit of logic to the setter, like trimming a string, and suddenly you have to write a whole backing field, underscore name, and the getter, and the setter, and it's eight lines?"),
  say(T, "The underscore tax."),
  say(J, "The underscore tax. Now you just write field inside the accessor. Set, field equals value dot Trim. And the compiler makes the backing field for you. ¦ There's one gotcha. If you have an existing member that's literally called field, then inside an accessor the word now means the keyword, so you have to write at-field or this dot field. Which, if you named something field, that's on you."),
  say(T, "I have definitely named something field."),
  say(J, "Of course you have. The other big one is extension members. So extension methods are, what, C# 3? 2007? And for all that time you could only do methods. Now there's a new extension block syntax. You write extension, and the receiver in parentheses, and inside it you can put extension properties, and static extension members, so you can add a static factory method to a type you don't own. ¦ And the old this-parameter extension methods still work, they're compatible, you don't have to rewrite anything."),
  say(T, "So I can finally write, like, IsEmpty as a property on IEnumerable?"),
  say(J, "You can finally do that. Whether you should is a different podcast. And then a bunch of smaller ones. Null-conditional assignment, so you can write customer question-mark dot Order equals something, and it only assigns if customer isn't null. nameof works on unbound generic types, so nameof List with empty angle brackets. Implicit conversions to Span and ReadOnlySpan, which mostly helps library authors. And partial constructors and partial events, which sounds boring, but it's for source generators."),
  say(T, "Source generators love a partial."),
  say(J, "They do. Everything is partial if you believe in yourself. Um, anyway, that's C# 14, and you get it by default with the .NET 10 SDK, you don't need to set LangVersion or anything. ¦ §So the thing I actually used this week, like, in anger, is file-based apps. You write one C# file, app dot cs. No csproj, no solution, no folder even, and you run it with dotnet run app dot cs. That's it. It builds it behind the scenes, caches the build, and runs it."),

  seg('topic', J, 'File-based apps: dotnet run app.cs, #:package directives and dnx', ['file-based apps', 'dotnet run app.cs', 'dotnet run', 'dnx'], { mid: true }),
  say(T, "This is the Python envy feature."),
  say(J, "It is completely the Python envy feature, and I'm fine with it. You can put a shebang at the top, hash bang user bin env dotnet, chmod it, and run it like a script. On my Mac that works. And if you need packages, there are these directives at the top of the file, hash colon package, and then the package name and a version, so like hash colon package Humanizer. ¦ There's hash colon sdk, if you want the web SDK, so you can literally write a minimal API in one file. And hash colon property for MSBuild properties."),
  say(T, "And when the script gets too big—"),
  say(J, "When the script inevitably gets too big, and it will, there's dotnet project convert, and it turns the file into a normal project with a csproj next to it. So there's an exit. I replaced, I think, four PowerShell scripts in our repo with C# files this week, and nobody has complained yet."),
  say(T, "Give it time. Somebody on your team loves PowerShell."),
  say(J, "Somebody on every team loves PowerShell. And related, there's dnx now, which is basically npx. You run a .NET tool without installing it first. dnx, the tool name, it downloads it and runs it."),
  say(T, "Okay, that one I actually like. Because every README starts with dotnet tool install dash g, and I always forget I installed it, and then two years later I have forty global tools."),
  say(J, "You have forty global tools because you're a hoarder."),
  say(T, "I'm a collector. There's a difference. Collectors have labels."),

  seg('sponsor', T, 'Sponsor: Quayside, hosted CI for .NET teams', ['Quayside']),
  say(T, "Speaking of things that run builds, let's take a quick break. This episode of Null Forgiving is sponsored by Quayside. Quayside is hosted CI built for .NET teams. You get build agents with the .NET SDKs already installed, including 10 from day one, on Windows and Linux, and a NuGet cache that's actually warm, so your restore doesn't take longer than your tests. ¦ It reads your existing GitHub Actions or Azure Pipelines YAML, so you don't rewrite anything, and it shows you which test got slower on which commit, which, for me, is the feature. Try it free for thirty days at quayside dot dev slash null, that's quayside dot dev slash null. Thanks to Quayside for supporting the show. §So. Aspire. Which is not .NET Aspire anymore."),

  seg('topic', T, 'Aspire 13: no more ".NET" in the name, Python and JavaScript apps, the aspire CLI', ['Aspire 13', 'Aspire', '.NET Aspire'], { mid: true }),
  say(J, "Wait, what is it then?"),
  say(T, "It's just Aspire. Aspire 13. They dropped the dot NET, and they jumped the version number from 9 to 13."),
  say(J, "From 9 to 13? Why not 10, to match everything else?"),
  say(T, "I think the story is that it's not tied to .NET anymore, so it shouldn't pretend to match. And that's kind of the point of the release. Aspire was always, you write an AppHost in C#, you describe your app, here's my API, here's Postgres, here's Redis, here's the front end, and it starts everything, wires up the connection strings, and gives you the dashboard with all the OpenTelemetry traces and logs in one place. ¦ What's new in 13 is that Python and JavaScript apps are first-class. So you can add a Python app, or a Vite front end, and it handles, like, the virtual environment and the npm install for you. The orchestration is still C#, but what you orchestrate doesn't have to be."),
  say(J, "So my data science colleagues' Flask thing can run in the same dashboard as my API?"),
  say(T, "Yes, and you'll finally have proof that it's their Flask thing that's slow."),
  say(J, "I knew it. {xt} I knew it was the Flask thing."),
  say(T, "And there's the aspire CLI, so aspire run, aspire deploy, and a new site, aspire dot dev. Oh, and this ties back to your thing, if I understood the keynote right, you can write the AppHost as a single file now, using the file-based apps stuff. So apphost dot cs and nothing else."),
  say(J, "Okay, that's actually nice. One file and I have a whole distributed system."),
  say(T, "One file and you have a whole distributed system on your laptop. Whether it survives production is between you and your cloud bill."),
  say(J, "Does it still need Docker on my machine?"),
  say(T, "For the containers, yes, Docker or Podman. And the dashboard also runs on its own, by the way. You can start just the dashboard container and point any app that speaks OpenTelemetry at it, even if you never touch the rest of Aspire. I do that on client projects where I'm not allowed to change the architecture, I'm only allowed to complain about it."),
  say(J, "That's most of consulting, isn't it? Complaining with graphs."),
  say(T, "Complaining with graphs, and an invoice."),

  seg('topic', J, 'Visual Studio 2026 and the .slnx solution format', ['Visual Studio 2026', 'slnx', 'Visual Studio']),
  say(J, "Can I do the IDE thing? Because I installed Visual Studio 2026 on Thursday and I have feelings."),
  say(T, "Good feelings?"),
  say(J, "Mostly good feelings. So the internal version is 18, the marketing name is 2026, even though it's 2025, which, whatever, cars do that too. It looks different, there's a new Fluent design, new themes, and it's fast. Our big solution, it's about three hundred projects, opens noticeably faster. I didn't time it, I just, I didn't have time to make coffee, which is how I measure things. ¦ It installs side by side with 2022, and my extensions from 2022 just worked, which I did not expect. And there's a lot of Copilot in it. Like, a lot. They call it an AI-native IDE, and I turned half of it off."),
  say(T, "You turned the AI off in the AI-native IDE."),
  say(J, "I turned off the bits that pop up while I'm typing. The chat I kept. Anyway, the thing I actually want people to know about is slnx. So the old sln file format, with the GUIDs, and the weird Global sections, and the merge conflicts—"),
  say(T, "The merge conflicts! Every Monday."),
  say(J, "Every Monday! There's a new XML format, dot slnx, and it's tiny, it's basically a list of projects. Visual Studio has been able to open it for a while, and with the .NET 10 SDK, dotnet new sln gives you slnx by default, I think. And you convert an existing one with dotnet sln migrate. ¦ We did it on Friday, and our solution file went from about eighteen hundred lines to about three hundred and fifty."),
  say(T, "And does everything else read it? Rider, the build server, all that?"),
  say(J, "Rider reads it, MSBuild reads it, the SDK reads it. The one thing that broke for us was an old PowerShell script that parsed the sln file with a regex."),
  say(T, "Of course it was PowerShell."),
  say(J, "It was the PowerShell person's script. I'm not saying anything. I'm saying it with my face."),

  seg('topic', T, 'The licensing wave: FluentAssertions 8, MediatR and AutoMapper, MassTransit 9 go commercial', ['FluentAssertions', 'MediatR', 'AutoMapper', 'MassTransit', 'license', 'licensing', 'commercial']),
  say(T, "Okay, last news item, it's mine, and it's a spicy one. The licensing thing."),
  say(J, "Here we go."),
  say(T, "So this has been brewing all year, and I want to do it as one story, because I think it is one story. In January, FluentAssertions version 8 came out under a commercial license. Xceed had taken over the project, and now if you use 8 in a commercial product, you pay, I think it was around a hundred and thirty dollars per developer per year. Version 7 stays Apache 2, and they said they'd keep fixing critical bugs in 7. ¦ Then in April, Jimmy Bogard said MediatR and AutoMapper were going commercial, and over the summer that happened. There's a company, Lucky Penny Software, there's a paid license, and there's a free community edition for small companies, I think under five million in revenue. And MassTransit said version 9 will be commercial too, and 8 stays open source."),
  say(J, "And everybody on Reddit lost their minds."),
  say(T, "Everybody lost their minds, in both directions. And I get both directions. Like, these are libraries that huge companies have run in production for ten years and never paid a cent for. Jimmy has been maintaining AutoMapper since, what, 2008? At some point it's either get paid or stop.", { rev: 'typo' }),
  say(J, "But it also feels like a bait and switch, if you picked it because it was free."),
  say(T, "It does, a bit. And it's not the first time, right? IdentityServer went commercial as Duende years ago. And the Moq thing with SponsorLink, in 2023, that one was genuinely bad, because it was reading people's email addresses out of their git config during the build."),
  say(J, "Oh, I remember that. That was a bad week. They pulled it out again pretty quickly, didn't they?"),
  say(T, "They did, within a few days. But it was a very bad week. These ones are just, here's a license, pay or pin the old version, which is honest at least. And people are forking. There's AwesomeAssertions, which is a fork of FluentAssertions from the last Apache version, and a lot of people just went to Shouldly, or honestly, back to plain Assert dot Equal. ¦ And with MediatR, I think a lot of teams are discovering they never needed it. It's a method call with extra steps."),
  say(J, "Oof. Don't say that on Reddit."),
  say(T, "I'm saying it on a podcast. Nobody on Reddit listens to podcasts."),
  say(J, "We were on FluentAssertions 6, and we just stayed on 6 until somebody has time."),
  say(T, "Nobody will ever have time. That's the whole problem, isn't it? If you depend on something, find out who maintains it and whether they're okay. GitHub Sponsors is right there. Your company ⟦probably spends more than that⟧ on coffee."),
  say(J, "Our company definitely spends more on coffee. Our company is mostly coffee."),

  seg('topic', J, 'Listener mail: migrating a .NET Framework 4.8 WebForms and WCF app', ['listener mail', 'mailbag', '.NET Framework', 'migration', 'WebForms']),
  say(J, "Okay! Mailbag. We got an email from Maud, who's in Ghent, and I'm going to read most of it because it's good. She says: we have a big ASP.NET application on .NET Framework 4.8, WebForms and WCF, about fifteen years old, and my manager heard that .NET 10 is LTS and asked me for a migration plan by January. Where do I even start? Love the show, please stop arguing about tabs."),
  say(T, "We will never stop arguing about tabs."),
  say(J, "We will never stop. So, Maud. First, breathe. .NET Framework 4.8 is still supported, it ships with Windows, it's not going to disappear in January. Your manager's deadline is a manager deadline, not a Microsoft deadline. ¦ Second, the WebForms part is the hard part, because there is no WebForms on modern .NET. There's no upgrade path, it's a rewrite, so the pages become Razor Pages or Blazor or whatever your team likes."),
  say(T, "And for WCF there's CoreWCF, which is the community port, for the server side. It's not everything, but the common bindings work."),
  say(J, "Right. And the way you do it without a big bang is incremental. You put a new ASP.NET Core app in front of the old one, with YARP, which is the reverse proxy library, and everything the new app doesn't know goes through to the old app. And you move one route at a time. And there are the System.Web adapters, which help share things like session between the two during the migration."),
  say(T, "The strangler fig thing."),
  say(J, "The strangler fig thing. And for the class libraries, the Upgrade Assistant does a decent first pass, and there's the new Copilot app modernization stuff in Visual Studio, which I have not tried on anything that big, so I'm not going to promise anything."),
  say(T, "Don't promise anything. Your career advice. Also, Maud, this is going to take longer than your manager thinks. At my last big client we did exactly this, and the first ninety percent took a year, and the last ten percent took another year, because the last ten percent is the page that does payroll and nobody knows how it works."),
  say(J, "There's always a payroll page. And yes, my career advice! One more thing, though. If you add OpenTelemetry to the new front app, you can see exactly which routes still fall through to the old one. That's your progress bar. When it's zero, you turn the old server off and have a little party. So, Maud, good luck, and please write back in a year."),

  seg('extra', T, 'Tobias’s pick: Spectre.Console', ['Spectre.Console', 'Spectre']),
  say(J, "Okay, picks. Tobias, what have you got?"),
  say(T, "My pick is Spectre.Console. It's a library for making console apps that don't look like 1995. Tables, trees, progress bars, those nice spinners, prompts where you pick from a list with the arrow keys. And it has a command-line parsing part too, Spectre.Console.Cli. ¦ And it goes really well with your file-based apps, Janneke, because you put hash colon package Spectre.Console at the top of your script, and suddenly your little build script has a progress bar and a colourful table of what it did."),
  say(J, "Your build script doesn't need a progress bar."),
  say(T, "Every script needs a progress bar. It's about morale."),

  seg('extra', J, 'Janneke’s pick: Dependency Injection Principles, Practices, and Patterns', ['Dependency Injection Principles, Practices, and Patterns', 'dependency injection', 'Seemann', 'van Deursen']),
  say(J, "Mine's a book, and it's an old one. Dependency Injection Principles, Practices, and Patterns, by Steven van Deursen and Mark Seemann. It's from 2019, it's Manning. I reread the chapter on lifetimes because of a bug at work, a captive dependency, a singleton holding on to a scoped DbContext, and, yeah. It explains exactly why that's bad, better than I ever managed in a code review."),
  say(T, "Is that the one with the blue cover?"),
  say(J, "I have no idea what colour it is, I have the e-book. But it's good, and it's not really about any one container, it's about the patterns, so it doesn't go out of date."),

  seg('outro', J, 'Goodbye', []),
  say(J, "And that's the show. Thank you for listening to Null Forgiving. Links to everything, the blog posts, the licenses, Maud's email, no, not really, are at null forgiving dot fm slash sixty-three. If you've upgraded to .NET 10 already, tell us how it went."),
  say(T, "And if you still have an sln file with GUIDs in it, don't tell us, just fix it."),
  say(J, "Just fix it. Bye, Tobias."),
  say(T, "Bye, everyone. Get some sleep."),
];

export const SPEAKERS = [
  { name: J, aliases: ['Janneke Visser', 'Janneke', 'Visser', 'VISSER'] },
  { name: T, aliases: ['Tobias Ferraro', 'Tobias', 'Ferraro', 'FERRARO', 'Tobias Ferrero'] },
];
