// Builds Tap Target #142 (SYNTHETIC held-out episode, written 2026-11-22): a two-host weekly
// mobile-development news show (Ines Carvalho, iOS, in Porto; Kwame Asante, Android, in Toronto).
// Intro, six news items, a sponsor read by Kwame (opened mid-paragraph), a listener question,
// outro. Renders labeled.txt (`First SURNAME:` then `SURNAME:`, label typos, unlabeled
// continuation lines, one unlabeled speaker change), web.txt (page header and footer, real `mm:ss`
// stamps, SURNAME labels on the first two paragraphs only, first word of unlabeled continuation
// paragraphs cut off, URLs dropped) and gold.json with offsets into both, all from the one list
// below. Rerun with `node build.mjs` in this folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'tap-target-142';
const I = 'Ines Carvalho';
const K = 'Kwame Asante';
const LABELS = {
  first: { [I]: 'Ines CARVALHO', [K]: 'Kwame ASANTE' },
  later: { [I]: 'CARVALHO', [K]: 'ASANTE' },
};

// seg(kind, presenter, title, titleKeys, {mid}) opens a segment at the next paragraph, or, with
// mid: true, at the `§` mark inside the paragraph before it.
// say(speaker, text, opts): lab = label as written in labeled.txt (null: no label), cut = number
// of words the web page lost at the paragraph start (default: 1 on unlabeled paragraphs, else 0),
// amb = speaker undecidable by reading (not scored).
// ⟨...⟩ marks a URL: kept in labeled.txt, dropped (with its trailing punctuation) from web.txt.
const seg = (kind, presenter, title, titleKeys, opts = {}) => ({ seg: kind, presenter, title, titleKeys, ...opts });
const say = (speaker, text, opts = {}) => ({ speaker, text, ...opts });

