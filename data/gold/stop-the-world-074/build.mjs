// Builds Stop the World #74 (SYNTHETIC blind held-out episode, heldout4): a two-host Java / JVM
// news show (Margo Lefèvre, Quarkus and GraalVM consultant in Lyon; Chidi Okonkwo, backend lead on
// a big Spring Boot monolith at an insurer in Leeds). Intro with a sponsor mention, six news items
// (Margo: JEP 491 virtual threads without pinning; Chidi: Spring Boot 3.4; sponsor read by Chidi;
// Margo: JEP 483 / Project Leyden AOT cache; Chidi: Maven 4 release candidate; Margo: JEP 498
// sun.misc.Unsafe warnings), two extras (Chidi: JUnit 5.11; Margo: JBang + Advent of Code), outro.
//
// Own renderer (the shared build-episode.mjs cannot do this): the web page's transcription service
// splits long turns into more paragraphs than labeled.txt has, mostly mid-sentence.
//   ¶  paragraph break in BOTH files (unlabeled continuation line in labeled.txt)
//   ¦  paragraph break in web.txt only (labeled.txt keeps the turn on one line)
//   ¦^ as ¦, and the web page lost the first word of the new paragraph (like the seed's "[I] was excited")
//   §  a segment opens mid-paragraph here (seg(..., { mid: true }) after the say)
//   ⟨url⟩ spoken URL, present in labeled.txt, dropped from web.txt (with a following . or ,)
// web.txt: page header and footer, every paragraph stamped 00:00, SURNAME labels on the first two
// paragraphs only. Rerun with `node build.mjs` in this folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { labeledPrefix, labeledText, render, say, seg, webText } from '../build-episode.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const M = 'Margo Lefèvre';
const C = 'Chidi Okonkwo';
const LABELS = {
  first: { [M]: 'Margo LEFÈVRE', [C]: 'Chidi OKONKWO' },
  later: { [M]: 'LEFÈVRE', [C]: 'OKONKWO' },
};

