// Builds Layout Shift #203 (SYNTHETIC held-out episode, written 2026-11-22): a short two-host
// frontend / web-platform news show (Astrid Nilsen, accessibility lead in Oslo; Vikram Rao,
// freelance CSS developer in Bristol) with nine quick items and quick hand-offs; two pairs of items
// are brought back to back by the same host. Intro, items, outro, no sponsor, no extras.
// Renders labeled.txt (`First SURNAME:` then `SURNAME:`, label typos, unlabeled continuation lines,
// one unlabeled speaker change), web.txt (page header and footer, every paragraph stamped `00:00`,
// a SURNAME label on the first paragraph only, first word of unlabeled continuation paragraphs cut
// off, URLs dropped) and gold.json with offsets into both, all from the one list below.
// Rerun with `node build.mjs` in this folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'layout-shift-203';
const A = 'Astrid Nilsen';
const V = 'Vikram Rao';
const LABELS = {
  first: { [A]: 'Astrid NILSEN', [V]: 'Vikram RAO' },
  later: { [A]: 'NILSEN', [V]: 'RAO' },
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
  seg('intro', A, 'Welcome', []),
  say(A, "Hei hei, and welcome to Layout Shift, the show about CSS, browsers, accessibility and the web platform, in bite-sized pieces. It's episode 203, it's Thursday the 27th of June, and I'm Astrid Nilsen."),
  say(V, "And I'm Vikram Rao. Hello! We've got a lot today, so we're going to go fast. Faster than usual."),
  say(A, "Faster than usual. Which for us means we'll only go off on, like, three tangents."),
  say(V, "Maximum three tangents. I'm writing it down. On actual paper, because my laptop is currently covered in flour."),
  say(A, "Why is your laptop covered in flour?"),
  say(V, "Because I'm on week six of the sourdough project, and the starter lives on the desk, because it's the only warm spot in the flat. Bristol in June, you know. It's, um, it's not Oslo in June, but it's not warm either."),
  say(A, "Oslo in June is lovely, thank you. I walked Olav at eleven at night and it was still light. He was very confused. He's a greyhound, he thinks every walk is a race he's losing."),
  say(V, "Poor Olav. Okay, can I go first? Because mine is not fun, but it's important."),
  say(A, "You always go first."),
  say(V, "I do not always go first."),
  say(A, "You went first the last four episodes. I have a spreadsheet."),
  say(V, "You do not have a spreadsheet."),
  say(A, "I absolutely have a spreadsheet. It's accessible, too. Proper table headers. Go on. Go first."),

  seg('topic', V, 'The polyfill.io supply chain attack', ['polyfill.io', 'polyfill', 'supply chain']),
  say(V, "So, if you missed it, which, how, polyfill.io got compromised. This week. Polyfill.io was that service where you put one script tag on your page, and it looked at the user agent and sent back only the polyfills that browser needed. Really popular, like, hundreds of thousands of sites. Earlier this year the domain and the GitHub project were sold to a company nobody knew, and the original author, Andrew Betts, said at the time, please remove it, you don't need it anymore. And this week researchers at Sansec found that the CDN was injecting malicious code into the script for some visitors. Mobile users, certain times of day, redirecting them to scam sites."),
  say(A, "And it only did it sometimes, right? Which is why it took a while to notice."),
  say(V, "Only sometimes. It avoided admin users, it avoided people with devtools open, apparently. Very, um, professional. Cloudflare and Fastly both put up safe mirrors, and Cloudflare started rewriting links to it automatically for sites on their network. And then Namecheap took the domain down, I think yesterday. So right now it's offline, which, ironically, broke a lot of sites that still depended on it."),
  say(V, "And, sorry, I should say, there's a lot we don't know yet. This is, like, forty-eight hours old. So if we get something wrong, we'll correct it next week.", { lab: null }),
  say(A, "How did you find out? Was it, like, from a client?"),
  say(V, "A client, yes, at, um, seven in the morning on Tuesday. She runs a small online shop for ceramics, and a customer emailed her saying, your site sent me to a betting page on my phone. And she forwarded it to me with, like, six question marks. And I looked, and there it was, polyfill.io in the head. Added by a plugin, not even by me. I'd never have found it if a customer hadn't complained."),
  say(V, "My actual advice is boring. Grep your codebase for polyfill.io, and also your CMS templates, because that's where it hides. Like, on a client's WordPress site I found it in a theme footer, from 2017. And ask yourself if you need polyfills at all. If your browser support is the last couple of years, you mostly don't. And for third-party scripts in general, use Subresource Integrity where you can, or host them yourself.", { lab: null }),
  say(A, "Does SRI even work with something like polyfill.io? The response was different per browser."),
  say(V, "No! That's the thing, it couldn't. The whole design was dynamic responses, so you couldn't pin a hash. Which, in hindsight, is exactly what made it dangerous."),
  say(A, "Also, a Content Security Policy would've helped a bit, if you had a strict script-src. Not that anyone has a strict script-src."),
  say(V, "Nobody has a strict script-src. I tried once on a client site and their marketing team's tag manager broke in eleven ways."),
  say(A, "Before you move on, do you know if any of the big sites were hit? I saw a list going around."),
  say(V, "There was a list, but I'd be careful with it, because a lot of those sites had the script tag but maybe weren't served the bad version. It's one of those stories where the numbers are going to move around for a couple of weeks. The safe move is the same either way. Remove it, and if you had it, check your analytics for weird redirects on mobile. Okay. Second one, a nicer one."),

  seg('topic', V, 'Cross-document view transitions ship in Chrome 126', ['view transitions', 'Chrome 126', 'cross-document']),
  say(V, "Chrome 126 shipped cross-document view transitions. So view transitions have been in Chrome for a while for single page apps, where you call document.startViewTransition in JavaScript and the browser animates between the old and new state. Now it works between normal page loads. Multi-page, same origin. You opt in with one line of CSS, an at-rule, @view-transition, navigation auto. And then clicking a link crossfades to the next page, instead of the white flash."),
  say(A, "No JavaScript at all?"),
  say(V, "Zero. And you can name elements with view-transition-name, so, like, the product image on the list page morphs into the big product image on the detail page. I tried it on my own site, which is just a plain Eleventy blog, and it took me ten minutes and it felt like magic. Like, my blog suddenly felt like an app."),
  say(A, "What happens if the next page is slow? Does it just sit there, frozen, waiting?"),
  say(V, "Good question. There's a timeout, if the new page takes too long to be ready, the browser skips the animation and just shows it. And there are new events, pageswap and pagereveal, so you can customize things in JavaScript if you want, like, only animate from the list to the detail page and not back. But you don't need them for the basic thing."),
  say(A, "Okay, I have to ask the accessibility question."),
  say(V, "I knew you would."),
  say(A, "Reduced motion. Does it respect it?"),
  say(V, "Not automatically. You have to wrap it in a prefers-reduced-motion media query yourself, and you should. So, the at-rule goes inside, at-media, prefers-reduced-motion, no-preference. The Chrome team's article on ⟨developer.chrome.com⟩ shows it that way, which is good. And Safari has view transitions for same-document in the Safari 18 beta, and they've said cross-document is coming too. Firefox, it's, they're working on it."),
  say(A, "Okay, good. Then my blessing is given."),
  say(V, "Thank you, I'll tell the Chrome team."),

  seg('topic', A, 'One year until the European Accessibility Act applies', ['European Accessibility Act', 'EAA']),
  say(A, "Speaking of accessibility. This is less of a news item and more of a, um, public service announcement. The European Accessibility Act applies from the 28th of June 2025. Which is one year from tomorrow. Basically, if you sell certain products or services to consumers in the EU, e-commerce, banking, e-books, transport tickets, a few others, your website and your apps have to be accessible. And it's not only public sector anymore, which is what most people are used to."),
  say(V, "So this hits, like, every online shop?"),
  say(A, "Hmm. Let me get this right, because I, I don't want to scare anyone for no reason.", { lab: 'NILSON' }),
  say(A, "Most online shops, yes, if they sell to consumers. There's an exemption for micro-enterprises, under ten people and small turnover, but only for services. In practice, the standard everyone points to is EN 301 549, which for the web part is basically WCAG 2.1 AA. And each country enforces it its own way, so the fines are different in every country. I work at a bank in Oslo, and we're, well, Norway is not in the EU, but it's coming to us through the EEA, so we're preparing anyway."),
  say(A, "And I'm saying one year, because I talk to a lot of teams, and everybody thinks one year is a lot. It is not a lot. Fixing a design system takes months. Fixing every form in a checkout flow takes months. And if you outsource development, your contracts need to say who's responsible for it. So, if you only take one thing from this episode, start now. Do an audit. Fix your colour contrast, your focus styles, your form labels. That's, like, eighty percent of the common problems.", { lab: null }),
  say(V, "As a freelancer, should I be worried? Like, if I build a shop for a client, and it's not accessible, is that on me?"),
  say(A, "I'm not a lawyer, so, big disclaimer. The obligation is on the company selling the product or service, your client. But if your contract says you deliver an accessible site and you didn't, that's between you and them. So, honestly, write it into the contract. Say which standard, WCAG 2.1 AA or 2.2, and say how you'll test it. It protects both of you. And charge for it, because it's real work."),
  say(V, "Charge for it. Noted. Good advice in general."),
  say(A, "Always charge for it."),
  say(V, "What's the number one thing you find? When you audit."),
  say(A, "Ooh. Okay. Can I have two?"),
  say(V, "You can have two."),
  say(A, "Honestly? One. Buttons that are divs. Still. In 2024. A div with a click handler. No keyboard, no role, nothing. And it's always in the most important place, like the pay button. Two, focus outlines removed with outline none, because a designer thought the blue ring was ugly, so a keyboard user can't see where they are. And that brings me straight to my next one, because it's the same story in numbers."),

  seg('topic', A, 'The WebAIM Million 2024 report', ['WebAIM Million', 'WebAIM']),
  say(A, "The WebAIM Million report for 2024. Every year WebAIM runs their automated checker on the home pages of the top million websites. And this year, about ninety-six percent of home pages had detectable WCAG failures. And automated tools only catch, like, a third of the problems at most, so the real number is, um, worse."),
  say(V, "Ninety-six percent. That's basically everyone."),
  say(A, "Basically everyone. And the average was more than fifty errors per page. And it's the same top six every year. Low contrast text is number one, by far, something like eighty percent of pages. Then missing alt text on images, missing form labels, empty links, empty buttons, and missing document language. Six boring things."),
  say(V, "Missing document language! That's, that's one attribute. lang equals en."),
  say(A, "Right? Or lang equals nb, for us. One attribute. I had a whole rant about this at a meetup once and afterwards three people came up to me and said, I just fixed it on my phone while you were talking."),
  say(V, "That's the best possible outcome for a talk."),
  say(A, "And it matters, because screen readers use it to pick the right voice. I test with NVDA on my work laptop and VoiceOver on my phone, and when the language is missing on a Norwegian site, VoiceOver reads Norwegian with an English accent. It's, it's like a very confused tourist."),
  say(V, "I want that as an audiobook."),
  say(A, "It's not funny when you're the user, though. I have a colleague who's blind, Marius, he's a developer on our team, and he says the language one is the one that makes him close a tab fastest. Because you can't even understand what's wrong. It's just, noise."),
  say(V, "Yeah. That's, yeah. That puts it in perspective.", { lab: null }),
  say(A, "The other interesting bit is that pages using certain frameworks and libraries had more errors on average. But, and they say this too, it's correlation, not, you know, React doesn't make you forget alt text. Anyway, the report is at ⟨webaim.org/projects/million⟩ and it's a very fast read. Okay, I'm done. Your turn."),

  seg('topic', V, 'CSS anchor positioning lands in Chrome 125', ['anchor positioning', 'Chrome 125', 'anchor']),
  say(V, "Okay, back to CSS. Anchor positioning. This shipped in Chrome 125, last month. It's the thing for tooltips and dropdown menus and, um, those little popup cards. You give one element an anchor-name, and then another element can be positioned relative to it with position-anchor and the anchor function. So, top, anchor, bottom. Put my top edge at the bottom edge of the button. In CSS. No JavaScript measuring anything."),
  say(A, "No Popper, no Floating UI?"),
  say(V, "That's the dream. Floating UI is a great library, I've used it on probably every client project with a dropdown, but it's code that runs on every scroll and resize. And the fun part is the fallbacks. There's position-try-options, where you say, if I don't fit below, try above, then try on the right. The browser does the flipping. That's, like, half of what Floating UI does."),
  say(A, "And the other browsers?"),
  say(V, "Chrome and Edge only right now. There's a polyfill from Oddbird, which, after what I just said about polyfills—"),
  say(A, "Ha! Don't say it."),
  say(V, "I know, I know. I heard it as I said it."),
  say(A, "Sorry, go on."),
  say(V, "But it's an npm package you bundle yourself, not a CDN. Different thing. I'd use it for progressive enhancement, honestly. Tooltips that are positioned slightly worse in Firefox are fine."),
  say(A, "Is the syntax stable, though? I remember it changed a lot."),
  say(V, "It changed a lot, and it's still changing a bit. The fallbacks used to be an at-rule called @position-fallback, and that got replaced by @position-try, so there are blog posts from last year with the old syntax that just doesn't work anymore. The spec's still moving. That's another reason to keep it as an enhancement. Check the date on anything you read about it."),
  say(A, "Check the date. Good rule for the whole web, honestly.", { lab: 'NILSEN' }),

  seg('topic', A, 'The Popover API is now Baseline', ['popover', 'Popover API', 'Baseline']),
  say(A, "Which goes perfectly with mine, because the thing you anchor is usually a popover. The Popover API is Baseline now. Firefox 125 shipped it in April, so now it's in all three engines. You put a popover attribute on an element and a popovertarget attribute on a button, and the button opens it. The browser puts it in the top layer, so no z-index fights. Clicking outside closes it. Escape closes it. And focus does the right thing."),
  say(V, "The top layer is so good. I have spent, genuinely, days of my life on z-index nine nine nine nine."),
  say(A, "Everyone has a z-index nine nine nine nine story. And, to be clear, from the accessibility side, it's a really nice primitive, the browser does the keyboard handling, and the button gets aria-expanded automatically. But it's not a dialog. If it's modal, if the user has to deal with it before doing anything else, use the dialog element with showModal. Popover is for things that are, you know, non-modal. Menus, tooltips, toasts."),
  say(V, "Wait, can you style the backdrop? Like, dim the page behind a popover?"),
  say(A, "You can, there's the backdrop pseudo-element, same as dialog. And you can animate it opening and closing now, with @starting-style and transition-behavior allow-discrete, which is a mouthful, but it works in Chrome. But dimming the page for a non-modal thing is, um, a bit of a mixed message. If you dim the page, it probably should be a dialog."),
  say(V, "That distinction is going to be the, uh, the new buttons-that-are-divs, isn't it. People using popovers for modals."),
  say(A, "Oh, a hundred percent. And the other one I'm already seeing is hover tooltips built with popover. There's a proposal for that, popover equals hint, and interest invokers, so the popover shows on hover and on focus. But that's not shipped yet. Until then, a tooltip that only appears on mouse hover is a tooltip that keyboard and touch users never see."),
  say(V, "So what do you do today? For a tooltip?"),
  say(A, "Honestly, question whether you need it. Half of tooltips are text that should just be on the page. The other half, use a toggletip, a little button with an i that opens a popover on click. Click works for everybody."),
  say(V, "The little i button. The humblest of buttons."),
  say(A, "It's a good button. It's a real button, not a div. Okay, next!"),

  seg('topic', V, 'field-sizing: content for auto-growing textareas', ['field-sizing', 'textarea']),
  say(V, "Okay, quick one. field-sizing, content. Chrome 123. You put it on a textarea, and it grows as you type. That's it. That's the feature."),
  say(A, "Finally."),
  say(V, "Finally! I've written that auto-grow textarea script, I think, in four different frameworks. There's a famous trick with a hidden div and a data attribute and a grid, and now it's one property. It also works on inputs and selects, they size to their content. Set a min-height and a max-height so it doesn't eat the page. Chromium only for now."),
  say(A, "That's actually great for accessibility too, when people zoom in. Fixed height textareas with a scrollbar inside a page with a scrollbar are awful with two hundred percent zoom. Scrolling inside scrolling."),
  say(V, "Scrolling inside scrolling. The inception of bad UX."),
  say(A, "And the other browsers? Any sign?"),
  say(V, "Firefox has a bug open and Safari has it, I think, in Technology Preview behind a flag? Don't quote me. It's a progressive enhancement anyway. If it's not supported, you get a normal textarea. Nothing breaks. That's my favorite kind of CSS feature, the kind where the fallback is just, the old thing."),
  say(V, "And while I'm on CSS, I'm going to be greedy and do one more, because it's about the, the CSS framework that everyone has opinions about.", { lab: null }),

  seg('topic', V, 'Tailwind CSS v4 alpha: a new engine and CSS-first configuration', ['Tailwind', 'Tailwind CSS v4', 'Tailwind v4']),
  say(V, "Tailwind CSS version 4 is in alpha. They announced it in March, and there've been, um, a lot of alpha releases since. Two big things. A new engine, which they call Oxide, parts of it in Rust, and the full builds are, they say, up to ten times faster. And configuration moves into CSS. Instead of a tailwind.config.js, you write an @theme block in your CSS file with custom properties. Your colors, your spacing, as CSS variables."),
  say(A, "Oh, so the design tokens are real CSS variables? At runtime?"),
  say(V, "Yes! That's the part I actually like.", { cut: 0 }),
  say(V, "Which means you can read them from anywhere, from plain CSS, from JavaScript. It's using Lightning CSS underneath, too, for the vendor prefixes and nesting. Now, I should disclose, I maintain a tiny PostCSS plugin for fluid type, and a lot of people use it with Tailwind 3. And I've no idea yet how it fits into version 4, because v4 doesn't really want you to have a PostCSS config anymore. So I'm, uh, I'm a bit nervous.", { lab: null }),
  say(A, "You're going to have to, what, rewrite it as a Tailwind plugin?"),
  say(V, "Maybe. Or, honestly, maybe it doesn't need to exist anymore. clamp in CSS does most of it now. That might be the healthy answer. Let it go. It's alpha anyway, nobody should ship v4 to production yet."),
  say(A, "That's very mature of you."),
  say(V, "I'm a very mature person. I'm growing a sourdough starter. That's basically a child."),
  say(A, "It's basically a pet. A child would've been a bigger announcement."),
  say(V, "Fair, fair. Okay. Over to you. Properly this time."),

  seg('topic', A, 'Safari 17.5 adds text-wrap: balance and light-dark()', ['Safari 17.5', 'text-wrap', 'balance', 'light-dark']),
  say(A, "My last one is Safari. Safari 17.5 came out in May, and it has two things I've been waiting for. text-wrap, balance, which makes the lines of a heading roughly the same length. So no more headline with one lonely word on the last line. And the light-dark function, where you write the light and the dark color in one place, like, color, light-dark, black, white. It follows color-scheme. With that, both are in all three engines now."),
  say(V, "text-wrap balance is my favorite small CSS feature of the last few years. It's one line and it makes everything look designed."),
  say(A, "It does. I put it on every heading in our design system the day Firefox shipped it, and a designer messaged me an hour later, what did you change, the headings look nicer. And I said, nothing, the browser did it. Which is true and also a great way to take credit."),
  say(V, "The best kind of credit. Zero effort, maximum praise."),
  say(A, "Ha. And, um, for the record, balance only works on short blocks, like up to six lines in Chrome, because it's expensive. So don't put it on your body text. For body text there's text-wrap pretty, which avoids orphans at the end of paragraphs, but that's Chromium only so far."),
  say(V, "Does balance do anything weird for screen readers? Since we're us."),
  say(A, "No, it's purely visual, the text is the same."),
  say(V, "Wait, can I ask about light-dark, though. Does it work with, like, forced colors? Windows High Contrast mode?"),
  say(A, "Forced colors overrides it, which is what you want. In forced colors mode the user's colours win, and light-dark doesn't fight that. But, quick tip, test in forced colors anyway, because icons drawn with background images disappear, and custom focus styles made with box-shadow disappear too. Use outline for focus. Outline survives."),
  say(V, "Outline survives. That's the name of my next band."),
  say(A, "Please don't start a band. And the other light-dark note is the boring one. Check your contrast in both modes. People design the dark mode at midnight and never check it."),
  say(V, "Ha. I feel attacked."),
  say(A, "You should. Your blog's dark mode has grey on grey. I checked."),
  say(V, "It's a moody aesthetic!", { lab: 'RAO' }),
  say(A, "It's a WCAG failure.", { lab: 'NILSEN' }),
  say(V, "Okay. Fine. I'll fix it this weekend. Between bread bakes."),
  say(A, "Ha.", { lab: null, amb: true, cut: 0 }),

  seg('outro', A, 'Goodbye', []),
  say(V, "Okay, okay. On that note. That's nine items. I think that's a record."),
  say(A, "And only two tangents. That's the real record."),
  say(V, "Two and a half. The z-index thing was half."),
  say(A, "Fine. Thanks for listening, everyone. All the links are in the show notes at ⟨layoutshift.fm/203⟩. Go check your pages for polyfill.io, and, please, start your accessibility audit before next summer."),
  say(V, "Bye, everyone!", { lab: 'RAO' }),
  say(A, "Ha det!"),
];

