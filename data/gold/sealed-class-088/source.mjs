// Source of Sealed Class #88 (SYNTHETIC held-out episode, heldout12): a two-host weekly Android and Kotlin
// news show. Hosts (invented): Dagny Halvorsen, who works on the Android team of a city transit operator's
// ticket app in Oslo, and who opens and closes the show; Rafael Quintero, a freelance Kotlin Multiplatform
// consultant in Valencia with a bird-watching side project. The sponsor "Testrook" (instrumented tests on
// real devices) is invented, as are the apps, the inspectors' companion app and every anecdote. Recorded
// Thursday 3 July 2025; the news is real but told from memory.
// Rendered by build.mjs into web.txt (a seed-like web page) and labeled.txt (every turn labeled).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {lab, cut}) as in the shared renderer.
// Marks inside the text:
//   §      a segment starting mid-paragraph (the seg after the paragraph has {mid: true});
//   ⟨...⟩  a spoken URL: kept in labeled.txt, dropped from web.txt (with a following comma or period);
//   ¦      web.txt only: the page's transcription service starts a new paragraph here;
//   ¦~     the same, and the web continuation also loses its first word.
// cut: N = web.txt loses the first N words of this paragraph (as the seed page loses them).
// lab: labeled.txt's label for this line when it is not the default (`Dagny HALVORSEN` / `Rafael QUINTERO`
// first, `HALVORSEN` / `QUINTERO` after); null = no label, the same host goes on in a new paragraph (as the
// seed's unlabeled continuation lines); 'QUINTRO' = the one label typo.
// Conventions: presenter = the host who brings the item, and a hand-over line belongs to the NEW segment,
// also when the OTHER host speaks it (segments 2, 3 and 9); the sponsor's presenter is its reader; picks are
// one segment per host, kind `extra`, presented by the picker.
import { say, seg } from '../build-episode.mjs';

export const D = 'Dagny Halvorsen';
export const R = 'Rafael Quintero';

export const LABELS = {
  first: { [D]: 'Dagny HALVORSEN', [R]: 'Rafael QUINTERO' },
  later: { [D]: 'HALVORSEN', [R]: 'QUINTERO' },
};

