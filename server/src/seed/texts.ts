// Writing documents' text: each language version replaces the one stored, and each block
// keeps the relations whose quotes it holds. The relations are read back inside the same
// transaction, so those written by other batches (reference data citing a note) count too.
import type { Relationship } from 'neo4j-driver';
import type { ParagraphRecord, RelationRecord, StatementRef } from '../domain/model.js';
import type { Tx } from '../db/executor.js';
import { relationFromRelationship } from '../db/records.js';
import { blockOf, versionKey } from '../ingest/stored-text.js';

/** The blocks of each version with the relations they state (pure). */
export function withStatements(
  texts: readonly ParagraphRecord[],
  relations: readonly RelationRecord[],
): ParagraphRecord[] {
  const out = texts.map((p) => ({ ...p, statements: [] as StatementRef[] }));
  const versions = new Map<string, typeof out>();
  for (const p of out) {
    const key = versionKey(p.document, p.lang);
    versions.set(key, [...(versions.get(key) ?? []), p]);
  }
  for (const r of relations) {
    for (const e of r.evidence) {
      const block = blockOf(versions.get(versionKey(e.document, e.lang)) ?? [], e);
      if (block && !block.statements.some((s) => s.id === r.id)) {
        block.statements.push({ id: r.id, from: r.fromId, to: r.toId });
      }
    }
  }
  return out;
}

export class TextWriteError extends Error {}

export async function writeTexts(tx: Tx, texts: readonly ParagraphRecord[]): Promise<void> {
  if (texts.length === 0) return;
  const documents = [...new Set(texts.map((p) => p.document))];
  const relations: RelationRecord[] = [];
  for (const document of documents) {
    for (const r of await tx.run('relationsCitingDocument', { document })) {
      relations.push(
        relationFromRelationship(
          r.get('r') as Relationship,
          r.get('type') as string,
          r.get('fromId') as string,
          r.get('toId') as string,
        ),
      );
    }
  }
  const versions = new Map<string, { document: string; lang: string; paragraphs: unknown[] }>();
  for (const p of withStatements(texts, relations)) {
    const key = versionKey(p.document, p.lang);
    const v = versions.get(key) ?? { document: p.document, lang: p.lang, paragraphs: [] };
    v.paragraphs.push({
      index: p.index,
      number: p.number,
      context: p.context,
      text: p.text,
      statements: p.statements.map((s) => JSON.stringify(s)),
    });
    versions.set(key, v);
  }
  const [row] = await tx.run('replaceParagraphs', { versions: [...versions.values()] });
  const written = Number(row?.get('written') ?? 0);
  if (written !== texts.length) {
    throw new TextWriteError(
      `wrote ${written} of ${texts.length} blocks of text (a document they belong to is missing); rolled back`,
    );
  }
}
