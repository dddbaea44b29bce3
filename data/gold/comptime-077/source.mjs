// Source of Second Order #77 (SYNTHETIC held-out episode, heldout17): a one-host one-guest long-form INTERVIEW about
// the Zig programming language, in the layout of Lex Fridman's published transcripts. Invented: the show "Second
// Order"; the host Nikolai Brandt; the guest Ayesha Farouk, lead engineer at "Orrery Instruments" (synthesizers),
// who writes its audio engine in Zig and contributes to the Zig standard library; the sponsor "Bramble" (a notes
// app); the company, its synthesizers, its bugs and every anecdote. Recorded Friday 22 August 2025; the technology
// is real but told from memory.
// Rendered by build.mjs into transcript.txt (`Full Name (hh:mm:ss) text` paragraphs, section headings on their own
// lines, a table of contents in the header) and web.txt (a seed-like page, labels on the first two paragraphs).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {cut}) as in the shared renderer; hd(text) is
// a section heading, a line of its own in transcript.txt (and an entry of its table of contents), absent from
// web.txt. A segment that opens with a heading starts at the heading line.
// Marks inside the text:
//   §          a segment starting mid-paragraph (the seg after the paragraph has {mid: true});
//   ⟨...⟩      a spoken URL: words in transcript.txt, dropped from web.txt (with a following comma or period);
//   ¦~         web.txt only: the page starts a new paragraph at this sentence end and the continuation loses its
//              first word (the seed page's habit); `¦` the same, keeping the word.
// cut: N = web.txt loses the first N words of this paragraph.
// Conventions: every discussion topic is presented by the GUEST, who carries it, including the ones she raises
// herself; the host's question belongs to the NEW segment; the host presents the intro, the sponsor (he reads it)
// and the outro.
import { say, seg } from '../build-episode.mjs';

export const H = 'Nikolai Brandt';
export const G = 'Ayesha Farouk';
export const hd = (text) => ({ hd: text });