const SOURCE = [
  seg('intro', M, 'Welcome and sponsor', []),
  say(M, "Hello and welcome to Stop the World, the podcast where we pause everything for half an hour and talk about what's new in Java and on the JVM. This is episode seventy-four, recorded November 26th, 2024. I'm Margo Lefèvre."),
  say(C, "And I'm Chidi Okonkwo. Hello from a very grey Leeds."),
  say(M, "Grey Leeds. Is the, did the new laptop arrive?"),
  say(C, "It arrived! On Friday. And I spent the whole weekend installing JDKs on it. I have, let me count, I have six JDKs on this laptop now. SDKMAN says six."),
  say(M, "Six is not so bad."),
  say(C, "Six is not so bad for a person who only uses one. ¶^I think I use two, honestly, 21 for work and whatever the latest early-access is for this show. The other four I installed just to feel something."),
  say(M, "Lyon is also grey. It's grey everywhere, I think, this week. So we have six news items, as usual, a couple of extras, and this episode is brought to you by Brackenly, ¦ continuous profiling for the JVM built on Flight Recorder. Chidi will tell you more about them later. And I want to start with something that, honestly, I have been waiting for since JDK 21."),
  say(C, "Oh, I know what this is."),
  say(M, "You know what this is."),
  say(C, "It's pinning."),

  seg('topic', M, 'JEP 491: virtual threads can synchronize without pinning (JDK 24)', ['JEP 491', 'pinning', 'virtual threads', 'synchronized', 'synchronize']),
  say(M, "It's pinning! So. JEP 491, Synchronize Virtual Threads without Pinning, is now targeted to JDK 24. Quick recap for people who didn't follow the virtual threads story. In JDK 21 we got virtual threads from Project Loom, final, and the promise is you can write plain blocking code, ¦ one thread per request, and the JVM parks the virtual thread when it blocks and frees up the carrier thread underneath for someone else. Lovely. Except. If your virtual thread blocks while it's inside a synchronized block or a synchronized method, ¦ it can't unmount. It stays stuck to the carrier. That's pinning."),
  say(C, "And then you run out of carriers."),
  say(M, "And then you run out of carriers, because by default there are as many carriers as you have cores. So on a, I don't know, a four-core container, four requests sitting in a synchronized block doing JDBC, and, that's it, ¦ your whole application just stops. No error. It just stops."),
  say(C, "We had that. We actually had that. So, okay, very short story. When we turned on virtual threads on the monolith, in the spring, everything was fantastic in the load test, and then in production, ¦ once a day-ish, the service would just freeze for like thirty seconds. And it was a connection pool — not HikariCP itself, an older library underneath a vendor SDK — that used synchronized all over the place. And we found it with, um, with jdk.tracePinnedThreads, the system property, which prints a stack trace every time a thread pins."),
  say(M, "Which is very noisy."),
  say(C, "Extremely noisy. Our logs were, like, ninety percent pinning stack traces for a day. But it found it."),
  say(M, "So the advice until now has been, replace synchronized with ReentrantLock in the hot paths. And a lot of libraries did that work, ¦ I think the PostgreSQL JDBC driver did it, MySQL Connector/J did it, lots of people went through their code. But you can't fix a vendor SDK you don't own."),
  say(C, "No. We had to, we had to wrap it, basically, and limit how many virtual threads could call into it with a semaphore. It was ugly."),
  say(M, "So with JEP 491 the JVM changes how monitors work, so a virtual thread can acquire, hold and release a monitor independently of its carrier. So when it blocks inside synchronized, ¦ or when it calls Object.wait(), it can unmount like anywhere else. The remaining cases where it still pins are very, um, very small: if you're in native code, ¦ a native frame on the stack, or a few class initialization cases. So for normal code, synchronized is fine again."),
  say(C, "So I can delete my semaphore."),
  say(M, "You can delete your semaphore. In March. When JDK 24 comes out. And there's an early-access build with it already, ¦ if you want to test your ugly workaround against it."),
  say(C, "I'm going to do that. I'm actually going to do that this week. Does the, ¦^the tracing property still work?"),
  say(M, "No, I think they remove jdk.tracePinnedThreads, and instead there's a JFR event, jdk.VirtualThreadPinned, which was already there, ¦ and that's the way to find the remaining cases. Which is nicer, honestly. It's in Flight Recorder, you can look at it in JDK Mission Control."),
  say(C, "That's, yeah. That's a very good change. It's a very unglamorous JEP but it's the one that makes virtual threads real for, for normal enterprise code."),
  say(M, "It is. And, one small thing, it's not only your code. A lot of the JDK itself used synchronized, ¦ so some of the, um, the pinning people saw was inside the JDK, in I/O classes, and that goes away too. ¦^The people at Netflix wrote a blog post in the summer about exactly this, ¦ a deadlock-looking thing in production that was all pinned carriers, and it was a very good read."),
  say(C, "I remember that one. That was the one where everything looked fine in the thread dump—"),
  say(M, "—and nothing was running. Yes."),
  say(C, "Nightmare.", { lab: null, amb: true }),
  say(M, "Exactly. What do you have for us?"),

  seg('topic', C, 'Spring Boot 3.4 is out: structured logging and MockMvcTester', ['Spring Boot 3.4', 'Spring Boot', 'structured logging', 'MockMvcTester']),
  say(C, "So the other big release in my world. Spring Boot 3.4 came out last week, on top of Spring Framework 6.2. And there's a lot in it, the release notes are, ¦ as usual, very long. I want to pick three things. The first one, and this is the one I'm personally very happy about, is structured logging. Built in."),
  say(M, "Finally."),
  say(C, "Finally! So you set one property, logging.structured.format.console, and you give it ecs, for Elastic Common Schema, or logstash, or gelf, ¦ for Graylog, and your console output becomes JSON lines in that format. No extra encoder, no logback XML."),
  say(M, "We all have that logback XML file. Copied from project to project since, like, 2016."),
  say(C, "Everybody has the file. Nobody knows who wrote the file. We have a file with a comment that says, ¦ do not touch, in capitals, and the person who wrote that comment left in 2019. ¶ So this replaces that, for us at least. And you can add your own format if you need to, ¦ there's a StructuredLogFormatter interface you implement. And it puts the MDC values in, so trace IDs from Micrometer Tracing end up in the JSON without you doing anything."),
  say(M, "Nice. In Quarkus we've had JSON logging as an extension for a long time, ¦ but having it in Boot, in the core, that's the right place. ¦^It means the ops people can ask for one format across all the services and it's one line of config."),
  say(C, "That's exactly the conversation we had. Our platform team wants ECS everywhere because they run Elasticsearch and Kibana, ¦ and until now every team did it differently, some with the logstash-logback-encoder, some with their own layout, ¦ one team just logged strings and parsed them with regexes in the pipeline. ¦ Which, you know. It worked. Until someone put a comma in a customer name."),
  say(M, "Oh no."),
  say(C, "Oh yes. Anyway. Structured logging."),
  say(M, "Nice. And the second?"),
  say(C, "The second is for testing. There's a new MockMvcTester, which is MockMvc but with AssertJ-style assertions. So instead of the, you know, the andExpect, status().isOk(), jsonPath, ¦ all the static imports, you write assertThat(mvc.get().uri(\"/claims/42\")) and then hasStatusOk() and then you chain into the body. It reads like normal AssertJ. And Spring Boot autoconfigures it if AssertJ is on the classpath, which it always is."),
  say(M, "Is it, does it replace MockMvc? Do I have to migrate?"),
  say(C, "No, no, MockMvc stays. It's an alternative. I'll write new tests with it. I'm not going to rewrite four thousand tests, ¦ I'm not insane."),
  say(M, "Four thousand."),
  say(C, "It's a monolith, Margo. It's a big monolith. And related, in tests, @MockBean is deprecated now, ¦ in favor of @MockitoBean, which lives in Spring Framework itself, not in Boot. ¦ Same idea, it replaces a bean in the context with a Mockito mock. That one I will have to migrate, ¦ eventually, because the deprecation warnings are going to drive me mad."),
  say(M, "How many @MockBean do you have?"),
  say(C, "I don't want to know. I'm not going to grep it on air."),
  say(C, "Okay. ¶ And the third thing, quickly, virtual threads again: if you have spring.threads.virtual.enabled set, more components now use them, ¦ I think the OTLP exporters and some of the, the scheduling bits. And Docker Compose support can take several compose files now, ¦ which we needed, because we have one file for Postgres and one for Kafka and we were, ¦ we were concatenating them by hand with a script."),
  say(M, "Of course you were."),
  say(C, "Of course we were. So, Spring Boot 3.4, it's on ⟨spring.io⟩, ¦ and the 3.2 line is now out of open-source support, so if you're still on 3.2, ¦ this is a good moment to move."),
  say(M, "Good reminder. Before we go on, you want to tell people about our sponsor?"),

  seg('sponsor', C, 'Sponsor: Brackenly', ['Brackenly']),
  say(C, "Yes. This episode is brought to you by Brackenly. So, you've heard us talk about JDK Flight Recorder a lot on this show, ¦ because it's brilliant and it's already in your JVM and it costs almost nothing to leave it on. The problem is, the recordings end up as .jfr files on some pod that's gone by the time you need them. ¶ Brackenly collects JFR data continuously from all your JVMs, in production, with about one percent overhead, and gives you flame graphs, allocation profiles and lock contention over time, so you can compare Tuesday with Wednesday and see what got slower after a deploy. ¦ It works with Kubernetes, with plain VMs, and there's nothing to change in your code, it's an agent. And since we were just talking about it: it shows virtual thread pinning events too. Try it free for thirty days at ⟨brackenly.io/stw⟩. Thanks to Brackenly for supporting the show."),
  say(M, "Thank you, Brackenly."),

  seg('topic', M, 'JEP 483: Ahead-of-Time class loading and linking, the first piece of Project Leyden', ['JEP 483', 'Leyden', 'ahead-of-time', 'AOT', 'startup']),
  say(M, "Okay, so staying with JDK 24, because it's going to be a big release. JEP 483, Ahead-of-Time Class Loading and Linking, ¦ is also targeted. And this is the first real piece of Project Leyden to land in the JDK."),
  say(C, "Leyden is the startup one."),
  say(M, "Leyden is the startup one. So the idea of Leyden, broadly, is: the JVM does a lot of work every time your application starts, ¦ reading classes, parsing them, verifying, linking, running static initializers, profiling, JIT compiling, and most of it is exactly the same work every time. So why not do it once, ¦ save it, and reuse it."),
  say(C, "Which is what CDS does, a bit, no? Class Data Sharing?"),
  say(M, "Which is what CDS does, a bit, yes, and this builds on CDS. ¶ CDS saves the parsed classes. JEP 483 goes further and saves them already loaded and linked. So how it works: you do a training run. You start your app with -XX:AOTMode=record and an AOTConfiguration file, ¦ you exercise it a bit, then you create the cache with AOTMode=create, ¦ and then in production you start with -XX:AOTCache pointing to that file. And in the JEP they say Spring PetClinic starts about forty percent faster."),
  say(C, "Forty percent for adding a flag. That's, that's pretty good."),
  say(M, "For adding a flag and a training run. And it's, it's important, there are no restrictions on your code. Which is the big difference with GraalVM Native Image. ¦ With Native Image, you get, you know, incredible startup, tens of milliseconds, but you live in the closed world. Reflection needs configuration, ¦ dynamic class loading doesn't work, some libraries just don't work. I do a lot of Quarkus native work for clients and ¦ honestly half my job is reflection config."),
  say(C, "Half?"),
  say(M, "Okay, a third. A third of my job is reflection config. ¶ With Leyden you keep the full JVM, the JIT, everything dynamic. You just start faster. It's less dramatic than native, but it's free."),
  say(C, "And CRaC? Where does CRaC fit? We looked at CRaC for, um, for our batch jobs."),
  say(M, "CRaC is a different approach. Coordinated Restore at Checkpoint, ¦ you take a snapshot of a running JVM, the whole process, with CRIU on Linux, and you restore it. It's super fast, but it's not in the OpenJDK mainline, ¦ you need a distribution that ships it, Azul Zulu has it, and you have to handle things like open sockets and secrets in memory. Spring supports it, Quarkus — no wait, Micronaut supports it, I'm not sure about Quarkus anymore. Anyway."),
  say(C, "So Leyden is the boring, safe one."),
  say(M, "Leyden is the boring, safe one. And there's more coming. The next step is caching method profiles and then compiled code, ¦ so the JIT doesn't have to warm up from zero. That's where it gets really interesting for, ¦ like, serverless, or autoscaling where the new pod is slow for the first two minutes."),
  say(C, "The first two minutes where all the alerts go off."),
  say(M, "Exactly that. ¶ One practical thing, if you want to try it: the cache has to be created with the same JDK build and the same classpath as production. ¦ So you really want to create it in your Dockerfile, in the image build, ¦ not on your laptop and copy it in. If the classpath doesn't match, the JVM just ignores the cache and prints a warning. It doesn't crash, it's just slow again."),
  say(C, "So a multi-stage Dockerfile, you run the app once in the build with the training—"),
  say(M, "With some training workload, yes. Some people just start the app and stop it, ¦ and even that gives you a lot, because most of the classes get loaded at startup anyway. ¦ For Spring apps especially, there's so much happening at startup."),
  say(C, "Spring does love a startup."),
  say(M, "Spring loves a startup. I say this with love. And there's a spring.context.exit property now, I think, ¦ to start the context and exit on purpose, for exactly this kind of training run. I'd have to check the name."),

  seg('topic', C, 'Maven 4 release candidate: build POM vs consumer POM, subprojects', ['Maven 4', 'Maven', 'consumer POM', 'release candidate']),
  say(C, "Alright. Mine is build tools. Maven 4 has a release candidate. ¦ Maven 4 has been, I think, in the works for about six years? There were alphas, there were betas, ¦ and now there's an RC, so it's getting real. And I tried it on the monolith. Which was brave."),
  say(M, "Was it brave or was it stupid?", { lab: 'LEFEVRE' }),
  say(C, "Bit of both. It built! After some work. But let me say what's in it. The big conceptual change is that the POM you write and the POM that gets published are now two different things. ¦ There's the build POM, which is what you edit, with a new model version, 4.1.0, and the consumer POM, which is what goes to Maven Central, and it's flattened, ¦ it has none of your build plugins and none of your parent stuff. So people who depend on your library don't get all your build configuration dragged along."),
  say(M, "That's the flatten plugin, basically. Built in."),
  say(C, "That's the flatten-maven-plugin, built in, yes. Which half the world uses already. ¶ And then, small things but nice. Modules are called subprojects now, ¦ because modules was confusing with Java modules, with JPMS. You don't have to repeat the parent version in every child POM anymore. ¦ And there's a proper tree-based lifecycle, so you can say, um, \"before all\" and \"after all\" phases, which fixes some really annoying multi-module ordering problems."),
  say(M, "And what broke?"),
  say(C, "Plugins. It's always plugins. Maven 4 itself needs Java 17 to run, ¦ which is fine, we're on 21, but you can still compile for older targets. What broke for us was two very old plugins, ¦ one that generates code from WSDL files — yes, we still have SOAP, don't say anything —"),
  say(M, "I didn't say anything!"),
  say(C, "— you made a face. I could hear the face. And one in-house plugin somebody wrote in 2015 that uses an internal Maven API. So, ¦^the advice is, try the RC on a branch, run it with -e, and see what plugins complain. And the Maven Wrapper can pin it per project, so you don't have to install it anywhere."),
  say(M, "And was it faster? People always say Maven 4 is faster."),
  say(C, "A little. Our full build is, um, about eleven minutes with the tests skipped, on CI. With the RC it was ten and a bit. ¦ So, not life-changing. The thing that actually speeds us up is the build cache extension, which we already use, and that works with 4 as far as I can tell. ¶ The more interesting thing for us is, the consumer POM means our internal libraries stop leaking our parent POM into the other teams' builds. ¦ We have a team in Glasgow that inherits our enforcer rules by accident and they hate us for it."),
  say(M, "They hate you personally."),
  say(C, "They hate me personally. They send me memes."),
  say(M, "Are you going to switch?"),
  say(C, "Not before the final. But we'll be ready. And I know, I know, Gradle people are listening and laughing.", { lab: 'OKONKOW' }),
  say(M, "I'm a Gradle person and I'm not laughing. ¶ I'm a little bit laughing."),
  say(C, "Thank you for your honesty. Okay, what's your last one?"),

  seg('topic', M, 'JEP 498: JDK 24 warns when sun.misc.Unsafe memory-access methods are used', ['Unsafe', 'sun.misc.Unsafe', 'JEP 498', 'JEP 471']),
  say(M, "So my last one is a bit of a warning. Literally. JEP 498, Warn upon Use of Memory-Access Methods in sun.misc.Unsafe, ¦ targeted to JDK 24. So the background: sun.misc.Unsafe is the class that was never supposed to be used by anyone, ¦ and that everyone used. Netty, Lucene, Hazelcast, serialization libraries, ¦ a lot of the fast stuff reaches into off-heap memory with Unsafe."),
  say(C, "Because it was the only way, for a long time."),
  say(M, "Because it was the only way. And now it isn't. We have VarHandles since Java 9 for on-heap stuff, ¦ and the Foreign Function and Memory API went final in JDK 22, with MemorySegment and Arena for off-heap memory. So in JDK 23, JEP 471 deprecated the memory-access methods for removal. That was just the annotation, nobody noticed. ¶ In JDK 24, the first time any code calls one of them, the JVM prints a warning. Once. On standard error."),
  say(C, "And people will notice that."),
  say(M, "Oh, people will notice that. People will open issues. ¦ Every library with Unsafe in a transitive dependency, somebody's going to see the warning and open a ticket. And the plan is in phases: now a warning, later an exception by default, ¦ and then the methods get removed. There's a command-line option, --sun-misc-unsafe-memory-access, with allow, warn, debug or deny, so you can try deny today to see what would break."),
  say(C, "Okay, that's actually what I'm going to do. Run the test suite with deny. See what explodes."),
  say(M, "All four thousand tests."),
  say(C, "All four thousand tests. I'll report back. I'm guessing something old from the, ¦ the serialization side will explode, we still have a Kryo somewhere."),
  say(M, "For library maintainers, the message is: move to FFM or VarHandle now, ¦ and Lucene is a good example, they've used MemorySegment for their index files for a while, ¦ with a multi-release JAR so it still runs on older JDKs. So it's doable."),
  say(C, "Is it, is it only the memory methods? Because Unsafe has other things too, ¦ like, compare-and-swap and park and all that."),
  say(M, "Good question. It's the memory-access methods. Things like getInt, putLong, allocateMemory, ¦ the off-heap stuff and the field-offset stuff. The other pieces were already moved or are handled separately. ¶ And I had a client, a trading company, who found in their own code, not a library, their own code, ¦ a class called FastBuffer from 2012 with Unsafe everywhere. Nobody knew how it worked. ¦ We rewrote it with MemorySegment, and it was the same speed. Which, the benchmark people were very disappointed, I think they wanted it to be slower so they could keep the old code."),
  say(C, "Cool. Good. That's the news."),
  say(M, "That's the news! Extras. Chidi, you go first."),

  seg('extra', C, 'Extra: JUnit 5.11 @FieldSource', ['JUnit 5.11', 'JUnit', 'FieldSource']),
  say(C, "I have a small one. JUnit 5.11 came out a couple of months ago, I only noticed now, and there's a new @FieldSource annotation for parameterized tests. ¦ So you know @MethodSource, where you write a static method that returns a stream of arguments?"),
  say(M, "Yes, with the name as a string."),
  say(C, "With the name as a string, yes. @FieldSource is the same but with a field, ¦ so you can just have a static final List of test cases, and point to it. It's a tiny thing, but our parameterized tests had all these little methods that just returned List.of, and now they're fields. ¶ Also in 5.11, you can put @BeforeAll and @AfterAll... no, sorry, I'm mixing it up. Let's just say @FieldSource. That's the one I'm sure about."),
  say(M, "That's very honest."),
  say(C, "Live radio. What's yours?"),

  seg('extra', M, 'Extra: JBang for Advent of Code', ['JBang', 'Advent of Code']),
  say(M, "Mine is, Advent of Code starts on Sunday, December 1st. And every year I do it in Java, and every year I use JBang, ¦ which if you haven't seen it, lets you run a single Java file like a script. You put //DEPS at the top with your Maven coordinates, ¦ and jbang day01.java just runs it, downloads the dependencies, no project, no pom.xml, no build.gradle. And jbang edit opens it in your IDE with a fake project around it. It's perfect for Advent of Code."),
  say(C, "How far did you get last year?"),
  say(M, "Day nineteen."),
  say(C, "That's good!"),
  say(M, "It's okay. I blame the calendar. My kids have a school play every December. ¶ And with JDK 23, the unnamed classes and instance main methods preview, ¦ you can write void main() without the public static and the class. So it's almost Python."),
  say(C, "So you're doing it in, what, one file per day?"),
  say(M, "One file per day, and a little utils file that every day includes with //SOURCES, ¦ for parsing grids, because every year there are grids. So many grids. And if you want to do it with us, ¦ we have a private leaderboard for listeners, the code is in the show notes. Last year forty people joined and, ¦ and someone called Bartosz won every single day, I think he doesn't sleep."),
  say(C, "Or he's a very good Java programmer."),
  say(M, "Or both. Probably both. And you can use whatever language, it's not checked. But it's a Java show, so, you know. Peer pressure."),
  say(C, "Don't say it's almost Python on this show, by the way."),
  say(M, "I take it back. I take it all back."),

  seg('outro', C, 'Wrap-up', []),
  say(C, "Okay, that's it for this week. Oh, wait, one correction from last week, quickly. ¦ I said Jakarta EE 11 was out, and a listener, hi Ruth, pointed out that it's the Core Profile that's out, ¦ the full platform is still coming. So, sorry about that, Ruth is right."),
  say(M, "Ruth is always right."),
  say(C, "Ruth has been right three times this year. We should just give her the show. Okay. Thanks, Margo."),
  say(M, "Thank you, Chidi. Good luck with the deny flag."),
  say(C, "I'll need it. Thanks everyone for listening, ¦ the links for everything are in the show notes at ⟨stoptheworld.fm/74⟩, and if you have news for us, ¦ send it our way. On behalf of Margo, this is Chidi. See you next week."),
];

