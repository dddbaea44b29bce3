// Source of Logical Qubit #49 (SYNTHETIC held-out episode, heldout23): a two-host weekly QUANTUM COMPUTING NEWS show in
// the style of the seed (the machines, the papers, the software and the cryptography around them). Hosts (invented):
// Yusra Belhaj, who writes the control software of a small superconducting-qubit company in Delft, who opens and closes
// the show; Lorcan Whitty, who looks after cryptography at a payments company in Edinburgh. The sponsor "Ketbook" (a
// notebook in the browser for quantum programs) is invented, as are the hosts' jobs, the hype jar (a pound for every
// "breakthrough" read out, a running joke), the printed roadmap and Lorcan's children, the lab's C++ control stack, the
// bicycle bell and the man with the chips, and the changing robe. Recorded Tuesday 28 October 2025; the news is real but
// told from memory.
// Rendered by build.mjs into web.txt (a seed-like page, FIRST NAMES in capitals on the first two paragraphs only) and
// captions.ass (the SubStation Alpha captions the show's editor timed in Aegisub for the episode's video, with the
// speaker's first name in the Name field of most events).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A on web.txt (the show's transcription service, checked by a person), B in captions.ass (the editor's
//              captions, started from a recogniser's draft: a misheard name or tool left in, the URL written out);
//   ⟨...⟩      a spoken URL (always inside the A of a {A|B}): dropped from web.txt with the following punctuation;
//   ¦~         web.txt only: the page's transcription service starts a new paragraph at this sentence end and the
//              continuation loses its first word (the seed page's habit); `¦` the same, keeping the word;
//   «...»      captions.ass only (inside the B of a {A|B}): the editor's italics, written `{\i1}…{\i0}` (a journal);
//   ¶          a pause inside the turn (0.5 s on the captions' clock); captions.ass starts a new event there.
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   name: X    captions.ass: the Name field of this paragraph's events when it is not the speaker's first name: ''
//              (the editor left it empty) or the OTHER host's first name (a copy-and-paste slip on a short line);
//   dash       captions.ass: this short reply shares ONE two-line event with the first line of the next paragraph, each
//              line opened by `- ` (the subtitle convention for two speakers; gold: the majority speaker, `ambiguous`);
//   note: X    captions.ass: the editor's `Comment:` event X sits right before this paragraph's first event.
// Conventions: presenter = the host who brings the item, and a hand-over line belongs to the NEW segment, also when the
// other host speaks it; the sponsor's presenter is its reader; extras are one segment per host, kind `extra`, presented
// by that host; the goodbye is the outro.
import { say, seg } from '../build-episode.mjs';

export const Y = 'Yusra Belhaj';
export const L = 'Lorcan Whitty';

