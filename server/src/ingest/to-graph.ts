// An extraction as graph records: the entities the document introduces (itself, its
// meetings, reports and agenda) and its statements, each citing the document.
import type {
  DocumentRecord,
  EntityRecord,
  EvidenceRecord,
  MeetingRecord,
  ParagraphRecord,
  RelationRecord,
} from '../domain/model.js';
import { relationId } from '../domain/model.js';
import { NOTES } from '../domain/notes.js';
import type { ExtractedEvidence, Extraction } from './extraction.js';
import { missingEndpoints } from './endpoints.js';
import { agendaNames } from './labels.js';
import {
  bySymbol,
  meetingLabels,
  ownDocument,
  reportBySymbol,
  reportLabels,
} from './document-record.js';
import { mandateFromText, mandateTextEntities } from './to-graph-text.js';
import { markProposals } from './proposals.js';

export interface GraphPart {
  entities: EntityRecord[];
  relations: RelationRecord[];
  /** Documents' text, block by block (a document read in several languages: one set each). */
  texts: ParagraphRecord[];
}

const DERIVED_NAMES = {
  fields: ['name.en', 'name.ru'],
  source: 'DERIVED' as const,
  note: NOTES.composedLabel.en,
};

export function toGraph(x: Extraction, reference: ReadonlyMap<string, EntityRecord>): GraphPart {
  const lang = x.meta.lang;
  const ev = (e: ExtractedEvidence): EvidenceRecord => ({
    document: x.documentId,
    paragraph: e.paragraph,
    ...(e.numbered === false ? { numbered: false as const } : {}),
    context: e.context,
    quote: e.quote,
    lang,
  });
  const date = x.meta.date?.value ?? null;
  // The document itself, named by its genre and language (document-record.ts).
  const note = ownDocument(x, reference, ev);
  // A meeting known only by its body and dates (a report titled by them, a paper headed by
  // them) is stored with a null ordinal, under its id `meeting/<body>/<startDate>`.
  const meetings: MeetingRecord[] = x.meetings.map((m) => {
    const names = meetingLabels(m, reference);
    const meeting: MeetingRecord = {
      id: m.id,
      kind: 'MEETING',
      bodyId: m.bodyId,
      ordinal: m.ordinal,
      startDate: m.startDate,
      endDate: m.endDate,
      place: m.place,
      status: m.status,
      statusAsOf: date,
      nameEn: names.en,
      nameRu: names.ru,
      aliasesEn: [],
      aliasesRu: [],
      provenance: [
        {
          // The ordinal is a fact only when the document states one.
          fields: [...(m.ordinal === null ? [] : ['ordinal']), 'startDate', 'endDate', 'status'],
          source: 'DOCUMENT',
          evidence: ev(m.evidence),
        },
        ...(m.placeEvidence
          ? [{ fields: ['place'], source: 'DOCUMENT' as const, evidence: ev(m.placeEvidence) }]
          : []),
        ...(date
          ? [
              {
                fields: ['statusAsOf'],
                source: 'DERIVED' as const,
                note: NOTES.statusAsOf.en,
              },
            ]
          : []),
        DERIVED_NAMES,
      ],
    };
    return meeting;
  });
  // Each report's meeting by id (the first with it, as a search would find): a long note names
  // thousands of both, and a search per report made this quadratic (issue 32).
  const meetingById = new Map<string, Extraction['meetings'][number]>();
  for (const m of x.meetings) if (!meetingById.has(m.id)) meetingById.set(m.id, m);
  const docs: DocumentRecord[] = x.documents.map((d) => {
    const meeting = d.meetingId === null ? undefined : meetingById.get(d.meetingId);
    const names =
      d.type === 'PROVISIONAL_AGENDA'
        ? // A working group's paper numbers the group's session, not the Conference's.
          agendaNames(x.genre === 'BACKGROUND_PAPER' ? null : (x.meta.session?.value ?? null))
        : d.type === 'NOTE' || d.type === 'BACKGROUND_PAPER'
          ? bySymbol(d.type, d.symbol)
          : meeting
            ? reportLabels(meeting, reference)
            : reportBySymbol(d.symbol);
    const year = /\/(\d{4})\//.exec(d.symbol)?.[1];
    return {
      id: d.id,
      kind: 'DOCUMENT',
      type: d.type,
      symbol: d.symbol,
      printedSymbol: d.printedSymbol,
      year: year ? Number(year) : null,
      date: null,
      lang: null,
      nameEn: names.en,
      nameRu: names.ru,
      aliasesEn: [],
      aliasesRu: [],
      provenance: [
        { fields: ['symbol', 'printedSymbol'], source: 'DOCUMENT', evidence: ev(d.evidence) },
        DERIVED_NAMES,
      ],
    };
  });
  const relations: RelationRecord[] = x.relations.map((r) => ({
    id: relationId(r.type, r.from, r.to, r.action),
    type: r.type,
    fromId: r.from,
    toId: r.to,
    action: r.action,
    basisId: r.basis,
    source: 'DOCUMENT',
    note: null,
    evidence: r.evidence.map(ev),
  }));
  const unique = new Map<string, EntityRecord>();
  // The document itself, named by its genre; a text is named after its mandate.
  const own = x.genre === 'MANDATE_TEXT' ? mandateTextEntities(x) : [note];
  for (const e of [...own, ...meetings, ...docs]) if (!unique.has(e.id)) unique.set(e.id, e);
  const extra = missingEndpoints(relations, new Map([...reference, ...unique]), x.meta);
  for (const e of extra.entities) unique.set(e.id, e);
  // A mandate known only from its own text: what the title states replaces what the id says.
  const fromText = mandateFromText(x, ev);
  if (fromText && extra.entities.some((e) => e.id === fromText.id))
    unique.set(fromText.id, fromText);
  // A body the reference data lacks, named where a statement is about it: the name it prints
  // (in both name fields until a reviewer or another document gives the other language).
  for (const { body, evidence } of x.newBodies ?? []) {
    if (unique.has(body.id) || reference.has(body.id)) continue;
    const other = body.lang === 'ru' ? 'name.en' : 'name.ru';
    unique.set(body.id, {
      id: body.id,
      kind: 'BODY',
      type: body.type,
      nameEn: body.name,
      nameRu: body.name,
      aliasesEn: [],
      aliasesRu: [],
      provenance: [
        { fields: [`name.${body.lang}`], source: 'DOCUMENT', evidence: ev(evidence) },
        { fields: [other], source: 'DERIVED', note: NOTES.printedName.en },
      ],
    });
  }
  // A mandate the document introduces gets the date it states for it, cited.
  for (const d of x.mandateDates ?? []) {
    const m = unique.get(d.id);
    if (m?.kind !== 'MANDATE' || reference.has(d.id) || m.adopted) continue;
    unique.set(d.id, {
      ...m,
      adopted: d.date,
      provenance: [
        ...m.provenance,
        { fields: ['adopted'], source: 'DOCUMENT', evidence: ev(d.evidence) },
      ],
    });
  }
  const all = [...relations, ...extra.relations];
  return {
    entities: markProposals([...unique.values()], all, reference, x.documentId),
    relations: all,
    texts: x.text,
  };
}
