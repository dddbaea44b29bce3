// Source of Hot Path #44 (SYNTHETIC held-out episode, heldout18): a one-host one-guest INTERVIEW about eBPF. Invented:
// the show "Hot Path" (performance engineering); the host Ruben Castell; the guest Ingrid Solberg, a performance
// engineer at "Brightwater" (a hosting company in Oslo) who maintains its in-house eBPF tooling; the sponsor
// "Keelson" (load tests in CI); Brightwater, its fleet, its latency mystery, its DDoS, its profiler bill, the train
// scheduler and every anecdote. Recorded Wednesday 1 October 2025; the technology is real but told from memory.
// Rendered by build.mjs into transcript.ttml (Apple Podcasts transcript TTML: per-word timed spans, paragraphs tagged
// with diarisation ids SPEAKER_1 / SPEAKER_2, never names) and web.txt (a seed-like page, `RUBEN:` on the first two
// paragraphs only, both the host's).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at the start of a sentence (the seg after the paragraph has
//              {mid: true});
//   ⟨...⟩      a spoken URL: words in the TTML, dropped from web.txt (with a following comma or period);
//   ¦~         web.txt only: the page starts a new paragraph at this sentence end and the continuation loses its
//              first word (the seed page's habit); `¦` the same, keeping the word.
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   agent: ID  transcript.ttml: the diarisation gave this paragraph the OTHER speaker's id (a diarisation error);
//   merge      transcript.ttml: a short back-channel the diarisation did not separate: its words are appended to the
//              previous <p> (which keeps its id), so that <p> holds both speakers (gold: majority, `ambiguous`).
// Conventions: every discussion topic is presented by the GUEST, who carries it, including the ones she raises
// herself; the host's question or cue belongs to the NEW segment; the host presents the intro, the sponsor (he reads
// it) and the outro.
import { say, seg } from '../build-episode.mjs';

export const H = 'Ruben Castell';
export const G = 'Ingrid Solberg';

