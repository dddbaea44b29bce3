// Source of Skip Link #112 (SYNTHETIC held-out episode, heldout9): an interview show about accessible web
// front-ends, one host and two guests, all three present throughout. Host (invented): Theo Marsh, in
// London. Guests (invented): Amara Chukwu, an accessibility consultant in Dublin who is low vision herself
// (screen magnifier, Windows contrast theme), and Sebastián Ortega, who leads the design-system team at an
// unnamed bank in Madrid. The sponsor "Fieldnote" (research-participant recruiting) is invented. Recorded
// Tuesday 8 July 2025, ten days after the European Accessibility Act started to apply; the facts are real
// but told from memory.
// Rendered by build.mjs into episode.md (a Markdown transcript page) and labeled.txt (its twin).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, {lab}) as in the shared renderer.
// Marks inside the text:
//   §      a segment starting mid-paragraph (the seg after the paragraph has {mid: true});
//   ⟨...⟩  a spoken URL (kept as plain words in both files).
// lab: null = a paragraph with NO label, in both files: the same person goes on in a new paragraph.
// Presenter convention for the discussion topics: the GUEST who carries the topic, i.e. the guest the
// host's opening question is addressed to, or the guest who raises the topic themselves. The host never
// presents a discussion topic; he presents the intro, the sponsor read and the outro.
import { say, seg } from '../build-episode.mjs';

export const T = 'Theo Marsh';
export const A = 'Amara Chukwu';
export const S = 'Sebastián Ortega';

