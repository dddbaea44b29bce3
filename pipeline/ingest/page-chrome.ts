import { loadModel } from '../models.js';

interface PageChromeModel {
  navigation: string[];
  episodeHeading: string;
  recordedLine: string;
}

let compiled: { navigation: RegExp[]; episodeHeading: RegExp; recordedLine: RegExp } | null = null;

/** Header/footer line patterns of transcript web pages (models/ingest/page-chrome.json). */
export function pageChrome() {
  if (!compiled) {
    const m = loadModel<PageChromeModel>('ingest/page-chrome.json');
    compiled = {
      navigation: m.navigation.map((p) => new RegExp(p, 'iu')),
      episodeHeading: new RegExp(m.episodeHeading, 'iu'),
      recordedLine: new RegExp(m.recordedLine, 'iu'),
    };
  }
  return compiled;
}

/** A line that is page furniture, not speech. */
export function isChromeLine(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  const c = pageChrome();
  return c.navigation.some((re) => re.test(t)) || c.episodeHeading.test(t) || (c.recordedLine.test(t) && t.length < 80);
}
