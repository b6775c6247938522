// Writing documents' text: each language version replaces the one stored, and each block
// keeps the relations and the entity facts whose quotes it holds. Both are read back inside
// the same transaction, so those written by other batches (reference data citing a note) count.
import type {
  EntityRecord,
  EvidenceRecord,
  ParagraphRecord,
  RelationRecord,
  StatementRef,
} from '../domain/model.js';
import type { Tx } from '../db/executor.js';
import {
  entityFromNode,
  entityToParams,
  relationFromRow,
  relationToParams,
} from '../db/records.js';
import { blockOf, versionKey } from '../ingest/stored-text.js';

/** The blocks of each version with the relations and entity facts they state (pure). */
export function withStatements(
  texts: readonly ParagraphRecord[],
  relations: readonly RelationRecord[],
  entities: readonly EntityRecord[] = [],
): ParagraphRecord[] {
  const out = texts.map((p) => ({ ...p, statements: [] as StatementRef[], facts: [] as string[] }));
  const versions = new Map<string, typeof out>();
  for (const p of out) {
    const key = versionKey(p.document, p.lang);
    // Pushed, not copied: a copy per block was quadratic in a long note's blocks (issue 32).
    const version = versions.get(key);
    if (version) version.push(p);
    else versions.set(key, [p]);
  }
  const blockFor = (e: EvidenceRecord) =>
    blockOf(versions.get(versionKey(e.document, e.lang)) ?? [], e);
  for (const r of relations) {
    for (const e of r.evidence) {
      const block = blockFor(e);
      if (block && !block.statements.some((s) => s.id === r.id)) {
        block.statements.push({ id: r.id, from: r.fromId, to: r.toId });
      }
    }
  }
  for (const n of entities) {
    for (const p of n.provenance) {
      const block = p.evidence ? blockFor(p.evidence) : null;
      if (block && !block.facts.includes(n.id)) block.facts.push(n.id);
    }
  }
  return out;
}

/**
 * A quote of a version read again, anchored to the text now stored: where the quote no longer
 * stands verbatim in its block but its words do (the page break that was a blank line is a
 * space now, a soft hyphen is gone), the quote becomes those words as now read. Null when
 * nothing changes.
 */
export function requote(
  e: EvidenceRecord,
  versions: ReadonlyMap<string, readonly ParagraphRecord[]>,
): EvidenceRecord | null {
  const blocks = versions.get(versionKey(e.document, e.lang));
  if (!blocks || blockOf(blocks, e)) return null;
  // Texts are stored without soft hyphens (formats/furniture.ts); an older quote may hold one.
  const words = e.quote
    .replace(/\u00AD/g, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(
    words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'),
  );
  for (const b of blocks) {
    if (b.context !== e.context || (e.paragraph !== null && b.number !== e.paragraph)) continue;
    const found = pattern.exec(b.text)?.[0];
    if (found) return { ...e, quote: found };
  }
  return null;
}

/** The relations and entities whose quotes of these texts moved, with the quotes as now read. */
export function requoted(
  texts: readonly ParagraphRecord[],
  relations: readonly RelationRecord[],
  entities: readonly EntityRecord[],
): { relations: RelationRecord[]; entities: EntityRecord[] } {
  const versions = new Map<string, ParagraphRecord[]>();
  for (const p of texts) {
    const key = versionKey(p.document, p.lang);
    const version = versions.get(key);
    if (version) version.push(p);
    else versions.set(key, [p]);
  }
  const changedRelations = relations.flatMap((r) => {
    const evidence = r.evidence.map((e) => requote(e, versions) ?? e);
    return evidence.some((e, i) => e !== r.evidence[i]) ? [{ ...r, evidence }] : [];
  });
  const changedEntities = entities.flatMap((n) => {
    const provenance = n.provenance.map((p) => {
      const moved = p.evidence ? requote(p.evidence, versions) : null;
      return moved ? { ...p, evidence: moved } : p;
    });
    return provenance.some((p, i) => p !== n.provenance[i]) ? [{ ...n, provenance }] : [];
  });
  return { relations: changedRelations, entities: changedEntities };
}

export class TextWriteError extends Error {}

async function citing(
  tx: Tx,
  documents: readonly string[],
): Promise<{ relations: RelationRecord[]; entities: EntityRecord[] }> {
  const relations: RelationRecord[] = [];
  for (const document of documents) {
    for (const r of await tx.run('relationsCitingDocument', { document })) {
      relations.push(relationFromRow(r));
    }
  }
  const wanted = new Set(documents);
  const entities = (await tx.run('entitiesCitingDocument', {}))
    .map((r) => entityFromNode(r.get('n')))
    .filter((n) => n.provenance.some((p) => p.evidence && wanted.has(p.evidence.document)));
  return { relations, entities };
}

export async function writeTexts(tx: Tx, texts: readonly ParagraphRecord[]): Promise<void> {
  if (texts.length === 0) return;
  const documents = [...new Set(texts.map((p) => p.document))];
  const held = await citing(tx, documents);
  const moved = requoted(texts, held.relations, held.entities);
  if (moved.relations.length > 0) {
    await tx.run('setEvidence', {
      rows: moved.relations.map((r) => {
        const params = relationToParams(r, false);
        return {
          id: r.id,
          from: r.fromId,
          to: r.toId,
          evidence: params['evidence'],
          evidenceDocs: params['evidenceDocs'],
        };
      }),
    });
  }
  if (moved.entities.length > 0) {
    await tx.run('setProvenance', {
      rows: moved.entities.map((n) => ({
        id: n.id,
        provenance: entityToParams(n, false)['provenance'],
      })),
    });
  }
  const replaced = <T extends { id: string }>(all: readonly T[], changed: readonly T[]) => {
    const byId = new Map(changed.map((x) => [x.id, x]));
    return all.map((x) => byId.get(x.id) ?? x);
  };
  const relations = replaced(held.relations, moved.relations);
  const entities = replaced(held.entities, moved.entities);
  const versions = new Map<string, { document: string; lang: string; paragraphs: unknown[] }>();
  for (const p of withStatements(texts, relations, entities)) {
    const key = versionKey(p.document, p.lang);
    const v = versions.get(key) ?? { document: p.document, lang: p.lang, paragraphs: [] };
    v.paragraphs.push({
      index: p.index,
      number: p.number,
      numbered: p.numbered ?? null,
      context: p.context,
      text: p.text,
      statements: p.statements.map((s) => JSON.stringify(s)),
      facts: p.facts,
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
