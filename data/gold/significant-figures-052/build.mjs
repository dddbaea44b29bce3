// Builds Significant Figures #52 (SYNTHETIC blind held-out episode, heldout4): a one-host,
// one-guest interview about research software in scientific computing. Host Gabriel Mendes
// (Montreal) asks short questions; guest Hana Kobayashi, research software engineer with an ocean
// modelling group in Hobart, answers at length. Intro with guest introduction, five guest-carried
// sections (background; taming the Fortran model; the GPU port; sponsor read by the host;
// reproducibility and testing, opened by the guest herself; credit and careers), outro.
// Renders labeled.txt (`Full Name:` first, then first names, typos `Hanna:` and `GABRIEL:`,
// unlabeled continuation lines, one unlabeled speaker change), web.txt (header, footer, real mm:ss
// stamps, SURNAME labels on the first two paragraphs only, first word of unlabeled paragraphs cut,
// URLs dropped) and gold.json, with the shared renderer. Rerun `node build.mjs`. Deterministic.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEpisode, say, seg } from '../build-episode.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'significant-figures-052';
const G = 'Gabriel Mendes';
const H = 'Hana Kobayashi';
const LABELS = {
  first: { [G]: 'Gabriel Mendes', [H]: 'Hana Kobayashi' },
  later: { [G]: 'Gabriel', [H]: 'Hana' },
};

