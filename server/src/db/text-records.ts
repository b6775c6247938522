// Stored text (Paragraph nodes) <-> domain records, validated on the way out like entities.
import { z } from 'zod';
import { asNode } from './records.js';
import { EVIDENCE_CONTEXTS, LANGS, type ParagraphRecord } from '../domain/model.js';

const statement = z.object({ id: z.string(), from: z.string(), to: z.string() });
const paragraph = z.object({
  document: z.string(),
  lang: z.enum(LANGS),
  index: z.number().int(),
  number: z
    .number()
    .int()
    .nullish()
    .transform((v) => v ?? null),
  // Stored only when false (an unnumbered paragraph); Neo4j keeps no nulls.
  numbered: z
    .literal(false)
    .nullish()
    .transform((v) => v ?? undefined),
  context: z.enum(EVIDENCE_CONTEXTS),
  text: z.string(),
  statements: z.array(z.string().transform((s) => statement.parse(JSON.parse(s)))).default([]),
  facts: z.array(z.string()).default([]),
});

export function paragraphFromNode(value: unknown): ParagraphRecord {
  const node = asNode(value);
  const parsed = paragraph.safeParse(node.properties);
  if (!parsed.success) {
    throw new Error(
      `paragraph node ${node.elementId} is malformed: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
    );
  }
  return parsed.data;
}
