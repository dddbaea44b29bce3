// Builds Skip Link #112 (SYNTHETIC held-out episode, heldout9) from source.mjs: an interview show about
// accessible web front-ends, host Theo Marsh with two guests, Amara Chukwu and Sebastián Ortega. Intro;
// seven discussion topics (Amara: the European Accessibility Act; Sebastián: WCAG 2.2 in a design system,
// raised by Sebastián himself; Amara: overlays and the FTC's accessiBe order; [sponsor "Fieldnote", read by
// Theo]; Sebastián: native dialog, popover, anchor positioning and customizable select, starting
// MID-PARAGRAPH at the end of the sponsor read; Amara: CSS that respects user settings; Sebastián: testing;
// Amara: WCAG 3); outro with "where can people find you".
//
// Renders
//   episode.md   a Markdown transcript as a blog or a GitHub repository publishes it: `# ` episode title,
//                an italic metadata line, a blurb, `## Show notes` with a list of markdown links, then
//                `## Transcript` and the paragraphs, one per line, separated by blank lines. A paragraph
//                starts with `**Full Name:** ` (the FULL name every time), or has no label at all where the
//                same person goes on (lab: null in the source). A `---` rule and an italic note close the
//                page. Gold paragraphs = the paragraph text after the bold label. A segment starts at the
//                first character of its first paragraph line (the `**` of the label, if any), or at the `§`
//                inside a paragraph; the first starts at 0 (title, blurb and show notes belong to the intro)
//                and the last ends at the end of the file (the footer belongs to the outro).
//                transcriptStart = the first paragraph.
//   labeled.txt  the twin: `Full Name:` on each person's first paragraph, first names after, the same
//                unlabeled continuation paragraphs, one paragraph per line, rendered with the shared
//                `render`. Gold paragraphs = the text AFTER the `Name: ` label.
//   gold.json    offsets into both files, all computed here. Uses `render`, `labeledPrefix` and
//                `labeledText` from the shared renderer (/work/main/data/gold/build-episode.mjs,
//                unmodified). Rerun with `node build.mjs` in this folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, T, A, S } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'skip-link-112';