const SOURCE = [
  seg('intro', G, 'Welcome and guest introduction', []),
  say(G, "Hi, and welcome to Significant Figures, the podcast about the software behind science and the people who write it. I'm Gabriel Mendes. Today I'm talking to someone who has spent the last six years keeping an ocean model alive, and then, on top of that, making it run on GPUs, which if you've ever tried it, you know is its own kind of adventure. Hana Kobayashi is a research software engineer with an ocean modelling group in Hobart, in Tasmania. Hana, welcome to the show."),
  say(H, "Thanks, Gabriel. It's, um, it's very early in the morning here, so if I say something silly, that's the reason."),
  say(G, "What time is it?"),
  say(H, "It's ten past seven. Which, for me, is basically the middle of the night. But the coffee is working."),
  say(G, "Well, thank you for getting up. So, the plan: I want to hear how you got into this, then the model itself, then the GPU story, which I know is long, and then I want to talk about testing and about, um, about careers, credit, that kind of thing."),
  say(H, "Sounds good. Let's do it."),

  seg('topic', H, 'Background: from physical oceanography to research software engineering', ['background', 'oceanography', 'research software engineer', 'RSE', 'how Hana got into']),
  say(G, "So how did you end up here? Were you a programmer first or a scientist first?"),
  say(H, "Scientist first. Definitely scientist first. I did a PhD in physical oceanography, in Sendai, on, um, internal tides, which are waves inside the ocean, between layers of different density, you can't see them at the surface but they move an enormous amount of energy around. And the way you study them is with models. So I spent four years running somebody else's Fortran code on a cluster, changing parameters, and making plots in MATLAB."),
  say(H, "And I was, I was not a good programmer. I want to be clear. I was the typical PhD student programmer. My version control was folders called final, final2, final_really. I had a Fortran file that was, I think, nine thousand lines, and I was scared of it.", { lab: null }),
  say(G, "Final underscore really."),
  say(H, "Final underscore really! Everybody has one. And then, in my postdoc, which was here in Hobart, the group had a problem. Their model, which is the one I still work on, was maintained by one person, a senior scientist, and he was retiring. And nobody else really understood the build, or the parallel part, or why there was a file called hack dot f. And somebody had to take it over, and I was the postdoc who had complained the most about it. So."),
  say(G, "So complaining was your job interview."),
  say(H, "Complaining was my job interview, yes. And I found out I liked that work more than the science. Which was a bit of a crisis, honestly, for a year. Because in academia the message is, the paper is the product, the code is just the, the thing you do to get the paper. And I was much happier when I fixed the build than when I submitted a paper."),
  say(G, "When did you hear the term research software engineer?"),
  say(H, "At a conference, at an eResearch conference, in Brisbane I think. Someone from the UK gave a talk about the RSE movement, the Society of Research Software Engineering, and I had this moment of, oh, this is a job. This has a name. There are people who do only this. And now there's an RSE association here too, RSE-AUNZ, for Australia and New Zealand, and we have a Slack and meetups and it's, it's really changed things. Like, I'm not the weird scientist who likes makefiles anymore. I'm an RSE."),
  say(G, "Is your title actually research software engineer?"),
  say(H, "It is now! It took two years of, um, of paperwork with HR. Before that I was a postdoc on paper, on a three-year contract, doing RSE work. Which is very common. I'll come back to that at the end, I think, because I have opinions."),
  say(G, "We'll get there. I'm looking forward to the opinions. Before we leave the PhD, though, how did you learn? Like, where did the programming actually come from?"),
  say(H, "Mostly from breaking things. And from one very patient system administrator at the university cluster, who answered my emails with, um, with links to the documentation, which I was angry about at the time and grateful for later. And then, in the postdoc, I switched all my analysis from MATLAB to Python, because the licence was expensive and the group was moving anyway. NumPy, matplotlib, xarray. And that was the first time I read other people's code on purpose, like, the xarray source, to understand why something was slow. And I realised, oh, code can be nice. Code can be written for the next person."),
  say(G, "That's a real moment."),
  say(H, "It is. It sounds small. But when all the code you've ever seen is a nine-thousand-line Fortran file with variables called, like, tmp2 and aa, seeing a well-organised library is a bit of a revelation."),

  seg('topic', H, 'Taming a 200,000-line Fortran ocean model: git, CMake and regression tests', ['Fortran', 'legacy', 'TIDEWATER', 'regression tests', 'CMake', 'the model']),
  say(G, "Okay, so tell me about the model. What is it, and what state was it in when you got it?"),
  say(H, "So it's called TIDEWATER. It's a regional ocean model, so not the whole globe, you give it a box, say, the east coast of Tasmania, and the boundaries from a global model, and it simulates the currents, temperature, salinity, inside the box at higher resolution. It started in the nineties, so some of the oldest files are FORTRAN 77, the fixed-form ones, with the six spaces at the start of the line, and most of it is Fortran 90 with modules. Around two hundred thousand lines."),
  say(H, "It's parallel with MPI. So the domain gets split into tiles, each MPI rank gets a tile, and they exchange the edges, the halos, every time step. It writes output in NetCDF, which is the standard format in our field, and it read its configuration from a namelist file, which is a Fortran thing, it's a, it's a very old text format for parameters.", { lab: null }),
  say(G, "And the build?"),
  say(H, "The build was a Makefile. Well, it was eleven Makefiles. One for each cluster it had ever run on. Makefile dot gadi, Makefile dot raijin, which is a machine that was switched off in 2019, Makefile dot laptop, which was his laptop, from 2008. And the one that actually worked was none of them, it was a copy in his home directory."),
  say(G, "Oh no. And what was hack dot f? I have to ask."),
  say(H, "So hack dot f was, um, it was the best file. It was four hundred lines of corrections that got applied after the main time step. Like, if the temperature in a cell went below freezing, set it to freezing. If the velocity near the coast was too big, cap it. Each one was added for one experiment, for one paper, years apart, and none of them could be switched off. And some of them were hiding real bugs, in the boundary conditions, that we only found when we removed them one by one."),
  say(G, "So the model was partly being held together by clamps."),
  say(H, "By clamps, yes, that's a good word. Now every one of them is a namelist option, off by default, with a comment saying which paper needed it. And about half of them turned out to be unnecessary."),
  say(G, "So where was the actual code? Was it at least in version control?"),
  say(H, "Sort of. The code was in SVN, sort of. Some of it was in SVN. And the real version was also in his home directory. So my first three months, honestly, were archaeology. I diffed the home directory against SVN, I found forty files that were different, I asked him about every single one, and he remembered maybe half."),
  say(G, "What did you do with the other half?"),
  say(H, "I ran the model with both versions and compared the output. That was the first time I did what became, um, our regression testing. So then, I moved everything to git, to GitHub, with the history from SVN, and I replaced the eleven Makefiles with one CMake build. CMake is not anyone's favourite thing, but it knows about Fortran modules, the dependency order, which is the real problem with Fortran builds, you have to compile the modules in the right order, and Make can't figure that out on its own."),
  say(G, "And the regression tests. What do they look like for something like this? You can't really unit test an ocean."),
  say(H, "You can't unit test an ocean, no. Although we do have some unit tests now, for the small pieces, the equation of state for seawater, the interpolation routines. We use pFUnit for those, which is a unit testing framework for Fortran, it's a bit like JUnit but for Fortran, with the, the annotations in comments."),
  say(H, "But the main tests are regression tests. We have four small configurations, like a little box, a channel, a, um, a seamount, and a tiny version of the Tasmania domain, and each one runs for a few hundred time steps on four MPI ranks. And then a Python script opens the NetCDF output with xarray and compares it with stored reference output. And all of that runs in GitHub Actions, on every pull request. It takes, like, twelve minutes.", { lab: null }),
  say(G, "On GitHub's runners? With MPI?"),
  say(H, "On GitHub's runners, yes, with Open MPI from the Ubuntu packages. Four ranks on a two-core runner is, um, oversubscribed, you have to pass a flag, but it works. It's slow, but the test cases are tiny. And the first time someone's pull request failed the tests, and it was a real bug, the scientist who wrote it came to my desk and said, this thing is actually useful. And that was, that was a good day."),
  say(G, "Did you think about modernising the Fortran itself? I keep hearing about fpm, the Fortran package manager, and the, um, the new Fortran community stuff."),
  say(H, "We did a bit. The fortran-lang community is great, they've done a lot, fpm, the standard library project, a very nice website. We don't use fpm for the model, because of MPI and the, the cluster builds, CMake is what the HPC centres expect. But we converted all the fixed-form FORTRAN 77 to free-form, with a script, and we added implicit none everywhere. Which found, I think, eleven bugs. Eleven variables that were typos, that Fortran silently created for us."),
  say(G, "Implicit typing. The gift that keeps giving."),
  say(H, "Anything starting with I to N is an integer. Everything else is real. It's a fun rule in 1977. It's less fun in a model that people publish with."),
  say(G, "That's a big cultural moment, though. The failing test."),
  say(H, "It is. I think that's when people started to trust it. Before that, the CI was, like, Hana's hobby."),

  seg('topic', H, 'Porting the model to GPUs: OpenACC, OpenMP offload, Julia and Kokkos', ['GPU', 'OpenACC', 'OpenMP', 'porting', 'Setonix']),
  say(G, "Okay, the GPUs. Why did you even need to go there?"),
  say(H, "So, short answer, because the machines changed. In Australia the big national systems are Gadi, at NCI in Canberra, and Setonix, at Pawsey in Perth. And Setonix has a GPU partition with AMD MI250X GPUs, it's the same kind of node as LUMI in Finland and Frontier in the US. And when we applied for compute time, the allocation committee made it very clear, the GPU hours are where the hours are. If you can only use CPUs, you get much less."),
  say(G, "So the money follows the GPUs."),
  say(H, "The hours follow the GPUs, yes. And also, honestly, the science wanted higher resolution. Internal tides need, um, fine grids, and our runs were taking three weeks of wall time. So there was a real reason too, it wasn't only politics."),
  say(G, "What were the options you looked at?"),
  say(H, "We looked at four. Option one, directives, add OpenACC or OpenMP offload pragmas to the existing Fortran loops and let the compiler generate the GPU code. Option two, rewrite in Julia, because there's a beautiful ocean model in Julia already, Oceananigans, from the CliMA people, and it runs on GPUs with KernelAbstractions. Option three, rewrite the core in C++ with Kokkos, which is what some of the big US labs do. And option four, somebody suggested JAX, because he had been to a machine learning conference."),
  say(G, "There's always one."),
  say(H, "There's always one! And, actually, it's not a crazy idea, there are people writing differentiable ocean models in JAX, and being differentiable is really interesting for data assimilation. But not for us, not for a two-hundred-thousand-line model with two and a half people."),
  say(H, "The rewrite options were the same problem. Julia, I love it, I would write a new model in Julia tomorrow, but a rewrite means two years where the scientists can't use anything new, and you have to validate the new model against the old one, and the old one keeps changing while you rewrite it. And the scientists write Fortran. If I rewrite it in Julia or C++, then I'm the only person who can change it, and we're back to the one-person problem. Which is how I got the job in the first place.", { lab: null }),
  say(G, "Right, you'd be the new retiring senior scientist."),
  say(H, "Exactly. In thirty years. So, directives. And we started with OpenACC, because that's what everyone in weather and climate was using, and it was very good with the NVIDIA HPC compilers, nvfortran, on Gadi's GPUs. We got the dynamics, the main time-stepping loops, running on the GPU in about six months."),
  say(G, "And then Setonix."),
  say(H, "And then Setonix. AMD. So, OpenACC on AMD GPUs, the support is, um, it's complicated. The HPE Cray compiler supports OpenACC for Fortran, that's what most people use there, GCC has some OpenACC offloading, but the performance and the bugs, it was a different story on every compiler version. We spent weeks chasing a wrong answer that turned out to be a compiler bug in a reduction."),
  say(G, "A wrong answer. Not a crash."),
  say(H, "A wrong answer! Which is much worse. A crash is a gift. A wrong answer is, you know, you run for two weeks, you make a nice plot, and the plot is wrong. So after that we moved to OpenMP target offload, which is part of the OpenMP standard, so every vendor has to support it, AMD, NVIDIA, Intel, Cray. It's more verbose. It's not as nice. But it's one code path for both machines. And now I can say, it runs on Gadi and on Setonix, from the same source."),
  say(G, "Did you try lower precision? I feel like every GPU talk now is about mixed precision."),
  say(H, "We tried. There's good work on that in weather models, the European centre, ECMWF, runs their forecast model in single precision now, and it's faster and the forecasts are just as good. For us, um, some parts are fine in single, the ocean interior, the tracers. But the pressure solver, the part where we solve for the sea surface height, that really needs double. In single precision it drifts, slowly, over months of simulated time, and then the sea level in the whole box goes up by a few centimetres for no reason."),
  say(G, "A slowly rising ocean. That's, that's almost too on the nose."),
  say(H, "I know. Our scientists did not find it funny. So we have a compile-time switch now, mixed precision, the solver stays double and everything else can be single. It's maybe thirty percent faster on top. But we haven't validated it for the long runs yet, so it's off by default."),
  say(G, "How much faster is it overall, then?"),
  say(H, "It depends how you count, and people always count in the way that sounds best. Node to node, one Setonix GPU node against one CPU node, the dynamics are about six times faster. The whole model, with the I/O and the parts we haven't ported, it's more like three. The I/O is now the problem. Writing NetCDF from many ranks is slow, and on the GPU version the model is so fast that it spends half its time waiting for the disk."),
  say(G, "How did you actually find where the time goes? Like, what's the tooling?"),
  say(H, "On NVIDIA, Nsight Systems, which is very good, you get a timeline and you can see every kernel and every copy between the CPU and the GPU. On AMD it's rocprof, and there's, um, Omnitrace, which gives you a similar timeline. And the first time we looked at the timeline, it was embarrassing. The kernels were fast, and in between every kernel there was a huge copy back to the CPU, because one small routine, the one that computes the tide forcing at the boundary, was still on the CPU. So every time step, the whole array went down to the CPU and back up."),
  say(G, "For one small routine."),
  say(H, "For one small routine, forty lines. So the rule we learned is: the data lives on the GPU. You open one big target data region at the start of the run, you move everything once, and then every single routine that touches those arrays has to run on the GPU too, even the boring ones, even if they're not faster there, because the copy is the expensive part. Once we did that, it went from, um, barely faster than the CPU to the six times I mentioned."),
  say(G, "So what do you do about the I/O, then?"),
  say(H, "Two things. For the big runs we write less, which the scientists hate. And we're experimenting with writing Zarr instead of NetCDF, through, um, through a small Python layer, because the analysis side already uses xarray and Dask, and Zarr chunks are much friendlier for parallel writes. But it's early. Ask me next year."),
  say(G, "I will. Let's take a quick break, and when we come back I want to talk about how you trust any of these numbers."),

  seg('sponsor', G, 'Sponsor: Kelpie Compute', ['Kelpie Compute', 'Kelpie']),
  say(G, "This episode is supported by Kelpie Compute. If you're a research group, you know the situation: your allocation on the national machine ran out in March, the queue is three days long, and the paper deadline does not care. Kelpie gives you a managed Slurm cluster in the cloud, with CPU and GPU nodes, that looks exactly like the HPC system you already know, the same sbatch scripts, the same modules, Spack and Apptainer preinstalled. You pay by the node hour, with a hard budget cap, so the grant doesn't get a surprise."),
  say(G, "And the part I like: it shuts itself down when the queue is empty. Research groups get their first five hundred node hours free at ⟨kelpie.cloud/figures⟩. Thanks to Kelpie Compute for supporting the show.", { lab: null }),

  seg('topic', H, 'Reproducibility and testing: bitwise results, tolerances and ensembles', ['reproducibility', 'reproducible', 'bitwise', 'floating point', 'testing', 'ensemble']),
  say(G, "So, Hana—"),
  say(H, "Can I, sorry, can I actually go back to the testing for a second? Because the GPU port broke our tests in a way I didn't expect, and I think it's the most interesting part of the whole story."),
  say(G, "Please. Go."),
  say(H, "So I said our regression tests compare the output with stored reference output. And before the GPU work, we compared bit for bit. Exactly equal. On the same machine, with the same compiler and the same number of ranks, the model was bitwise reproducible. That's a very strong test. If one bit changes, something changed."),
  say(H, "And on the GPU, that's gone. Because floating point addition is not associative. A plus B plus C is not exactly equal to A plus C plus B, the rounding is different. And on a GPU, a sum over a million grid points is done by thousands of threads in whatever order they finish, so the order changes every run. So you run the same model twice, same input, same machine, and the last digits are different.", { lab: null }),
  say(G, "Every run."),
  say(H, "Every run. And an ocean is a chaotic system, so a tiny difference in the last digit grows. After a few simulated weeks the two runs have, like, different eddies in different places. Both are fine. Both are valid oceans. But they're not the same ocean. So our tests, bit-for-bit, were useless. Every test failed, all the time."),
  say(G, "So what replaced them?"),
  say(H, "Three layers. First, for short runs, a few time steps, before the chaos grows, we compare with a tolerance. We use numpy's allclose, well, xarray's version, with a relative tolerance we picked very carefully per variable. Temperature is, um, different from velocity. And choosing those tolerances was honestly the hardest part. Too tight and it fails randomly, too loose and it misses real bugs."),
  say(H, "Second, we kept a bitwise mode. There's a compile-time option that makes the reductions deterministic, slower but in a fixed order, and in that mode the GPU version is reproducible against itself. So when we change something that shouldn't change the answer, like a refactoring, we check that in bitwise mode. That catches a lot.", { lab: null }),
  say(H, "And third, for the long runs, we do it statistically. We run an ensemble, say twenty short runs with tiny perturbations of the initial temperature, on the CPU version, and that gives us the spread of, um, of natural variability. And then we run the GPU version and check whether it falls inside that spread. We didn't invent that, by the way. The CESM people, the climate model from NCAR, they published an ensemble consistency test years ago, for exactly this problem, for porting to new machines. We copied the idea.", { lab: null }),
  say(G, "That's a really nice idea. The ocean tells you what counts as the same."),
  say(H, "Yes! That's exactly it. And the scientists actually like that test more than the bitwise one, because it's in their language. It's a statistics question, not a computer question. And it's also, it's how the model is used in the end. Nobody trusts one run of an ocean model anyway. The science is always about, um, means and variances over many years."),
  say(G, "Did it ever catch anything? Or did everything just pass?"),
  say(H, "It caught one thing, and it was a good one. The GPU version was inside the spread for temperature and velocity, but the sea ice, which is a small part of our model, near Antarctica, was consistently a little thicker. Still plausible, but always on one side of the ensemble. And it turned out to be a single-precision constant. Someone had written zero point one without the, the kind parameter, so it was a single-precision number in a double-precision calculation, and on the CPU compiler it got promoted, and on the GPU compiler it didn't."),
  say(G, "Wow. A Fortran literal."),
  say(H, "A Fortran literal! Zero point one underscore dp. Two characters. Three weeks of my life."),
  say(H, "Yeah. Yeah.", { lab: null, amb: true }),
  say(G, "What about the environment? Compilers, libraries, all the stuff around the model?"),
  say(H, "Oh, that's the other half of reproducibility. Can I build the same thing again in five years? We use Spack for the dependencies on the clusters, NetCDF, HDF5, MPI, pFUnit, because Spack lets you pin every version and every compiler, and the HPC centres use it too, so our environment matches theirs. And for laptops and CI, an Apptainer container. On HPC it's Apptainer, not Docker, because you can't run Docker on the login nodes, the admins would never allow it."),
  say(G, "And the results themselves? Like, if someone reads a paper from your group, can they get the exact model version?"),
  say(H, "Now they can. Every release gets a DOI on Zenodo, through the GitHub integration, so you tag a release and Zenodo archives it. And the papers cite the DOI. And we put the namelist files and the exact commit in the paper's data repository. Before that, honestly, a paper said we used TIDEWATER, and that was it. Which version? Nobody knew. The home directory version."),
  say(G, "The home directory version."),
  say(H, "The home directory is haunting me, Gabriel. I still dream about it."),

  seg('topic', H, 'Credit and careers: citations, CITATION.cff, JOSS and permanent RSE jobs', ['credit', 'career', 'careers', 'citation', 'JOSS', 'RSE']),
  say(G, "You mentioned opinions about careers. Let's hear them."),
  say(H, "Okay. So. The opinion. The thing that keeps research software bad is not that scientists are bad programmers. Some are, some are great. It's that the incentives are all about papers. If you spend six months making the model faster and more reliable, that's six months with no paper, and at the next job interview, that's a gap. So the people who would be best at this leave, or they do it at night, for free, and then they burn out."),
  say(G, "So how do you fix the incentives?"),
  say(H, "Three small things and one big thing. Small things: make software citable. Put a CITATION.cff file in the repository, GitHub shows a, a cite this repository button, people actually use it. Second, publish the software itself. The Journal of Open Source Software, JOSS, reviews the software, not a paper about it, on GitHub, in the open, and you get a real citable paper at the end. We published TIDEWATER there last year and the review was genuinely useful, the reviewers found a bug in our install instructions."),
  say(H, "Third, authorship. If an RSE made the model run on the GPU and that's why the paper exists, the RSE is an author. Not the acknowledgments. The author list. We have that as a group rule now, and my boss was great about it, but it was a discussion.", { lab: null }),
  say(G, "Was it a hard conversation? Scientists can be, um, protective of author lists."),
  say(H, "It was a good conversation in the end. The argument that worked was very simple. If the reviewers ask a question about the numerics, who answers it? If the answer is the RSE, then the RSE is an author. Nobody could argue with that. And it also means the RSE reads the paper before it's submitted, which, honestly, catches mistakes. I've caught a wrong resolution in a methods section. Twice."),
  say(G, "And the big thing?"),
  say(H, "The big thing is permanent jobs. Most RSEs in Australia, and I think everywhere, are on project money. Two years, three years, tied to one grant. And then the grant ends and the person leaves, and the knowledge leaves with them, and in five years someone does the archaeology again. Like I did. The fix is a central RSE team at the university level, on permanent contracts, who move between projects. Some universities have that now, in the UK a lot of them, here a few. It works. It's just a budget decision."),
  say(G, "Are you permanent now?"),
  say(H, "Since July! So, I'm, I'm very happy, and a little bit guilty, because I know a lot of people who aren't."),
  say(G, "Congratulations. I have to ask the question everybody asks now. Do you use AI coding assistants? Does Copilot know Fortran?"),
  say(H, "It knows Fortran a little. It knows the Fortran that's on GitHub, which is, um, mostly very old Fortran, so it writes me FORTRAN 77 style code with common blocks, and I have to say no, no, we don't do that anymore. For Python, for the analysis scripts and the test harness, it's genuinely useful, it saves me time on the boring parts. For the numerics, I don't trust it, and I don't think I should. The whole job is knowing why the number is right."),
  say(G, "Do the students use it?"),
  say(H, "The students use it all the time. And I think that's fine, as long as the tests are there. That's kind of my whole point, actually. If the code has good tests, it doesn't matter so much who wrote a function, a student, me, a chatbot. The tests check it. If the code has no tests, then it doesn't matter how good the author was, you don't know."),
  say(G, "Which brings us back to the failing pull request."),
  say(H, "Everything comes back to the failing pull request."),
  say(G, "For someone listening who's where you were, the PhD student with final underscore really, what would you tell them?"),
  say(H, "Learn git properly. Not, not perfectly, just properly. Take a Software Carpentry workshop if there's one near you, they're free or very cheap and they're great. Write one test for the thing you're most scared of. And find the RSE community. You're not weird. Well, you are, but so are we."),

  seg('outro', G, 'Wrap-up and where to find Hana', []),
  say(G, "That's a good place to stop. Hana, where can people find you and TIDEWATER?"),
  say(H, "The model is on GitHub, under the group's organization, the link will be in the notes. I'm on Mastodon, on the fediscience server, and at the RSE-AUNZ meetups, which are online, so anyone can come."),
  say(G, "Great. Hana Kobayashi, thank you so much, and go have a second coffee."),
  say(H, "I will. Thanks, Gabriel, this was fun."),
  say(G, "And thanks to all of you for listening. Show notes and a transcript are at ⟨significantfigures.fm⟩. Until next time."),
];

