// Source of Long Branch #52 (SYNTHETIC held-out episode, heldout28): a one-host one-guest INTERVIEW about BIOINFORMATICS in a
// PUBLIC HEALTH LABORATORY (pathogen genomics: sequencers, aligners, variant calling and consensus genomes, file formats,
// workflow managers, bacterial outbreak tracing, wastewater surveillance), NINE discussion topics that the host drives with
// her questions, a PRE-ROLL sponsor read before the welcome, and a short outro. Host (invented): Priyanka Raman, in
// Leicester, a former lab technician who now writes software for labs. Guest (invented): Eamon Kilbride, a microbiologist
// who runs the bioinformatics team of the "Westmoor Public Health Laboratory" (invented), and whose four-year-old
// sourdough starter is called "Patient Zero" (the running joke: set up in the intro, fed in segments 8 and 10, paid off in
// the outro). The sponsor "Samplewise" (a lab information system for small labs) is invented, as are the show, the lab,
// its numbers and every anecdote. Recorded Tuesday 18 March 2025; the science, the tools and the history are real,
// described from memory.
// Rendered by build.mjs into labeled.txt (the show's own transcript with ROLE labels, `Host:` / `Guest:`) and
// deepgram.json (a Deepgram pre-recorded transcription response with diarization and utterances, saved by the Python SDK).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in labeled.txt (the show's transcript, corrected by the host), B in deepgram.json (Deepgram's recogniser,
//              uncorrected: misheard names and tools, numbers and the URL as words, fillers dropped); B may be empty;
//   ⟨...⟩      a spoken URL (inside the A of a {A|B}): kept as written in labeled.txt;
//   ¶          both files: a pause inside the turn: a new unlabeled line in labeled.txt, a new utterance in deepgram.json.
// opts:
//   lab: X     labeled.txt: this label instead of the default (the transcriber's slip: the wrong role);
//   merge      deepgram.json: said without a pause, this short line runs into the next paragraph's first utterance (the
//              other speaker's), which then holds two voices (`ambiguous`, majority speaker);
//   flip       deepgram.json: the diariser gives this paragraph's utterance the other speaker's number.
// Conventions (the interview convention of heldout20 to heldout27): every discussion topic is presented by the GUEST, who
// carries it, including the one he raises himself; the host presents the sponsor (she reads it), the intro and the
// outro; the host's question or cue belongs to the NEW segment.
import { say, seg } from '../build-episode.mjs';

export const H = 'Priyanka Raman';
export const G = 'Eamon Kilbride';

