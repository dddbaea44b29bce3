// Source of Kerning Pair #24 (SYNTHETIC held-out episode, heldout20): a two-host CONVERSATIONAL co-host show with no
// rundown: two friends who build design systems at different companies talk about TYPOGRAPHY and FONTS for developers,
// and the topics drift, raised by either host, often by the one who does NOT carry them. Hosts (invented): Nerea
// Albarrán, who leads the design system of a bank's apps in Valencia and is turning the wood type of her grandfather's
// print shop into a variable font, who opens and closes the show; Jonah Pettigrew, a design-systems engineer at an online
// grocer in Bristol, who writes a font-subsetting command-line tool in his spare time and has a six-year-old daughter
// learning to write. The bank, the grocer, the print shop, the tool, the daughter, the sister and every anecdote are
// invented. Recorded Thursday 6 November 2025; the technology is real but told from memory.
// Rendered by build.mjs into web.txt (the show's page: `mm:ss` stamps, FIRST NAMES in capitals on the first TWO
// paragraphs only) and diarized.txt (speech-to-text output with the diariser's `Speaker 1:` / `Speaker 2:` labels,
// which swaps and merges a few turns).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A on web.txt (the edited page), B in diarized.txt (what the recogniser wrote: a misheard name, an acronym
//              spelt out, a CSS property without its hyphen);
//   ¦~ / ¦     web.txt only: the page starts a new paragraph at this sentence end, the continuation losing (`¦~`) or
//              keeping (`¦`) its first word;
//   ¶          diarized.txt only: a pause inside the turn; the diariser starts a new utterance with the SAME label;
//   ¶*         diarized.txt only: the same, but the diariser gives the utterance after the pause the OTHER speaker's
//              label (a chunk of a long turn swapped).
// opts:
//   cut: N     web.txt loses the first N words of this paragraph;
//   swap       diarized.txt: the diariser labels this whole paragraph with the OTHER speaker's label (gold: the real
//              speaker);
//   merge      diarized.txt: no pause before this short paragraph, and the diariser runs it into the OTHER speaker's
//              utterance before it, which then holds both voices (gold: the majority speaker, `ambiguous`).
// Conventions: presenter = the host who carries the topic (brings the story, the opinion, the knowledge); a topic
// raised by one host and carried by the other is presented by the one who carries it, and the line that raises it
// belongs to the NEW segment; the welcome and the goodbye are the intro and the outro, presented by Nerea.
import { say, seg } from '../build-episode.mjs';

export const I = 'Nerea Albarrán';
export const J = 'Jonah Pettigrew';

