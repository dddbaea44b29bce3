import type { Span } from './span.js';

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in the input, with a stable code, a message that says how to fix it, and where. */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  span?: Span;
}

/**
 * Input that cannot be used at all. The CLI prints `podtopics: FILE: message` on one line
 * and exits with `exitCode` (2 for unusable input); library callers catch it.
 */
export class PodtopicsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'PodtopicsError';
  }
}

export const diagnostic = (severity: Severity, code: string, message: string, span?: Span): Diagnostic =>
  span ? { severity, code, message, span } : { severity, code, message };