const SOURCE = [
  seg('intro', I, 'Welcome', []),
  say(I, "Hello and welcome to Tap Target, your weekly look at what's going on in mobile development, iOS, Android, and everything awkwardly in between. This is episode 142. I'm Ines Carvalho, coming to you from Porto, where it is finally, finally summer."),
  say(K, "And I'm Kwame Asante, in Toronto, where it is also summer, but the humid kind. The kind where you walk outside and you're immediately, like, wet."),
  say(I, "Lovely. Thank you for that image."),
  say(K, "You're welcome. That's what I'm here for."),
  say(I, "So, um, it's the week after the week after WWDC, which means I have now watched, I counted, fourteen session videos. At one point five speed. While my daughter was asleep, which is the only time anything happens in my house."),
  say(K, "How old is Leonor now? Two?"),
  say(I, "Two and a bit. She's at the stage where she says no to everything, including things she wants. Do you want a banana? No. And then she takes the banana."),
  say(K, "That's, honestly, that's how I feel about Xcode betas.", { cut: 0 }),
  say(I, "Ha! Okay. Fair. We have six news items this week, we have a listener question that I think is a really good one, and Kwame is going to tell you about our sponsor at some point. I'll start, because, unsurprisingly, I want to talk about Swift."),
  say(K, "Shocking. Before you do, can I do one quick correction from last week?"),
  say(I, "Oh, yes, please. Go."),
  say(K, "So last week I said that Android 15 beta three was already out. It wasn't, it came out, um, two days ago. A couple of people emailed, which, thank you, I love you, you're very precise people. I was wrong. That's it, that's the correction."),
  say(I, "Very precise people. That's our audience. Okay."),

  seg('topic', I, 'Swift 6 and complete data-race checking', ['Swift 6', 'concurrency', 'data race', 'data-race']),
  say(I, "So the big one out of WWDC for me is Swift 6. It's in the Xcode 16 beta now, and the headline feature is what Apple calls complete data-race safety. The compiler checks, at compile time, that you're not sharing mutable state across concurrency domains in an unsafe way. So if you pass a non-Sendable class from one actor to another, that's not a warning anymore in Swift 6 mode, that's an error."),
  say(K, "Okay, wait. In Swift 6 mode. So it's opt-in?"),
  say(I, "Yes, and this is the part that I think people are getting confused about. The Swift 6 compiler and the Swift 6 language mode are two different things. You can install Xcode 16, you get the new compiler, and your project keeps building in Swift 5 mode, exactly like before. Nothing breaks. And then per module, per target, you flip it to Swift 6 when you're ready. Which, for most apps, is going to be, um, not this week."),
  say(K, "Not this week."),
  say(I, "Not this month, probably. I tried it on Keel, which is my little open source package, it does keyboard avoidance for SwiftUI, it's like six hundred lines. Tiny. And I got, I think, forty-something errors. In six hundred lines!"),
  say(K, "Oof."),
  say(I, "And they weren't wrong! That's the annoying part. Most of them were real. I had a shared formatter, a static let, that was touched from a background task, and the compiler is like, hey, this isn't Sendable, this could race. And it could. Nobody ever reported a crash, but, you know, that doesn't mean it wasn't there."),
  say(I, "The fixes were mostly boring, which is good. Marking things @MainActor that should've been on the main actor anyway, making a couple of structs Sendable, and one place where I had to actually think and turn a class into an actor. It took me a Saturday afternoon. For a big app with a lot of UIKit code and old completion handler stuff, I think it's weeks.", { lab: null }),
  say(K, "Is there an in-between? Like, can you turn on the checks as warnings first and kind of burn them down?"),
  say(I, "Yes, that's what I'd recommend. You can stay in Swift 5 mode and set strict concurrency checking to complete, and you get all the same diagnostics as warnings. So you can fix them file by file. Apple actually has a migration guide on ⟨swift.org/migration⟩ that is, surprisingly, pretty good. It has a whole section on what to do with, like, delegates that get called back on random queues."),
  say(K, "The delegates. Yeah. Every SDK I've ever used calls you back on some mystery thread."),
  say(I, "Some mystery thread, exactly. And there are a couple of other nice Swift 6 things that are not about concurrency. Typed throws is in, so a function can say throws, parenthesis, my error type, and then the catch block knows exactly what it gets. And there's the new Swift Testing framework, with the @Test macro and #expect, which I'm honestly more excited about than the concurrency stuff."),
  say(K, "Wait, is that replacing XCTest?"),
  say(I, "Not replacing, they live side by side, you can have both in one target. But the new one is so much nicer. Parameterized tests, you just pass arguments to @Test, and the failure messages actually show you the values. With XCTAssertEqual I feel like I've spent a third of my career reading XCTAssertEqual failed, open paren, quote.", { cut: 0 }),
  say(K, "Ha. Okay. I'm a little jealous, I'm not going to lie."),
  say(I, "You should be. Honestly, the, um, the thing that surprised me is the trait system, you can tag tests and then run only the tagged ones, and you can say a test is disabled with a reason, or only runs on a certain OS version. It reads like somebody who wrote tests every day designed it. Which, with XCTest, I'm not sure that was true."),
  say(K, "Is there a Swift Testing equivalent to, like, the test fixtures in JUnit? The setup and teardown stuff?"),
  say(I, "You use init and deinit on a struct. Which sounds weird and then after ten minutes it feels completely normal. Each test gets a fresh instance. It's very Swift-y."),
  say(K, "Huh. Okay. That's kind of elegant. I hate that it's elegant."),
  say(I, "I know. One last thing on Swift 6 and then I'll stop, I promise. If you maintain a library, like me with Keel, think about your users. If you ship Swift 6 mode, people on Swift 5 mode can still use you, modules can mix. But if your public API suddenly requires Sendable closures, their code might stop compiling. So I'm going to do a minor version that just adds annotations, and the big switch later. Semantic versioning, you know. In theory."),
  say(K, "In theory. Right."),

  seg('topic', K, 'Kotlin 2.0 ships the K2 compiler', ['Kotlin 2.0', 'K2']),
  say(K, "Speaking of languages and their compilers, which is a very natural segue that I did not plan at all."),
  say(I, "Very natural."),
  say(K, "Kotlin 2.0 is out. It actually came out in May, right around Google I/O, but we had, what, the Flutter stuff and the I/O episode and I kept pushing it. So, Kotlin 2.0. The big thing is the K2 compiler is stable and it's the default. That's the rewrite of the compiler front end that JetBrains has been working on for, honestly, years. Like, I remember hearing about K2 when I was still at my old job, and that's three years ago.", { cut: 0 }),
  say(I, "So is it faster? That's all anybody wants to know about a compiler."),
  say(K, "It's faster. JetBrains has a blog post with numbers, they say compilation is up to twice as fast on some of their big projects, the initialization phase especially. I tried it on our app at work, which is, I want to say, around four hundred thousand lines of Kotlin, split into, I don't know, seventy Gradle modules. A clean build went from about eleven minutes to a bit under eight."),
  say(I, "That's a lot."),
  say(K, "And on my laptop, which is a, it's a work MacBook Pro, an M2, the fans used to come on during a clean build. Now they come on, like, a minute later. That's my benchmark. Fan delay."),
  say(I, "Fan delay. Very scientific. We should put that on the website."),
  say(K, "It's a lot. Incremental builds, I honestly couldn't tell, because Gradle configuration time is still the thing that dominates when you change one file. That's not Kotlin's fault, that's, like, our build's fault. We have build logic in there that nobody's touched since 2019.", { lab: 'ASANTE' }),
  say(K, "The other thing I noticed is smart casts got smarter. There were these cases, like, if you checked a value is a certain type and then assigned it to a local variable, the old compiler would forget. And you'd have to add, like, an as cast that you knew was pointless. K2 handles a bunch of those now. So I actually got to delete code, which is always my favorite kind of upgrade.", { lab: null }),
  say(I, "What about Compose? Doesn't the Compose compiler have to match the Kotlin version exactly? I remember you complaining about that. A lot."),
  say(K, "Oh, I complained so much. Yes. So that was the worst part of Compose for me. The Compose compiler plugin was versioned separately and it was pinned to one exact Kotlin version. So you'd want to bump Kotlin and you couldn't, because the Compose compiler wasn't out yet. With 2.0, the Compose compiler moved into the Kotlin repository. It ships with Kotlin, same version number, and there's a new Gradle plugin you apply. So, kotlin plugin dot compose, and that's it."),
  say(I, "Oh, that's nice. That's a real fix."),
  say(K, "It's a real fix. It's the kind of thing that doesn't sound exciting, but it removes a whole category of, why won't this project build on Monday morning."),
  say(K, "One warning though. If you have annotation processors, or you're still on kapt for something like Room or an old Dagger setup, check those first. K2 works with kapt, but kapt is, you know, in maintenance mode, and the docs basically tell you to move to KSP. We had one library still on kapt and it worked, but it was, like, the slowest part of the build by far.", { lab: null }),
  say(I, "Room is on KSP now, right?"),
  say(K, "Room has KSP support, yeah, for a while. Hilt too. The migration guide is on ⟨kotlinlang.org/docs/whatsnew20.html⟩ and if you use Android Studio Koala, it'll, um, it'll nudge you."),
  say(I, "It'll nudge you. Aggressively."),
  say(K, "Gently and then aggressively. Like a cat at six a.m. Which, I'd know. Biscuit woke me up at five-forty today."),
  say(I, "Five-forty! Leonor doesn't even do that."),
  say(K, "She sits on my chest. She weighs, like, six kilos. It's a very effective alarm. Anyway, Kotlin 2.0, go try it, the K2 IDE mode in Android Studio is still, I think, a separate setting you turn on, so the editor and the compiler might disagree for a bit. That confused me for a whole afternoon. Red squiggles in the IDE and the build is green."),
  say(I, "Red in the editor and green in the build is my least favorite state of being."),
  say(K, "It's the worst. It's like a fire alarm that goes off when you make toast."),

  seg('topic', I, 'Flutter 3.22: WebAssembly on the web and Impeller on Android', ['Flutter 3.22', 'Flutter', 'WebAssembly', 'Wasm', 'Impeller']),
  say(I, "Okay, mine is cross-platform, so, the awkwardly in between part. Flutter 3.22 came out at I/O, and there are two things in it I wanted to mention. First one, WebAssembly support for Flutter web is now stable. So you can build your Flutter app for the web compiled to Wasm instead of JavaScript."),
  say(K, "Is that a big deal for people? I feel like nobody I know ships Flutter on the web."),
  say(I, "That's, I mean, that's kind of the point. The reason people don't is that Flutter web was slow to start and janky. Compiling to Wasm with the new Dart compiler, Google says frame times are, I think, up to two times better in their benchmarks, and in the worst case, the slow frames, even more. It needs WasmGC in the browser, so right now that's Chrome and Edge, and Firefox is close. Safari, not yet."),
  say(K, "Safari, not yet. Shocking."),
  say(I, "I'm not going to say anything. I'm an iOS developer. I have to live here."),
  say(I, "The second thing is more relevant for mobile. Impeller, the new rendering engine, is now available on Android as a preview. On iOS it's been the default for a while, since 3.10 I think, and it fixed a lot of that shader compilation jank, where the first time an animation runs it stutters. On Android they're doing it with Vulkan, and if the device doesn't support Vulkan it falls back to the old Skia path.", { lab: null }),
  say(K, "How do you turn it on?"),
  say(I, "It's a flag. You can pass enable-impeller to flutter run, or put a meta-data entry in the Android manifest. I did it on a little test app, and on my Pixel 6a, which is my test phone, it was smoother. I'm not going to give you numbers because I didn't measure properly. On an old Samsung I have in the drawer it fell back to Skia, which is what it's supposed to do.", { lab: 'CARVLHO' }),
  say(K, "Wait, you have a Pixel?"),
  say(I, "I have a Pixel as a test device! I'm allowed to have a Pixel. It lives in a drawer. It doesn't come out at parties."),
  say(K, "Okay, I'll allow it."),
  say(I, "Also Dart 3.4 came with it, and the Dart team said they're working on macros, which is the thing everybody wants for JSON serialization, so you don't need build_runner and generated files. It's an experiment, it's not on by default. But if that lands, that's a big quality of life thing. The release notes are on the Flutter blog on Medium, ⟨medium.com/flutter⟩.", { lab: null }),
  say(K, "Build runner. The one thing I don't miss from when I did Flutter."),
  say(I, "Nobody misses build runner."),
  say(K, "Can I ask, though, because I haven't touched Flutter in, like, two years. Is it still a thing people pick for new apps? Or did everybody go to React Native or native?"),
  say(I, "Honestly, it's very much still a thing. At my previous job we had a Flutter app for a, um, a loyalty program for a supermarket chain, and it was fine. It was good! Two developers shipped iOS and Android with one codebase, and the designers loved that the UI looked exactly the same on both. Where it hurt was anything platform-y. Widgets, the home screen widgets, not Flutter widgets, those you still write natively. Apple Pay. Background location. Every time we needed one of those, it was a plugin, and the plugin was maintained by one person in their spare time."),
  say(K, "The one person in their spare time. The foundation of all software."),
  say(I, "I'm also one person in my spare time! I'm part of the foundation. Be nice."),
  say(K, "Nobody. §Okay, before my next one, let's take a moment for our sponsor. This week's episode is brought to you by Handset Lab. Handset Lab is a real-device cloud for mobile testing. You upload your APK or your IPA, you pick from, I think it's more than three hundred real phones and tablets, actual hardware sitting in a data center, and you run your Espresso, XCUITest, or Maestro tests on them in parallel."),

  seg('sponsor', K, 'Sponsor: Handset Lab', ['Handset Lab'], { mid: true }),
  say(K, "The thing I like is the video. Every test run records the screen, and you get the device logs lined up with it, so when a test fails on, like, a Galaxy A14 in a language you don't speak, you can actually see what happened instead of guessing. They also do manual sessions, where you just drive a real device from your browser, which has saved me from buying at least two phones this year. Handset Lab has a free tier with sixty device minutes a month, and if you go to ⟨handsetlab.io/taptarget⟩ you get three months of the team plan for free. Thanks to Handset Lab for supporting Tap Target.", { lab: null }),

  seg('topic', K, 'Google Play requires 20 testers for 14 days before new personal apps can launch', ['Google Play', 'testers', 'closed test', '20 testers']),
  say(K, "All right, back to the news, and I want to talk about a Google Play thing that I keep getting asked about. It's not brand new, it started in November, but it's hitting a lot of people now. If you create a new personal developer account on Google Play, not an organization account, a personal one, you can't publish to production right away anymore. You first have to run a closed test with at least twenty testers, and those twenty people have to stay opted in for fourteen days in a row."),
  say(I, "Twenty people for fourteen days. For every app?"),
  say(K, "For the account, before it gets production access. And then you apply, and you answer some questions about your testing, and somebody at Google reviews it. The reason they give is quality, they want fewer, you know, abandoned test apps and spam in the store."),
  say(I, "Which, okay, I understand that."),
  say(K, "I understand it too! But think about who this hits. It's the student, it's the person making their first app, it's the hobbyist. Where do you find twenty people who'll install your app and keep it installed for two weeks? So now there are, I'm not making this up, there are Reddit communities and Discord servers where people swap testers. I test yours, you test mine. And there are paid services, sketchy ones, that sell you twenty testers."),
  say(I, "That's so bleak. Sorry, that's not funny, but it's a little funny."),
  say(K, "It's very funny and very bleak. And it kind of defeats the purpose, right? Twenty strangers who installed your app as a favor don't tell you anything about quality. A friend of mine, she made a little app for her climbing gym, like a route tracker, and she spent two weeks chasing people on WhatsApp. Her aunt was tester number nineteen.", { lab: 'ASANTE' }),
  say(I, "Wait, she built that herself? The route tracker?"),
  say(K, "She did, yeah. In React Native. She's had a rough year with app stores. I keep telling her to just make a website. She keeps saying no."),
  say(I, "And her aunt was tester nineteen."),
  say(K, "Her aunt. Who doesn't climb. Anyway, if you're in this situation, a few practical things. One, the clock only counts people who are opted in, so get them in early and remind them not to uninstall. Two, organization accounts don't have this requirement, but to get one you need a D-U-N-S number, so that's a whole other process. And three, write real answers in the production access form. People who wrote, like, one line seem to get rejected more. The policy page is in the Play Console help center."),
  say(I, "Apple doesn't do anything like that, by the way. For the record. We just have App Review."),
  say(K, "You just have App Review rejecting you for a screenshot."),
  say(I, "Okay, that's fair. That's fair."),
  say(K, "No, but seriously, I do think there's a version of this that makes sense. Like, a basic automated check, does the app crash on launch, does it have a privacy policy. The twenty humans thing is the part I don't get. And I should say, Google did say they're listening to feedback on it, so maybe the number changes. I'd, I'd bet it changes."),
  say(I, "Do you know how many people it's hitting? Like, is there a number?"),
  say(K, "I don't think Google published a number. But the Android dev subreddit is, like, every third post is about it. So, anecdotally, a lot."),

  seg('topic', I, 'Apple now enforces privacy manifests and required reason APIs', ['privacy manifest', 'required reason', 'PrivacyInfo']),
  say(I, "Speaking of Apple rejecting you, mine is also a store policy thing. Since May first, if you upload a new app or an update to App Store Connect, you have to declare why you use a list of APIs Apple calls required reason APIs. And if you use certain third-party SDKs, those SDKs need their own privacy manifest and a signature.", { cut: 0 }),
  say(K, "What counts as a required reason API? Because I saw that list and it looked, like, really basic."),
  say(I, "It is basic! That's why it got everyone. UserDefaults is on it. Anything that reads file timestamps. System boot time. Free disk space. Active keyboards. The idea is these can be used for fingerprinting, so you have to pick a reason code from Apple's list, like, CA92.1, I access user defaults to read and write data only for my app. You put that in a file called PrivacyInfo.xcprivacy in your bundle."),
  say(K, "Every app uses UserDefaults."),
  say(I, "Every app. I went through our app and found it in, I think, eleven places, and two of them were in code I wrote myself and forgot about. One was a, like, have we shown the onboarding flag. From 2020."),
  say(K, "The onboarding flag. Every app has an onboarding flag that outlived the onboarding."),
  say(I, "Every app in the world uses UserDefaults. So in March and April, people started getting these emails from App Store Connect after uploading a build, ITMS-91053, missing API declaration, and they were warnings. And since May they're errors, the upload gets rejected. We had it at work, and the annoying part was it wasn't our code, it was a dependency. An analytics SDK that hadn't shipped its manifest yet."),
  say(I, "So, practical advice. Xcode can generate a privacy report, you archive your app, and in the organizer there's a, um, generate privacy report option, and it merges all the manifests so you can see what's declared. If a third-party SDK is missing, first update it, because most of the big ones shipped manifests in the spring. Firebase did, for instance. And Apple published the list of SDKs that need a signature, it's on ⟨developer.apple.com/support/third-party-SDK-requirements⟩.", { lab: null }),
  say(K, "Does this matter for Flutter and React Native folks? Because they're, you know, pulling in a lot of pods."),
  say(I, "Yes, very much. The Flutter engine itself needed a manifest, and plugins too, so update your plugins. And for React Native, the React Native template got a privacy manifest added in the 0.74 timeframe, which I think you're about to talk about."),
  say(K, "Wait, before that. Is Google doing the same thing? Because I feel like this always happens, Apple does a privacy thing and then a year later Play has a form."),
  say(I, "You tell me! You're the Android person."),
  say(K, "I mean, there's the data safety section, which is a form you fill in about what you collect. But it's self-declared, nobody checks it against your code in the build. So, no, nothing like a compile-time manifest. Yet."),
  say(I, "Yet. Okay. Anyway, I think you're about to talk about React Native."),
  say(K, "I am! How did you know?"),
  say(I, "Because it's on the doc, Kwame. I can read."),

  seg('topic', K, 'React Native 0.74: Yoga 3, bridgeless by default, Yarn 3', ['React Native 0.74', 'React Native', 'Yoga', 'bridgeless']),
  say(K, "Okay. React Native 0.74. It came out in April, so it's not new-new, but Expo SDK 51 just came out on top of it, so now a lot more people are actually getting it. There are three things I want to mention. First, Yoga 3.0. Yoga is the layout engine React Native uses, it's the thing that implements flexbox. And 3.0 fixes a bunch of places where Yoga didn't behave like the web. Which is great, except if your layout was accidentally depending on the wrong behavior."),
  say(I, "Of course it was."),
  say(K, "Of course it was. There's a specific one about row-reverse and margins, where they were swapped before, and the release notes say if you had a workaround for it, your layout will now be wrong the other way. So look at any screen that uses row-reverse. That's, genuinely, the one thing I'd check before upgrading."),
  say(K, "Second, bridgeless mode is now the default when you enable the new architecture. The bridge is the old way JavaScript and native talked to each other, everything serialized as JSON over an asynchronous queue. The new architecture replaces that with JSI, so JavaScript can call into native directly. And bridgeless means the bridge isn't even initialized anymore. There's an interop layer so old native modules mostly keep working.", { lab: null }),
  say(I, "Mostly."),
  say(K, "Mostly. I tried the new architecture on a side project, it's an app for my climbing friend, actually, the same one, and one map library didn't work and I had to turn it back off. But that's one library, and the list of libraries that support it is getting long. There's a page, ⟨reactnative.directory⟩, where you can filter by new architecture support."),
  say(I, "Okay, what's the third?"),
  say(K, "Third is small. New projects use Yarn 3 by default now, instead of Yarn Classic. And the minimum Android SDK went up to 23, which is Android 6. If you were still supporting Android 5 devices, which, I mean, respect, this is the time to stop."),
  say(I, "Does anybody still support Android 5?"),
  say(K, "Somebody always does. There's always one bank app. Anyway, Expo SDK 51 is on 0.74, it has the new architecture as opt-in, and they say the plan is to make it the default in a later SDK. If you're on Expo, I'd honestly just wait for their upgrade guide, it's usually really good."),
  say(I, "Do you think the new architecture is finally going to be, like, the normal thing? Because I feel like I've been hearing new architecture for five years."),
  say(K, "I think so, actually. I think this is the year. The core team said at some point they want it on by default for new projects, and once Expo flips it, most new apps will just have it without knowing. The old bridge is going to be one of those things people tell stories about. Like, back in my day, we serialized everything to JSON and we liked it."),
  say(I, "We liked it. Uphill both ways."),

  seg('topic', I, 'Listener question: should a small team move to Kotlin Multiplatform?', ['listener question', 'Kotlin Multiplatform', 'KMP']),
  say(I, "Okay, that's the news. Let's do the listener question. This one comes from Henrike, who's an engineering lead in Hamburg. She writes, we are a team of five, two iOS, two Android, one backend, and we maintain two fully native apps, Swift and Kotlin, for a public transport ticketing product. We keep writing the same business logic twice, fare calculation, validation, offline sync, and we keep getting it slightly different on each platform. Should we move to Kotlin Multiplatform? Our iOS developers are not excited. End quote."),
  say(K, "Ha. Our iOS developers are not excited. That's the whole question right there."),
  say(I, "That's the whole question. Okay, you go first, because you're the Kotlin person."),
  say(K, "So, I think this is actually the, um, the textbook case for Kotlin Multiplatform. And I want to be precise, because people mix it up with Compose Multiplatform. Kotlin Multiplatform is sharing the logic, not the UI. So your fare calculation, your validation, your networking, your offline sync, that lives in a shared Kotlin module. On iOS it compiles to a native framework that Swift calls. And the UI stays SwiftUI on iOS and Compose on Android. Nobody has to give up their UI."),
  say(K, "And the timing is good. JetBrains declared it stable last November, and at I/O Google said they officially support it, and some Jetpack libraries are multiplatform now, like, the Room database has a multiplatform version, DataStore too. So you're not betting on a science project anymore.", { lab: null }),
  say(I, "Okay. So let me be the iOS developer who is not excited. Because I've been that person."),
  say(K, "Please."),
  say(I, "The problem isn't the idea. The problem is what the Swift side of the API looks like. Kotlin compiles to an Objective-C header, so Swift sees Kotlin through Objective-C. Which means sealed classes become a class hierarchy you have to cast. Suspend functions become completion handlers, or, now, async, but with caveats. Flows are not AsyncSequences. Enums get weird. So the iOS developer ends up writing a wrapper layer, and now they feel like they're maintaining somebody else's code in a language they didn't choose."),
  say(K, "That's fair. That's completely fair. But, two things. One, SKIE. It's a tool from Touchlab that generates Swift-friendly wrappers. Sealed classes become Swift enums you can switch over, suspend functions become real async functions, flows become AsyncSequences. It fixes a lot of what you said."),
  say(I, "It fixes a lot. I've used it. It's good. I'm not saying it's not good."),
  say(K, "And two, Swift export. JetBrains is working on exporting Kotlin directly to Swift, no Objective-C in the middle. It's not ready yet, it's experimental, but that's where it's going.", { lab: 'ASANTE' }),
  say(I, "Which is the thing. It's always, it's going there. Okay. So here's my actual advice for Henrike, and I think we agree more than it sounds."),
  say(K, "Yeah, I think we do."),
  say(I, "Don't migrate everything. Pick one module, and fare calculation sounds perfect, because it's pure logic, it has lots of rules, and it's exactly the place where two implementations drifting apart is a real bug. Somebody pays the wrong price. Move that into a shared Kotlin module, with the tests, and make one of your iOS developers the owner of the Swift-facing API. Not the Android people. The iOS person decides what it looks like from Swift."),
  say(K, "Oh, I like that. That's a good one. Because otherwise it becomes the Android team's thing that iOS has to consume."),
  say(I, "Exactly. And give it three months. If after three months the iOS developers hate it, that's information. If the fare bugs went away, that's information too."),
  say(K, "And set up the build properly on CI from day one. The Kotlin Native compile for iOS is slow, it's the slowest part, and you need a Mac to build the iOS framework. So budget for Mac runners. That's, like, the boring thing that surprises people."),
  say(I, "Mac runners are expensive. Ask me how I know."),
  say(K, "How do you know?"),
  say(I, "Because I'm the one who approves the invoice at work. Anyway, Henrike, thank you, that was a great question, and please write back in three months and tell us what happened. If you have a question for us, send it to us through the form on the website, ⟨taptarget.fm/ask⟩."),
  say(K, "Oh, and one more thing for Henrike, sorry. If the team is nervous, there's the other option that nobody talks about, which is, just share the test cases. Like, write the fare rules as a big table of inputs and expected prices, in JSON, and run that same table in the Swift tests and the Kotlin tests. You don't share code, you share the spec. It's low tech, but it catches the drift."),
  say(I, "Oh, that's good. That's really good, actually. That might be step zero before any of the Kotlin Multiplatform stuff."),
  say(K, "Step zero. I'll take it.", { lab: null }),

  seg('outro', I, 'Goodbye', []),
  say(K, "And that's the show?"),
  say(I, "That's the show. Thank you all for listening, and thanks to Handset Lab for sponsoring this week. Kwame, anything before we go?"),
  say(K, "Just, if you're going to droidcon in Berlin in July, I'll be there, I'm doing a small talk on Gradle build performance. Come say hi. I'll be the tired one."),
  say(I, "He'll be the tired one. Show notes and links are at ⟨taptarget.fm/142⟩. I'm Ines Carvalho."),
  say(K, "I'm Kwame Asante. See you next week, everybody."),
  say(I, "Bye! Tchau!", { lab: 'CARVALHO' }),
];