const SPEAKERS = [
  { name: A, aliases: ['Astrid NILSEN', 'NILSEN', 'NILSON', 'Astrid', 'Nilsen'] },
  { name: V, aliases: ['Vikram RAO', 'RAO', 'Vikram', 'Rao'] },
];

const ENTITIES = {
  required: {
    'polyfill.io': ['polyfill.io', 'Polyfill.io'],
    Sansec: ['Sansec'],
    Cloudflare: ['Cloudflare'],
    Fastly: ['Fastly'],
    'Subresource Integrity': ['Subresource Integrity', 'SRI'],
    'View Transitions': ['view transitions', 'View Transitions', 'View Transitions API', 'cross-document view transitions', '@view-transition', 'view-transition-name', 'document.startViewTransition'],
    Chrome: ['Chrome', 'Chromium'],
    'Chrome 126': ['Chrome 126', '126'],
    'prefers-reduced-motion': ['prefers-reduced-motion', 'reduced motion'],
    Safari: ['Safari'],
    'Safari 18': ['Safari 18', 'Safari 18 beta'],
    Firefox: ['Firefox'],
    Eleventy: ['Eleventy', '11ty'],
    'European Accessibility Act': ['European Accessibility Act', 'EAA'],
    WCAG: ['WCAG', 'WCAG 2.1', 'WCAG 2.1 AA'],
    'EN 301 549': ['EN 301 549'],
    'WebAIM Million': ['WebAIM Million', 'WebAIM'],
    NVDA: ['NVDA'],
    VoiceOver: ['VoiceOver'],
    'anchor positioning': ['anchor positioning', 'CSS anchor positioning', 'anchor-name', 'position-anchor', 'position-try-options', '@position-try'],
    'Chrome 125': ['Chrome 125', '125'],
    'Floating UI': ['Floating UI', 'Popper'],
    Oddbird: ['Oddbird', 'OddBird'],
    'Popover API': ['Popover API', 'popover', 'popovertarget'],
    Baseline: ['Baseline'],
    'Firefox 125': ['Firefox 125'],
    dialog: ['dialog', 'dialog element', 'showModal', '<dialog>'],
    'top layer': ['top layer'],
    'field-sizing': ['field-sizing', 'field-sizing: content'],
    'Chrome 123': ['Chrome 123'],
    'Tailwind CSS': ['Tailwind', 'Tailwind CSS', 'Tailwind CSS v4', 'Tailwind v4', 'Tailwind 4'],
    Oxide: ['Oxide'],
    'Lightning CSS': ['Lightning CSS', 'LightningCSS'],
    PostCSS: ['PostCSS'],
    'Safari 17.5': ['Safari 17.5', '17.5'],
    'text-wrap: balance': ['text-wrap: balance', 'text-wrap balance', 'text-wrap', 'balance'],
    'light-dark()': ['light-dark()', 'light-dark', 'light-dark function'],
  },
  tolerated: [
    'CSS', 'HTML', 'JavaScript', 'CDN', 'GitHub', 'Andrew Betts', 'Namecheap', 'WordPress', 'CMS', 'user agent', 'devtools',
    'Edge', 'Microsoft Edge', 'same origin', 'media query', 'EU', 'EEA', 'Norway', 'e-commerce', 'design system', 'colour contrast',
    'color contrast', 'focus styles', 'form labels', 'alt text', 'lang', 'lang attribute', 'screen readers', 'screen reader',
    'React', 'npm', 'z-index', 'aria-expanded', 'ARIA', 'toast', 'textarea', 'grid', 'min-height', 'max-height', 'Rust',
    'tailwind.config.js', '@theme', 'custom properties', 'CSS variables', 'design tokens', 'vendor prefixes', 'nesting', 'CSS nesting',
    'clamp', 'clamp()', 'fluid type', 'color-scheme', 'text-wrap: pretty', 'text-wrap pretty', 'dark mode', 'Tailwind 3',
    'Layout Shift', 'layoutshift.fm', 'polyfills', 'polyfill', 'supply chain attack', 'Safari 18 beta', 'Chrome team', 'SPA',
    'single page apps', 'Interop', 'progressive enhancement', 'Subresource Integrity hash', 'audit', 'accessibility', 'a11y', 'Content Security Policy', 'CSP', 'script-src', 'tag manager', 'pageswap', 'pagereveal', 'popover=hint', 'interest invokers', 'toggletip', 'backdrop', '::backdrop', '@starting-style', 'transition-behavior', 'allow-discrete', 'forced colors', 'forced-colors', 'Windows High Contrast', 'Windows High Contrast mode', 'outline', 'box-shadow', 'Technology Preview', 'Safari Technology Preview', 'WCAG 2.2', 'position-try-fallbacks', '@position-fallback', 'anchor()', 'analytics', 'spreadsheet', 'UX',
  ],
};

const EPISODE = { show: 'Layout Shift', number: 203, recorded: '2024-06-27', title: 'Polyfill.io, anchor positioning and a year until the EAA' };

const WEB = {
  header: [
    'Layout Shift — CSS, browsers and accessibility, in bite-sized pieces', '', 'Episodes  |  Hosts  |  RSS', '',
    '< Back to show page', '', 'Transcript for Episode #203:', 'Polyfill.io, anchor positioning and a year until the EAA', '',
    'Recorded on Thursday, Jun 27, 2024.', '', '',
  ].join('\n'),
  footer: '\n\n< Back to show page',
  stamps: 'zero',
  labels: 1,
  label: { [A]: 'NILSEN', [V]: 'RAO' },
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