const SPEAKERS = [
  { name: M, aliases: ['LEFÈVRE', 'LEFEVRE', 'Margo LEFÈVRE', 'Margo', 'Lefèvre', 'Lefevre', 'Marguerite Lefèvre'] },
  { name: C, aliases: ['OKONKWO', 'OKONKOW', 'Chidi OKONKWO', 'Chidi', 'Okonkwo'] },
];

const ENTITIES = {
  required: {
    'JEP 491': ['JEP 491'],
    'virtual threads': ['virtual threads', 'virtual thread'],
    'Project Loom': ['Project Loom', 'Loom'],
    'JDK 24': ['JDK 24', 'Java 24'],
    'JDK 21': ['JDK 21', 'Java 21'],
    synchronized: ['synchronized'],
    ReentrantLock: ['ReentrantLock'],
    HikariCP: ['HikariCP'],
    'JDK Flight Recorder': ['JDK Flight Recorder', 'Flight Recorder', 'JFR'],
    'JDK Mission Control': ['JDK Mission Control', 'Mission Control', 'JMC'],
    'Spring Boot 3.4': ['Spring Boot 3.4', 'Spring Boot'],
    'Spring Framework 6.2': ['Spring Framework 6.2', 'Spring Framework', 'Spring'],
    'structured logging': ['structured logging'],
    'Elastic Common Schema': ['Elastic Common Schema', 'ECS'],
    Logstash: ['Logstash'],
    GELF: ['GELF', 'Graylog'],
    Logback: ['Logback', 'logback'],
    MockMvcTester: ['MockMvcTester'],
    MockMvc: ['MockMvc'],
    AssertJ: ['AssertJ'],
    'Micrometer Tracing': ['Micrometer Tracing', 'Micrometer'],
    'Docker Compose': ['Docker Compose'],
    Brackenly: ['Brackenly'],
    'JEP 483': ['JEP 483'],
    'Project Leyden': ['Project Leyden', 'Leyden'],
    CDS: ['CDS', 'Class Data Sharing'],
    'GraalVM Native Image': ['GraalVM Native Image', 'GraalVM', 'Native Image'],
    Quarkus: ['Quarkus'],
    CRaC: ['CRaC', 'Coordinated Restore at Checkpoint'],
    'Spring PetClinic': ['Spring PetClinic', 'PetClinic'],
    'Maven 4': ['Maven 4', 'Maven'],
    'flatten-maven-plugin': ['flatten-maven-plugin', 'flatten plugin'],
    'Maven Wrapper': ['Maven Wrapper'],
    Gradle: ['Gradle'],
    'JEP 498': ['JEP 498'],
    'JEP 471': ['JEP 471'],
    'sun.misc.Unsafe': ['sun.misc.Unsafe', 'Unsafe'],
    'Foreign Function & Memory API': ['Foreign Function & Memory API', 'Foreign Function and Memory API', 'FFM', 'FFM API'],
    VarHandle: ['VarHandle', 'VarHandles'],
    Netty: ['Netty'],
    Lucene: ['Lucene', 'Apache Lucene'],
    'JUnit 5.11': ['JUnit 5.11', 'JUnit', 'JUnit 5'],
    FieldSource: ['@FieldSource', 'FieldSource'],
    JBang: ['JBang', 'jbang'],
    'Advent of Code': ['Advent of Code'],
  },
  tolerated: [
    'Java', 'JVM', 'JDK', 'OpenJDK', 'JDK 23', 'Java 23', 'JDK 22', 'Java 9', 'JEP', 'carrier thread', 'carrier threads', 'pinning', 'JDBC',
    'PostgreSQL JDBC driver', 'PostgreSQL', 'Postgres', 'MySQL Connector/J', 'MySQL', 'semaphore', 'Object.wait()', 'monitor', 'monitors',
    'jdk.tracePinnedThreads', 'jdk.VirtualThreadPinned', 'early-access build', 'Elastic', 'JSON', 'JSON lines', 'MDC', 'StructuredLogFormatter',
    'OTLP', 'OpenTelemetry', 'Kafka', 'Docker', 'spring.io', 'Spring Boot 3.2', 'Kubernetes', 'flame graphs', 'JIT', 'Micronaut', 'Azul Zulu',
    'Azul', 'CRIU', 'Linux', 'serverless', 'AOT', 'AOT cache', 'AOTCache', 'ahead-of-time', 'Maven Central', 'POM', 'pom.xml', 'build POM',
    'consumer POM', 'JPMS', 'Java modules', 'WSDL', 'SOAP', 'Java 17', 'build.gradle', 'Hazelcast', 'MemorySegment', 'Arena', 'Kryo',
    'multi-release JAR', 'MethodSource', '@MethodSource', 'parameterized tests', 'IDE', 'Python', 'unnamed classes', 'instance main methods',
    'Stop the World', 'stoptheworld.fm', 'Brackenly', 'agent', 'Maven 4 RC', 'Maven 4.0.0-rc-1', 'model version 4.1.0',
  ],
};