export const SOURCE = [
  seg('intro', T, 'Welcome and introductions', []),
  say(T, "Hello and welcome to Skip Link, the podcast about building a web that works for everyone, including the people your analytics can't see. I'm Theo Marsh. This is episode 112, and it's a bit of a special one, because it's our first episode since the European Accessibility Act actually started to apply, which was on the twenty-eighth of June. So I've got two people with me who've spent the last six months answering panicked emails about it."),
  say(T, "Let's do introductions. Amara, you've been on the show before, but remind people who you are.", { lab: null }),
  say(A, "Hi! Yes, I'm Amara Chukwu, I'm an accessibility consultant in Dublin. I do audits and training, mostly for e-commerce and the public sector. And I'm low vision myself, so I browse with a screen magnifier and a high contrast theme most of the day, which, as you can imagine, gives me a lot of opinions."),
  say(T, "Every episode with Amara adds something to my backlog. And our other guest is new to the show."),
  say(S, "Hola, yes, I'm Sebastián Ortega. I lead the design system team at a bank in Madrid, which I won't name, but you can probably guess, there are not so many. We have about forty product teams using our components, so when something in the design system is not accessible, it's not accessible forty times."),
  say(A, "Forty times, in production, in a bank. No pressure."),
  say(S, "No pressure at all. I sleep very well."),
  say(T, "He sleeps very well. Okay, we've got a lot to get through, and I promised the listeners I'd ask about overlays, so we will get there, I promise."),

  seg('topic', A, 'The European Accessibility Act applies from 28 June 2025: who is covered, EN 301 549, enforcement', ['European Accessibility Act', 'EAA', 'EN 301 549', 'accessibility act']),
  say(T, "So, Amara, let's start with the thing that's been in everyone's inbox. The European Accessibility Act. What actually happened on the twenty-eighth of June?"),
  say(A, "So, the short version. The Act is an EU directive from 2019, and every member state had to turn it into national law, and the twenty-eighth of June 2025 is the date those national laws started to apply. It covers a specific list of products and services, not everything. E-commerce, banking services, e-books and e-readers, the ticketing and information for passenger transport, phones and computers and their operating systems, ATMs and ticket machines, and access to audiovisual media services. If you sell things online to consumers in the EU, you're almost certainly in."),
  say(A, "And the bit that surprises people is that it applies to companies outside the EU too, if they sell into the EU. The exemption is for microenterprises, so fewer than ten people and under two million euros turnover, and that exemption is for services, not for products.", { lab: null }),
  say(S, "And for a bank it's everything. The app, the website, online banking, the ATMs, although the ATMs are another team, thank God."),
  say(A, "And banking has a couple of extra requirements of its own. The information has to be understandable, the directive actually says it shouldn't be more complex than level B2, upper intermediate, of the Common European Framework for languages. Which, have you read a bank's terms and conditions lately?"),
  say(S, "I have not. I don't think anyone at the bank has."),
  say(T, "And which standard are we actually measured against? Because the directive doesn't say WCAG anywhere, does it?"),
  say(A, "It doesn't, no. It has functional requirements, and then there's a harmonised standard, EN 301 549, and the current version of that points at WCAG 2.1 level AA for web content. So in practice, if you meet WCAG 2.1 AA, you get what the lawyers call a presumption of conformity. There's a new version of EN 301 549 in the works that will bring in WCAG 2.2, so, um, don't stop at 2.1."),
  say(S, "We didn't stop at 2.1. That's a long story, I'll tell it."),
  say(T, "Hold it for one second, because I want enforcement first. I've had clients ask me, literally, is anyone going to check?"),
  say(A, "It depends on the country, which is the annoying answer. Each member state has a market surveillance authority, and the penalties are set nationally, so they're very different. In some places it's a few thousand euros, in some places it can be a percentage of turnover. And there are transition periods. Services under contracts that already existed can carry on until 2030, and self-service terminals, like ATMs, can stay in use for up to twenty years."),
  say(A, "But what I tell clients is, the regulator is not your biggest risk. Your biggest risk is a customer who can't complete a checkout and complains, because now there's somewhere to complain to. And you need an accessibility statement, which, you'd be amazed how many sites still don't have one.", { lab: null }),
  say(T, "Is it a GDPR moment, do you think? Like the cookie banners?"),
  say(A, "God, I hope not, because the cookie banners were a disaster for accessibility. Half of them trap your focus, and the other half cover the button you need."),

  seg('topic', S, 'WCAG 2.2 in a design system: focus not obscured, target size, dragging, accessible authentication', ['WCAG 2.2', 'focus not obscured', 'target size', 'accessible authentication']),
  say(S, "Which, actually, is a WCAG 2.2 problem now. Can I jump in? Because that's exactly where my team got stuck. We decided last year to go straight to 2.2 AA, because, like Amara says, the standard will catch up, and we didn't want to do the work twice. And there's a new criterion, focus not obscured. When you tab to something, the thing with focus can't be completely hidden behind something the author put there. So, a sticky header, a cookie banner, a chat widget in the corner."),
  say(T, "And the cookie banner is the classic."),
  say(S, "The classic. Our fix for the sticky header was one line of CSS, scroll-padding-top on the html element, the height of the header, so when the browser scrolls a focused element into view, it leaves room for the header. For the banner, we had to change the banner. It's non-modal now, it sits at the bottom, and it doesn't cover the main content."),
  say(A, "And for what it's worth, as a magnifier user, I love that criterion. When I'm zoomed in, I see maybe a fifth of the screen, and if the focus goes behind something, I've lost it. I have no idea where I am on the page."),
  say(S, "The second one that hurt was target size. Target size minimum, 2.5.8: anything you click or tap has to be at least twenty-four by twenty-four CSS pixels, or have enough space around it. And our icon buttons were twenty pixels. All of them. The close buttons, the little info icons next to the form fields..."),
  say(A, "The info icons. It's always the info icons."),
  say(S, "So we made the hit area bigger with padding and kept the icon the same size, and the designers were surprisingly okay with it. Then there's dragging movements. If you can reorder things by dragging, there has to be a way to do it with single clicks too. We had a drag-and-drop list for ordering your accounts, and now there are move up and move down buttons."),
  say(T, "What about the authentication one? That seems like the one a bank would fight."),
  say(S, "Amara, you do this one, you've been yelling at my login page for a month."),
  say(A, "I have! So, accessible authentication. Basically, you can't make someone pass a cognitive function test to log in, like remembering a password, or transcribing a code, or solving a puzzle, unless there's an alternative or some help. And the help can be really simple. Let people paste into the password field. Let password managers fill it in. Don't split the one-time code into six separate boxes that break paste."),
  say(S, "The six boxes. We had the six boxes."),
  say(A, "Everyone has the six boxes! And the funny one is, the CAPTCHA where you pick the traffic lights, that's object recognition, and 2.2 at AA actually allows that. A text puzzle, no. And there are two small ones at level A people forget. Consistent help, so if you have a help link or a chat, it's in the same place on every page. And redundant entry, don't make people type the same address twice in one process."),
  say(T, "And something went away in 2.2, right? I remember something being removed."),
  say(S, "4.1.1, Parsing. It's gone, because browsers all handle broken HTML the same way now, so it stopped meaning anything. That was the happiest Jira ticket I closed all year."),

  seg('topic', A, 'Overlays: the FTC’s order against accessiBe and why one line of JavaScript is not compliance', ['overlays', 'overlay', 'accessiBe', 'FTC']),
  say(T, "Okay. I promised, so, Amara. Overlays. Every week somebody emails me saying, a vendor told us we can add one line of JavaScript and be compliant with the EAA. Is that true?"),
  say(A, "No. Sorry. The longer answer. An overlay is a script you add to your site, and it gives you a little toolbar, usually with a person-in-a-circle icon, that lets users change the font size or the contrast, and then there's usually some AI that claims to fix your code automatically in the browser. And the problem is, the toolbar duplicates things people already have. I have my own magnifier, I have my own contrast settings, and mine work on every site, not just yours."),
  say(A, "And the automatic fixing can't fix the things that matter. A form that makes no sense. A checkout you can't finish with a keyboard. Alt text that's technically there but says image underscore final underscore two.", { lab: null }),
  say(T, "And there was an actual regulator involved this year, right?"),
  say(A, "Yes. In January, the US Federal Trade Commission finalised an order against accessiBe, one of the big overlay companies, with a one million dollar payment. The FTC said they'd misrepresented that their AI tool could make any website compliant with WCAG, and that they'd used reviews that looked independent without saying they were paid for. So that's a regulator saying it, not just me ranting on a podcast."),
  say(S, "We had a vendor pitch us an overlay, actually. Our legal team loved it for about a week."),
  say(A, "What changed their mind?"),
  say(S, "I showed them the lawsuits. In the US there are a lot of ADA lawsuits against sites that have an overlay installed. It doesn't protect you, and some people argue it makes you a target, because it's a public sign that you know you have a problem."),
  say(A, "And there's the Overlay Fact Sheet, which hundreds of accessibility people have signed, including a lot of disabled people who actually use this stuff, and it basically says, please, don't. I'll put it in the notes."),
  say(T, "So what do you tell a small shop that can't afford an audit?"),
  say(A, "Use a platform and a theme that have been tested, don't fight the platform, use real buttons and real labels, and test your own checkout with a keyboard, that's free. And then spend the overlay money on one day of a real audit instead. One day finds the worst problems."),

  seg('sponsor', T, 'Sponsor: Fieldnote', ['Fieldnote']),
  say(T, "Before we get to the fun part, where Sebastián tells us about deleting JavaScript, a word from this episode's sponsor. Skip Link is supported by Fieldnote. Fieldnote recruits participants for user research, and they've put a lot of work into the thing most recruiting services are bad at, which is finding disabled participants. Screen reader users, people with low vision, people with motor or cognitive disabilities, and paying them properly for their time. You tell them who you need, they handle recruiting, scheduling and payment, and they tell you up front which assistive technology each participant uses, so your prototype is ready for it."),
  say(T, "Testing with real people is the one thing no automated tool will ever give you. Go to ⟨fieldnote dot io slash skiplink⟩ and your first study gets its recruiting fee waived. Thanks to Fieldnote for supporting Skip Link. §Okay. Sebastián, before we hit record you told me your team deleted eleven thousand lines of JavaScript this year.", { lab: null }),

  seg('topic', S, 'Native HTML and CSS instead of JavaScript widgets: dialog, popover, anchor positioning, customizable select', ['popover', 'dialog', 'anchor positioning', 'customizable select', 'base-select'], { mid: true }),
  say(S, "Eleven thousand four hundred, but who's counting. Yes. So, a design system is mostly, let's be honest, a collection of popups. Tooltips, menus, dropdowns, date pickers, modals. And every one of them used to be a lot of JavaScript, for positioning, for focus management, for closing when you click outside, for the escape key. And the platform can do most of it now."),
  say(S, "The dialog element first. showModal gives you a real modal. The rest of the page is inert, focus goes in, escape closes it, and when it closes, focus goes back to the button that opened it. We had our own focus trap. We deleted our own focus trap.", { lab: null }),
  say(A, "Thank God. Custom focus traps are where I spend half my audit time. They always leak somewhere."),
  say(S, "Ours leaked into the cookie banner. Of course. Then the popover attribute. You put popover on an element and popovertarget on a button, and without any JavaScript you get something in the top layer, so no more z-index fights, and it closes when you click outside or press escape. And the browser connects the button to the popover for assistive technology, so the button gets aria-expanded, and the popover comes right after the button in the reading order."),
  say(T, "Does that actually work in screen readers, Amara? Or is it one of those spec things?"),
  say(A, "It mostly works, and it works better than the custom ones I test. The thing I'd warn about is, popover is not a role. Sebastián knows this. A popover can be a menu, a tooltip, a listbox, and you still have to give it the right role and the right keyboard behaviour for that. The browser does the opening and closing. It doesn't know what's inside."),
  say(S, "Exactly, it's plumbing, not semantics. And then the new piece is anchor positioning. In CSS you can now say, this popover is anchored to that button, put it below, and if there's no room, try above. That was, I think, three thousand lines of our positioning code on its own. Chrome has had it for a year, Safari 26 has it in the beta, and Firefox doesn't yet, so for now we keep a small fallback for Firefox."),
  say(A, "And the invoker thing, is that in yet?"),
  say(S, "Invoker commands, yes, also Chrome 135. You put commandfor and command on a button, so command show-modal, and the button opens the dialog without a single line of JavaScript. Same for closing it, same for popovers. It's small, but it's one less click handler in every component, and forty teams times one click handler is a lot of click handlers."),
  say(T, "And the select thing. I saw a demo of a select with pictures in the options and I nearly cried."),
  say(S, "Customizable select! In Chrome 135 you can set appearance base-select in CSS, on the select and on its picker, and then you can style the options, put images in them, anything, and it's still a real select, with all the keyboard behaviour and the accessibility for free. We're not shipping it yet, because it's only Chrome, but it's in our sandbox as progressive enhancement. Other browsers just get the normal select, which is, honestly, fine."),
  say(A, "And I want to say, for the record, a normal select is always fine. The native select is the most accessible dropdown on the web. Every custom dropdown I've ever audited was worse."),
  say(S, "I know, I know. The designers like pictures."),
  say(A, "The designers can have pictures in Chrome 135."),

  seg('topic', A, 'CSS that respects user settings: forced colors, focus-visible, reduced motion and 400% zoom', ['forced colors', 'forced-colors', 'focus-visible', 'prefers-reduced-motion', 'reduced motion', 'user settings']),
  say(T, "Amara, you've been very patient through all the JavaScript. What's the CSS you wish every team knew about?"),
  say(A, "Okay, so this one's personal. I use a Windows contrast theme, which is what used to be called high contrast mode. When that's on, the browser throws away your colours and uses mine. Your background images, your box shadows, gone. And the number one thing that breaks is focus indicators, because so many sites remove the outline and draw focus with a box shadow, and box shadows are removed in forced colors mode. So I tab around, and there's no focus indicator at all."),
  say(S, "We had exactly that bug. We fixed it with a transparent outline."),
  say(A, "Yes! That's the trick. Keep an outline, even a transparent one, because in forced colors mode the browser paints it in a system colour and it becomes visible. And there's a media query, forced-colors active, if you need to fix specific things, like an icon that was only a background image. And please, use focus-visible, instead of removing focus styles because a designer didn't like the ring on mouse click."),
  say(T, "Is focus-visible the one that only shows up for the keyboard?"),
  say(A, "Roughly, yeah. The browser decides with heuristics when to show it. Keyboard, yes. A mouse click on a button, usually no. So the designers who hate the ring when they click get what they want, and keyboard users still get it."),
  say(S, "And :has() changed a lot for us too, for the same kind of thing. We can style a form field wrapper when the input inside is invalid, or has focus, without a single line of JavaScript, so the error state and the focus state are always in sync with the real input."),
  say(A, "The other one is motion. prefers-reduced-motion. Some people get vestibular symptoms, actual nausea, from big parallax or zooming animations. So if the user asked for reduced motion in their system settings, you tone it down. Not necessarily zero animation, just no big movement."),
  say(S, "We use that for view transitions now. The page transitions are lovely, and we switch off the sliding ones when reduced motion is on and do a simple fade instead."),
  say(A, "And the last thing, zoom. Test your site at four hundred percent. That's the reflow criterion, at 320 CSS pixels wide, content shouldn't need scrolling in two directions. I live at four hundred percent."),
  say(T, "I tried it on our own website this morning, for the record. It was not great."),
  say(A, "It never is, the first time."),

  seg('topic', S, 'Testing accessibility: axe-core in CI, what automated tools miss, screen readers, the first rule of ARIA', ['testing', 'axe-core', 'automated testing', 'screen readers', 'ARIA']),
  say(T, "So how do you test all of this? Either of you. Because I think a lot of teams think the answer is, we run Lighthouse."),
  say(S, "I'll start, because I'm the one with the pipeline. We run axe-core on every component in the design system, in our Playwright tests, with the axe Playwright package, and in Storybook as well. If a component has an axe violation, the pull request fails. And Lighthouse uses axe-core under the hood, so running Lighthouse is fine, but it's a subset of the same rules, and it only checks the one page it loaded."),
  say(A, "And the important thing people miss is what automated tools can't see."),
  say(S, "Yes, yes, Amara's favourite number."),
  say(A, "My favourite number! Depending on who you ask, automated tools find somewhere between thirty and fifty-something percent of issues. Deque says about fifty-seven percent, by volume. But they can't tell you if the alt text is actually good, only that it exists. They can't tell you if the focus order makes sense, or if a screen reader announcement is confusing. So a clean axe run means you have no detectable errors. It doesn't mean it's accessible."),
  say(S, "Which is why we also test manually with screen readers, every release. NVDA with Firefox and Chrome on Windows, VoiceOver on the Mac and the iPhone, TalkBack on Android. JAWS we test less, because of the licences, but a lot of our customers use it, so we do it before the big releases."),
  say(A, "And when you test with a screen reader, don't just listen to it read the page from top to bottom. Nobody uses it like that. Pull up the headings list, jump between landmarks, fill in a form. Do a real task."),
  say(T, "And real users? Because I feel like that's the step everyone skips."),
  say(S, "Twice a year we run studies with disabled participants, on the components that changed the most. That's where we learn the things no tool and no guideline tells you. The date picker study last year, um, humbled us."),
  say(A, "Test with disabled users before you test with anything else, if you can only afford one thing. You'll find the problems that matter first."),
  say(S, "Ooh, and one more tool, the accessibility tree in the browser dev tools. Half my bugs, I find by looking at what the accessible name of a button actually is."),
  say(T, "What about ARIA? I feel like we need the ARIA warning on every episode."),
  say(S, "The first rule of ARIA. If there's a native element that does it, use the native element."),
  say(A, "And there's data behind it. WebAIM does an analysis of the top million home pages every year, the WebAIM Million, and this year about ninety-five percent of them had detectable WCAG failures, and pages with ARIA had more errors on average than pages without it. Not because ARIA is bad, but because it gets used as a patch over div soup."),
  say(S, "Div soup with a role on it. I have written that. I'm not proud."),

  seg('topic', A, 'What comes next: WCAG 3, its new conformance model, and the contrast argument', ['WCAG 3', 'WCAG 3.0', 'APCA', 'conformance model']),
  say(T, "Last one before we let you go. Amara, what's coming next? Is WCAG 3 a thing I need to care about?"),
  say(A, "Not yet. WCAG 3 is still a working draft, and it'll be years, plural. It's a different structure, outcomes instead of success criteria, and a different conformance model, which in the drafts has been bronze, silver and gold instead of A, double A and triple A. And it's meant to cover more than web pages, apps, documents, even some of the authoring tools."),
  say(A, "The part everyone argues about is colour contrast. The current formula is pretty crude, and there's a newer algorithm called APCA that models perception better, especially for dark mode and thin fonts, and it's been in and out of the discussion for years. So don't rebuild your palette for it yet.", { lab: null }),
  say(S, "We tried APCA internally, actually. For dark mode it gave us much better results than the 4.5 to 1 ratio, but we still have to pass 4.5 to 1, because that's what the law points to. So we check both, and we take the stricter one."),
  say(A, "Which is exactly the right thing to do. And honestly, the most useful thing for most teams isn't WCAG 3, it's doing 2.2 properly. Most sites don't even pass 2.1."),
  say(S, "Most sites don't pass 2.0."),
  say(A, "Most sites don't pass 1.0! Sorry. I'll stop."),

  seg('outro', T, 'Where to find the guests, and goodbye', []),
  say(T, "This has been great. Where can people find you? Amara?"),
  say(A, "I'm Amara Chukwu on LinkedIn, and my website is ⟨amarachukwu dot ie⟩, where I write about audits, and there's a free EAA checklist on there too."),
  say(S, "And I'm on Mastodon, and sometimes on Bluesky, as sortega. Our design system is not public, sadly, but I talk about it at conferences, so come and say hi."),
  say(T, "And Skip Link is at ⟨skiplink dot fm⟩. The transcript of this episode will be on our GitHub as always, and if you find a mistake in it, open an issue, which, yes, is also an accessibility feature. Thank you, both of you."),
  say(A, "Thanks, Theo!"),
  say(S, "Gracias, thank you."),
];

export const SPEAKERS = [
  { name: T, aliases: ['Theo Marsh', 'Theo', 'MARSH', 'Marsh'] },
  { name: A, aliases: ['Amara Chukwu', 'Amara', 'CHUKWU', 'Chukwu'] },
  { name: S, aliases: ['Sebastián Ortega', 'Sebastian Ortega', 'Sebastián', 'Sebastian', 'ORTEGA', 'Ortega'] },
];