export const SOURCE = [
  seg('intro', H, 'Introduction: Ayesha Farouk on the Zig programming language', []),
  hd('Introduction'),
  say(H, "The following is a conversation with Ayesha Farouk, a systems programmer who leads the engineering team at Orrery Instruments, where she writes the audio engine for their synthesizers in Zig, and a long-time contributor to the Zig standard library. Zig is a young language that wants to be a better C: small, explicit, with no hidden control flow and no hidden memory allocations, and with a compiler that can cross-compile almost anything to almost anywhere. We talk about comptime, allocators, the build system, why the language threw away async and what replaces it, and the projects, from Bun to TigerBeetle to Ghostty, that bet on Zig before it reached 1.0. §And now, a quick mention of this episode's sponsor."),
  seg('sponsor', H, 'Sponsor: Bramble', ['Bramble'], { mid: true }),
  say(H, "This episode is brought to you by Bramble, a notes app that stores everything as plain text files on your own machine and still manages to feel fast and beautiful. I use it to prepare for every conversation on this show, with a page of questions and a page of things I don't understand yet, which for this episode was a very long page. Bramble syncs across devices with end-to-end encryption, and it has no opinion about how you should think. Try it free at ⟨bramble dot app slash second order⟩. This is Second Order. To support it, please check out our sponsor in the description. §And now, here's my conversation with Ayesha Farouk."),

  seg('topic', G, 'Why Zig: a better C with no hidden control flow and no hidden allocations', ['Zig', 'C', 'hidden control flow'], { mid: true }),
  hd('Why Zig'),
  say(H, "You spent ten years writing C and C++ for audio hardware. What made you leave them for a language that hasn't even reached version one?"),
  say(G, "I didn't leave them so much as stop being afraid. In audio you have a hard deadline: every few milliseconds the sound card asks for the next buffer, and if you're late, the user hears a click. So you can't allocate memory in the audio callback, you can't take a lock, you can't do anything with an unpredictable cost. ¦~ In C++, the problem is that you can't see the cost by reading the code. An innocent-looking line might construct a temporary, call an overloaded operator, throw an exception, or allocate behind your back."),
  say(G, "Zig's promise is the opposite. There's no hidden control flow: no operator overloading, no exceptions, no destructors running at the end of a scope unless you wrote a defer. And there are no hidden allocations: if a function needs memory, it takes an allocator as a parameter, and you can see it right there in the signature. ¦~ When I read Zig code, what I see is what runs. For an audio engine that's worth more than any feature."),
  say(H, "There's something almost moral about that idea, that the code should not lie to you about what it does. Most of the abstractions we celebrate are, in some sense, polite lies. They hide the cost so that you can think about something else."),
  say(G, "And most of the time that's fine. But in my world the hidden cost is the bug. I'd rather read three more lines and know exactly what happens than read one beautiful line and find out at a concert."),
  say(H, "And it still talks to C?", { cut: 1 }),
  say(G, "That's the other half of why I could switch at all. Zig can import a C header directly, with @cImport, and call the functions as if they were Zig. It can also export functions with the C calling convention, so our old C code calls into the new Zig code without a wrapper layer. ¦~ We migrated one file at a time. Filters first, then the voice allocator, then the modulation matrix. At no point did we have to stop shipping."),
  say(H, "Did you ever miss anything from C++?"),
  say(G, "Templates, for about a week. Then I learned comptime."),

  seg('topic', G, 'Comptime: compile-time execution, types as values and generics without templates', ['comptime', 'generics', 'types as values']),
  hd('Comptime'),
  say(H, "Then let's do comptime. For someone who has never seen it, what is it?"),
  say(G, "It's the idea that you can run ordinary Zig code while the program is being compiled, using the same language, not a second language of macros or templates. If you mark a parameter or a block comptime, the compiler evaluates it during compilation, and the result gets baked into the program. ¦~ And in Zig, types are values at compile time. A type is just something you can pass to a function, store in a constant, or return."),
  say(G, "So generics fall out almost for free. A generic list isn't special syntax. It's a function that takes a type and returns a new struct type. ArrayList is literally a function you call with the element type. ¦~ You can also inspect a type with @typeInfo, walk over its fields with an inline for, and generate code for each field. We use that to turn a plain struct of synthesizer parameters into the whole preset system: saving, loading, the MIDI mapping, all generated from one struct definition."),
  say(H, "That sounds like it could get out of hand very quickly."),
  say(G, "It can, and the language puts some guardrails on it. Comptime code can't do I/O, so a build can't quietly depend on the network or the clock. There's a branch quota, so an infinite loop at compile time becomes a compile error instead of a hang. ¦~ And the nicest everyday example is formatting. When you call print with a format string, the format string is parsed at compile time, so if you pass the wrong number of arguments, or a type that can't be printed that way, you get a compile error, not a garbled log line at three in the morning."),
  say(H, "So the thing C does with printf and a prayer, Zig checks before it runs."),
  say(G, "Exactly that, and there's no special magic in the compiler for print. It's just library code using comptime."),
  say(H, "Is there anything macros can do that comptime can't?"),
  say(G, "You can't invent new syntax. In Rust or in Lisp, a macro can make up a little language of its own. In Zig, comptime code is still Zig code, so a reader always knows how to parse what they're looking at. ¦ Some people find that limiting. I find it restful. I've inherited C codebases where the macros were a second, undocumented language, and I never want to do that again."),

  seg('topic', G, 'Allocators in Zig: passing memory explicitly, arenas, DebugAllocator and leak checks', ['allocators', 'ArenaAllocator', 'DebugAllocator']),
  hd('Allocators'),
  say(H, "You keep coming back to allocators. Why are they such a big deal in Zig?"),
  say(G, "Because there's no global allocator hiding in the language. In C you call malloc and hope. In Zig, anything that allocates takes an Allocator, which is a small interface, and the caller decides which one. ¦~ So the same hash map can use the general heap in one place, a fixed buffer on the stack in another, and an arena in a third, without changing a line of the hash map."),
  say(G, "Arenas are my favourite. You create an ArenaAllocator for one job, say, parsing a preset file. Everything during that job allocates from the arena, and when the job is done you free the whole arena at once. No individual frees, no leaks, and it's very fast. ¦~ For the audio thread, we go further. We allocate everything the engine will ever need at start-up, from a FixedBufferAllocator over a block of memory we own, and after that the audio thread never allocates again. If someone adds an allocation there by mistake, they'd have to pass an allocator in, and they can't, because there isn't one in scope."),
  say(H, "What about finding bugs? Leaks, double frees?"),
  say(G, "In 0.14 the general purpose allocator was renamed DebugAllocator, which is a much more honest name. It's slow, deliberately. It tracks every allocation, it reports leaks with stack traces when you shut it down, and it catches double frees. ¦~ And in tests you use std.testing.allocator, which fails the test if you leaked anything. That changes your habits quickly. You write defer allocator.free right after you allocate, and errdefer for the cleanup that only runs if something fails later in the function."),
  say(G, "The containers have been moving in the same direction, too. In 0.15 the default ArrayList stopped storing its allocator inside the struct. You pass the allocator to each call that might allocate. It's a little more typing, and it's completely in keeping with the rest of the language."),
  seg('topic', G, 'Safety checks and release modes: Debug, ReleaseSafe, ReleaseFast and ReleaseSmall', ['safety checks', 'release modes', 'ReleaseSafe']),
  say(G, "And that connects to the thing people misunderstand most about Zig, which is safety. Zig is not memory safe the way Rust is. There's no borrow checker, and you can absolutely write a use-after-free. What it has instead is a lot of runtime safety checks, and release modes that decide which of them survive. ¦~ In Debug and in ReleaseSafe, integer overflow is a panic, not a silent wrap. Indexing past the end of a slice is a panic. Unwrapping a null optional, reaching code you marked unreachable, casting an out-of-range number to an enum: all caught, with a stack trace."),
  say(H, "And in the fast modes?", { cut: 1 }),
  say(G, "ReleaseFast and ReleaseSmall drop those checks, and hitting one of those cases becomes undefined behaviour, like in C. The difference is that you got to run your whole test suite with the checks on first. ¦~ You can also choose per block. We build the audio engine in ReleaseFast, but we turn runtime safety back on, with @setRuntimeSafety, in the code that parses files from users, because that's where the surprises come from. And if you actually want wrapping arithmetic, there are separate operators for wrapping and saturating, so the intent is written down."),
  say(H, "So overflow is a bug unless you say otherwise.", { cut: 1 }),
  say(G, "Right. And in Debug mode, memory you've declared undefined gets filled with a recognisable pattern, the byte 0xaa, so when you print something you forgot to initialise, you see a wall of aa and you know immediately what happened."),

  seg('topic', G, 'The Zig build system: build.zig, build.zig.zon and the package manager', ['build system', 'build.zig', 'build.zig.zon']),
  hd('Build system'),
  say(H, "Let's talk about building things, because you told me before we started that the build system is the feature you'd keep if you could only keep one."),
  say(G, "I did say that. In Zig, the build script is a Zig program: a file called build.zig, with a build function that describes a graph of steps. Compile this executable, link this library, run these tests, install these files. You run zig build and the build runner executes the graph, with caching, in parallel. ¦~ No CMake, no Makefile, no second language to learn. And because it's ordinary Zig, when something goes wrong you can read it."),
  say(G, "Dependencies go in a file called build.zig.zon, which is Zig's object notation. Each dependency is a URL and a content hash. There's no central registry: zig fetch downloads the package, hashes it, and saves the entry for you, and the hash is what makes it reproducible. ¦~ The lovely part is that a dependency can be a C library. There's a whole community effort of packaging well-known C libraries with a build.zig, so you add one to your project and it compiles from source with the Zig toolchain, for whatever target you're building, without asking the user to install anything."),
  say(G, "And tests are part of the same story. You write test blocks right next to the code they test, and zig build test runs them, for the host or, with an emulator, for other targets. Our filters have tests sitting under each function. It sounds like a small thing, but it removes every excuse."),
  say(H, "Whatever target. That's a big claim."),
  say(G, "It is, and it's the thing that surprises C programmers most."),

  seg('topic', G, 'zig cc: a drop-in C and C++ cross compiler with glibc versions and musl', ['zig cc', 'cross compiler', 'glibc']),
  say(H, "Go on, then. Because I've heard people say they use Zig without writing any Zig at all."),
  hd('zig cc'),
  say(G, "They do, and it's because of zig cc. The Zig compiler bundles Clang, and zig cc is a drop-in replacement for a C compiler. Same flags. But it can cross-compile out of the box. On my laptop I can build a Linux ARM binary, a Windows binary and a macOS binary, without installing a single extra toolchain. ¦~ It ships the headers for many versions of libc, and it builds what it needs on demand. For glibc you can even choose the version in the target triple, so you can say x86_64-linux-gnu.2.17 and get a binary that runs on a ten-year-old server."),
  say(G, "It also ships the source for musl and for MinGW-w64, so fully static Linux binaries and Windows builds just work. ¦~ That's why other ecosystems borrowed it. There's cargo-zigbuild, which Rust people use to cross-compile their crates with Zig as the linker. Uber used zig cc for hermetic C and C++ toolchains in their Bazel builds. And zig c++ does the same for C++."),
  say(H, "How big is all of this? It sounds like it should be gigabytes."),
  say(G, "The whole Zig download is a few tens of megabytes compressed. That's the compiler, Clang, the libc sources, the standard library and the build system. People don't believe it until they try it. We build the firmware tools for our synthesizers on macOS for three platforms, and our continuous integration setup is: download Zig, run zig build."),

  seg('topic', G, 'The self-hosted compiler, the x86 backend and incremental compilation', ['self-hosted compiler', 'x86 backend', 'incremental compilation']),
  hd('Self-hosted compiler'),
  say(H, "The compiler itself has been rewritten, hasn't it? I remember a long period where everyone talked about stage1 and stage2."),
  say(G, "Right. The first compiler was written in C++ on top of LLVM. The new one is written in Zig, which is why people call it self-hosted, and it became the default in 0.10, a few years ago. The old C++ one was removed after that. ¦~ To bootstrap it without a previous Zig binary, the repository carries a WebAssembly build of an older compiler, which gets translated to C and compiled. It's a very clever trick for keeping the build reproducible."),
  say(G, "The bigger story is that the compiler is slowly getting free of LLVM. LLVM gives you excellent optimisation, but it's slow, and it's most of the compile time. So Zig has its own backends. In 0.15 the self-hosted x86_64 backend became the default for Debug builds on Linux, and compile times dropped dramatically for the edit, compile, run loop. ¦~ Release builds still go through LLVM for the optimisation, and there are backends for other architectures in progress."),
  say(H, "And incremental compilation? That's the one I've seen people get excited about."),
  say(G, "That's the long game. The compiler is designed to recompile only the declarations that changed and patch the output in place. In 0.14 you could already run zig build with watch and incremental enabled, and get compile errors back in a few milliseconds after saving a file. ¦~ With the x86 backend it's starting to patch real binaries, not just report errors. When that works for everything, the feedback loop will feel more like a scripting language than a systems language. §Which, by the way, is a good part of the reason async had to go."),

  seg('topic', G, 'Why Zig removed async/await, and the new std.Io interface', ['async', 'std.Io', 'Writergate'], { mid: true }),
  say(H, "Wait, explain that. Zig had async and await, and then it didn't."),
  say(G, "It had them in the old compiler. Zig's async was stackless coroutines built into the language, and it was quite elegant. But it was deeply tied to how the old compiler worked, it was buggy, and it never got implemented in the new compiler. So when the old compiler was removed, async went with it, in 0.11. ¦~ For a couple of years the answer to how do I do async in Zig was: use threads, or use an event loop library, or wait."),
  say(G, "The new design is the part I'm excited about. I/O becomes an interface, std.Io, that you pass around exactly like an Allocator. A function that does I/O takes an Io parameter, and the caller decides the implementation: a simple blocking one with threads, or an event loop that uses io_uring on Linux, or green threads. ¦~ Async and await become methods on that interface rather than keywords. The same code works whether the program underneath is single-threaded and blocking or massively concurrent. It's a clever answer to the function colouring problem, because there's only one colour, and it's a parameter."),
  say(H, "I remember reading the essay that named that problem, about red and blue functions, and thinking it was a permanent law of nature. Once one function is async, everything that calls it has to be async too, all the way up."),
  say(G, "Everybody thought so. The Zig answer is that the colour was never in the function, it was in what the function does I/O through. Make that a value you pass in, and the colouring turns into an ordinary argument."),
  say(H, "Is that shipped?", { cut: 1 }),
  say(G, "The groundwork shipped in 0.15, and it was one of the most disruptive releases in a while. The readers and writers in the standard library were redesigned: they're no longer generic, and the buffer lives inside the interface instead of being wrapped around it. People nicknamed it Writergate, because every project that printed anything had to change. ¦~ The full Io interface with async is aimed at the next release. It breaks everybody's code, and the core team is very open that this is what being before 1.0 is for."),

  seg('topic', G, 'Who uses Zig in production: Bun, TigerBeetle and Ghostty', ['Bun', 'TigerBeetle', 'Ghostty']),
  hd('Bun, TigerBeetle and Ghostty'),
  say(H, "And yet serious projects bet on it anyway. Let's talk about a few of them."),
  say(G, "Bun is the one most people know. It's a JavaScript runtime, bundler, test runner and package manager, written mostly in Zig by Jarred Sumner and his team, on top of JavaScriptCore, the engine from Safari. Their obsession with speed fits Zig perfectly, because Zig lets them control every allocation and every system call. ¦~ TigerBeetle is a database for financial transactions, and it's the most extreme Zig project I know. They allocate all their memory at start-up and never again, like our audio thread but for a whole database. They also run deterministic simulation testing: the whole cluster runs in a simulator that can replay any failure exactly, from a seed."),
  say(G, "And Ghostty is Mitchell Hashimoto's terminal emulator, which reached 1.0 at the end of last year. The core is in Zig and is shared between platforms, and the user interface is native on each one, Swift on macOS and GTK on Linux. ¦~ What those three have in common is that they care about performance and correctness more than about ecosystem size, and they were happy to absorb breaking changes in exchange for a language that gives them total control."),
  say(H, "Do they complain about the breaking changes?", { cut: 1 }),
  say(G, "Loudly, and usefully. Those projects are where the core team learns what hurts."),
  say(H, "And what hurt for you, at Orrery, with 0.15?"),
  say(G, "The new writers, like everybody else. We log a lot from the control thread, and every place that wrapped a writer in a buffered writer had to be rewritten. It took two of us about three days. ¦~ The result is faster and the code is simpler, so I can't even be angry about it. I just wish it had happened before we wrote forty thousand lines."),

  seg('topic', G, 'The Zig Software Foundation, the road to 1.0, and where to start', ['Zig Software Foundation', '1.0', 'Andrew Kelley']),
  hd('Zig Software Foundation'),
  say(H, "Who pays for all of this? There's no big company behind Zig."),
  say(G, "There isn't, and that's on purpose. Andrew Kelley started Zig as a side project, and in 2020 he set up the Zig Software Foundation, a non-profit, to fund its development. The foundation pays core contributors for their time, and most of the money comes from donations, many of them from individuals giving a few dollars a month, plus some companies that depend on Zig. ¦~ The nice consequence is that no single company can steer the language toward its own product."),
  say(H, "That's rare. So much of the infrastructure we all depend on is maintained by a handful of people who are either exhausted or employed by someone with their own interests."),
  say(G, "It is rare, and it's fragile in its own way, because donations can dry up. But it means decisions get made on technical grounds, and sometimes those decisions are very unpopular, like removing a feature people love. I think that's healthy for a language that wants to last decades."),
  say(H, "And 1.0? People have been asking when for years."),
  say(G, "The honest answer is when it's ready, and the team has said as much. 1.0 means stability guarantees, and they don't want to promise stability while the I/O design, the package manager and the backends are still settling. ¦~ Before that there will be more 0.x releases, each with a migration guide and each breaking something. If you can live with that, Zig is already wonderful. If you need a language that will compile your code unchanged in five years, wait."),
  say(H, "What would you tell someone who wants to start today?"),
  say(G, "Use the latest release, not the nightly, unless you like pain. Read the language reference from top to bottom once, because it's one page and it's short. Then do the Ziglings exercises, which are a set of small broken programs you fix one by one. ¦~ And use zig cc on your existing C project this week, even if you never write a line of Zig. It's the best gateway drug I know."),

  seg('outro', H, 'Closing words', []),
  say(H, "Ayesha, thank you for spending this time with me. This was a joy."),
  say(G, "Thank you, Nikolai. This was fun."),
  say(H, "Thanks for listening to this conversation with Ayesha Farouk. To support this podcast, please check out our sponsor in the description. And now, let me leave you with some words from Tony Hoare: there are two ways of constructing a software design. One way is to make it so simple that there are obviously no deficiencies, and the other way is to make it so complicated that there are no obvious deficiencies. Thank you for listening, and hope to see you next time."),
];

export const SPEAKERS = [
  { name: H, aliases: ['Nikolai Brandt', 'Nikolai', 'Brandt', 'NIKOLAI'] },
  { name: G, aliases: ['Ayesha Farouk', 'Ayesha', 'Farouk', 'AYESHA'] },
];