export const SOURCE = [
  seg('intro', H, 'Introduction: Ingrid Solberg on eBPF', []),
  say(H, "Welcome to Hot Path, the podcast about making software fast and finding out why it isn't. I'm Ruben Castell. This is episode 44, and today we're going inside the Linux kernel, carefully, with a technology that lets you run your own small programs in there without writing a kernel module and without crashing the machine. It's called eBPF, and over the last ten years it has quietly taken over networking, observability and security on Linux. If you've used a modern Kubernetes network plugin, a continuous profiler or a runtime security agent, you've almost certainly run eBPF without knowing it."),
  say(H, "My guest is Ingrid Solberg, a performance engineer at Brightwater, a hosting company in Oslo, where she looks after the in-house eBPF tooling that runs on every one of their servers. She's also the only person I know who once wrote a CPU scheduler on a train, which we will get to. Ingrid, welcome to the show."),
  say(G, "Thank you, Ruben. I'm glad to be here, and the train was a very long train, so it's less impressive than it sounds."),

  seg('topic', G, 'What eBPF is: small verified programs, the JIT, maps and attach points', ['eBPF', 'verifier', 'maps']),
  say(H, "Let's start where everybody starts, which is confusion. What is eBPF, if you had to explain it to someone who's only ever written web services?"),
  say(G, "The way I put it is that eBPF makes the kernel programmable, the way JavaScript made the browser programmable. You write a small program, you hand it to the kernel, and the kernel runs it when a certain event happens: a function is called, a packet arrives, a process starts. ¦~ The name is historical. BPF was the Berkeley Packet Filter, from the nineties, the thing tcpdump uses to filter packets. The extended version kept the name and grew into a general-purpose virtual machine inside the kernel."),
  say(H, "And why doesn't it crash the machine? Because every kernel module I've ever loaded has been one typo away from a panic."),
  say(G, "That's the verifier, and it's the clever bit. Before your program is loaded, the kernel's verifier walks through every possible path in it and proves that it's safe. It can't read memory it isn't allowed to read, it can't loop forever, it can't dereference a pointer without checking it first. If it can't prove that, your program is rejected and never runs. ¦~ Then a JIT compiler turns the bytecode into native machine instructions, so once it's loaded it runs at close to the speed of kernel code."),
  say(H, "Why not just write a kernel module, though? People have been doing that for thirty years."),
  say(G, "Because a module is all or nothing. It runs with full power, a bug in it takes the whole machine down, and it has to be rebuilt for every kernel version you run. Getting new functionality into the kernel itself takes years, and then years more before it reaches the distributions people actually use. ¦~ With eBPF you can ship a new piece of kernel behaviour on Tuesday, to a fleet running six different kernels, and if your program is wrong, the worst case is that it gets rejected."),
  say(H, "So the price of safety is arguing with the verifier."),
  say(G, "Constantly. Everybody who writes eBPF has a verifier story. It's like a very strict code reviewer who can't explain their comments. ¦~ Then there are two more pieces you need to know about. Maps are how your program keeps state and talks to user space: hash tables, arrays, ring buffers that live in the kernel, and a normal program on the other side reads them. And helpers, plus newer things called kfuncs, are the kernel functions your program is allowed to call."),
  say(H, "And the events it hooks into?"),
  say(G, "Attach points, and there are lots. Kprobes let you attach to almost any kernel function, uprobes to a function in a user space program, tracepoints are stable hooks the kernel developers put in on purpose. Then there are networking hooks, security hooks, even scheduler hooks now. ¦~ The rule of thumb is: prefer tracepoints, because kprobes attach to internal functions that can be renamed in the next kernel release."),

  seg('topic', G, 'First steps with bpftrace and the BCC tools: finding a latency problem in run queues', ['bpftrace', 'BCC', 'runqlat']),
  say(H, "Make it concrete for me. What's the first thing you actually ran on a production box?"),
  say(G, "bpftrace. It's a little language, a bit like awk, for asking the kernel questions, and you can do an enormous amount with one line. The first real problem I used it on was a latency mystery. One of our customers had a service where one request in a thousand took two hundred milliseconds instead of two, and nothing in the application explained it. ¦~ Every dashboard said the machine was bored. ¦~ A bpftrace program is a probe, an optional filter, and an action in curly braces. Count the system calls per process name, print a histogram of read sizes, that kind of thing, and it prints the answer when you press control C."),
  say(H, "The machine is always bored in the dashboards."),
  say(G, "Without fail. So I ran runqlat, which is one of the classic tools from the BCC collection. It measures how long threads wait in the CPU run queue between being ready to run and actually running, and prints a histogram. ¦~ There it was: a long tail of waits over a hundred milliseconds. The service was being throttled by its container's CPU limit. It used its quota in the first part of each period and then sat frozen until the next one began."),
  say(H, "The CFS quota problem. I've lost a week of my life to that one."),
  say(G, "Everybody has. And the nice thing was that we could prove it in ten minutes instead of guessing for a week. We raised the limit, the tail went away, and I became the person people bring weird latency to. ¦ Brendan Gregg's tools are still where I'd send anyone: execsnoop shows every process that starts, opensnoop every file that's opened, biolatency the disk latency as a histogram. Half of them are a few lines of bpftrace. §There's a snag, though: the classic tools were built on BCC, and BCC carries a lot of baggage."),

  seg('topic', G, 'From BCC to libbpf: CO-RE and BTF, compile once and run everywhere', ['CO-RE', 'BTF', 'libbpf'], { mid: true }),
  say(H, "What kind of baggage?", { cut: 1 }),
  say(G, "A compiler. BCC compiles your eBPF program at the moment you run the tool, on the machine itself, using Clang and LLVM, against that machine's kernel headers. So every server needs a compiler toolchain and the right headers installed, and starting a tool could take a few seconds and a few hundred megabytes of memory. ¦~ On a big fleet that's a non-starter. We had servers where installing kernel headers wasn't even possible."),
  say(H, "Why does it need the headers at all?"),
  say(G, "Because kernel structures change between versions. If your program reads a field from the structure that describes a task, that field's offset might be different on the next kernel. BCC solved it by compiling on the spot against whatever was there. ¦~ The modern answer is called CO-RE, compile once, run everywhere. You compile your program once, ahead of time, with libbpf, and when it's loaded, libbpf looks at the running kernel and fixes up the offsets. For that it needs BTF, the BPF Type Format, which is a compact description of every type in the kernel."),
  say(H, "And where does that description come from?"),
  say(G, "The kernel ships it. Most distributions have built their kernels with BTF turned on for a few years now, and it's exposed as a file in sysfs. You can even generate a single header with every kernel type in it, vmlinux.h, using bpftool. ¦~ So now our tools are one small binary, with the eBPF program embedded, and they start in milliseconds on any of our kernels. It changed eBPF at Brightwater from something I ran by hand to something that runs everywhere all the time."),
  say(H, "One binary. That's the sentence that makes an operations team smile."),

  seg('sponsor', H, 'Sponsor: Keelson', ['Keelson']),
  say(H, "And this seems a good moment to pause and thank the people who make this episode possible. Hot Path is supported by Keelson. Keelson runs load tests in your CI pipeline on every pull request and tells you, before you merge, whether the change made your service slower. ¦~ You describe the traffic once, Keelson replays it against a preview environment, and the result shows up as a comment on the pull request, with the latency percentiles next to the ones from your main branch. No more finding out about a regression from your customers. Try it free for a month at ⟨keelson dot dev slash hot path⟩."),

  seg('topic', G, 'XDP and networking: dropping DDoS traffic early, Cilium and kube-proxy', ['XDP', 'Cilium', 'networking']),
  say(H, "Let's go back inside the kernel. Networking is where I first heard about eBPF at all, from people saying it replaced iptables. Is that fair?"),
  say(G, "In some places, yes. The most dramatic example is XDP, the express data path. It runs your eBPF program in the network driver, as the packet arrives, before the kernel has even allocated its usual bookkeeping for it. Your program looks at the packet and returns a verdict: drop it, pass it on, send it straight back out, or redirect it somewhere else. ¦~ Because nothing has been allocated yet, dropping a packet there is incredibly cheap."),
  say(H, "Which is what you want during an attack."),
  say(G, "Precisely what you want then. Last winter we had a DDoS against one of our customers, a flood of UDP packets, several million a second. Our XDP filter dropped them on the first server they touched, at line rate, and the machines barely noticed. ¦~ And Cloudflare has written a lot about doing the same thing at their scale, and Meta's load balancer, Katran, is built on XDP. It's the reason I stopped being scared of packet floods."),
  say(H, "How do you change a filter like that in the middle of an attack? I'm picturing someone recompiling things at two in the morning."),
  say(G, "Nobody recompiles anything. The program stays loaded, and the rules live in a map. Our mitigation service writes new entries into that map, a prefix here, a packet pattern there, and the program picks them up on the very next packet. ¦~ That's a pattern you see everywhere in eBPF: the code changes rarely, and the data it consults changes all the time."),
  say(H, "And in Kubernetes? I keep hearing about Cilium."),
  say(G, "Cilium is the big one. It's a networking plugin for Kubernetes that does everything with eBPF: routing between pods, load balancing for services, network policy. It can replace kube-proxy completely, which normally builds enormous iptables rule sets that get slow as the number of services grows. ¦~ With eBPF, a service lookup is a hash map lookup, however many services you have. And Cilium's Hubble shows you every connection in the cluster, which is the part our developers actually love."),
  say(H, "Isn't Cilium owned by Cisco now?"),
  say(G, "Isovalent, the company that started it, was bought by Cisco last year. But Cilium itself is a graduated CNCF project, and the community is big. ¦~ There's also the traffic control hook, TC, which sees packets a bit later than XDP, with more context, and works on the way out as well as the way in. Most of the clever container networking happens there."),

  seg('topic', G, 'eBPF for security: Tetragon, Falco and BPF LSM, and attackers who use eBPF too', ['security', 'Tetragon', 'Falco', 'LSM']),
  say(H, "There must be a darker side to all this. If I can run code in the kernel, so can somebody else."),
  say(G, "There is, and I want to take it seriously. Loading eBPF programs needs privileges. Years ago unprivileged users could load some kinds of programs, and after a few verifier bugs turned into exploits, most distributions switched that off by default. Now you need root, or at least a capability called CAP_BPF together with the tracing or networking ones. ¦~ And attackers who do get root have absolutely used eBPF. There's malware that hides itself and listens for magic packets with a BPF filter, BPFDoor is the famous one, and there are proof-of-concept rootkits that hide files and processes."),
  say(H, "So the same power cuts both ways."),
  say(G, "It does, and the defenders use it too. Falco, which started at Sysdig and is now a graduated CNCF project, watches system calls with eBPF and alerts on suspicious behaviour: a shell starting inside a container, a process reading a file full of secrets. ¦~ Then there's Tetragon, from the Cilium project, which goes a step further: it can enforce, not just observe. It can kill a process the moment it does something forbidden, in the kernel, before the action completes."),
  say(H, "How is that different from what SELinux or AppArmor already do?", { cut: 1 }),
  say(G, "Those are Linux security modules with fixed policy languages. Since the five point seven kernel there's a BPF LSM, which lets you attach eBPF programs to the same security hooks, so you write the policy as a program. That's powerful and a little frightening. ¦~ At Brightwater we use it in observe mode almost everywhere, and enforcement in exactly two places, where we understand the workload completely. I'd rather miss an alert than kill a customer's database."),
  say(H, "Huh.", { merge: true }),
  say(G, "The other thing I tell people: inventory your eBPF programs. bpftool can list every program loaded on a machine. If there's one there that none of your tools put there, that's worth a very long look. §And the same listing shows you the most useful thing we run, which isn't security at all. It's the profiler."),

  seg('topic', G, 'Continuous profiling with eBPF: Parca, Pyroscope, the OpenTelemetry profiler and frame pointers', ['profiling', 'continuous profiling', 'frame pointers'], { mid: true }),
  say(G, "Continuous profiling means sampling the stack of every CPU, a few dozen times a second, all the time, on every machine, and keeping the results, so you can ask later which functions burned the CPU last Tuesday between two and three. eBPF made it cheap enough to leave on. ¦~ A perf event fires, an eBPF program grabs the stack, counts it in a map, and user space collects the counts every few seconds. The overhead for us is around one percent of CPU."),
  say(H, "Which tools are people using for that?"),
  say(G, "Parca, from Polar Signals, and Grafana's Pyroscope are the two open source ones I see most. And Elastic donated its profiling agent to OpenTelemetry last year, so there's now an OpenTelemetry eBPF profiler, with profiles slowly becoming a proper signal next to traces, metrics and logs. ¦~ The hard problem they all share is stack unwinding. To walk the stack you need frame pointers, and for about a decade most distributions compiled everything without them, to win back a register."),
  say(H, "So the profile is full of holes."),
  say(G, "Full of holes, or you need a much more complicated unwinder that reads the debugging tables, which some of these profilers actually do, inside eBPF, which still amazes me. But the good news is that Fedora and then Ubuntu turned frame pointers back on by default, and the cost turned out to be very small. ¦~ For interpreted languages, Python, Ruby, the JVM, the profilers have special unwinders that understand the interpreter's own stack, so you see your Python function names rather than the interpreter's main loop."),
  say(H, "Where does all that data go? Stacks from every machine, all the time, sounds expensive to keep."),
  say(G, "Less than you'd think, because stacks repeat enormously. The same few thousand stacks account for almost all the samples, so they compress very well, and we keep two weeks at full detail and then aggregate. ¦~ The bigger cost is symbols. Turning addresses back into function names needs the debug information for every binary, and collecting that is the fiddliest part of the whole system."),
  say(H, "Did it pay for itself?", { cut: 1 }),
  say(G, "The first week, yes. We found that about six percent of the CPU across the whole fleet was spent compressing logs that nobody read. We turned the compression level down, and that paid for the profiler and then some."),
  say(H, "Six percent of a fleet is a lot of servers."),
  say(G, "It really is. Finance sent me a cake.", { agent: 'SPEAKER_1' }),

  seg('topic', G, 'sched_ext: writing a CPU scheduler in eBPF, from Linux 6.12 to the Steam Deck', ['sched_ext', 'scheduler', 'Linux 6.12']),
  say(H, "Now, about that train. In the introduction I said you once wrote a CPU scheduler while travelling. Explain yourself."),
  say(G, "Right, the train. Since Linux 6.12 there's something called sched_ext, which lets you write the CPU scheduler itself as an eBPF program. The kernel's default scheduler is still there, and your program can take over the decisions: which task runs next, on which CPU, for how long. ¦~ If your scheduler misbehaves, say a task doesn't get to run for too long, a watchdog kicks your program out and the default scheduler takes over again. So experimenting is safe, which is why I was brave enough to do it on a laptop on the way to Bergen."),
  say(H, "What did your scheduler do?"),
  say(G, "Something silly. It gave priority to whatever was drawing on the screen, so my video calls stopped stuttering while I compiled a kernel. Seven hours, one very simple scheduler. And it did the job. ¦~ But the serious users are more interesting. Meta uses sched_ext on parts of its fleet, and Valve funded work through Igalia on a scheduler called LAVD, built for the Steam Deck and games, which keeps frame times steady."),
  say(H, "Should a normal company be writing its own scheduler, though?"),
  say(G, "Almost never. The default scheduler is very good for general workloads, and it keeps getting better. But if you have one very particular workload, say a game, or a service where you know exactly which threads matter, the experiments are cheap now, and you can try an idea in an afternoon instead of maintaining a kernel patch for a year."),
  say(H, "Right, okay.", { agent: 'SPEAKER_2' }),
  say(G, "There's a whole repository of example schedulers, scx, some written in C, some in Rust, one called rustland that moves the decisions all the way up into a user space Rust program. It sounds like a terrible idea and works surprisingly well."),

  seg('topic', G, 'Writing eBPF in Rust and Go: Aya, cilium/ebpf, eBPF for Windows and the RFC', ['Aya', 'Rust', 'cilium/ebpf']),
  say(G, "And that's the other thing people ask me, actually, which language to write all this in. You don't have to write eBPF in C anymore."),
  say(H, "I was hoping you'd say that."),
  say(G, "The kernel side is still usually C, compiled with Clang, but the user space side can be anything. In Go, most people use cilium/ebpf, a pure Go library with no C dependencies, and that's what our tools are written in. ¦~ In Rust there's libbpf-rs on top of libbpf, and there's Aya, which is Rust all the way down. You write the kernel side in Rust too, it compiles to eBPF bytecode, and the user space program is a normal Rust binary. It doesn't need libbpf or a C toolchain at all."),
  say(H, "Is it production ready?", { cut: 1 }),
  say(G, "People run it in production, and the ergonomics are lovely if you already know Rust. The verifier doesn't care what language you used, though. It's just as strict about Rust as it is about C. ¦~ Two other things are worth knowing about. Microsoft has a project called eBPF for Windows, which runs the same kind of programs on Windows, with its own verifier. And the instruction set is now a standard: the IETF published it last year as RFC 9669."),
  say(H, "A standard, for a kernel feature. That must have been a long meeting."),
  say(G, "A long series of meetings. But it means the bytecode is a real target now, not just whatever Linux happens to accept this week. ¦~ There's also an eBPF Foundation under the Linux Foundation, funded by the big companies, which pays for some of this work and for the documentation."),

  seg('topic', G, "Where to start with eBPF: bpftrace one-liners, Liz Rice's book and ebpf.io", ['Learning eBPF', 'Liz Rice', 'ebpf.io']),
  say(H, "Say a listener wants to try this next week. What's step one?"),
  say(G, "Install bpftrace on a test machine and run the one-liners. Count system calls by process, watch which files get opened, look at the run queue histogram I talked about. You'll learn more about your own system in an afternoon than from a month of dashboards. ¦~ Then read Learning eBPF by Liz Rice. It's short, it's friendly, and it walks you through writing your first programs with libbpf. And ⟨ebpf dot io⟩ has a good list of projects and an introduction."),
  say(H, "And what should they not do?", { cut: 1 }),
  say(G, "Don't start by writing your own networking plugin. Use the tools first, then read their source. Almost every tool I've written began as a bpftrace one-liner that got out of hand. ¦~ And be kind to yourself when the verifier says no. It's not personal. It's just very, very careful."),
  say(H, "Is there a skill that matters more than the tools themselves?"),
  say(G, "Knowing which question to ask. eBPF lets you see almost anything, so the danger is collecting everything and understanding nothing. I start from a symptom, a number that's wrong, and I ask the kernel one narrow question at a time. Where is the time going? Who is waiting, and on what? ¦~ The tools are wonderful, but the method is older than any of them."),
  say(H, "Your verifier story. You said everyone has one."),
  say(G, "Mine took three days, and the fix was moving one bounds check two lines up. The verifier couldn't see that my index was in range, because I checked it after I'd copied it into a different variable. Three days. I still think about it in the shower."),

  seg('outro', H, 'Thanks and goodbye', []),
  say(H, "Three days for one bounds check feels like the right place to stop. Ingrid, thank you so much. This was a brilliant conversation."),
  say(G, "Thank you, Ruben. I had a great time. Go and run runqlat."),
  say(H, "That's it for this episode of Hot Path. The links to everything we mentioned are in the show notes, and thanks again to Keelson for supporting the show. If you've got an eBPF war story of your own, I'd love to hear it. Until next time, keep it fast."),
];

export const SPEAKERS = [
  { name: H, aliases: ['Ruben Castell', 'Ruben', 'Castell', 'RUBEN'] },
  { name: G, aliases: ['Ingrid Solberg', 'Ingrid', 'Solberg', 'INGRID'] },
];
