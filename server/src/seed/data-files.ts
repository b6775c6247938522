// The curated data files (reference data + the gold standard of the seed note), validated
// strictly: a typo in a hand-edited file must fail loudly with the path of the bad value.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import type {
  EntityRecord,
  EvidenceRecord,
  LangCode,
  ProvenanceRecord,
  RelationRecord,
} from '../domain/model.js';
import { relationId } from '../domain/model.js';
import { repoPath } from '../paths.js';
import {
  goldFile,
  referenceFile,
  type EntityIn,
  type evidenceIn,
  type GoldFile,
  type NoteIn,
  type provenanceIn,
  type relationIn,
} from './data-schema.js';

export type { GoldFile };

export class DataFileError extends Error {}

function parseFile<T>(schema: z.ZodType<T>, file: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DataFileError(`${file}: not readable JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataFileError(
      `${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

export interface SeedGraph {
  entities: EntityRecord[];
  relations: RelationRecord[];
  /** Text of every source document, by document id: evidence must quote it verbatim. */
  texts: Map<string, string>;
}

export const SEED_FILES = {
  reference: repoPath('data/reference.json'),
  gold: [repoPath('data/seed/000_263e9a607d91b81c.gold.json')],
};

export function readGold(file: string): GoldFile {
  return parseFile(goldFile, file);
}

export function readSeedGraph(files = SEED_FILES): SeedGraph {
  const reference = parseFile(referenceFile, files.reference);
  const golds = files.gold.map((f) => ({ file: f, data: readGold(f) }));
  const texts = new Map<string, string>();
  const docLang = new Map<string, LangCode>();
  for (const g of golds) {
    texts.set(
      g.data.document.id,
      readFileSync(repoPath('data/seed', g.data.document.file), 'utf8'),
    );
    docLang.set(g.data.document.id, g.data.document.lang);
  }
  const evidence = (e: z.infer<typeof evidenceIn>, defaultDoc?: string): EvidenceRecord => {
    const document = e.document ?? defaultDoc;
    const l = document ? docLang.get(document) : undefined;
    if (!document || !l)
      throw new DataFileError(`evidence "${e.quote.slice(0, 40)}…" names no known document`);
    return {
      document,
      paragraph: e.paragraph,
      context: e.context ?? 'PARAGRAPH',
      quote: e.quote,
      lang: l,
    };
  };
  const toEntity = (e: EntityIn, defaultDoc?: string): EntityRecord =>
    entityRecord(e, (p) => provenance(p, (ev) => evidence(ev, defaultDoc)));
  const entities = [
    ...reference.entities.map((e) => toEntity(e)),
    ...golds.flatMap((g) => g.data.entities.map((e) => toEntity(e, g.data.document.id))),
  ];
  const relations = [
    ...reference.relations.map((r) => relation(r, (e) => evidence(e))),
    ...golds.flatMap((g) =>
      g.data.statements.map((r) => relation(r, (e) => evidence(e, g.data.document.id))),
    ),
  ];
  checkIntegrity(entities, relations);
  return { entities, relations, texts };
}

/** Notes are stored in English; their Russian is looked up by it (readNoteTranslations). */
const noteEn = (n: NoteIn): string => (typeof n === 'string' ? n : n.en);

/**
 * The Russian of every note the reference data gives in both languages, by its English text
 * (the stored form): the API answers `note(lang: RU)` from it.
 */
export function readNoteTranslations(files = SEED_FILES): Map<string, string> {
  const reference = parseFile(referenceFile, files.reference);
  const out = new Map<string, string>();
  const add = (n: NoteIn | undefined) => {
    if (n && typeof n !== 'string') out.set(n.en, n.ru);
  };
  for (const e of reference.entities) {
    for (const p of e.provenance) add(p.note);
    for (const c of e.claims ?? []) add(c.note);
  }
  for (const r of reference.relations) add(r.note);
  return out;
}

function provenance(
  p: z.infer<typeof provenanceIn>,
  ev: (e: z.infer<typeof evidenceIn>) => EvidenceRecord,
): ProvenanceRecord {
  const src = p.source ?? (p.quote ? 'DOCUMENT' : undefined);
  if (!src)
    throw new DataFileError(`provenance of ${p.fields.join(',')} has neither a quote nor a source`);
  const rec: ProvenanceRecord = { fields: p.fields, source: src };
  if (p.quote)
    rec.evidence = ev({
      document: p.document,
      paragraph: p.paragraph ?? null,
      context: p.context,
      quote: p.quote,
    });
  if (p.note) rec.note = noteEn(p.note);
  return rec;
}

function entityRecord(
  e: EntityIn,
  prov: (p: z.infer<typeof provenanceIn>) => ProvenanceRecord,
): EntityRecord {
  const common = {
    id: e.id,
    nameEn: e.names.en,
    nameRu: e.names.ru,
    aliasesEn: e.aliases?.en ?? [],
    aliasesRu: e.aliases?.ru ?? [],
    provenance: e.provenance.map(prov),
    ...(e.claims?.length
      ? {
          claims: e.claims.map((c) => ({
            field: c.field,
            value: c.value,
            source: c.source,
            note: noteEn(c.note),
          })),
        }
      : {}),
  };
  switch (e.label) {
    case 'Instrument':
      return { ...common, kind: 'INSTRUMENT', type: e.type, adopted: e.adopted };
    case 'Body':
      return { ...common, kind: 'BODY', type: e.type };
    case 'Session':
      return {
        ...common,
        kind: 'SESSION',
        number: e.number,
        year: e.year ?? null,
        place: e.place ?? null,
        startDate: e.startDate ?? null,
        endDate: e.endDate ?? null,
      };
    case 'Mandate':
      return {
        ...common,
        kind: 'MANDATE',
        type: e.type,
        number: e.number,
        sessionId: e.session,
        subjectEn: e.subject?.en ?? null,
        subjectRu: e.subject?.ru ?? null,
      };
    case 'Meeting':
      return {
        ...common,
        kind: 'MEETING',
        bodyId: e.body,
        ordinal: e.ordinal ?? null,
        startDate: e.startDate,
        endDate: e.endDate,
        place: e.place ?? null,
        status: e.status,
        statusAsOf: e.statusAsOf,
      };
    case 'Document':
      return {
        ...common,
        kind: 'DOCUMENT',
        type: e.type,
        symbol: e.symbol,
        printedSymbol: e.printedSymbol ?? null,
        year: e.year ?? null,
        date: e.date ?? null,
        lang: e.lang ?? null,
      };
  }
}

function relation(
  r: z.infer<typeof relationIn>,
  ev: (e: z.infer<typeof evidenceIn>) => EvidenceRecord,
): RelationRecord {
  const evidence = (r.evidence ?? []).map(ev);
  const src = r.source ?? 'DOCUMENT';
  if (src === 'DOCUMENT' && evidence.length === 0) {
    throw new DataFileError(`${r.type} ${r.from} -> ${r.to}: a DOCUMENT relation needs evidence`);
  }
  return {
    id: relationId(r.type, r.from, r.to, r.action ?? null),
    type: r.type,
    fromId: r.from,
    toId: r.to,
    action: r.action ?? null,
    basisId: r.basis ?? null,
    source: src,
    note: r.note ? noteEn(r.note) : null,
    evidence,
  };
}

function checkIntegrity(entities: EntityRecord[], relations: RelationRecord[]): void {
  const ids = new Set<string>();
  for (const e of entities) {
    if (ids.has(e.id)) throw new DataFileError(`entity ${e.id} is defined twice`);
    ids.add(e.id);
  }
  const relIds = new Set<string>();
  for (const r of relations) {
    for (const id of [
      r.fromId,
      r.toId,
      ...(r.basisId ? [r.basisId] : []),
      ...r.evidence.map((e) => e.document),
    ]) {
      if (!ids.has(id)) throw new DataFileError(`relation ${r.id} names unknown entity ${id}`);
    }
    if (relIds.has(r.id))
      throw new DataFileError(`relation ${r.id} is stated twice; merge its evidence`);
    relIds.add(r.id);
  }
}

/** Only the curated reference data (what the seed note does not say), for loading with ingestion. */
export function readReferenceGraph(files = SEED_FILES): {
  entities: EntityRecord[];
  relations: RelationRecord[];
} {
  const all = readSeedGraph(files);
  const reference = parseFile(referenceFile, files.reference);
  const ids = new Set(reference.entities.map((e) => e.id));
  const relIds = new Set(
    reference.relations.map((r) => relationId(r.type, r.from, r.to, r.action ?? null)),
  );
  return {
    entities: all.entities.filter((e) => ids.has(e.id)),
    relations: all.relations.filter((r) => relIds.has(r.id)),
  };
}
