import type { Result } from './schema.js';

const KIND_LABEL: Record<string, string> = { intro: 'Intro', sponsor: 'Sponsor', extra: 'Extra', outro: 'Outro', topic: '' };

/** Seconds as m:ss or h:mm:ss. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * Show notes: the episode heading, then one entry per segment in order with its title,
 * who brought it, when, a summary and the technologies it mentions, the way a podcast's
 * published notes read.
 */
export function renderMarkdown(result: Result): string {
  const ep = result.episode;
  const name = (id: string | null) => (id ? result.speakers.find((s) => s.id === id)?.name ?? id : null);
  const entityName = new Map(result.entities.map((e) => [e.id, e.name]));
  const heading = ep.title ?? ep.show ?? result.source.path;
  const out: string[] = [`# ${heading}`, ''];
  const meta = [ep.show && ep.title ? ep.show : null, ep.number !== null ? `Episode ${ep.number}` : null, ep.recorded ? `recorded ${ep.recorded}` : null].filter(Boolean);
  if (meta.length) out.push(meta.join(' · '), '');
  const hosts = result.speakers.filter((s) => s.role !== 'unknown' || s.words > 0).map((s) => s.name);
  if (hosts.length) out.push(`With ${hosts.join(', ')}`, '');
  let item = 0;
  for (const s of result.segments) {
    const label = KIND_LABEL[s.kind];
    const numbered = s.kind === 'topic' || s.kind === 'extra';
    if (numbered) item++;
    out.push(`## ${numbered ? `${item}. ` : ''}${label && s.kind !== 'intro' && s.kind !== 'outro' ? `${label}: ` : ''}${s.title.replace(/^Sponsor: /, '') || label || 'Untitled'}`, '');
    const facts = [
      name(s.presenter) ? `Presented by ${name(s.presenter)}` : null,
      s.time ? `${clock(s.time.start)}${s.time.end !== null ? `–${clock(s.time.end)}` : ''}` : null,
    ].filter(Boolean);
    if (facts.length) out.push(`*${facts.join(' · ')}*`, '');
    if (s.summary) out.push(s.summary, '');
    const tech = s.entities.map((id) => entityName.get(id) ?? id);
    if (tech.length && numbered) out.push(`Technologies: ${tech.join(', ')}`, '');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