export const SOURCE = [
  seg('intro', D, 'Welcome, a correction, and the rundown', []),
  say(D, "Hey everyone, and welcome to Sealed Class, the weekly show about Android, Kotlin, and whatever Gradle did to us this week. It's episode 88, it's Thursday the third of July, I'm Dagny Halvorsen, and I'm in Oslo, where the sun now sets at about eleven at night and I have basically stopped sleeping."),
  say(R, "And I'm Rafael Quintero, in Valencia, where the sun also sets late, but I own blackout curtains, because I'm a professional."),
  say(D, "Blackout curtains. Look at you. ¦ Okay, so, summer has not slowed anything down. Kotlin 2.2 is out, Compose Multiplatform says iOS is stable, and I actually shipped something with it, Android 16 is on real phones, there's a Play deadline I don't think enough people have noticed, and, of course, Gradle. Because there's always Gradle."),
  say(R, "There is always Gradle. Before the news, can I do a tiny correction? Last week I said Navigation 3 was in beta. It's alpha. Two people wrote in, and they were both extremely polite about it."),
  say(D, "Polite corrections are the worst ones. You can't even be annoyed."),
  say(R, "I know! I wanted to be annoyed. I had a whole reply ready."),

  seg('topic', R, 'Kotlin 2.2 ships guard conditions, non-local break and continue, and context parameters', ['Kotlin 2.2', 'guard conditions', 'context parameters'], {}),
  say(D, "Well, you can redeem yourself now, because you've been living on the release candidates for a month. The compiler's yours."),
  say(R, "I have been living on them, yeah. So, Kotlin 2.2.0 came out on, I think, the twenty-third of June, and it's one of those releases where a lot of things that were in preview in 2.1 just quietly become stable. ¦ The one I use every single day is guard conditions in when. So you've got a when over a sealed class, which, hello, name of the show, and in one branch you write, is Loaded, then the keyword if, and an extra condition, like, the list is empty. Before, you had to nest another if inside the branch, or pull the condition up front and lose the exhaustiveness check."),
  say(D, "Wait, you keep the exhaustiveness check?"),
  say(R, "You keep it, as long as there's still a branch that covers that type without a guard, or an else. The compiler is pretty smart about it. ¦ Then non-local break and continue are stable. That's when you're inside a lambda, like a forEach, or, um, a use block on a file, and you want to break out of the loop around it. Before, it just didn't compile, and you rewrote it as a for loop and felt bad about yourself. ¦~ And the third one is a bit niche, it's multi-dollar interpolation. If you write a lot of strings that contain literal dollar signs, JSON schemas, templates, that kind of thing, you can start the string with two dollar signs, and then only two dollars in a row means interpolation."),
  say(D, "That is so niche. Who is doing that?"),
  say(R, "Anybody who writes GraphQL queries inside Kotlin strings, which is more people than you'd think. ¦ But the headline, the thing people have been arguing about for about three years, is context parameters. They're a preview in 2.2. They replace context receivers, which were experimental, and which are now deprecated and on their way out. The idea is that a function can say, I need a logger, or a transaction, in my context, and the caller provides it with a context block, instead of passing it by hand through every function in between."),
  say(D, "And how is that different from before? Honestly, I never really understood context receivers."),
  say(R, "Nobody did, which is partly why they changed it. With receivers, the thing in the context became a kind of invisible this, so you called its methods without naming it, and that got confusing really fast. Two or three invisible this-es, and you don't know whose toString you're calling. ¦ Context parameters have names. You write context, open bracket, logger, colon, Logger, and inside the function you say logger dot info. It's explicit. You switch it on with a compiler flag, because it's a preview, so I'd keep it out of public library APIs for now."),
  say(D, "See, that part I like. We have this horrible pattern in the ticket app where every repository function takes a clock and a logger and a, um, feature flags object, just so we can test it, and half of those parameters get passed down three levels without anybody ever looking at them. ¦ If I could put the clock and the flags in a context, I think some of those files would be half the size. But I'm not putting a preview feature into a codebase that forty people touch. I'll wait for stable, and I'll be jealous of you in the meantime."),
  say(R, "Be jealous. It's very nice over here."),
  say(D, "Did the upgrade actually go okay? On real projects?", { cut: 1 }),
  say(R, "On my client's KMP project, yeah, it was one line in the version catalog. The only thing that bit me was on the JVM side. 2.2 changed how interface methods compile, so default methods in interfaces are real JVM default methods now, not the old DefaultImpls classes. ¦ For an app, you'll never notice. For a library, it's a binary compatibility question, and there's a compiler option to keep the old behaviour. We had one Java consumer that was calling DefaultImpls directly, which I didn't even know you could do, and it broke."),
  say(D, "Of course it was Java."),
  say(R, "It's always Java. Oh, and Base64 and HexFormat in the standard library are stable now, so you can finally delete that little wrapper you copied from Stack Overflow in 2019."),
  say(D, "I have that wrapper! It lives in a file called Utils2."),

  seg('topic', D, 'Compose Multiplatform 1.8: Compose for iOS is stable, and a real app on it', ['Compose Multiplatform', 'Compose for iOS', 'iOS'], {}),
  say(R, "Okay, can we do the iOS thing now? Because you actually put an app in the App Store with it, and I've only ever done demos, so I want the real version, with the crying."),
  say(D, "There was a little crying. So, in May JetBrains released Compose Multiplatform 1.8, and with that, Compose for iOS is officially stable. The same Compose UI code you write for Android runs on iOS, and it's drawn by Compose itself, with Skia, it's not mapped onto UIKit views. ¦ And at work we have this small companion app for the ticket inspectors. It's five screens. Scan a ticket, see if it's valid, write a note, that's it. It was Android only, and the inspectors with iPhones were using a web page that was, let's say, not loved. So we moved the UI into a shared module and shipped it on iOS in June."),
  say(R, "How much of it is actually shared, in the end?", { lab: 'QUINTRO' }),
  say(D, "All of the UI except two screens. The camera screen is native on both, because scanning the barcode fast is the whole app, so on iOS that's AVFoundation inside a UIKitView, and on Android it's CameraX. The settings screen is native too, because the inspectors' iPhones are managed devices, and there's some MDM stuff in there. ¦ Everything else is shared. The ViewModels, the networking with Ktor, and the database with Room, because Room supports Kotlin Multiplatform now, which was, honestly, the thing that made me say yes in the first place."),
  say(R, "And what did the iOS people say? That's always the real question. Does it feel like an iPhone app?"),
  say(D, "That's where 1.8 matters. The scrolling is the real thing now, they matched the iOS scroll physics, the rubber band at the end, the flick velocity. Text fields and text selection behave the iOS way, mostly. And VoiceOver works, which for us isn't optional, it's a public sector app, we get audited. ¦ The one thing people did notice is that it's Material underneath. We have our own theme, so it doesn't scream Android, but a date picker is still a Material date picker. We went native for that one in the end, too."),
  say(R, "So, three native screens."),
  say(D, "Two and a half. It's a dialog. ¦~ The thing I'd actually warn people about is the build, not the UI. Xcode and Gradle have to agree on everything, the framework, the signing, and our iOS CI machine is a Mac mini that is, um, not young. A clean build of the shared framework takes about six minutes. And debugging Kotlin from the iOS side still isn't great. There's the new Kotlin Multiplatform plugin for IntelliJ and Android Studio that launches the iOS app for you, and that helped a lot, but breakpoints in shared code are still a bit hit and miss."),
  say(R, "Did you try Compose Hot Reload? They were showing it off at KotlinConf."),
  say(D, "I tried it on desktop, and it's really cool, you change a colour and it's just there, and you don't lose your state. But it's desktop only for now, so not for this project. ¦ Honestly, my summary is, if your team already writes Compose, and the app is mostly forms and lists, it's ready. If your iOS team loves SwiftUI and hates you, that's a conversation, not a migration."),
  say(R, "Can I put that on a mug? That's going on a mug."),

  seg('topic', R, 'Android 16 is out: no more edge-to-edge opt-out, orientation ignored on large screens, predictive back', ['Android 16', 'API 36', 'edge-to-edge', 'large screens'], {}),
  say(R, "So. The actual phones. Android 16 shipped on the tenth of June, to Pixels first, which is early. They moved the big release into the second quarter this year, and there's a smaller SDK release coming in the fourth quarter as well. ¦ And what matters for us is what changes when you target API 36, because realistically that's next year's Play requirement. Three things. First, edge-to-edge. In 15 it became the default, but you could opt out with a theme attribute. In 16, if you target 36, the opt-out is just gone. It's ignored."),
  say(D, "So every app that added that attribute last year to make the problem go away..."),
  say(R, "Has the problem again. Yeah. The status bar sitting on top of your toolbar, your bottom button under the gesture bar. You have to actually handle the insets this time. ¦ The second one is bigger, I think, and it's large screens. On a display that's at least six hundred dp wide, so tablets, and foldables when they're open, the system ignores your screenOrientation, your resizeableActivity false, and your aspect ratio limits. If your app is portrait-only, on a tablet it's not portrait-only anymore."),
  say(D, "Oh no. Our ticket app is portrait-only. Very portrait-only. There's a screen with the QR code that just assumes it's tall.", { cut: 1 }),
  say(R, "There's a temporary opt-out, a property in the manifest, but it only works while you target 36, it's gone in 37, so it buys you a year. And games are exempt, if you declare the app as a game. ¦~ And the third one is predictive back. If you target 36, the system back animations are on by default, and onBackPressed isn't called anymore. So if you still override onBackPressed in an activity, that code just silently stops running. You have to move to OnBackPressedCallback, or OnBackInvokedCallback."),
  say(D, "Silently. My favourite kind of change. Rafael, be honest, how many of your clients still override onBackPressed?"),
  say(R, "All of them. Every single one. One of them overrides it to pop up a dialog that says, are you sure you want to leave? Which, with a predictive back gesture, is now a whole design discussion."),
  say(R, "And then there's the user-facing stuff, which is nice, but you don't have to do anything about it. Progress notifications, the Live Updates thing, so a taxi or a delivery can show a progress bar with little icons along it. ¦ I did it in my bird app, as a joke, a progress bar for how close you are to the bird hide. It's a new notification style, ProgressStyle, you give it segments and points, and it took me one afternoon."),
  say(D, "You built a progress bar for walking."),
  say(R, "It's a very long walk! There are herons at the end.", { cut: 1 }),
  say(D, "Okay, honestly, the large screen thing worries me more than anything else this week. We have so many phones out there that never rotate, and now a tablet in a ticket office is going to turn our QR screen sideways. ¦ I'm going to have a very fun sprint planning on Monday. §But before I go and cry into my backlog, this week's show is brought to you by Testrook. ¦ Testrook runs your instrumented tests and your screenshot tests on real phones, not emulators, in a rack in Frankfurt. Forty-odd device models, from the cheap ones your users actually own to the foldables, and yes, tablets, so you can find out about that Android 16 orientation change before your users do."),

  seg('sponsor', D, 'Sponsor: Testrook', ['Testrook'], { mid: true }),
  say(D, "You point it at your test APK from Gradle or from CI, it shards the tests across the devices, and for every failure you get a video, the logcat, and a screenshot diff. Flaky tests get retried and flagged, so you can see which ones are really broken and which ones are just moody. ¦ Go to ⟨testrook dot dev slash sealedclass⟩, and your first five hundred device minutes are free. Thanks to Testrook for supporting Sealed Class.", { lab: null, cut: 1 }),

  seg('topic', D, 'Navigation 3 alpha: you own the back stack', ['Navigation 3', 'Nav 3', 'back stack'], {}),
  say(D, "And since somebody brought up back handling, and since somebody got the version wrong last week, let's do Navigation 3 properly. It's alpha. Alpha! ¦ It was announced at I/O, and it's a brand new navigation library for Compose, not a new version of the old one. The big idea is that you own the back stack. It's just a list. A snapshot state list of keys, and the keys are your own types, usually data objects and data classes, and you navigate by adding things to the list and removing them.", { lab: null }),
  say(R, "Instead of a NavController that hides it all from you."),
  say(D, "Exactly. With the old Navigation Compose, the back stack lived inside the NavController, and you navigated with routes, which were strings at first, and then type-safe routes, which were better, but you still couldn't just look at the stack and change it. ¦ In Nav 3 there's a NavDisplay. You give it your back stack and an entry provider, which says, for this key, show this composable, and that's basically it. NavDisplay handles predictive back for you, and the animations."),
  say(R, "That's the bit I like, honestly. On the KMP side, we wrote our own little back stack for the shared screens, because Navigation Compose wasn't multiplatform for a long time, and it ended up looking exactly like this. A list of sealed classes, and a when. So it's nice to see Google land on the same shape. ¦ Is Nav 3 multiplatform, though? Or is it Android only for now?"),
  say(D, "Android only, for now, as far as I know. I'd be surprised if it stays that way."),
  say(R, "What about ViewModels, though? That was always the painful bit for me. Scoping a ViewModel to one destination."),
  say(D, "There's a separate artifact for that, a decorator you add, so each entry gets its own ViewModel store, and it's cleared when the entry leaves the stack. And one for saved state, so the stack survives process death, as long as your keys are serializable. ¦ The part I'm most excited about is scenes. A scene can show more than one entry at a time, so on a tablet, your list and your detail are both on the back stack, and the scene decides to put them side by side. Which is, hello, exactly the problem you just handed me with Android 16."),
  say(R, "I didn't hand you the problem! Google handed you the problem."),
  say(D, "You're the messenger. I'm shooting the messenger. ¦ So, should you move? It's alpha, so, not the ticket app, no. But for a new project, or a small app, I'd try it, because the model is so much easier to explain. I explained it to a junior on my team in five minutes. The old one took a whiteboard and a bad mood. §And the other thing that landed on my desk this week, and I mean that literally, somebody printed out a Play Console email and put it on my desk, is sixteen kilobyte pages. ¦ So, Google Play's rule is, from the first of November this year, new apps and app updates that target Android 15 or higher have to support sixteen kilobyte memory pages on 64-bit devices."),

  seg('topic', D, 'Google Play’s 16 KB page size deadline: native libraries, NDK r28 and AGP', ['16 KB', 'sixteen kilobyte', 'page size'], { mid: true }),
  say(R, "Which only matters if you have native code, right?"),
  say(D, "Which only matters if you have native code, or, and this is the catch, if any of your dependencies do. Our app is all Kotlin, I thought, great, not my problem. Then I ran the APK Analyzer, and we ship four native libraries. One from the barcode scanner, one from a crypto library, one from the, um, analytics thing, and one I still can't explain."),
  say(R, "There's always the one you can't explain."),
  say(D, "There's always one. ¦ So the fix depends on where it comes from. If you compile your own C or C++, NDK r28 aligns to sixteen kilobytes by default, and on older NDKs there's a linker flag. If you're on AGP 8.5.1 or newer, the libraries get packaged properly aligned in the APK, as long as you don't compress them. And for third-party libraries you update them and hope, or you email the vendor. ¦~ And Android Studio actually tells you now, the APK Analyzer flags libraries that aren't aligned, and there's a sixteen kilobyte emulator image you can test on. That's how we found out the barcode one crashes on startup."),
  say(R, "It crashes? It doesn't just warn?"),
  say(D, "On the sixteen kilobyte emulator it just crashes, instantly. On normal phones it's fine. The vendor says they have a new version. In September. ¦ So that's my homework. If you have any native code anywhere, go run the analyzer today, because November is closer than it looks."),
  say(R, "The thing I'd add is, Flutter and React Native people, this is you too, those engines are native code. A client asked me last month why their Flutter app should care about page sizes. Because it's all native underneath, that's why."),

  seg('topic', R, 'Gradle 9 release candidates: Java 17, configuration cache, Kotlin DSL on Kotlin 2', ['Gradle 9', 'Gradle', 'configuration cache'], {}),
  say(R, "Okay, my last one, and it's the Gradle one, because it's the law. Gradle 9 is in release candidates. A major Gradle version, so, you know, deep breaths. ¦ The big ones for Android people. You need Java 17 to run Gradle itself, which most of us already have, because AGP needed it anyway. The configuration cache becomes the preferred mode. They don't turn it on for you, but it's what they test and recommend, and a lot of the old APIs that don't work with it are gone. And the Kotlin DSL moves to Kotlin 2, so your build scripts get compiled with K2.", { lab: null }),
  say(D, "Is the configuration cache still the thing where every plugin breaks?"),
  say(R, "Much less than it used to be. I turned it on for my client's project, and configuration on a no-op build went from about forty seconds to, like, two. The two plugins that failed were both ours. Somebody read a system property inside a task action, the usual. ¦ The one surprise was a third-party plugin that touched the project object at execution time, which the configuration cache doesn't allow. They'd already fixed it in a newer version. So, upgrade your plugins first, then turn it on."),
  say(D, "We tried it once, about two years ago, for one day. Half the build broke, somebody reverted it, and nobody has mentioned it since. It's like a family secret. ¦ But forty seconds down to two, okay, that's real. That's every single build, for forty people. And the Kotlin DSL change? Does that break build scripts?"),
  say(R, "A few things. Some deprecated Kotlin syntax in build scripts is an error now, and if you have, um, precompiled script plugins in build-logic, you want the Kotlin Gradle plugin and Gradle to agree with each other. ¦ My advice is, don't upgrade the day it comes out. Try it on a branch, with the configuration cache on, and with deprecation warnings switched on in your current build, which, honestly, everyone should have on anyway. Everything that warns now is an error in 9."),
  say(D, "We have, I think, three hundred deprecation warnings.", { cut: 1 }),
  say(R, "Then you have a roadmap."),
  say(D, "I have a roadmap and I hate it."),

  seg('extra', R, 'Rafael’s pick: the official Kotlin LSP', ['Kotlin LSP', 'language server']),
  say(D, "Okay, picks. You first, you always have a nerdier one."),
  say(R, "That's fair. My pick is the official Kotlin language server. JetBrains announced it at KotlinConf, it's pre-alpha, and it speaks LSP, so you can write Kotlin in VS Code, or, in my case, in Neovim, without opening IntelliJ. ¦ It's early. It only works on JVM-only Gradle projects for now, no multiplatform yet, and it's macOS and Linux. But go to definition, completion and the diagnostics all work, and underneath it's the same analysis IntelliJ uses. For a quick script, or editing a build file over SSH on a server, it's lovely."),
  say(D, "You just want an excuse to say Neovim on the podcast."),
  say(R, "I always want an excuse to say Neovim."),

  seg('extra', D, 'Dagny’s pick: Roborazzi screenshot tests', ['Roborazzi']),
  say(D, "Mine is a testing library, and it's not new, but we finally moved to it this spring. Roborazzi. It's screenshot testing that runs on the JVM, on top of Robolectric, so no emulator, no device, just your normal unit test task. ¦ You render a composable, it records a golden image, and in CI it compares against it and gives you a diff when something moves. And after this week, we're adding tablet sizes to every screen, because of, you know. Android 16.", { cut: 1 }),
  say(R, "Does it work with previews? Or do you write every test by hand?"),
  say(D, "You can point it at your previews with a scanner library, so every preview becomes a screenshot test. That's how we got three hundred of them in one afternoon. Which is also, coincidentally, how many deprecation warnings we have."),
  say(R, "The universe is telling you something."),

  seg('outro', D, 'Goodbye', []),
  say(D, "The universe is telling me to go on holiday. And that's the show! Thanks for listening to Sealed Class. Links to everything are in the show notes at ⟨sealedclass dot fm slash 88⟩, and if you've tried Navigation 3, or you've already had your sixteen kilobyte crash, tell us, we want to hear about it."),
  say(R, "Especially the crashes."),
  say(D, "Especially the crashes. Next week I'll report back on my sprint planning, if I survive it."),
  say(R, "Good luck with the tablets, Dagny."),
  say(D, "Thank you. Enjoy your blackout curtains. Bye, everyone!"),
];

export const SPEAKERS = [
  { name: D, aliases: ['Dagny Halvorsen', 'Dagny HALVORSEN', 'Dagny', 'Halvorsen', 'HALVORSEN'] },
  { name: R, aliases: ['Rafael Quintero', 'Rafael QUINTERO', 'Rafael', 'Quintero', 'QUINTERO', 'QUINTRO'] },
];