export const SOURCE = [
  seg('sponsor', H, 'Pre-roll: Samplewise, a lab information system for small labs', ['Samplewise']),
  say(H, "A quick word before the conversation. Long Branch is made possible this month by {Samplewise|sample wise}, a lab information system for small labs that have outgrown the spreadsheet. Every tube gets a barcode and a history: who received it, which freezer, which rack, which run it went on, and which report came out at the other end. ¶ It reads and writes your sequencer's sample sheets, so nobody types a sample name twice, and it keeps the audit trail your accreditation assessor will ask for. Small labs can start for free at {⟨samplewise.bio/longbranch⟩|sample wise dot bio slash long branch}. Thank you, Samplewise."),

  seg('intro', H, 'Welcome to Long Branch 52, with Eamon Kilbride', []),
  say(H, "Hello, and welcome to Long Branch, episode fifty-two, the podcast about the software the life sciences quietly run on. I'm Priyanka {Raman|Ramen}. I used to pipette for a living, and these days I write code for people who pipette. ¶ My guest runs the bioinformatics team at the Westmoor Public Health Laboratory, where samples from hospitals, from food inspectors and, lately, from sewage works turn into genomes, and the genomes turn into decisions. Eamon {Kilbride|Kilbryde}, welcome to the show."),
  say(G, "Thanks, Priyanka, it's good to be here. I should warn you that there's a sourdough starter on the shelf behind me, and if it{, um,|} burps during the recording, that's what it is."),
  say(H, "Does it have a name?"),
  say(G, "Patient Zero. My daughter named it. It's four years old, which makes it older than some of our pipelines."),
  say(H, "I'm going to come back to Patient Zero."),
  say(G, "Everyone does.", { flip: true }),

  seg('topic', G, 'From the bench to bioinformatics: a microbiologist who learned Python during the pandemic', ['microbiologist', 'bench', 'Python']),
  say(H, "Let's start with how you got here. You trained as a microbiologist, I think, not as a programmer?"),
  say(G, "That's right, I'm a microbiologist by training. I spent my first ten years at the bench, growing bacteria on plates and typing them with gels. Then around twenty fifteen the lab bought its first {MiSeq|my seek}, and somebody had to make sense of the files it produced. I was the one who'd done a short course on Linux, so it was me. ¶ Then the pandemic came and it became my whole life. We went from a few hundred bacterial isolates a month to several thousand virus samples a week. I learned Python at two in the morning, from a pipeline that kept breaking. Now there are four of us in the team, and three of them are far better programmers than I am."),
  say(H, "Do you miss the bench?"),
  say(G, "I miss the smell of agar, oddly. I don't miss the gels."),

  seg('topic', G, 'What a sequencer does: Illumina\'s sequencing by synthesis, Oxford Nanopore\'s pores and basecalling, and ARTIC amplicons', ['sequencer', 'Illumina', 'Nanopore']),
  say(H, "You mentioned the MiSeq. For people who've never stood next to one, what is a sequencer actually doing, and why does your lab have two kinds?"),
  say(G, "The MiSeq is an Illumina machine, and it does what's called sequencing by synthesis. You break the DNA into short fragments, attach adapters, and the machine copies each fragment one letter at a time, with a different fluorescent dye for each base. A camera photographs millions of clusters after every cycle, so you get short reads, a hundred and fifty or two hundred and fifty bases, and very accurate ones. ¶ The other kind is {Oxford Nanopore|Oxford nano pore}. A {MinION|min ion} is the size of a stapler and plugs into a laptop. The DNA is pulled through tiny protein pores in a membrane, and the device measures the electrical current as it passes. Different bases disturb the current differently, and a neural network turns that squiggle into letters. That step is called basecalling, and these days it runs on a GPU, with a program called {Dorado|Dorado}."),
  say(H, "So why would a lab want both?", { merge: true }),
  say(G, "Speed and length. A Nanopore run gives you reads tens of thousands of bases long, and you can look at the data while the run is still going. For an outbreak on a Friday afternoon that matters a lot. Illumina is still our reference for accuracy, although the gap has closed a great deal with the newer flow cells. ¶ For the virus work we used amplicons, following the {ARTIC|arctic} network's protocol. You amplify the genome in about a hundred overlapping pieces of around four hundred bases each, then you put a barcode on each sample, pool dozens of samples, and sequence them together on one flow cell."),

  say(H, "A bag of puzzle pieces from dozens of people, then, sorted by barcode. §How does the software work out where each piece belongs?"),
  seg('topic', G, 'Alignment: indexing the reference, seeds and chains, BWA and minimap2, SAM and BAM files and the CIGAR string', ['alignment', 'aligners', 'BWA', 'minimap2'], { mid: true }),
  say(G, "For viruses and most bacteria we have a reference genome, so the job is alignment, not assembly: take each read and find where it fits best on the reference. The catch is that you can't compare every read with every position. That would take forever. ¶ So aligners build an index of the reference first. {BWA|B W A}, which we use for short reads, is built on the {Burrows-Wheeler|Burrows Wheeler} transform, the same idea some compression tools use, and it finds exact matches very quickly. {minimap2|mini map two}, which {Heng Li|Heng Lee} wrote for long reads, uses minimizers, a clever sample of the short words in the sequence, the {k-mers|kmers}. ¶ Either way you find seeds, short exact matches, you chain together the seeds that agree with each other, and only then do the expensive part, a proper alignment with dynamic programming, around those chains. What comes out is a SAM file, or its compressed form, BAM, where every read has a position and a {CIGAR|cigar} string."),
  say(H, "A cigar string?", { merge: true }),
  say(G, "Compact idiosyncratic gapped alignment report, and yes, somebody worked very hard on that name. It says, for each read, so many bases match, then two are deleted, then so many more match. ¶ You sort and index the BAM with {samtools|sam tools}, and then you can open it in a viewer and scroll along the genome, which is how I still check anything that looks strange."),
  say(H, "Why not just assemble every genome from scratch? Then you wouldn't need a reference at all."),
  say(G, "For something new or very variable we do. But assembly needs more data, takes longer, and gives you pieces in an order you then have to compare anyway. When you have a good reference, alignment is faster, and it puts every sample in the same coordinates, which is what makes comparing a thousand of them possible."),
  say(H, "And you said you still look at the strange ones by eye, in the viewer?", { lab: 'Guest' }),
  say(G, "Anything odd, always. The software tells you something is there, and your eyes tell you whether to believe it. §What people actually want to know, though, is where this sample differs from the reference, and for a virus that's a different problem from the one in human genetics."),

  seg('topic', G, 'Variant calling and consensus genomes for a virus with iVar and Medaka, and lineage names from Pangolin and Nextclade', ['variant', 'consensus', 'Pangolin', 'lineage'], { mid: true }),
  say(H, "Different how?"),
  say(G, "A virus carries one copy of its genome, so there's no question of two versions from two parents, like in a person. You call a position a variant when enough reads agree on a different base, and then you write out a consensus genome: the reference with this sample's changes applied. Where coverage is too low to be sure, you write an N, for unknown. ¶ That matters more than it sounds. A consensus that pretends to know is worse than one that admits it doesn't."),
  say(H, "And the tools for that?"),
  say(G, "For the amplicon data from Illumina we used {iVar|I var}, which also trims off the primer sequences, because a primer would otherwise hide any change underneath it. For Nanopore, {Medaka|Medica}, which is a neural network again, and for bacteria we use {Clair3|Clair three} more and more. ¶ Then the genome gets a name. For {SARS-CoV-2|SARS CoV two} most labs used two tools: {Pangolin|pangolin}, which places it in the Pango lineage system, names like {B.1.1.7|B one one seven} or {XBB|X B B}, and {Nextclade|next clade}, which runs in your browser and gives you the clade plus a quality report. The lineage list changed every few weeks, and we had to record which version named which sample."),
  say(H, "Why does the version matter so much?"),
  say(G, "Because a lineage name is a claim about a tree that keeps growing. If a report says a sample was one lineage in March and the same sample shows up as another in May, somebody will ring you. You want to be able to say exactly which software and which data gave that answer."),

  seg('topic', G, 'A museum of file formats: FASTQ, FASTA, SAM, BAM, CRAM, VCF, BED and GFF, zero- and one-based coordinates, and htslib', ['file formats', 'FASTQ', 'VCF']),
  say(H, "Let's talk about the files themselves, because to somebody coming from ordinary software, the file formats in your field look like a museum."),
  say(G, "A museum where every exhibit is still in daily use. Most of them are text, which is their charm. A {FASTQ|fast Q} file has four lines per read: a name, the sequence, a plus sign, and a line of quality scores, one character per base, where the character's position in the ASCII table encodes how confident the machine was. ¶ {FASTA|fast A} is older and simpler, a header line that starts with a greater-than sign and then the sequence. SAM came out of the Thousand Genomes Project around two thousand nine, with a proper written specification, and BAM is the binary version. {CRAM|cram} squeezes further by storing only the differences from the reference. Then there's {VCF|V C F} for variants, {BED|bed} for regions, and {GFF|G F F} for gene annotations. ¶ The one that bites everybody is coordinates. BED counts from zero, with half-open intervals. VCF and GFF count from one, with closed ones. An off-by-one error is practically a rite of passage in this job."),
  say(H, "Is there one library underneath all of it?"),
  say(G, "Mostly {htslib|H T S lib}, the C library behind samtools and {bcftools|BCF tools}. Nearly every tool that reads BAM or VCF goes through it, or through a wrapper around it, like {pysam|pie sam} in Python. Which is great for consistency, and it also means a bug in there is everybody's bug."),
  say(H, "Everybody's bug. Lovely."),

  seg('topic', G, 'Workflow managers and reproducibility: Nextflow and nf-core, Snakemake, Galaxy, Bioconda and containers', ['Nextflow', 'workflow', 'nf-core']),
  say(H, "Let's zoom out from single tools, then. How do you string a dozen of them together so that the same sample gives the same answer next year?"),
  say(G, "With a workflow manager. We use {Nextflow|next flow}. You describe each step as a process, with its inputs, its outputs and the container it runs in, and Nextflow works out what can run in parallel, sends the jobs to our cluster, and picks up where it stopped if something falls over at three in the morning. ¶ The big win for us was the {nf-core|N F core} community: a collection of peer-reviewed pipelines, all with the same structure and the same tests. For the virus work we started from their {viralrecon|viral recon} pipeline and adapted it. Plenty of labs swear by {Snakemake|snake make} instead, which is Python and feels like a {Makefile|make file}, and that's fine too. The rivalry is mostly friendly."),
  say(H, "And the scientists in your lab who don't write code?"),
  say(G, "{Galaxy|galaxy}. It's a web platform where you run the same tools by clicking, and every step goes into a history with its parameters. Some of our microbiologists do their own analyses there, and I sleep better knowing the settings are recorded. ¶ Underneath all of it are containers. Our tools come from {Bioconda|bio conda}, which packages thousands of bioinformatics programs, and the {BioContainers|bio containers} project turns each package into a container image. We pin every version, because our accreditation assessors, quite rightly, want to know that a result from last June would come out the same today."),
  say(H, "Has a new version ever given you a different answer?"),
  say(G, "Once, memorably. A new release of one tool changed how it handled reads that run past the end of an amplicon, and two samples changed lineage overnight. Nothing was wrong, exactly. The new answer was arguably the better one. But we had to revalidate, write it up and explain it to people who'd already acted on the old report. That's the part of the job nobody puts in the advert."),

  seg('topic', G, 'Tracing bacterial outbreaks: from pulsed-field gels to whole-genome sequencing, cgMLST, SNP distances, trees and resistance genes', ['outbreak', 'whole-genome sequencing', 'Salmonella']),
  say(H, "Back to bacteria for a minute. When two people in different towns get the same Salmonella, how do you tell whether it's one outbreak?"),
  say(G, "That used to be a gel, pulsed-field gel electrophoresis, and networks of labs that compared the band patterns, like {PulseNet|pulse net} in the United States. From about twenty fifteen, public health labs switched to whole-genome sequencing, and the resolution is in another league. ¶ For bacteria we usually assemble the genome from scratch, with {SPAdes|spades} for short reads or {Flye|fly} for long ones, and then compare isolates in two ways. One is core genome MLST, multilocus sequence typing: you take a fixed list of a couple of thousand genes and give every version of every gene a number, so each isolate becomes a row of numbers. The other is counting {SNPs|snips}, single-letter differences, against a close reference."),
  say(H, "And how close is close?"),
  say(G, "For Salmonella, a handful of {SNPs|snips}, often under five, is what makes us pick up the phone. But it's never only the number. We build a tree, with {IQ-TREE|I Q tree} for example, and then the epidemiologists bring the other half: who ate what, where, and when. ¶ We also screen every genome for antimicrobial resistance genes, with {AMRFinderPlus|AMR finder plus} from NCBI and with the {CARD|card} database. And the reads go to the public archives, the European Nucleotide Archive in our case, so that a lab on another continent can find out their case matches ours."),
  say(H, "Which must be a strange phone call to get."),
  say(G, "The best kind. Once it was a batch of sesame paste that had travelled to four countries. The genomes found that before anybody's questionnaire did."),

  seg('topic', G, 'Wastewater surveillance: sequencing a whole town at once and unmixing lineages with Freyja', ['wastewater', 'sewage', 'Freyja']),
  say(H, "Tell me about the sewage, then. Why would anyone sequence a sewage works?"),
  say(G, "How many people do you think you'd need to swab to know what a town of a hundred thousand is carrying?"),
  say(H, "All of them, I suppose, and they'd hate it."),
  say(G, "Exactly, and one sewage sample gives you all of them at once, anonymously, whether they feel ill or not. The works take a composite sample over twenty-four hours, we extract the RNA and sequence it with the same amplicons as before. ¶ The difference is that the sample is a mixture. You're not looking at one virus, you're looking at a soup of lineages in unknown proportions. A tool called {Freyja|Freya} handles that: every lineage has a barcode, a set of mutations that define it, and Freyja solves for the mix of lineages that best explains the frequencies you actually see at each position. ¶ In several places it picked up new lineages a week or two before they showed up in clinical samples. In the United States the {CDC|C D C} built a national wastewater system during the pandemic, and last year some sites there detected {H5|H five} bird flu, which partly turned out to be milk going down the drain."),
  say(H, "Could you trace it back to a single street?"),
  say(G, "Technically you can sample closer to the source, down to a single building, and that's exactly where the ethics start. A town is a crowd. A care home or a prison is a small group of people who never agreed to be tested. Our rule is that we don't sample anywhere we couldn't explain to the people upstream. ¶ I'll admit I once put Patient Zero through the same pipeline, as a training exercise."),
  say(H, "You did not."),
  say(G, "I'll tell you the result at the end."),

  seg('topic', G, 'What comes next: long-read-only bacterial genomes, metagenomics with Kraken2, and advice for newcomers', ['long reads', 'metagenomics', 'advice']),
  say(H, "Deal. Last question before I give you back to your starter. What's changing over the next few years, and what would you tell somebody who wants your job?"),
  say(G, "Two things are changing. Nanopore's accuracy is now good enough that we're moving bacterial work to long reads only, which gives you complete genomes, closed circles, plasmids included, from a single run. ¶ And metagenomics: sequencing everything in a sample directly, without growing anything first, and sorting the reads by species with tools like {Kraken2|Kraken two}. That's going to change what a public health lab even is. ¶ As for advice: learn the command line properly, learn git, and write down what you did. The tools will change three times in your career. Being able to say exactly how a number was produced never goes out of date."),
  say(H, "And AI? I'd be letting the listeners down if I didn't ask."),
  say(G, "It's already inside the tools. The basecallers and Medaka are neural networks, and they're quietly excellent. Language models writing my pipelines, I'm more careful about. They're good at boilerplate and confidently wrong about an option that changed two versions ago. I treat them like a keen new starter: useful, and supervised."),

  seg('outro', H, 'Goodbye', []),
  say(H, "Write down what you did. I think I'll put that on a mug. Eamon, thank you so much for coming on. Now, as promised, Patient Zero."),
  say(G, "Patient Zero is in excellent health. It came back as mostly lactic acid bacteria and one wild yeast, exactly as the textbooks say, and now it's the first sample every new starter in the team analyses."),
  say(H, "A sourdough with its own genome report. That's Long Branch for this week. Links to everything we mentioned, Patient Zero's report included, are at {⟨longbranch.fm/52⟩|long branch dot FM slash fifty two}. Thanks for listening."),
  say(G, "Cheers, everyone."),
];

export const SPEAKERS = [
  { name: H, aliases: ['Priyanka', 'Raman', 'Ramen', 'Host', 'Speaker 0'] },
  { name: G, aliases: ['Eamon', 'Kilbride', 'Kilbryde', 'Guest', 'Speaker 1'] },
];
