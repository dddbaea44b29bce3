// Source of Read Depth #67 (SYNTHETIC held-out episode, heldout21): a one-host one-guest INTERVIEW about
// BIOINFORMATICS for clinical genomics (the software between a DNA sequencer and a diagnosis). Invented: the show "Read
// Depth" (the software behind biology); the host, Tuomas Vainio, in Helsinki; the guest, Ifeoma Okpara, head of
// bioinformatics in the genomics laboratory of a children's hospital in Newcastle, formerly a physicist; the sponsor
// "Skerry" (managed Slurm clusters for research groups); the laboratory, its numbers, its pipeline, the seven-year-old
// whose diagnosis came from a reanalysis, the hard drive in the post, the test sample that ran for a week, the
// disk that filled up on a Friday, and every anecdote. Recorded Tuesday 14 October 2025; the science and the software
// are real but told from memory.
// Rendered by build.mjs into rev.txt (a Rev.com-style human transcript: every block named, long turns split into
// blocks with the same name, one misspelt name, Rev's tags) and transcript.csv (a transcription API's utterances as CSV:
// diarisation letters instead of names, rows split at pauses, a few letters swapped, a few short replies merged).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in rev.txt (the human transcriber), B in transcript.csv (the recogniser: a misheard name, an acronym
//              spelt out, a tool's name split into words);
//   ⟨...⟩      a spoken URL: written out in rev.txt, as words in transcript.csv (the B of a {A|B} around it);
//   ‖          rev.txt only: Rev starts a new block here, with the SAME name and a new timestamp;
//   {xt}       rev.txt only: a `[crosstalk hh:mm:ss]` tag; `[laughs]` is Rev's tag as written; ⟦…⟧ words rev.txt could
//              not make out, written `[inaudible hh:mm:ss]` (transcript.csv has the words);
//   ¶          transcript.csv only: a pause inside the turn; the API starts a new row with the SAME letter;
//   ¶*         transcript.csv only: the same, but the diariser gives the row after the pause the OTHER letter.
// opts:
//   rev: 'typo'  rev.txt writes this block's name with a typo (a gold alias);
//   swap         transcript.csv: the diariser gives this whole paragraph the OTHER speaker's letter;
//   merge        transcript.csv: no pause before this short paragraph, and the API runs it into the OTHER speaker's row
//                before it, which then holds both voices (gold: the majority speaker, `ambiguous`).
// Conventions: every discussion topic is presented by the GUEST, who carries it, including the ones she raises
// herself; the host's question or cue belongs to the NEW segment; the host presents the intro, the sponsor (he reads
// it) and the outro.
import { say, seg } from '../build-episode.mjs';

export const H = 'Tuomas Vainio';
export const G = 'Ifeoma Okpara';