const SPEAKERS = [
  { name: I, aliases: ['Ines CARVALHO', 'CARVALHO', 'CARVLHO', 'Ines', 'Carvalho'] },
  { name: K, aliases: ['Kwame ASANTE', 'ASANTE', 'Kwame', 'Asante'] },
];

const ENTITIES = {
  required: {
    Swift: ['Swift'],
    'Swift 6': ['Swift 6', 'Swift 6 mode', 'Swift 6 language mode'],
    'Xcode 16': ['Xcode 16', 'Xcode'],
    WWDC: ['WWDC', 'WWDC 2024', 'WWDC24'],
    'Swift Testing': ['Swift Testing'],
    XCTest: ['XCTest', 'XCTAssertEqual'],
    SwiftUI: ['SwiftUI'],
    Sendable: ['Sendable'],
    'typed throws': ['typed throws'],
    Kotlin: ['Kotlin'],
    'Kotlin 2.0': ['Kotlin 2.0', '2.0'],
    K2: ['K2', 'K2 compiler'],
    'Jetpack Compose': ['Compose', 'Jetpack Compose', 'Compose compiler'],
    Gradle: ['Gradle'],
    kapt: ['kapt'],
    KSP: ['KSP'],
    Room: ['Room'],
    Flutter: ['Flutter', 'Flutter web'],
    'Flutter 3.22': ['Flutter 3.22', '3.22'],
    Dart: ['Dart', 'Dart 3.4'],
    WebAssembly: ['WebAssembly', 'Wasm', 'WasmGC'],
    Impeller: ['Impeller'],
    Vulkan: ['Vulkan'],
    Skia: ['Skia'],
    'Handset Lab': ['Handset Lab'],
    'Google Play': ['Google Play', 'Play Console', 'Google Play Console'],
    'App Store Connect': ['App Store Connect', 'App Store', 'App Review'],
    'privacy manifest': ['privacy manifest', 'privacy manifests', 'PrivacyInfo.xcprivacy'],
    UserDefaults: ['UserDefaults'],
    'React Native': ['React Native'],
    'React Native 0.74': ['React Native 0.74', '0.74'],
    Yoga: ['Yoga', 'Yoga 3.0', 'Yoga 3'],
    'New Architecture': ['new architecture', 'New Architecture', 'bridgeless', 'bridgeless mode', 'JSI'],
    Expo: ['Expo', 'Expo SDK 51'],
    Yarn: ['Yarn', 'Yarn 3'],
    'Kotlin Multiplatform': ['Kotlin Multiplatform', 'KMP'],
    'Compose Multiplatform': ['Compose Multiplatform'],
    SKIE: ['SKIE'],
  },
  tolerated: [
    'iOS', 'Android', 'Apple', 'Google', 'JetBrains', 'Google I/O', 'I/O', 'actor', 'actors', '@MainActor', 'MainActor',
    'UIKit', 'Objective-C', 'swift.org', 'Swift 5', 'Swift 5 mode', 'strict concurrency', 'data race', 'data-race safety',
    '@Test', '#expect', 'Android Studio', 'Android Studio Koala', 'Koala', 'Hilt', 'Dagger', 'smart casts', 'kotlinlang.org',
    'JavaScript', 'Chrome', 'Edge', 'Firefox', 'Safari', 'Pixel', 'Pixel 6a', 'Samsung', 'Galaxy A14', 'build_runner', 'macros',
    'Dart macros', 'Medium', 'JSON', 'APK', 'IPA', 'Espresso', 'XCUITest', 'Maestro', 'Reddit', 'Discord', 'WhatsApp', 'D-U-N-S',
    'Firebase', 'ITMS-91053', 'CocoaPods', 'pods', 'flexbox', 'reactnative.directory', 'React Native Directory', 'Yarn Classic',
    'Android 6', 'Android 5', 'Swift export', 'Touchlab', 'DataStore', 'Kotlin/Native', 'Kotlin Native', 'CI', 'Mac', 'droidcon',
    'Tap Target', 'taptarget.fm', 'flow', 'flows', 'AsyncSequence', 'AsyncSequences', 'async', 'suspend functions', 'sealed classes',
    'Jetpack', 'Android 15', 'Android 15 beta', 'MacBook Pro', 'M2', 'JUnit', 'data safety section', 'Android SDK', 'minSdk', 'Keel', 'Metal', 'Swift concurrency', 'fare calculation', 'Skia renderer',
  ],
};