const EPISODE = { show: 'Stop the World', number: 74, recorded: '2024-11-26', title: 'Unpinned, unsafe and ahead of time' };

const WEB_HEADER = [
  'Stop the World — Java and the JVM, paused for half an hour', '',
  '« Back to the episode', '', 'Transcript for Episode #74:', 'Unpinned, unsafe and ahead of time', '', 'Recorded on Tuesday, Nov 26, 2024.', '', '',
].join('\n');
const WEB_FOOTER = '\n\nBack to the episode';
const WEB_LABEL = { [M]: 'LEFÈVRE', [C]: 'OKONKWO' };

// ---------------------------------------------------------------------------------------------

/** Splits every say() into the paragraphs one file shows; keeps seg() items in place. */
function expand(source, forWeb) {
  const out = [];
  for (const item of source) {
    if (item.seg) { out.push(item); continue; }
    const pieces = forWeb ? item.text.split(/\s*(?=[¶¦])/) : item.text.replace(/\s*¦\^?\s*/g, ' ').split(/\s*¶\^?\s*/);
    pieces.forEach((raw, k) => {
      let text = raw, cut = 0;
      if (forWeb && k > 0) { cut = /^[¶¦]\^/.test(raw) ? 1 : 0; text = raw.replace(/^[¶¦]\^?\s*/, ''); }
      const p = { speaker: item.speaker, text, cut, first: k === 0 };
      if (k === 0) { if ('lab' in item) p.lab = item.lab; if (item.amb) p.amb = true; } else p.lab = null;
      out.push(p);
    });
  }
  return out;
}

const labeled = render(expand(SOURCE, false), {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: labeledPrefix(LABELS),
  words: (i, p) => labeledText(p.text),
});
const web = render(expand(SOURCE, true), {
  header: WEB_HEADER, footer: WEB_FOOTER, sep: '\n\n', trailer: '\n',
  prefix: (i, p) => `00:00 ${i < 2 ? WEB_LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => {
    const w = webText(p.text).split(' ');
    if (p.cut >= w.length) throw new Error(`cut empties a paragraph: ${p.text}`);
    return w.slice(p.cut).join(' ');
  },
});

const gold = {
  _source: 'Synthetic blind held-out episode written 2026-11 (data/gold/stop-the-world-074/build.mjs); offsets computed by the script.',
  episode: EPISODE, speakers: SPEAKERS, entities: ENTITIES, files: {},
};
for (const [key, r] of Object.entries({ labeled, web })) {
  writeFileSync(join(here, `${key}.txt`), r.text);
  gold.files[key] = { input: `${key}.txt`, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => labeledText(p.text.replace(/[¶¦]\^?/g, ' '))).join(' ').split(/\s+/).filter(Boolean).length;
console.log(`${speech} spoken words\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