export const SOURCE = [
  seg('intro', Y, 'Welcome to Logical Qubit 49', []),
  say(Y, "Good evening, this is Logical Qubit, episode 49, the weekly show that tries to sort the physics from the press releases. I'm Yusra Belhaj, I write the control software for a small Delft company that builds superconducting qubits, and today is Tuesday, October the twenty-eighth."),
  say(L, "And I'm Lorcan Whitty, calling from Edinburgh, where I run cryptography for a payments firm, so my whole career depends on your industry taking its time."),
  say(Y, "We're doing our best."),
  say(L, "I know you try. Before anything else, a confession to the listeners: the jar is back on the desk."),
  say(Y, "The jar."),
  say(L, "The hype jar. Every time either of us reads the word breakthrough out loud from somebody's announcement, a pound goes in. Last season it paid for the microphone you're hearing, which tells you what sort of year that was."),
  say(Y, "It was a year of very confident announcements.", { cut: 1 }),
  say(Y, "Then keep your change handy, because October was loud. ¶ Tonight's pile, roughly in order: an echo from Google they say no supercomputer can fake, three physicists and an early phone call from Stockholm, IBM putting a year on a machine that fixes its own mistakes, a word from the company keeping the lights on here, a Qiskit that no longer needs Python, a smaller qubit count for breaking RSA than anyone wanted, and six thousand atoms held in place by light. ¦~ Afterwards, something from outside the lab from each of us."),

  seg('topic', Y, "Google's Quantum Echoes on Willow: an out-of-time-order correlator and a verifiable speed-up", ['Quantum Echoes', 'Willow', 'Google'], {}),
  say(L, "The echo first, please, because you've been forwarding me figures from that paper since Wednesday.", { cut: 1 }),
  say(Y, "Guilty as charged. Last Wednesday Google's quantum team published a paper in {Nature|«Nature»} on what they call Quantum Echoes, run on Willow, the hundred-and-five-qubit chip they showed off last December. ¦~ The idea is surprisingly old-fashioned. You let the qubits evolve forward, you give one of them a small kick, the butterfly, and then you run the whole evolution backwards. ¶ If nothing had happened, you'd land exactly where you started. Because of the kick you don't, and how far you miss tells you how information spread through the system. The thing they measure has a dreadful name: an out-of-time-order correlator, {OTOC|OTAC} for short."),
  say(L, "Remind me what Willow is, in case somebody skipped December."),
  say(Y, "A hundred and five superconducting qubits in a grid. Its claim to fame last year was error correction that gets better as you make the code bigger, below threshold, which is the property every fault-tolerant plan depends on. This new paper uses it as a plain physics machine, with no error correction running at all."),
  say(L, "And the claim is that an ordinary computer can't keep up?"),
  say(Y, "The claim is thirteen thousand times faster than the best classical method they could come up with, run on Frontier, one of the biggest supercomputers in the world. Roughly two hours on the chip against something like three years. ¦~ The word they lean on is verifiable. The 2019 experiment and last year's random circuit sampling both produced random strings of bits, and nobody can check a random string. ¶ This produces an expectation value, a plain number, that another good quantum computer, or nature itself, ought to reproduce."),
  say(L, "Their blog post calls it a breakthrough, by the way.", { name: 'Yusra' }),
  say(Y, "That's a pound, then. In it goes. ¶ There's a second paper alongside it, with Berkeley, using the same trick as a sort of molecular ruler for NMR on two small molecules. The answers matched ordinary NMR, which is the honest part: no advantage there yet, only a demonstration that the method measures something chemists care about."),
  say(L, "How long before somebody finds a classical shortcut? That's what happened last time."),
  say(Y, "That's the fair question. After 2019 the tensor network people cut the gap from ten thousand years down to days within a couple of years. ¦~ Google say they spent months trying to beat their own result classically, and an echo is harder to fake than random circuits, because noise washes the signal out instead of averaging away. I'd give it a year before anyone says anything confident. And look at who's on the author list."),
  say(L, "Who?", { dash: true }),
  say(Y, "{Michel Devoret|Michel Devore}, of all people."),
  say(L, "Oh, him. §Then he's had quite a month, because three weeks earlier his phone went before breakfast with a call from Stockholm."),

  seg('topic', L, 'The 2025 Nobel Prize in Physics: Clarke, Devoret and Martinis and macroscopic quantum tunnelling', ['Nobel Prize', 'Devoret', 'Martinis'], { mid: true }),
  say(L, "The Nobel Prize in Physics this year went to John Clarke, {Michel Devoret|Michel Devore} and John Martinis, for experiments the three of them did at Berkeley in 1984 and 1985. ¦~ They took an electrical circuit you could see with your own eyes, a superconducting loop with a Josephson junction in it on a chip about a centimetre across, cooled it almost to absolute zero, and showed that the whole circuit behaved like one quantum particle. ¶ It tunnelled out of a state it had no energy to leave, and it only took in microwaves at particular, quantised energies. Billions of electrons acting together like a single atom. ¦ The citation calls it macroscopic quantum tunnelling and energy quantisation in an electric circuit, which takes a breath to say, but macroscopic is the word doing the work.", { note: 'CHECK spelling of Devoret with Lorcan before upload' }),
  say(Y, "Which describes every chip in our fridge. The transmon, the qubit nearly the whole superconducting world uses, is a direct descendant of that circuit."),
  say(L, "And the three of them went very different ways. Clarke stayed at Berkeley and spent decades on sensors, SQUIDs for medical imaging and for hunting dark matter. Martinis ran Google's hardware group through the 2019 supremacy experiment, left in 2020 and set up his own company, {Qolab|Co-lab}. ¦~ Devoret went to Yale, then to Santa Barbara and Google, which is how a laureate ended up on the author list of that echo paper in the very month of the prize."),
  say(Y, "What I liked is that nobody on the committee pretended it was a prize for computers. It's a prize for proving quantum mechanics holds at a size you could solder."),
  say(L, "You couldn't solder it. You'd ruin the junction."),
  say(Y, "You know what I mean."),
  say(L, "I follow. And it's a useful corrective to the share-price stories. Forty years from the measurement to the medal, and we still haven't got a useful machine."),
  say(Y, "Patience is a physical constant in this field.", { name: 'Lorcan' }),

  seg('topic', L, "IBM's Starling roadmap: 200 logical qubits by 2029, qLDPC codes and a decoder on AMD FPGAs", ['Starling', 'IBM', 'qLDPC'], {}),
  say(Y, "Somebody who claims to have run out of it is IBM, and it was you who printed their roadmap out on actual paper.", { cut: 1 }),
  say(L, "Printed and annotated, which my children found very sad. In June IBM said it will build Starling, a fault-tolerant machine, in its data centre in Poughkeepsie by 2029. The target is two hundred logical qubits running a hundred million gates, with a much larger machine called Blue Jay pencilled in after 2033. ¦~ The interesting part is how. The surface code Google uses needs something like a thousand physical qubits for every good one. IBM is betting on a different family, quantum low-density parity-check codes, {qLDPC|QLDPC}, and one in particular they call the gross code, which keeps twelve logical qubits in two hundred and eighty-eight physical ones."),
  say(Y, "The catch being the wiring. In a surface code every qubit only talks to its neighbours. Those codes need couplers that reach right across the chip."),
  say(L, "That's exactly what the roadmap is about. Loon this year, to show the long couplers work, Kookaburra next year as the first module that both stores and processes, Cockatoo in 2027 to link modules together, and then Starling. ¦~ They're also releasing Nighthawk, a hundred and twenty qubits on a square lattice, for the people running experiments now. ¶ And the fresh piece of news, from last Friday, is the decoder. Correcting errors means reading out the syndromes and deciding what went wrong faster than new errors arrive. IBM say their decoder, {Relay-BP|Relay BP}, runs on ordinary AMD FPGAs, ten times faster than it has to."),
  say(Y, "That part I believe most. Decoding is the thing people wave their hands about, and a chip you can order from a catalogue is a beautifully unglamorous answer."),
  say(L, "Unglamorous answers are the ones I trust. Whether the rest lands in 2029, I'd bet on the late side."),
  say(Y, "Betting counts. Another pound for the jar."),
  say(L, "The jar doesn't take bets. If it did, it would cover our hosting bill by Christmas."),

  seg('sponsor', Y, 'Sponsor: Ketbook, browser notebooks for quantum programs with GPU simulators', ['Ketbook'], {}),
  say(Y, "Our hosting bill is covered already, as it happens, and so is everything else this week costs to make: Ketbook picked up the lot. ¦~ Ketbook is a notebook in the browser for people who write quantum programs. You open it, write your circuit in Qiskit, {Cirq|Circ} or {PennyLane|Penny Lane}, and it runs on simulators sitting on proper GPUs, so thirty-odd qubits of state vector won't cook your laptop. ¶ When you want real hardware, it sends the same notebook to the cloud machines you already have accounts with, and it keeps every run, every result and every version of the circuit in one history, so you can show your supervisor exactly which change made the fidelity worse. ¶ Small circuits cost nothing, and if you sign up at {⟨ketbook.io/logical⟩|ketbook.io/logical} your whole group gets the paid tier for a term. Ketbook keeps us on air, and we owe them a biscuit from the jar. §The Qiskit news is the single item this week that changes my own working day.", { name: '', note: 'AD READ - supplied by Ketbook, timed from their file' }),

  seg('topic', Y, 'Qiskit 2.2 and the C API: transpiling without Python, and what changed since 2.0', ['Qiskit', 'C API'], { mid: true }),
  say(Y, "{Qiskit|Kiskit}, IBM's open-source toolkit, had its 2.0 release in March and 2.2 this autumn, and the direction is very clear. The core is mostly Rust now, the old pulse module is gone, and there's a C interface that keeps growing. ¦~ With 2.2 you can build a circuit and run the transpiler from C, with no Python anywhere. ¶ For people who write control stacks like mine, that matters. Our software is C++ and talks to the instruments in real time, and until now we had to keep a Python process alive next to it just to compile circuits."),
  say(L, "Why not keep the Python process? It's worked for years."),
  say(Y, "It has, in the way a car with the bumper tied on with rope works. It's another runtime to install on the lab machines, another set of versions to pin, and a few hundred milliseconds of start-up every time a job comes in. ¦~ And the transpiler is the part that decides how your abstract circuit becomes gates the chip really has, routed onto qubits that are actually connected. That's where the time goes, and it's already Rust underneath. The C interface just stops hiding it."),
  say(L, "So it's faster, and one less thing to break."),
  say(Y, "One less thing to break at three in the morning, which is when our experiments run, because the building is quiet and the fridge is happiest."),
  say(L, "Does any of this break people's notebooks, though?"),
  say(Y, "Some of it. Removing pulse upset people who drove hardware at the very lowest level, and functions renamed or deleted in 2.0 still catch out tutorials written two years ago. If you copy an example from a blog and it fails on the import line, that's usually why. ¦~ The other frameworks are going their own ways: {Cirq|Circ} for Google's hardware, {PennyLane|Penny Lane} for the machine learning crowd, {CUDA-Q|CUDA Q} from Nvidia for running everything on GPUs. But {Qiskit|Kiskit} is the one most students meet first."),
  say(L, "And the one whose error messages you read out to me on video calls."),
  say(Y, "Because they're better than they used to be, on the whole. ¶ Compiling circuits getting easier cuts both ways, though. §The circuit everybody in your line of work is afraid of got cheaper this year too, and you've been dreading that paper since May."),

  seg('topic', L, "Gidney's estimate: RSA-2048 with under a million noisy qubits, and the post-quantum migration", ['RSA', 'Gidney', 'post-quantum'], { mid: true }),
  say(L, "Dreading is the word. In May Craig Gidney at Google put out a paper estimating that a two-thousand-and-forty-eight-bit RSA key could be factored in less than a week by a machine with fewer than a million noisy qubits. ¦~ His own estimate in 2019 was twenty million. Nothing about the mathematics of RSA changed. The arithmetic got cleverer and the error correction got cheaper, with tricks called yoked surface codes and magic state cultivation."),
  say(Y, "A million is still far more than anyone has. The biggest chips are a few hundred qubits. Willow is a hundred and five."),
  say(L, "Far more than anyone has, yes, but for someone like me the direction is what matters. Each new estimate comes down, and nothing you encrypt today gets any harder to break. ¦~ Anyone recording traffic now can read it the day the machine exists: harvest now, decrypt later. For card data that expires in three years, I'm relaxed. For a mortgage contract or a medical record, much less so. ¦ And a key exchange is an easier thing to record than people imagine, because it travels in the open by design."),
  say(Y, "So what does your migration look like in practice?"),
  say(L, "Spreadsheets, mostly, sadly. The standards are done. Last August NIST published ML-KEM for key exchange and ML-DSA and SLH-DSA for signatures, and in March they picked HQC as a backup, built on different mathematics in case lattices turn out to have a hole. ¦~ The real job is finding every place RSA and elliptic curves live. Hardware security modules, card terminals, a partner's SFTP server from 2011, a Java library inside a vendor's appliance that nobody may touch. ¶ Key exchange on the web is largely handled already. Chrome and Firefox use a hybrid with ML-KEM by default, and OpenSSL 3.5 shipped it in April. Signatures and certificates are the slow part."),
  say(Y, "And the deadlines?"),
  say(L, "NIST's draft says RSA and elliptic curves are deprecated after 2030 and disallowed after 2035. The NCSC here says find everything by 2028, move the important systems by 2031 and finish by 2035. My board heard 2035 and stopped listening."),
  say(Y, "That's the opposite of the hype jar. You need a complacency jar."),
  say(L, "I'd be bankrupt by Friday."),

  seg('topic', Y, 'Neutral atoms scale up: 6,100 atoms at Caltech and a 3,000-atom array running for two hours at Harvard and MIT', ['neutral atoms', 'Caltech', 'Harvard'], {}),
  say(Y, "Then spend your last pound on this. A million qubits has to be built out of something, and the single-atom builders had a very good September. ¦~ Two papers in {Nature|«Nature»}. At Caltech, {Manuel Endres|Manuel Enders}'s group trapped six thousand one hundred caesium atoms in a grid of laser tweezers, kept them coherent for about thirteen seconds and imaged them while losing almost none. ¶ And a Harvard and MIT team, working with QuEra, kept an array of three thousand atoms running for more than two hours, topping it up with fresh atoms while the computation carried on."),
  say(L, "What's so special about topping up?"),
  say(Y, "Because atoms fall out. Every time you image one, or the vacuum isn't perfect, you lose a few. Until now an atom machine ran for a moment and then had to be reloaded from scratch, which is a strange sort of computer. Reloading while it runs is what you need for anything that takes hours, like factoring. ¶ The trade-off is speed. Our superconducting gates take tens of nanoseconds. Atom gates are closer to a microsecond, and moving the atoms about takes longer still. ¦~ So the atom people have the numbers and we have the clock speed, and Gidney's week assumes a fast clock."),
  say(L, "Are you worried, professionally?"),
  say(Y, "Not worried. Curious. Neutral atoms were the platform people dismissed five years ago, and now they're the ones with the biggest arrays and the longest runs. ¦ I'd love our gates with their numbers, and so would everybody.", { cut: 1 }),
  say(L, "So nobody has the whole recipe yet."),
  say(Y, "Not a soul. My honest position in 2025 is that nobody knows which platform wins, and anyone who tells you otherwise is selling shares."),
  say(L, "That's a pound as well."),
  say(Y, "That was a warning, not hype."),

  seg('extra', Y, "Yusra's extras: Quirk, a quantum circuit simulator in the browser, and a very loud bicycle bell", ['Quirk'], {}),
  say(L, "Right, that's every item with a press release attached. Your finds from outside the lab, please."),
  say(Y, "Two things, one old and one loud. The old one is Quirk, a circuit simulator for the browser, written years ago by, yes, Craig Gidney, long before he started ruining your week. ¦~ You drag gates onto wires and watch the amplitudes change as you go, up to sixteen qubits, and you can share a circuit as a link. I use it to show new colleagues why their circuit does nothing, and it has quietly taught more people about phase than any lecture I've sat through. ¶ The loud one is a bicycle bell, the loudest I could find in Delft, which took some finding. Tourists wander along the bike lane in front of the lab, and a polite ring doesn't move them any more."),
  say(L, "How loud is loud?"),
  say(Y, "Loud enough that a man dropped his chips last Thursday. I felt terrible and also vindicated."),
  say(L, "Vindicated is a big word for a bell.", { name: 'Yusra' }),
  say(Y, "It's a big bell. §And from the Edinburgh end?"),

  seg('extra', L, "Lorcan's extras: liboqs from Open Quantum Safe, and a changing robe for the North Sea", ['liboqs', 'Open Quantum Safe'], { mid: true }),
  say(L, "From the Edinburgh end, a library and a garment. The library is {liboqs|lib OQS}, from the Open Quantum Safe project, which lives under the Linux Foundation now. It's a C library holding the new algorithms plus some that lost, and there's a provider that plugs it into OpenSSL. ¦~ We test with it what our own systems do when a handshake suddenly gets several kilobytes bigger, a detail no project plan ever includes. ¶ The garment is a changing robe for sea swimming. I've started going in at Portobello before work, and the robe is the only reason I survive the walk back to the car. It's basically a sleeping bag with sleeves, and it's the best thing I've bought this year."),
  say(Y, "In October? In the North Sea?"),
  say(L, "It's eleven degrees. It's bracing."),
  say(Y, "That's a pound. Bracing is hype for cold. §Let's wrap up here, before you start selling me ice baths. Every paper, roadmap and library from tonight is at {⟨logicalqubit.fm/49⟩|logicalqubit.fm/49}, and the jar now holds fourteen pounds, which Lorcan has promised to spend on biscuits for our next guest."),

  seg('outro', Y, 'Goodbye', [], { mid: true }),
  say(L, "Fourteen pounds of biscuits. Until next Tuesday, everyone, and keep your error rates under threshold."),
  say(Y, "Tot ziens."),
];

export const SPEAKERS = [
  { name: Y, aliases: ['Yusra', 'Belhaj', 'YUSRA'] },
  { name: L, aliases: ['Lorcan', 'Whitty', 'LORCAN'] },
];
