// The shape of the curated data files, as zod schemas: what a reviewer may write in them.
import { z } from 'zod';
import {
  BODY_TYPES,
  DOCUMENT_TYPES,
  EVIDENCE_CONTEXTS,
  INSTRUMENT_TYPES,
  LANGS,
  MANDATE_TYPES,
  MEETING_STATUSES,
  RELATION_TYPES,
  SOURCES,
} from '../domain/model.js';

const lang = z.enum(LANGS);
const context = z.enum(EVIDENCE_CONTEXTS);
const source = z.enum(SOURCES);
const year = z.number().int().min(1945).max(2100);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/**
 * A note on why a fact holds. Reference data writes it in both languages (the explorer shows
 * it in the reader's); the gold standard, which no one reads in the explorer, keeps English.
 */
const note = z.union([
  z.string().min(1),
  z.strictObject({ en: z.string().min(1), ru: z.string().min(1) }),
]);
export type NoteIn = z.infer<typeof note>;

export const evidenceIn = z.strictObject({
  document: z.string().optional(),
  paragraph: z.number().int().positive().nullable(),
  context: context.optional(),
  quote: z.string().min(1),
});
export const provenanceIn = z.strictObject({
  fields: z.array(z.string()).min(1),
  source: source.optional(),
  document: z.string().optional(),
  paragraph: z.number().int().positive().nullable().optional(),
  context: context.optional(),
  quote: z.string().optional(),
  note: note.optional(),
});
/** Another value a source gives for one of the entity's facts (a known disagreement). */
export const claimIn = z.strictObject({
  field: z.string().min(1),
  value: z.union([z.string().min(1), z.number()]),
  source: source,
  note: note,
});
const base = {
  id: z.string().min(1),
  claims: z.array(claimIn).optional(),
  names: z.strictObject({ en: z.string().min(1), ru: z.string().min(1) }),
  aliases: z.strictObject({ en: z.array(z.string()), ru: z.array(z.string()) }).optional(),
  provenance: z.array(provenanceIn),
};
export const entityIn = z.discriminatedUnion('label', [
  z.strictObject({
    ...base,
    label: z.literal('Instrument'),
    type: z.enum(INSTRUMENT_TYPES),
    adopted: year,
  }),
  z.strictObject({
    ...base,
    label: z.literal('Body'),
    type: z.enum(BODY_TYPES),
  }),
  z.strictObject({
    ...base,
    label: z.literal('Session'),
    number: z.number().int().positive(),
    year: year.optional(),
    place: z.string().optional(),
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
  }),
  z.strictObject({
    ...base,
    label: z.literal('Mandate'),
    type: z.enum(MANDATE_TYPES),
    number: z.string().regex(/^\d+\/\d+$/),
    session: z.string().regex(/^session\/\d+$/),
    subject: z.strictObject({ en: z.string(), ru: z.string() }).optional(),
  }),
  z.strictObject({
    ...base,
    label: z.literal('Meeting'),
    body: z.string().startsWith('body/'),
    // Absent for a meeting its documents identify only by body and dates.
    ordinal: z.number().int().positive().optional(),
    startDate: isoDate,
    endDate: isoDate,
    place: z.string().optional(),
    status: z.enum(MEETING_STATUSES),
    statusAsOf: isoDate,
  }),
  z.strictObject({
    ...base,
    label: z.literal('Document'),
    type: z.enum(DOCUMENT_TYPES),
    symbol: z.string().nullable(),
    printedSymbol: z.string().optional(),
    year: year.optional(),
    date: isoDate.optional(),
    lang: lang.optional(),
    originalLang: lang.optional(),
  }),
]);
export type EntityIn = z.infer<typeof entityIn>;
export const relationIn = z.strictObject({
  type: z.enum(RELATION_TYPES),
  from: z.string(),
  to: z.string(),
  action: z.string().optional(),
  basis: z.string().optional(),
  source: source.optional(),
  note: note.optional(),
  evidence: z.array(evidenceIn).optional(),
});
export const referenceFile = z.object({
  entities: z.array(entityIn),
  relations: z.array(relationIn),
});
export const goldFile = z.object({
  document: z.strictObject({ id: z.string(), file: z.string(), lang }),
  entities: z.array(entityIn),
  statements: z.array(relationIn),
});
export type GoldFile = z.infer<typeof goldFile>;