export const SOURCE = [
  seg('intro', I, 'Welcome to Kerning Pair 24', []),
  say(I, "Hi, this is Kerning Pair, number 24, where a pair of design-systems builders talk about the letters on your screen. I'm {Nerea|Nera} Albarrán, I'm in Valencia, and the weather here is so nice that I feel guilty for spending it indoors with a microphone."),
  say(J, "And I'm {Jonah|Jona} Pettigrew, in Bristol, where it is not nice, so I feel no guilt at all. I've got a cup of tea and a pile of printer paper covered in the letter a, which I'll explain later."),
  say(I, "You can't say that and then not explain it."),
  say(J, "I can, it's called a cliffhanger."),
  say(I, "Suit yourself. Keep your secrets."),

  seg('topic', I, "One variable font instead of eight static files: the bank's migration, optical size and font-variation-settings", ['variable font', 'optical size', 'font-variation-settings']),
  say(J, "Did the variable font ever ship at the bank, or is it still sitting in review? Last time we spoke you were about to press the big button.", { cut: 1 }),
  say(I, "It shipped! Two weeks ago. So, background for anyone who missed the last few episodes. Our apps used eight static font files: regular, medium, semibold, bold, and the italics of each, and every product team picked whichever weights they liked, so we had screens with four weights on them. ¦~ We replaced all eight with two variable files, one upright and one italic, ¶ and each file has a weight axis and an optical size axis."),
  say(J, "Optical size is the one that changes the shapes at small sizes, right?"),
  say(I, "Yes, that one. At caption sizes the letters get a bit wider, the spacing opens up and the thin strokes get thicker, so they survive a cheap phone screen. At display sizes it goes tighter and more elegant. ¦~ And the nice thing is that you mostly don't have to do anything: the browser sets {font-optical-sizing|font optical sizing} to auto and picks the optical size from the font size."),
  say(J, "And the file size? That's always the first question from the performance people.", { merge: true }),
  say(I, "Honestly, one variable file is bigger than one static file. If you only ever use regular and bold, stay static. ¶ We were loading four or five weights on most screens, so for us the variable upright file came out smaller than the four statics it replaced, and it's one request instead of four. ¦~ The catch that bit us was {font-variation-settings|font variation settings}."),
  say(J, "Oh dear. The one where setting one axis resets the others."),
  say(I, "Exactly that one. It's a low-level property, and each declaration replaces the whole list of axes. So one team set the optical size by hand on their headings, ¶ and the headings lost their weight and went back to regular, because the weight was set in the same property further up the cascade and got thrown away. ¦~ The fix is boring: use {font-weight|font weight} for weight, {font-stretch|font stretch} for width, leave optical size on auto, and only reach for the low-level property for custom axes, where there's no friendlier one."),
  say(J, "And the designers' side? Did Figma cope with one file instead of eight?"),
  say(I, "Better than the code did. Figma handles variable fonts now, with a slider for each axis, so for once the designers were happier than the engineers. ¶ The only real fight was about names. Design wanted to keep saying semibold, and in the code it's just the number six hundred, so we added a little table to the documentation and everyone calmed down."),
  say(J, "Did anyone notice the headings, though?"),
  say(I, "A product manager noticed, live, in production, and posted a screenshot in the incident channel with the word unacceptable in capitals.", { swap: true }),
  say(J, "At least it was a loud failure. §Mine was the silent kind, and it cost us actual money, and I've never properly told the story of the week our prices went invisible."),

  seg('topic', J, 'The checkout with invisible prices: FOIT, font-display: swap, layout shift and fallback metrics', ['FOIT', 'font-display', 'layout shift', 'fallback']),
  say(J, "This was a couple of years ago now, and I still think about it on trains. Our checkout uses our brand font for everything, including the price on the pay button. ¶ And we noticed that on slow connections, especially train Wi-Fi, a lot of people were leaving right at the last step. ¦~ When we finally recorded a session on a throttled connection, the button was there, the colour was there, and the text wasn't. It said nothing. For about three seconds, you were being asked to pay an amount you couldn't see."),
  say(I, "The flash of invisible text."),
  say(J, "{FOIT|Foit}, yes. Most browsers hide text for up to three seconds while a web font is loading, and then show a fallback if it still hasn't arrived. ¶ Which sounds reasonable until it's the total on a payment button. So we did the textbook thing and set {font-display|font display} to swap. Now the text appears immediately in the fallback font and swaps when the real one lands. ¦~ That's the flash of unstyled text, {FOUT|foot}, and everyone says it's the lesser evil."),
  say(I, "I'm sensing that it wasn't."),
  say(J, "It was half the fix. Our fallback was Arial, and Arial is much wider than our brand font, so when the swap happened, the button text shrank, the line above it rewrapped, and the whole summary jumped up by a line. ¶ Our layout shift score went through the roof, and worse, people were tapping the button at the exact moment it moved. ¦~ What finally fixed it is a set of descriptors that I wish more people knew about. In the {@font-face|at font face} rule for the fallback, you can set {size-adjust|size adjust}, {ascent-override|ascent override} and {descent-override|descent override}, so that Arial is scaled and positioned to take up exactly the same space as the brand font. ¶ Then the swap changes the shapes but not the layout. There are tools that calculate the numbers for you, {Capsize|cap size} and {Fontaine|fountain}, and Next.js does it automatically if you use its font loader."),
  say(I, "And preload?", { cut: 1 }),
  say(J, "We preload the one file the checkout needs, and that's where I found my second bug, which is that the preload link needs the {crossorigin|cross origin} attribute even when the font is on your own domain. ¶ Without it, the browser downloads the font twice, once for the preload and once for the real request. Two years of double downloads. ¦~ Nobody noticed, because the waterfall looked busy anyway."),
  say(I, "That's a very good story and a very sad one."),
  say(J, "The abandoned baskets went back to normal within a week. And I got a cake.", { swap: true }),
  say(I, "A cake is the correct reward."),

  seg('topic', J, "Jonah's subsetting tool: fontTools, unicode-range, WOFF2 and the languages you forgot", ['subsetting', 'unicode-range', 'fontTools', 'WOFF2']),
  say(I, "Now, the thing I actually wanted to ask you about. You've been threatening to release that subsetting tool of yours for a year. Is it out?", { cut: 1 }),
  say(J, "It is out! Version one, last Sunday. It's called Trimtype, and it's a small command-line wrapper around {fontTools|font tools}, the Python library that almost every font tool is secretly built on. ¶ You point it at your site's pages, it collects the characters that actually appear, and it calls {pyftsubset|pie FT subset} to cut the font down to those glyphs, then writes {WOFF2|woff two}, which is Brotli compression built into the format."),
  say(I, "How much does it save?"),
  say(J, "On my blog, a full font file of about three hundred kilobytes came down to forty. But the bigger idea isn't the one file, it's splitting. ¶ You make several subsets, basic Latin, extended Latin, Greek, whatever you need, and in the {@font-face|at font face} rules you give each one a {unicode-range|Unicode range}. ¦~ The browser only downloads a subset when the page actually contains a character in its range. That's exactly how Google Fonts serves its files."),
  say(I, "I have to be the annoying one here. What happens to the customer whose name has a character you didn't expect?", { merge: true }),
  say(J, "Then that one character falls back to another font. Which is ugly, but it's still readable, and that's the difference between a subset with ranges and a subset without them. ¶ Without ranges, the missing glyph falls back on its own, in the middle of a word set in your font. With ranges, you just download the extended file."),
  say(I, "We had exactly that at the bank. Someone subset our font for the login screen to basic Latin, because it was a marketing page. ¶ Spanish was fine, because ñ and the accents are in the first range. Catalan was mostly fine. ¦~ And then a customer in Valencia called Łukasz tried to log in, and his name was set half in our font and half in something that looked like it came from a ransom note."),
  say(J, "Polish is always the test. Polish and Vietnamese. If your subset survives those two, it survives most things."),
  say(I, "And the features? I thought subsetting could break kerning.", { cut: 1 }),
  say(J, "It can, if you ask it to. By default it keeps a sensible set of layout features, but if you tell it to drop them to save bytes, your kerning and ligatures go with them. ¶ Trimtype keeps every feature unless you say otherwise, because I'd rather save thirty kilobytes less than ship a font that quietly stopped kerning. ¦~ For variable fonts there's also instancing, where you pin or narrow an axis, so if your site only uses weights four hundred to seven hundred, you can throw away the rest of the design space."),
  say(I, "That is genuinely useful. I'm stealing the instancing idea for the bank."),
  say(J, "Steal away, it's all open source. §Whatever happened with that email from the foundry? You mentioned it weeks ago and then never said another word.", { swap: true }),

  seg('topic', I, 'A foundry asks about pageviews: desktop, web and app licences, the OFL and self-hosting after the Munich ruling', ['licence', 'font licensing', 'SIL Open Font License', 'Google Fonts'], { mid: true }),
  say(I, "It got sorted in the end, and it's the most boring interesting thing that happened to me this year. A foundry wrote to us, very politely, asking whether our web licence covered our traffic. ¶ Because it turned out somebody had bought a desktop licence for a designer years ago, and then the font ended up on the website, and then in the apps. ¦~ Those are three different licences. Desktop lets you make graphics with it. Web is usually priced by pageviews. And embedding a font inside an app is a third kind, often priced per app."),
  say(J, "So you were three licences short.", { cut: 1 }),
  say(I, "Two and a little bit, depending on how you count. We settled it, the foundry was decent about it, and I now have a spreadsheet of every font file in every product, with the licence next to it. ¶ It's the least glamorous thing I've ever made and I'm weirdly proud of it."),
  say(J, "How do you even find out which fonts are inside an app? Fonts get into builds the way sand gets into a car."),
  say(I, "You unpack the app and look, which is how I spent a whole Tuesday. We found one font that nobody could explain, and it turned out to ship inside a charting library. ¶ Nobody bought it, nobody chose it, and it was in front of a million customers every morning."),
  say(J, "This is why I lean so hard on open fonts at work. Almost everything on Google Fonts is under the {SIL Open Font License|sill open font licence}, which lets you use it anywhere, self-host it, modify it and embed it in apps. ¶ The main rules are that you can't sell the font on its own, and if you modify it you might have to change the name."),
  say(I, "And self-hosting matters in Europe for a different reason.", { cut: 1 }),
  say(J, "The Munich case.", { merge: true }),
  say(I, "The very same. In early 2022 a court in Munich decided that a website which loaded Google Fonts from Google's servers had passed the visitor's IP address to Google without consent, and awarded the visitor a hundred euros. ¶ A hundred euros isn't much, but it started a wave of warning letters to small businesses all over Germany and Austria, some of them from people who were clearly hunting for sites to write to. ¦~ The answer is easy, though. Download the files, serve them from your own domain, done. Fontsource packages most open fonts for npm, which makes it one line in a build."),
  say(J, "Which also fixes the privacy page, the performance and the cookie banner argument in one go."),

  seg('topic', I, 'OpenType features: tabular figures for bank statements, and contextual alternates for wood type', ['OpenType features', 'tabular figures', 'contextual alternates']),
  say(I, "Can I tell you what I've been doing with my Sunday mornings? Because it's connected. You know my grandfather had a print shop in Alcoy."),
  say(J, "The drawers of wooden letters. You've shown me photos of those drawers at least three times.", { swap: true }),
  say(I, "Four. I've been turning one of those wood typefaces into a font. And the interesting problem with wood type is that every letter was cut by hand, so no two copies of the e are quite the same. ¶ When you print a word with two e's, they're slightly different, and that's a big part of why it looks alive. ¦~ If I make a font with one e, every word with a double letter looks like a stamp. So I drew three versions of the most common letters, and I'm using an {OpenType|open type} feature called contextual alternates, {calt|C alt}, that swaps in a different version when the same letter appears twice in a row."),
  say(J, "That's a lovely idea. And it's on by default in browsers, isn't it?"),
  say(I, "It is, contextual alternates and standard ligatures are on unless you turn them off. ¶*But the feature I use every single day at the bank is much less romantic. It's tabular figures. By default most fonts use proportional numbers, so a one is narrower than an eight. ¦~ In running text that looks better. In a column of amounts on a bank statement it's a disaster, because the decimal points don't line up and people genuinely misread the numbers. ¶ So every amount in our apps has {font-variant-numeric|font variant numeric} set to {tabular-nums|tabular nums}, which gives every digit the same width."),
  say(J, "And not {font-feature-settings|font feature settings}?"),
  say(I, "Not unless there's no other way. It's the same trap as the variation settings: it's a low-level list, and each declaration replaces the whole thing. ¶ If you set tabular numbers there and a component further down sets a stylistic set the same way, one of them silently disappears. ¦~ The {font-variant|font variant} properties combine properly, so we use those, and we only use the raw feature list for stylistic sets, which don't have a friendly property."),
  say(J, "I'll confess I only learned about tabular figures when our basket total kept wobbling as the numbers changed."),
  say(I, "Everybody learns about tabular figures from a wobbling total.", { swap: true }),
  say(J, "Mostly true, and mine wobbled in front of the whole company, during a demo."),

  seg('topic', J, "The case for system font stacks: system-ui, San Francisco, Segoe UI, Roboto, and where it goes wrong", ['system font stack', 'system-ui']),
  say(J, "Now, you're going to hate this, but I want to drop the brand font on our promotional pages and use the system font stack instead.", { cut: 1 }),
  say(I, "I already hate it. Carry on."),
  say(J, "Here's the argument. The promo pages are the first thing people see from an ad, on a phone, often on mobile data. ¶ Every font file we load on them is time before the offer appears. If I write {system-ui|system UI} at the front of the font stack, the page uses the phone's own interface font: San Francisco on Apple devices, {Segoe UI|Sego UI} on Windows, Roboto on most Androids. ¦~ Zero bytes, zero swap, zero layout shift, and it looks native, because it is native."),
  say(I, "And it looks like every other website that did the same.", { cut: 1 }),
  say(J, "A bit, yes. The brand lives in the colours, the photos and the logo. Bootstrap and GitHub have used system stacks for years and nobody thinks they look cheap. ¶ The one real problem I've found is language. On Windows, {system-ui|system UI} can pick a different font depending on the user's language settings, so a customer with their system set to Chinese might get a Chinese UI font for our English text, with odd Latin letters. ¦~ That's why some people prefer the older explicit list, or the newer generic names like {ui-sans-serif|UI sans serif}, which only some browsers support."),
  say(I, "There's a project that collects stacks like that, isn't there?"),
  say(J, "Modern Font Stacks. It groups the fonts that are already installed on most systems by style, so you can ask for something humanist or something geometric without downloading anything. ¶ I've been using their rounded one on my blog for a month and nobody has complained, which for my readers is the highest possible praise."),
  say(I, "And monospace? Our statement screens use a monospaced font for account numbers."),
  say(J, "There's a generic name for that too, {ui-monospace|UI monospace}, but again only some browsers know it, so I'd list Menlo for Apple and Consolas for Windows and end with plain monospace, which is where the browser's default lives. ¶ Account numbers in whatever the phone already has are fine. Nobody has ever complained that their IBAN was in the wrong typeface."),
  say(I, "Here's my worry, though. Our designers work in Figma with the brand font, and the promo page will never look like the mock-up on anybody's actual phone.", { swap: true }),
  say(J, "That's the conversation I'm having on Monday. Wish me luck."),
  say(I, "Good luck. Take cake."),

  seg('topic', I, 'Readability: line length, text-wrap: pretty, hyphenation, dyslexia fonts and the single-storey a', ['readability', 'text-wrap', 'dyslexia', 'hyphenation']),
  say(J, "Harder conversation than that one: has your sister forgiven you for the dyslexia font thing yet?", { cut: 1 }),
  say(I, "Which time? The time I told her what the research says, or the time I said it at her birthday lunch?"),
  say(J, "The birthday one. Obviously the birthday one."),
  say(I, "So, my sister Amparo teaches primary school, and she works a lot with children who have dyslexia. Her school had bought a special font for all their worksheets, one of the ones with heavy bottoms on the letters, and she asked me what I thought. ¶ And I told her, honestly, that the studies I've read found no real improvement in reading speed or accuracy from those fonts. ¦~ What does seem to help is spacing: a bit more letter spacing, more space between lines, shorter lines, and a plain, familiar typeface at a comfortable size. She wasn't thrilled, and the birthday lunch was maybe not the moment."),
  say(J, "And the line length part is where the web has actually improved this year."),
  say(I, "It has. We used to get lines that ended with one lonely word, and headings that broke in ugly places. ¶ Now there's {text-wrap|text wrap}: balance for headings, which evens out the lines, and {text-wrap|text wrap}: pretty for paragraphs, which avoids the single word at the end. ¦~ Support is decent now: Chrome has had both for a while, and the other browsers have been catching up. And {hyphens: auto|hyphens auto} has worked for years, as long as you set the lang attribute, which half the sites I audit forget."),
  say(J, "That's my cue for the pile of paper, finally.", { cut: 1 }),
  say(I, "The letter a. I've been waiting the entire episode."),
  say(J, "My daughter is six and learning to write, and at school they teach her the round a, one circle and a stick. ¶ Then she opens a book, and the a has that little hook on top, and last week she told me, very seriously, that books spell it wrong. ¦~ So I spent Saturday printing the alphabet in about fifteen fonts so she could see that both are a. And then I found out Inter has a character variant that switches to the single-storey a, so her reading app at home now uses that, and she's satisfied. For now."),
  say(I, "That is the most design-systems thing a parent has ever done. §We should stop there, before you start printing lowercase g's."),

  seg('outro', I, 'Goodbye', [], { mid: true }),
  say(J, "The g is next week. It has two storeys as well, and I'm dreading it."),
  say(I, "Then we'll need a whole episode. That's Kerning Pair for this week. Everything we mentioned is written up on the site, and if you've got a font bug worse than invisible prices, we want to hear it. Thanks, {Jonah|Jona}."),
  say(J, "Thanks, {Nerea|Nera}. Bye, all."),
];

export const SPEAKERS = [
  { name: I, aliases: ['Nerea Albarrán', 'Nerea', 'Albarrán', 'NEREA', 'Nera'] },
  { name: J, aliases: ['Jonah Pettigrew', 'Jonah', 'Pettigrew', 'JONAH', 'Jona'] },
];