export const SOURCE = [
  seg('intro', H, 'Introduction: Ifeoma Okpara on the software between a sequencer and a diagnosis', []),
  say(H, "Welcome to Read Depth, episode 67, about the software biology runs on and the people who tend it. I'm {Tuomas|Tomas} Vainio, and I'm recording in Helsinki on a grey Tuesday in October. ‖ Today we're following a single blood sample from a child with an undiagnosed condition, all the way from the sequencer to a report a doctor can act on, and looking at every program it passes through on the way."),
  say(H, "The person taking us through it is Ifeoma Okpara, who leads the bioinformatics team in the genomics laboratory of a children's hospital in Newcastle. She came to biology from physics, by way of a summer job that never ended. ¶ Ifeoma, it's lovely to have you here."),
  say(G, "It's lovely to be asked. And yes, the summer job has now lasted fourteen years, so I think it's safe to call it a career."),

  seg('topic', G, 'From blood sample to FASTQ: sequencers, base calls, quality scores and read depth', ['FASTQ', 'sequencer', 'read depth']),
  say(H, "Start me at the machine. The sample has been through the wet lab, the DNA is in the sequencer. What comes out the other end, and how much of it?"),
  say(G, "What comes out is a very large pile of short strings of letters. Our main instrument is an Illumina NovaSeq X, and it reads DNA in fragments, each read about a hundred and fifty letters long, from both ends of the fragment, which is what paired-end means. ‖ ¶ The machine itself writes its base calls in a binary format, and a tool from Illumina called {bcl-convert|BCL convert} turns them into FASTQ files, which is what every program downstream actually reads."),
  say(H, "And a FASTQ file is what, exactly?"),
  say(G, "Four lines per read. A name, the sequence of letters, a line with a plus sign that nobody has ever found a use for, and then a line of quality scores, one character per letter. ‖ Each character encodes a {Phred|fred} score, which is the machine saying how sure it is. ¶ Q30 means one chance in a thousand that the letter is wrong, and most of a good run sits above that. For a whole genome we aim for thirty-fold depth, meaning each position in the genome is covered by about thirty reads on average, and that comes to something like a hundred gigabytes of compressed FASTQ per person."),
  say(H, "Thirty-fold, so read depth is literally in the title of my show and I've never been able to explain it."),
  say(G, "Now you can. Depth matters because any single read can be wrong, and because a person carries two copies of most of the genome. If a variant is real and on one copy, you expect about half the reads at that spot to show it. With thirty reads that's clear. With four, it's a coin toss. ¶ For children with a suspected rare condition we usually sequence the child and both parents, which we call a trio, so it's three of those piles for every family."),
  say(H, "So the child's pile, and then the parents' piles to compare against."),

  seg('topic', G, 'Alignment and the reference genome: BWA-MEM2, GRCh38 or T2T-CHM13, BAM and CRAM', ['alignment', 'reference genome', 'GRCh38', 'BWA-MEM2']),
  say(G, "Exactly, and comparing is the whole game from here on. But a pile of reads means nothing until you know where each one came from, which is the next step. ¶ We take each read and find where it belongs in the reference genome, a sort of agreed-upon map of a human being. The tool we use is {BWA-MEM2|B W A mem two}, which is the newer and much faster version of an aligner Heng Li wrote many years ago. ‖ The output is a BAM file, the reads plus their positions, sorted, and we mark the duplicates, the copies of one fragment the chemistry made, so they don't count twice as evidence."),
  say(H, "Which reference do you use? I've heard there's more than one."),
  say(G, "There are two that matter. {GRCh38|G R C H thirty eight} is what most clinical labs run on now, including us, though a surprising number are still on the one before it. And then there's {T2T-CHM13|T two T C H M thirteen}, from the Telomere-to-Telomere consortium, published in 2022, which is the first truly complete sequence, no gaps, including the centromeres and the long repetitive stretches the older one left blank. ¶* It's better. We don't use it for diagnosis yet."),
  say(H, "Why not, if it's better?"),
  say(G, "Because everything else is written in the old coordinates. The databases of known variants, the gene annotations, our own archive of previous cases, the reports we've sent out. Moving means converting all of it, and re-validating the whole pipeline for our accreditation. ¶ We run it side by side in research, and in a few regions it clearly finds things the old one can't, so it will happen. Just not before I have a spare year. ‖ For storage, by the way, we convert the BAM files to CRAM, which compresses against the reference itself, so a genome that was a hundred gigabytes of FASTQ ends up nearer fifteen."),
  say(H, "And the tools to look inside those files?"),
  say(G, "{samtools|Sam tools}, mostly, which is to our field what grep is to yours. And IGV, a viewer where you can see the reads stacked up at one position, which is still how a scientist checks a variant with her own eyes before it goes into a report."),
  say(H, "I love that the final check is still a person squinting at a screen. §So once the reads are in place, how do you find the differences that matter?"),

  seg('topic', G, 'Variant calling: GATK HaplotypeCaller, DeepVariant, trios, and proving it works with Genome in a Bottle', ['variant calling', 'DeepVariant', 'GATK', 'Genome in a Bottle'], { mid: true }),
  say(G, "That's variant calling. At every position you ask whether this person's reads differ from the reference, and how confident you are. For years the standard was {GATK|G A T K} from the Broad Institute, with its HaplotypeCaller, which rebuilds the local sequence around any suspicious spot instead of trusting each alignment. ¶ ‖ We moved to {DeepVariant|deep variant}, from Google, a few years ago. It turns the stacked reads at each spot into something like an image and lets a trained neural network decide. It sounded mad to us at first, and then it beat everything in the benchmarks. There's a trio version too, {DeepTrio|deep trio}, that looks at the child and both parents together."),
  say(H, "How do you know it's right? You can't exactly look at every position by eye."),
  say(G, "We can't, and for accreditation we have to prove it. The trick is that there are reference people whose genomes are known extremely well. The Genome in a Bottle consortium, run by NIST in the US, characterised a handful of volunteers with every technology available, and published a truth set of their variants. ¶ ‖ The most used one is a sample called HG002. We sequence that same sample in our own lab, run it through our whole pipeline, and compare our answers against the truth set with a tool called {hap.py|hap dot pie}. It reports precision and recall, separately for single-letter changes and for small insertions and deletions."),
  say(H, "And what do the numbers look like?"),
  say(G, "In the easy parts of the genome, well above ninety-nine percent for single-letter changes. The interesting part is the breakdown by difficult regions: long runs of the same letter, stretches that exist in several nearly identical copies. There the numbers drop, and you need to know exactly where, so a clinician isn't told a region is clear when we simply couldn't see it. ‖ ¶ The output of all this is a VCF file, a text file listing every variant, and for a typical child it has about five million lines."),
  say(H, "Five million differences for one child."),
  say(G, "Five million, and almost all of them completely harmless. Finding the one that matters is a different problem, and it's the part I love. It takes serious computing to get to that point, though. A trio genome eats a few hundred processor hours."),

  seg('sponsor', H, 'Sponsor: Skerry, managed Slurm clusters in the cloud for research groups', ['Skerry']),
  say(H, "A few hundred processor hours is a number I've heard from nearly every guest on this show, and it's the reason I'm happy to have Skerry's name on this episode. ‖ Skerry runs Slurm clusters in the cloud for research groups who want an HPC system without buying one. You get a login node, a scheduler, shared storage and GPU nodes when you ask for them, and you pay for the core hours you actually use. ¶ Your Nextflow and Snakemake pipelines run unchanged, your data stays in the region you choose, and when the grant ends, so does the bill. Groups that sign up at {⟨skerry.cloud/readdepth⟩|skerry dot cloud slash read depth} get their first five hundred core hours free. Skerry, many thanks for making Read Depth possible. §So, about those ten programs you've named already: I assume nobody runs them by hand."),

  seg('topic', G, 'Workflow managers: Nextflow and nf-core, Snakemake, Apptainer containers and pinned versions for accreditation', ['Nextflow', 'nf-core', 'Snakemake', 'workflow manager'], { mid: true }),
  say(G, "Nobody sane. When I started, our pipeline was a Perl script that called other scripts, and when a step failed at three in the morning you started the whole thing again. ¶ Today it's {Nextflow|next flow}. ‖ You describe each step, what goes in and what comes out, and Nextflow works out the order, runs things in parallel, sends the jobs to our Slurm cluster, and when a step fails it can resume from where it stopped instead of from the beginning."),
  say(H, "And nf-core, which I see everywhere?", { swap: true }),
  say(G, "{nf-core|N F core} is a community of people writing shared Nextflow pipelines to the same standards, with tests and documentation and proper releases. There's one called Sarek for variant calling, and one specifically for rare disease. We started from those and added our own steps. ¶ The other big one in our field is {Snakemake|snake make}, which is Python-flavoured and very popular in research groups. Both are good. I picked Nextflow because the community pipelines saved us a year."),
  say(H, "How do you keep every tool at exactly the right version? That sounds like a nightmare for accreditation."),
  say(G, "It would be without containers. Every step runs in a container image with one tool at one exact version, and the pipeline names the image by its digest, not by a tag someone could move. ¶ On a shared cluster you usually can't run Docker, because it wants root, so we run the same images with {Apptainer|app tainer}, what used to be called Singularity. Most of the images themselves come from Bioconda, where nearly every bioinformatics tool is packaged. ‖ When we validate a version of the pipeline, we freeze the whole list, and any change, even a minor update to one tool, goes through a smaller validation before it touches a patient's sample."),
  say(H, "Has the caching ever bitten you?", { merge: true }),
  say(G, "Once, memorably. Nextflow keeps every intermediate file in a work directory so it can resume, and nobody had set up cleaning. The shared disk filled on a Friday evening, and every pipeline in the building stopped at once. [laughs] We now clean up automatically, and I have an alert with a very rude name."),

  seg('topic', G, 'Long reads: Oxford Nanopore and PacBio HiFi, GPU basecalling with Dorado, structural variants and repeat expansions', ['long reads', 'Oxford Nanopore', 'PacBio', 'structural variants']),
  say(H, "You told us each read is about a hundred and fifty letters. That seems short for a genome of three billion. What does that miss?"),
  say(G, "Quite a lot, and you've put your finger on the thing that excites me most this year. Short reads are superb for single-letter changes. ‖ They're poor at anything bigger than the read itself: large deletions and duplications, pieces of chromosome that have been flipped or moved, and repeat expansions, where a short pattern like CAG is repeated too many times. ¶ Several neurological conditions are exactly that, and a read of a hundred and fifty letters can't span a repeat that's a thousand letters long."),
  say(H, "So long reads.", { merge: true }),
  say(G, "Long reads. There are two technologies. Oxford {Nanopore|nano pore} pulls a single strand of DNA through a tiny pore and measures the electrical current, and reads can be tens of thousands of letters, sometimes far more. {xt} The raw signal is turned into letters by a neural network called Dorado, which runs on GPUs, and the accuracy has improved enormously in the last few years. ¶* {PacBio|Pack Bio} reads the same molecule many times over in a circle and builds a very accurate consensus, which they call HiFi, and their newer instrument, {Revio|Rivio}, made it much cheaper. ‖ Both can also see methylation directly, the chemical marks on the DNA, without a separate experiment, which matters for a few conditions in children."),
  say(H, "How long does a run take, start to finish?"),
  say(G, "A run on one of the big {Nanopore|nano pore} flow cells can go on for up to three days, and the basecalling can keep up as it runs if there are enough GPUs next to the machine. There weren't, at first. One of our early test samples sat in a queue for a week behind everybody else's basecalling."),
  say(H, "Are you using them for diagnosis already?"),
  say(G, "In research, yes, and for a few specific tests. We've found answers with long reads in families who'd had a normal short-read genome, including one repeat expansion that we'd simply never have seen. The cost per genome is still higher, and the software is younger, so our validation is slower. ¶ My honest guess is that within a few years a long-read genome becomes the first test for some children, not the last. §And finding the variant is only half the job, in any case. The other half is deciding what it means, and that half never really ends."),

  seg('topic', G, 'Interpretation and reanalysis: ACMG classes, gnomAD, ClinVar, Exomiser and HPO terms, and a diagnosis two years later', ['reanalysis', 'gnomAD', 'ClinVar', 'Exomiser', 'variant interpretation'], { mid: true }),
  say(H, "So how do you get from five million variants to one?"),
  say(G, "By throwing away almost everything, carefully. First, anything common in healthy people can't cause a rare childhood disease, and {gnomAD|gnome AD}, a database of ⟦hundreds of thousands⟧ of people's sequences, tells you how common each variant is. ‖ Then you keep the variants in genes linked to disease, and the ones whose effect on the protein looks damaging. ¶ With a trio you can also look for variants the child has that neither parent carries, the new ones, which in our field are a big part of the answers."),
  say(H, "And how does the software know which genes fit this particular child?"),
  say(G, "The doctors describe the child's features with terms from the Human Phenotype Ontology, {HPO|H P O} for short: seizures, a particular heart defect, short stature. A tool called {Exomiser|exo miser} takes those terms and the VCF and ranks the candidate variants by how well the gene fits the picture. ¶ ‖ Then a clinical scientist classifies the best candidates using the {ACMG|A C M G} guidelines, into pathogenic, likely pathogenic, uncertain significance, likely benign and benign, and checks {ClinVar|clin var} for what other labs have reported about the same variant."),
  say(H, "How often do you find the answer?"),
  say(G, "For the kind of children we see, somewhere between a quarter and two fifths of families get a diagnosis from a genome. Which means most don't, the first time. ‖ And that's why I care so much about reanalysis. New disease genes are published every week. Two years ago we had a girl, seven years old at the time, with no answer. Last spring we re-ran her data against the current knowledge, and a variant we'd filed as \"uncertain\" two years earlier was in a gene that had been linked to her condition in a paper only months earlier. ¶ Her family got an answer from data we already had. Nothing was sequenced again."),
  say(H, "That's extraordinary. And it costs you only compute time."),
  say(G, "Compute time, and a clinical scientist's afternoon, which is the scarcer resource. But it only works if you kept the data, and kept it somewhere you can find it.", { rev: 'typo' }),

  seg('topic', G, 'Keeping genomes: storage, CRAM, retention, and privacy with GA4GH standards and controlled access', ['storage', 'privacy', 'GA4GH', 'crypt4gh']),
  say(H, "How long do you have to keep all this?"),
  say(G, "How long do you think a child's genome stays useful? Because the honest answer to your question is longer than any of our storage budgets."),
  say(H, "For the rest of their life, I'd guess.", { swap: true }),
  say(G, "At least, and for their family too. The rules for genetic test records say decades, and we keep the CRAM files and the variant files for every case. ¶ Recent cases live on fast disk, older ones go to much cheaper archive storage, where getting a file back takes hours instead of seconds, which is fine for a reanalysis. The FASTQ we delete once the CRAM is checked, because the CRAM holds everything we need and takes a fraction of the space."),
  say(H, "And privacy? A genome is about as personal as data gets."),
  say(G, "It can't be anonymised in the usual sense. Your genome identifies you, and partly your relatives, who never agreed to anything. ‖ People have shown you can guess surnames from parts of a genome and public genealogy databases. ¶ So we treat it like the most sensitive data in the hospital: encrypted at rest, access logged, research use only with consent and through controlled-access archives like the European Genome-phenome Archive. ‖ There are good standards from {GA4GH|G A four G H}, the Global Alliance for Genomics and Health. {crypt4gh|crypt for G H} is a file format for encrypted genomic data, and htsget lets you fetch just the slice of a file you need instead of the whole thing."),
  say(H, "Do families ever ask for their own data?"),
  say(G, "More and more. Some parents want the files for a research project, or for a second opinion abroad, and we can give them, with a good deal of explanation, because a VCF with five million lines is not something you want to open on your own at midnight."),
  say(H, "I'd imagined a hard drive in the post."),
  say(G, "There was a hard drive in the post, in 2016, and I'm not proud of it. It was encrypted, at least. The standards exist precisely so nobody has to do that again."),
  say(H, "I'm glad it was encrypted.", { merge: true }),

  seg('topic', G, 'What comes next: the human pangenome, AlphaMissense and language models, and advice for engineers who want to work in genomics', ['pangenome', 'AlphaMissense', 'advice']),
  say(H, "One question about the future, and then I'll give you your evening back. Where is this all heading in the next five years?"),
  say(G, "Two things I'm sure of, and one I'm cautious about. The first is the pangenome. Instead of one reference genome, the Human Pangenome Reference Consortium published a first draft in 2023 built from forty-seven people from different ancestries, as a graph of all their versions. ¶ A single reference is biased towards the few people it came from, so reads from someone whose ancestry is different align worse. A graph reduces that, and for the children we see, who come from everywhere, it matters. The tooling, vg and friends, is getting there. ‖ The second is long reads as the default, which I've already talked your ear off about."),
  say(H, "And the cautious one?"),
  say(G, "Machine learning for interpretation. DeepMind's {AlphaMissense|alpha missense} predicted, for tens of millions of possible single-letter changes in proteins, how likely each is to cause harm. ‖ It's genuinely useful as one piece of supporting evidence, and the guidelines are being adapted to allow that carefully. ¶ Large language models that read the literature and summarise what's known about a gene, I'm watching with interest and a lot of suspicion. If one tells a scientist that a paper says something it doesn't, that's a child's diagnosis on the line."),
  say(H, "And for a software engineer listening who'd like to work in this field?"),
  say(G, "Come, please. We need people who write tests, who care about reproducibility, who know how to run a cluster and keep a pipeline boring. ‖ You'll learn the biology faster than you think, and every team like mine has more questions than programmers. ¶ Start with the nf-core community, it's friendly and it has tutorials, and look for a research software engineer post in a hospital or a university. The pay is lower than a bank's. The work matters more."),

  seg('outro', H, 'Thanks and goodbye', []),
  say(H, "The pay is lower, the work matters more. I think that belongs on a poster. Ifeoma, thank you, this has been a joy."),
  say(G, "Thank you, {Tuomas|Tomas}. And to anybody with a child waiting for an answer: keep asking your team about reanalysis."),
  say(H, "Every tool from today is listed on the episode page, and if you run a lab like Ifeoma's, write and tell us where your pipeline differs. Goodbye for now."),
];

export const SPEAKERS = [
  { name: H, aliases: ['Tuomas Vainio', 'Tuomas', 'Vainio', 'Tomas', 'Tomas Vainio'] },
  { name: G, aliases: ['Ifeoma Okpara', 'Ifeoma', 'Okpara', 'Ifeoma Okapara'] },
];
