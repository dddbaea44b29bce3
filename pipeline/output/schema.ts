import { z } from 'zod';

/**
 * The JSON result of `podtopics extract --format json`, schema version 1
 * (see ../shared/design/output-contract.md). Fields may be added; existing ones keep their
 * names and meaning. Every span indexes the exact text of the input file.
 */
export const SCHEMA_VERSION = 1 as const;

const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).refine((s) => s.end >= s.start, 'span end before start');
const TimeSchema = z.object({ start: z.number().nonnegative(), end: z.number().nonnegative().nullable() });

export const SegmentKindSchema = z.enum(['intro', 'sponsor', 'topic', 'extra', 'outro']);
export const EntityTypeSchema = z.enum(['library', 'framework', 'language', 'tool', 'service', 'company', 'os', 'event', 'concept', 'standard', 'database', 'person', 'other']);

export const ResultSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.object({ name: z.literal('podtopics'), version: z.string() }),
  // container: the text was read out of a Word document ('docx'); spans index that text
  source: z.object({ path: z.string(), format: z.string(), length: z.number().int().nonnegative(), timed: z.boolean(), container: z.literal('docx').optional() }),
  episode: z.object({
    show: z.string().nullable(),
    number: z.number().int().nullable(),
    title: z.string().nullable(),
    recorded: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  }),
  speakers: z.array(z.object({
    id: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    role: z.enum(['host', 'guest', 'unknown']),
    words: z.number().int().nonnegative(),
  })),
  turns: z.array(z.object({
    span: SpanSchema,
    speaker: z.string().nullable(),
    attribution: z.enum(['label', 'inferred', 'unknown']),
    confidence: z.number().min(0).max(1),
    time: TimeSchema.nullable(),
  })),
  sentences: z.array(z.object({ span: SpanSchema, turn: z.number().int().nonnegative(), time: TimeSchema.nullable() })),
  segments: z.array(z.object({
    id: z.string(),
    kind: SegmentKindSchema,
    span: SpanSchema,
    time: TimeSchema.nullable(),
    title: z.string(),
    summary: z.string(),
    presenter: z.string().nullable(),
    speakerShare: z.record(z.string(), z.number().min(0).max(1)),
    entities: z.array(z.string()),
    keyphrases: z.array(z.string()),
    confidence: z.number().min(0).max(1),
  })),
  entities: z.array(z.object({
    id: z.string(),
    name: z.string(),
    type: EntityTypeSchema,
    mentions: z.array(SpanSchema),
    confidence: z.number().min(0).max(1),
  })),
  tags: z.array(z.object({ name: z.string(), entity: z.string(), score: z.number().min(0).max(1) })),
  diagnostics: z.array(z.object({
    severity: z.enum(['error', 'warning', 'info']),
    code: z.string(),
    message: z.string(),
    span: SpanSchema.optional(),
  })),
});

export type Result = z.infer<typeof ResultSchema>;
