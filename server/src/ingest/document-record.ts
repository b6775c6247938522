// The document an extraction reads, as its graph record, and the names Mandate Lineage composes
// for it and for meetings, fitting the genre and the language: a report is "Report on …" /
// "Доклад о …", a background paper "Background paper …" / "Справочный документ …", a note
// "Note by the Secretariat" / "Записка Секретариата". The words are the language modules'
// (lang/<code>.ts, `names`). A title the document prints names it in its own language; the
// other language's name is composed, never the printed one copied.
import type {
  DocumentRecord,
  EntityRecord,
  EvidenceRecord,
  LangCode,
  ProvenanceRecord,
} from '../domain/model.js';
import { NOTES } from '../domain/notes.js';
import type { ExtractedEvidence, ExtractedMeeting, Extraction } from './extraction.js';
import { isBackgroundPaper } from './genres/background-paper.js';
import { LANGUAGES } from './lang/index.js';
import type { ComposedNames } from './lang/types.js';
import { meetingNames, reportNames, ruGenitive, withThe } from './labels.js';

type Names = Record<LangCode, string>;
type Reference = ReadonlyMap<string, EntityRecord>;

function namesIn(code: LangCode): ComposedNames {
  const l = LANGUAGES.find((x) => x.code === code);
  if (!l) throw new Error(`no language module for "${code}"`);
  return l.names;
}

/** One name per language, each composed by that language's module. */
const each = (compose: (n: ComposedNames, code: LangCode) => string): Names => ({
  en: compose(namesIn('en'), 'en'),
  ru: compose(namesIn('ru'), 'ru'),
});

/** The body as it stands after "meeting of" in each language. */
function bodyAfterMeeting(m: ExtractedMeeting, reference: Reference): Names {
  const body = reference.get(m.bodyId);
  return {
    en: withThe(body?.nameEn ?? m.bodyId),
    ru: ruGenitive(m.bodyGenitive ?? body?.nameRu ?? m.bodyId),
  };
}

/** "7th meeting of …", or, without an ordinal, "Meeting of …, 2–3 May 2018". */
export function meetingLabels(m: ExtractedMeeting, reference: Reference): Names {
  const body = bodyAfterMeeting(m, reference);
  if (m.ordinal !== null)
    return meetingNames(m.ordinal, reference.get(m.bodyId)?.nameEn ?? m.bodyId, body.ru);
  return each((n, code) => n.datedMeeting(body[code], m.startDate, m.endDate));
}

/** "Report on the 7th meeting of …", or "Report on the meeting of … held on 2–3 May 2018". */
export function reportLabels(m: ExtractedMeeting, reference: Reference): Names {
  const body = bodyAfterMeeting(m, reference);
  if (m.ordinal !== null)
    return reportNames(m.ordinal, reference.get(m.bodyId)?.nameEn ?? m.bodyId, body.ru);
  return each((n, code) => n.datedMeetingReport(body[code], m.startDate, m.endDate));
}

/** A report a note names by its symbol alone: "Report CTOC/COP/WG.4/2020/4" / "Доклад …". */
export const reportBySymbol = (symbol: string): Names => each((n) => `${n.report} ${symbol}`);

/** A note or a paper a list names by its symbol: "Note by the Secretariat CTOC/COP/2093/3". */
export const bySymbol = (type: 'NOTE' | 'BACKGROUND_PAPER', symbol: string): Names =>
  each((n) => `${type === 'NOTE' ? n.note : n.backgroundPaper} ${symbol}`);

/** "Report CTOC/…", "Note by the Secretariat of 2020-07-01": a genre's word and what identifies it. */
const byWord = (word: (n: ComposedNames) => string, symbol: string | null, date: string | null) =>
  each((n) => {
    const w = word(n);
    return symbol ? `${w} ${symbol}` : date ? n.ofDate(w, date) : w;
  });

