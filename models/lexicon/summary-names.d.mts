// Types of summary-names.mjs (the mining rules of derive-summaries.mjs), for the table test.
export declare const UNITS: Set<string>;
export declare const GENERIC_TAIL: Set<string>;
export interface SummaryWord { w: string; start: boolean; breakAfter: boolean }
export declare function summaryWords(summary: string): SummaryWord[];
export declare function nameShape(w: string): 'camel' | 'acronym' | 'alnum' | 'hyphen' | 'capital' | null;
export declare function isTitleCase(words: { w: string; start: boolean }[]): boolean;
export interface SummaryCandidate { surface: string; shape: string; next: string; prev: string; inRun: boolean }
export declare function summaryCandidates(summary: string): SummaryCandidate[];
export declare function typeFromHeads(nextCounts: Map<string, number>, mentions: number): string;