const SPEAKERS = [
  { name: G, aliases: ['Gabriel Mendes', 'Gabriel', 'GABRIEL', 'MENDES', 'Mendes'] },
  { name: H, aliases: ['Hana Kobayashi', 'Hana', 'Hanna', 'KOBAYASHI', 'Kobayashi'] },
];

const ENTITIES = {
  required: {
    Fortran: ['Fortran', 'FORTRAN 77', 'Fortran 90', 'FORTRAN'],
    MATLAB: ['MATLAB'],
    MPI: ['MPI', 'Open MPI'],
    NetCDF: ['NetCDF'],
    Make: ['Makefile', 'Makefiles', 'Make'],
    SVN: ['SVN', 'Subversion'],
    Git: ['git', 'Git'],
    GitHub: ['GitHub'],
    CMake: ['CMake'],
    pFUnit: ['pFUnit'],
    xarray: ['xarray'],
    'GitHub Actions': ['GitHub Actions'],
    Gadi: ['Gadi'],
    Setonix: ['Setonix'],
    'AMD MI250X': ['MI250X', 'AMD MI250X', 'AMD'],
    LUMI: ['LUMI'],
    Frontier: ['Frontier'],
    OpenACC: ['OpenACC'],
    'OpenMP target offload': ['OpenMP target offload', 'OpenMP offload', 'OpenMP'],
    Julia: ['Julia'],
    Oceananigans: ['Oceananigans', 'Oceananigans.jl'],
    KernelAbstractions: ['KernelAbstractions', 'KernelAbstractions.jl'],
    Kokkos: ['Kokkos'],
    JAX: ['JAX'],
    nvfortran: ['nvfortran', 'NVIDIA HPC compilers', 'NVIDIA HPC SDK'],
    'HPE Cray compiler': ['HPE Cray compiler', 'Cray compiler', 'Cray'],
    GCC: ['GCC'],
    Zarr: ['Zarr'],
    Dask: ['Dask'],
    'Kelpie Compute': ['Kelpie Compute', 'Kelpie'],
    Slurm: ['Slurm'],
    Spack: ['Spack'],
    Apptainer: ['Apptainer'],
    NumPy: ['numpy', 'NumPy', 'allclose'],
    CESM: ['CESM'],
    HDF5: ['HDF5'],
    Docker: ['Docker'],
    Zenodo: ['Zenodo'],
    'CITATION.cff': ['CITATION.cff'],
    JOSS: ['JOSS', 'Journal of Open Source Software'],
    'Software Carpentry': ['Software Carpentry'],
    fpm: ['fpm', 'Fortran package manager', 'Fortran Package Manager'],
    'Nsight Systems': ['Nsight Systems', 'Nsight'],
    rocprof: ['rocprof'],
    'GitHub Copilot': ['Copilot', 'GitHub Copilot'],
  },
  tolerated: [
    'TIDEWATER', 'namelist', 'Fortran modules', 'MPI rank', 'ranks', 'halos', 'Python', 'Ubuntu', 'JUnit', 'raijin', 'NCI', 'Pawsey', 'NVIDIA',
    'Intel', 'GPU', 'GPUs', 'CPU', 'C++', 'CliMA', 'differentiable', 'data assimilation', 'floating point', 'bitwise reproducibility',
    'ensemble consistency test', 'NCAR', 'sbatch', 'modules', 'HPC', 'DOI', 'Mastodon', 'fediscience', 'RSE', 'RSE-AUNZ',
    'Society of Research Software Engineering', 'research software engineer', 'research software engineering', 'eResearch', 'Slack',
    'equation of state', 'reductions', 'I/O', 'pull request', 'CI', 'internal tides', 'oceanography', 'Significant Figures',
    'significantfigures.fm', 'machine learning', 'Open MPI', 'matplotlib', 'Omnitrace', 'ECMWF', 'fortran-lang', 'mixed precision',
    'single precision', 'double precision', 'implicit none', 'common blocks', 'target data region', 'pressure solver', 'sea ice', 'AI',
    'chatbot', 'stdlib', 'Fortran standard library', 'kernels',
  ],
};

const EPISODE = { show: 'Significant Figures', number: 52, recorded: null, title: 'Two hundred thousand lines of ocean, with Hana Kobayashi' };

const WEB = {
  header: [
    'Significant Figures', 'Episodes   About   Support the show', '',
    '‹ Episode 52', '', 'Two hundred thousand lines of ocean, with Hana Kobayashi', '', 'Full transcript', '', '',
  ].join('\n'),
  footer: '\n\n‹ Episode 52\n\nSignificant Figures is made by Gabriel Mendes. Transcripts are machine-generated and lightly checked.',
  stamps: 'real',
  labels: 2,
  label: { [G]: 'MENDES', [H]: 'KOBAYASHI' },
};

// label slips of a real transcript
const find = (start) => SOURCE.find((p) => p.text?.startsWith(start));
find('Three small things and one big thing.').lab = 'Hanna';
find('Are you permanent now?').lab = 'GABRIEL';
// one unlabeled speaker change: Gabriel's short reaction runs on without a label after Hana's line
find('Right, you\'d be the new retiring').lab = null;

buildEpisode({ here, slug: SLUG, SOURCE, LABELS, WEB, EPISODE, SPEAKERS, ENTITIES });