const EPISODE = { show: 'Tap Target', number: 142, recorded: '2024-06-20', title: 'Swift 6 strictness, Kotlin 2.0, and the twenty-tester problem' };

const WEB = {
  header: [
    'Tap Target', 'Home   Episodes   Ask a question   Subscribe', '',
    '« Back to episode 142', '', 'Transcript for Episode 142:', 'Swift 6 strictness, Kotlin 2.0, and the twenty-tester problem', '',
    'Recorded on Thursday, June 20, 2024.', '', '',
  ].join('\n'),
  footer: '\n\n« Back to episode 142\n\nTap Target is hosted by Ines Carvalho and Kwame Asante. Transcripts are machine-generated and lightly edited.',
  stamps: 'real',
  labels: 2,
  label: { [I]: 'CARVALHO', [K]: 'ASANTE' },
};

// ---- rendering ----------------------------------------------------------------------------
const curly = (s) => s.replace(/(\w)'(\w)/g, '$1’$2').replace(/(\s|^)'(\w)/g, '$1‘$2');
const labeledText = (t) => curly(t.replace(/⟨([^⟩]*)⟩/g, '$1'));
const webText = (t) => curly(t.replace(/\s?⟨[^⟩]*⟩[.,]?/g, ''));
const cutOf = (p) => p.cut ?? (p.lab === null ? 1 : 0);
const mmss = (sec) => `${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;

/** Lays the paragraphs out; the first segment starts at 0 (header included), the last ends at the end of the file. */
function render({ header, footer, sep, prefix, words, trailer = '' }) {
  let out = header;
  const paragraphs = [];
  const segments = [];
  let pendingMid = null;
  let open = null;
  let i = 0;
  for (const item of SOURCE) {
    if (item.seg) {
      const start = item.mid ? pendingMid : (segments.length ? out.length + sep.length : 0);
      if (start == null) throw new Error(`mid segment ${item.title} without a § mark`);
      if (open) open.end = start;
      open = { kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start, end: null };
      segments.push(open);
      pendingMid = null;
      continue;
    }
    if (i > 0) out += sep;
    const start = out.length;
    const pre = prefix(i, item);
    let body = words(i, item);
    const mark = body.indexOf('§');
    body = body.replace('§', '');
    out += pre + body;
    if (mark >= 0) pendingMid = start + pre.length + mark + (body[mark] === ' ' ? 1 : 0);
    const para = { start, end: out.length, speaker: item.speaker };
    if (item.amb) para.ambiguous = true;
    paragraphs.push(para);
    i++;
  }
  out += footer + trailer;
  open.end = out.length;
  return { text: out, transcriptStart: header.length, paragraphs, segments };
}

// labeled.txt: LABELS.first / LABELS.later give a speaker's default label; `lab` overrides it, null drops it.
const seen = new Set();
const labeled = render({
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: (i, p) => {
    if (p.lab === null) return '';
    const lab = p.lab ?? (seen.has(p.speaker) ? LABELS.later[p.speaker] : LABELS.first[p.speaker]);
    seen.add(p.speaker);
    return `${lab}: `;
  },
  words: (i, p) => labeledText(p.text),
});

// web.txt: WEB.stamps 'zero' stamps every paragraph 00:00 like the seed page; 'real' derives mm:ss
// from ~155 spoken words a minute plus a pause per turn. Labels on the first WEB.labels paragraphs only.
const times = [];
{
  let t = 0;
  for (const p of SOURCE.filter((x) => !x.seg)) { times.push(t); t += labeledText(p.text).split(/\s+/).length / 2.6 + 0.7; }
}
const web = render({
  header: WEB.header, footer: WEB.footer, sep: '\n\n', trailer: '\n',
  prefix: (i, p) => `${WEB.stamps === 'zero' ? '00:00' : mmss(times[i])} ${i < WEB.labels ? WEB.label[p.speaker] + ': ' : ''}`,
  words: (i, p) => {
    const t = webText(p.text);
    const cut = i < WEB.labels ? 0 : cutOf(p);
    const w = t.split(' ');
    if (cut >= w.length) throw new Error(`cut empties a paragraph: ${t}`);
    return cut ? w.slice(cut).join(' ') : t;
  },
});

const gold = {
  _source: `Synthetic held-out episode written on 2026-11-22 (heldout2/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {},
};
for (const [key, r] of Object.entries({ labeled, web })) {
  writeFileSync(join(here, `${key}.txt`), r.text);
  gold.files[key] = { input: `${key}.txt`, length: r.text.length, transcriptStart: r.transcriptStart, segments: r.segments, paragraphs: r.paragraphs };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => labeledText(p.text)).join(' ').split(/\s+/).length;
console.log(`${speech} spoken words\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