// --- episode.md ---------------------------------------------------------------------------------
const HEADER = `# 112: The law is here, and the overlay won’t save you

*Published Thursday 10 July 2025 · 26 minutes · Host: Theo Marsh · Guests: Amara Chukwu and Sebastián Ortega*

Ten days after the European Accessibility Act started to apply, Theo talks to accessibility consultant Amara Chukwu and design-system lead Sebastián Ortega about what actually changed on 28 June, WCAG 2.2 in real components, why overlays are not a shortcut, the HTML and CSS that finally replace our JavaScript widgets, and how to test any of it.

## Show notes

- [Directive (EU) 2019/882, the European Accessibility Act](https://eur-lex.europa.eu/eli/dir/2019/882/oj)
- [ETSI EN 301 549: accessibility requirements for ICT products and services](https://www.etsi.org/deliver/etsi_en/301500_301599/301549/)
- [Web Content Accessibility Guidelines (WCAG) 2.2](https://www.w3.org/TR/WCAG22/)
- [What’s new in WCAG 2.2](https://www.w3.org/WAI/standards-guidelines/wcag/new-in-22/)
- [FTC finalizes order with accessiBe](https://www.ftc.gov/news-events/news/press-releases)
- [Overlay Fact Sheet](https://overlayfactsheet.com/)
- [MDN: the dialog element](https://developer.mozilla.org/en-US/docs/Web/HTML/Element/dialog)
- [MDN: the popover API](https://developer.mozilla.org/en-US/docs/Web/API/Popover_API)
- [MDN: CSS anchor positioning](https://developer.mozilla.org/en-US/docs/Web/CSS/CSS_anchor_positioning)
- [Chrome for Developers: customizable select](https://developer.chrome.com/blog/a-customizable-select)
- [MDN: forced-colors](https://developer.mozilla.org/en-US/docs/Web/CSS/@media/forced-colors)
- [axe-core](https://github.com/dequelabs/axe-core)
- [The WebAIM Million, 2025](https://webaim.org/projects/million/)
- [WCAG 3.0 Working Draft](https://www.w3.org/TR/wcag-3.0/)
- Sponsor: [Fieldnote](https://fieldnote.io/skiplink)

## Transcript

`;
const FOOTER = `

---

*This transcript was made with automatic speech recognition and corrected by hand. Spotted a mistake? [Open an issue](https://github.com/skiplinkfm/transcripts/issues) in our transcripts repository.*
`;
let md = HEADER;
const mdParas = [], mdSegs = [];
{
  let open = null, pending = null, midAt = null, first = true;
  for (const item of SOURCE) {
    if (item.seg) {
      const s = { kind: item.seg, presenter: item.presenter, title: item.title, titleKeys: item.titleKeys, start: null, end: null };
      if (item.mid) {
        if (midAt == null) throw new Error(`mid segment ${item.title} without a § mark`);
        s.start = midAt; midAt = null;
        open.end = s.start; open = s; mdSegs.push(s);
      } else pending = s;
      continue;
    }
    let text = labeledText(item.text);
    if (/\*\*|\[|\]\(|^\d+\. |^[-+] /.test(text)) throw new Error(`markdown in paragraph: ${text.slice(0, 50)}`);
    if (!first) md += '\n\n';
    first = false;
    if (pending) {
      pending.start = mdSegs.length ? md.length : 0;
      if (open) open.end = pending.start;
      open = pending; mdSegs.push(pending); pending = null;
    }
    if (item.lab !== null) md += `**${item.speaker}:** `;
    const mark = text.indexOf('§');
    text = text.replace('§', '');
    if (mark >= 0) midAt = md.length + mark;
    mdParas.push({ start: md.length, end: md.length + text.length, speaker: item.speaker });
    md += text;
  }
  md += FOOTER;
  open.end = md.length;
}
const mdTranscriptStart = HEADER.length;

// --- labeled.txt --------------------------------------------------------------------------------
const LABELS = {
  first: { [T]: 'Theo Marsh', [A]: 'Amara Chukwu', [S]: 'Sebastián Ortega' },
  later: { [T]: 'Theo', [A]: 'Amara', [S]: 'Sebastián' },
};
const labelOf = labeledPrefix(LABELS);
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: (i, p) => labelOf(i, p), speechOnly: true,
  words: (i, p) => labeledText(p.text),
});

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Skip Link', number: 112, recorded: '2025-07-08', title: 'The law is here, and the overlay won’t save you' };
const ENTITIES = {
  required: {
    'European Accessibility Act': ['European Accessibility Act', 'EAA', 'the Act'],
    'EN 301 549': ['EN 301 549'],
    WCAG: ['WCAG'],
    'WCAG 2.1': ['WCAG 2.1', '2.1'],
    'WCAG 2.2': ['WCAG 2.2', '2.2'],
    'WCAG 3': ['WCAG 3', 'WCAG 3.0'],
    'Focus Not Obscured': ['focus not obscured'],
    'Target Size (Minimum)': ['target size', 'target size minimum', '2.5.8'],
    'Dragging Movements': ['dragging movements'],
    'Accessible Authentication': ['accessible authentication'],
    'Consistent Help': ['consistent help'],
    'Redundant Entry': ['redundant entry'],
    '4.1.1 Parsing': ['4.1.1', 'Parsing', '4.1.1, Parsing'],
    'Reflow': ['reflow', 'reflow criterion'],
    CSS: ['CSS'],
    HTML: ['HTML'],
    JavaScript: ['JavaScript'],
    'scroll-padding-top': ['scroll-padding-top'],
    Jira: ['Jira'],
    overlays: ['overlay', 'overlays'],
    accessiBe: ['accessiBe'],
    'Federal Trade Commission': ['Federal Trade Commission', 'FTC'],
    ADA: ['ADA', 'ADA lawsuits'],
    'Overlay Fact Sheet': ['Overlay Fact Sheet'],
    Fieldnote: ['Fieldnote'],
    dialog: ['dialog element', 'dialog'],
    showModal: ['showModal'],
    popover: ['popover', 'popover attribute'],
    popovertarget: ['popovertarget'],
    'aria-expanded': ['aria-expanded'],
    'anchor positioning': ['anchor positioning'],
    Chrome: ['Chrome'],
    'Chrome 135': ['Chrome 135'],
    Safari: ['Safari'],
    'Safari 26': ['Safari 26'],
    Firefox: ['Firefox'],
    'customizable select': ['customizable select'],
    'appearance: base-select': ['base-select', 'appearance base-select'],
    'invoker commands': ['invoker commands', 'commandfor', 'command'],
    'forced colors mode': ['forced colors', 'forced colors mode', 'forced-colors', 'forced-colors active'],
    'Windows contrast themes': ['contrast theme', 'Windows contrast theme', 'high contrast mode'],
    Windows: ['Windows'],
    'focus-visible': ['focus-visible'],
    ':has()': [':has()'],
    'prefers-reduced-motion': ['prefers-reduced-motion', 'reduced motion'],
    'view transitions': ['view transitions'],
    axe: ['axe'],
    'axe-core': ['axe-core'],
    Playwright: ['Playwright'],
    Storybook: ['Storybook'],
    Lighthouse: ['Lighthouse'],
    Deque: ['Deque'],
    NVDA: ['NVDA'],
    VoiceOver: ['VoiceOver'],
    TalkBack: ['TalkBack'],
    JAWS: ['JAWS'],
    Android: ['Android'],
    iPhone: ['iPhone'],
    Mac: ['Mac'],
    ARIA: ['ARIA'],
    'WebAIM Million': ['WebAIM Million', 'WebAIM'],
    APCA: ['APCA'],
  },
  tolerated: [
    'Skip Link', 'skiplink.fm', 'skiplink dot fm', 'fieldnote.io', 'fieldnote dot io slash skiplink', 'fieldnote dot io', 'amarachukwu.ie', 'amarachukwu dot ie',
    'sortega', 'London', 'Dublin', 'Madrid', 'EU', 'European Union', 'directive', 'EU directive', 'member state', 'member states', 'national law', 'e-commerce',
    'banking services', 'e-books', 'e-readers', 'passenger transport', 'operating systems', 'ATMs', 'ticket machines', 'audiovisual media services',
    'microenterprises', 'harmonised standard', 'presumption of conformity', 'market surveillance authority', 'self-service terminals', 'accessibility statement',
    'checkout', 'cookie banners', 'cookie banner', 'level AA', 'AA', 'A', 'double A', 'triple A', 'success criteria', 'criterion', 'sticky header', 'chat widget',
    'html element', 'icon buttons', 'CSS pixels', 'hit area', 'padding', 'drag-and-drop', 'login page', 'cognitive function test', 'one-time code', 'object recognition',
    'help link', 'design system', 'components', 'component', 'AI', 'toolbar', 'font size', 'contrast', 'alt text', 'keyboard', 'lawsuits', 'US', 'audit', 'audits',
    'user research', 'assistive technology', 'screen reader', 'screen readers', 'screen reader users', 'low vision', 'disabled participants', 'prototype',
    'popups', 'tooltips', 'tooltip', 'menus', 'menu', 'dropdowns', 'date pickers', 'date picker', 'modals', 'modal', 'escape key', 'focus management', 'role',
    'listbox', 'reading order', 'spec', 'semantics', 'beta', 'select', 'options', 'picker', 'progressive enhancement', 'sandbox', 'native select',
    'show-modal', 'click handler', 'background images', 'box shadows', 'box shadow', 'outline', 'transparent outline', 'system colour', 'media query',
    'focus indicators', 'focus indicator', 'focus styles', 'heuristics', 'form field', 'error state', 'vestibular', 'parallax', 'animations', 'zoom',
    'four hundred percent', '400%', 'pipeline', 'pull request', 'axe Playwright package', '@axe-core/playwright', 'rules', 'focus order', 'headings list',
    'landmarks', 'accessible name', 'native element', 'home pages', 'div soup', 'working draft', 'outcomes', 'conformance model', 'bronze', 'silver', 'gold',
    'colour contrast', 'dark mode', 'thin fonts', '4.5 to 1', 'contrast ratio', 'palette', 'authoring tools', 'WCAG 1.0', '1.0', 'transcript', 'issue',
    'accessibility', 'a11y', 'Deque Systems', 'Microsoft', 'Apple', 'Google', 'W3C', 'WAI', 'MDN', 'ETSI', 'Windows High Contrast Mode', 'High Contrast',
    'Chromium', 'WebKit', 'web components', 'Webflow', 'iOS', 'macOS', 'ARIA roles', 'first rule of ARIA', 'studies', 'image underscore final underscore two',
    'EAA checklist', 'conferences', 'Firefox fallback', 'fallback', 'terms and conditions', 'upper intermediate', 'WCAG 2.0', 'GDPR', 'CAPTCHA', 'LinkedIn', 'Mastodon', 'Bluesky', 'GitHub', 'inert', 'Common European Framework of Reference for Languages', '2.0', 'WCAG 2.0', 'Common European Framework', 'B2', 'level B2', 'GDPR', 'CAPTCHA', 'password managers', 'password manager', 'focus trap', 'focus traps', 'top layer', 'z-index', 'inert', 'screen magnifier', 'magnifier', 'dev tools', 'accessibility tree', 'LinkedIn', 'Mastodon', 'Bluesky', 'GitHub', 'online banking', 'app', 'website',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout9 (/work/heldout9/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    md: { input: 'episode.md', length: md.length, transcriptStart: mdTranscriptStart, segments: mdSegs, paragraphs: mdParas },
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
  },
};
writeFileSync(join(here, 'episode.md'), md);
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => labeledText(p.text).replace('§', '')).join(' ').split(/\s+/).length;
console.log(`${speech} spoken words, ${SOURCE.filter((x) => x.lab === null).length} unlabeled continuation paragraphs\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