/** The names the document's genre gives it, composed; and the printed title's language's, when it prints one. */
function documentNames(
  x: Extraction,
  reference: Reference,
): { composed: Names; printed: string | null } {
  const symbol = x.meta.symbol?.value ?? null;
  const date = x.meta.date?.value ?? null;
  const title = x.meta.title?.value ?? null;
  const meetingOf = (type: 'PRODUCES' | 'SUBMITTED_TO') => {
    const r = x.relations.find((r) =>
      type === 'PRODUCES'
        ? r.type === type && r.to === x.documentId
        : r.type === type && r.from === x.documentId,
    );
    const id = r ? (type === 'PRODUCES' ? r.from : r.to) : null;
    return x.meetings.find((m) => m.id === id) ?? null;
  };
  if (x.genre === 'MEETING_REPORT') {
    const m = meetingOf('PRODUCES');
    return {
      composed: m ? reportLabels(m, reference) : byWord((n) => n.report, symbol, date),
      printed: null,
    };
  }
  if (x.genre === 'BACKGROUND_PAPER') {
    const word = (n: ComposedNames) => (isBackgroundPaper(x) ? n.backgroundPaper : n.note);
    const m = meetingOf('SUBMITTED_TO');
    const body = m ? bodyAfterMeeting(m, reference) : null;
    const start = m?.startDate ?? null;
    const end = m?.endDate ?? null;
    const composed =
      body && start !== null && end !== null
        ? each((n, code) => n.paperFor(word(n), body[code], start, end))
        : byWord(word, symbol, date);
    return {
      composed,
      printed: title ? namesIn(x.meta.lang).titled(word(namesIn(x.meta.lang)), title) : null,
    };
  }
  return { composed: byWord((n) => n.note, null, date), printed: title };
}

/**
 * The document's type by its genre: a working group's or the Conference's report is a REPORT;
 * a paper headed by a meeting is a BACKGROUND_PAPER when it calls itself one, else (a note
 * by the Secretariat for that meeting) a NOTE, like every other note and page.
 */
function documentType(x: Extraction): DocumentRecord['type'] {
  if (x.genre === 'MEETING_REPORT' || x.genre === 'CONFERENCE_REPORT') return 'REPORT';
  if (x.genre === 'BACKGROUND_PAPER' && isBackgroundPaper(x)) return 'BACKGROUND_PAPER';
  return 'NOTE';
}

/** The document the extraction reads (not a mandate's text: to-graph-text.ts names that one). */
export function ownDocument(
  x: Extraction,
  reference: Reference,
  ev: (e: ExtractedEvidence) => EvidenceRecord,
): DocumentRecord {
  const lang = x.meta.lang;
  const date = x.meta.date?.value ?? null;
  const symbol = x.meta.symbol;
  const { composed, printed } = documentNames(x, reference);
  const own = `name.${lang}`;
  const names: Names = { ...composed, ...(printed ? { [lang]: printed } : {}) };
  const fact = (fields: string[], e: { context: ExtractedEvidence['context']; quote: string }) => ({
    fields,
    source: 'DOCUMENT' as const,
    evidence: ev({ paragraph: null, context: e.context, quote: e.quote }),
  });
  const provenance: ProvenanceRecord[] = [
    ...(printed && x.meta.title ? [fact([own], x.meta.title)] : []),
    {
      fields: printed ? ['name.en', 'name.ru'].filter((f) => f !== own) : ['name.en', 'name.ru'],
      source: 'DERIVED',
      note: NOTES.composedLabel.en,
    },
    ...(x.meta.date ? [fact(['date', 'year'], x.meta.date)] : []),
    ...(symbol ? [fact(['symbol', 'printedSymbol'], symbol)] : []),
  ];
  const year = date?.slice(0, 4) ?? /\/(\d{4})\//.exec(symbol?.value ?? '')?.[1];
  return {
    id: x.documentId,
    kind: 'DOCUMENT',
    type: documentType(x),
    symbol: symbol?.value ?? null,
    printedSymbol: symbol?.quote ?? null,
    year: year ? Number(year) : null,
    date,
    lang,
    nameEn: names.en,
    nameRu: names.ru,
    aliasesEn: [],
    aliasesRu: [],
    provenance,
  };
}
