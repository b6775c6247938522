// A UNODC web page about a working group's meeting ("Working Group on Firearms / Sixty-second
// meeting, Vienna, 2 and 3 June 2094"): the page is no paper for the meeting, but the documents it
// lists are ("Provisional agenda and annotations — CTOC/COP/WG.6/2094/1"), and a line for an
// earlier meeting with its report ("Sixty-first meeting, Vienna, 16 and 17 May 2093 — report
// CTOC/COP/WG.6/2093/4") says that meeting was held and produced it.
import type { ExtractedEvidence, ListedDocumentType } from '../extraction.js';
import { findDateRanges } from '../lexicon/dates.js';
import { findOrdinals } from '../lexicon/ordinals.js';
import { findSymbols } from '../lexicon/symbols.js';
import { CUES } from '../rules/cues.js';
import { listedKind } from '../rules/reports.js';
import type { Block } from '../types.js';
import type { collectors } from './common.js';
import { groupIn, stateMeeting } from './meeting-of.js';
import { meetingIdOf } from '../rules/context.js';
import type { EntityMatcher } from '../lexicon/entities.js';

/** The meeting a section of the page is about: "Working Group on …, sixty-fifth session". */
function sectionMeeting(text: string, matcher: EntityMatcher): Current | null {
  if (findDateRanges(text).length > 0 || findSymbols(text).length > 0) return null;
  const body = groupIn(text, matcher);
  const ordinal = findOrdinals(text).find((o) => o.noun === 'meeting' || o.noun === 'session');
  if (!body || body.proposed || !ordinal) return null;
  return { id: meetingIdOf(body.id, ordinal.value), bodyId: body.id, ordinal: ordinal.value };
}

/** A heading that numbers and dates a meeting of the page's body, no symbol on it; or null. */
function datedSection(text: string, bodyId: string, matcher: EntityMatcher) {
  if (findSymbols(text).length > 0) return null;
  const ordinal = findOrdinals(text).find((o) => o.noun === 'meeting' || o.noun === 'session');
  const dates = findDateRanges(text)[0];
  const body = groupIn(text, matcher);
  if (!ordinal || !dates || (body && body.id !== bodyId) || text.length > 120) return null;
  return {
    bodyId,
    ordinal: ordinal.value,
    startDate: dates.startDate,
    endDate: dates.endDate,
  };
}

interface Current {
  /** Null on a body's page that names no meeting of its own (its rows list earlier ones). */
  id: string | null;
  bodyId: string;
  ordinal: number | null;
}

// A table's head row naming a column of reports ("Meeting Dates Report"): its rows' symbols are
// the meetings' reports.
const reportColumn = (text: string) => text.split(/\s+/u).length <= 6 && CUES.report(text);

/**
 * The documents and earlier meetings a meeting's page lists, each line its own evidence: under
 * the meeting its header names, or under a section heading that names one.
 */
export function meetingPageDocuments(
  shared: ReturnType<typeof collectors>,
  header: Current | null,
  blocks: readonly Block[],
): void {
  let current = header;
  let reports = false;
  for (const [k, b] of blocks.entries()) {
    if (b.kind === 'paragraph' || b.kind === 'footnote') continue;
    const section = sectionMeeting(b.text, shared.matcher);
    if (section) {
      current = section;
      continue;
    }
    // "Сто тринадцатое совещание (Вена, 14–16 июня 2087 года)" on a body's page: a section
    // for that meeting of the body, held when the section lists its report.
    const dated = current ? datedSection(b.text, current.bodyId, shared.matcher) : null;
    if (dated && current) {
      const rest = blocks.slice(k + 1);
      const next = rest.findIndex(
        (x) => x.kind !== 'paragraph' && datedSection(x.text, dated.bodyId, shared.matcher),
      );
      const held = rest
        .slice(0, next < 0 ? rest.length : next)
        .some((x) => CUES.report(x.text) && findSymbols(x.text).length > 0);
      const evidence: ExtractedEvidence = { paragraph: null, context: 'HEADING', quote: b.text };
      const id = stateMeeting(
        shared,
        { ...dated, place: null, status: held ? 'HELD' : 'PLANNED', evidence, bodyGenitive: null },
        [evidence],
      );
      current = { id, bodyId: dated.bodyId, ordinal: dated.ordinal };
      continue;
    }
    const symbols = findSymbols(b.text);
    if (symbols.length === 0 && reportColumn(b.text)) reports = true;
    if (!current || symbols.length !== 1 || !symbols[0]) continue;
    const s = symbols[0];
    const evidence: ExtractedEvidence = { paragraph: null, context: 'HEADING', quote: b.text };
    const document = (type: ListedDocumentType) =>
      shared.documents.push({
        id: s.symbol,
        type,
        symbol: s.symbol,
        printedSymbol: s.printed,
        evidence: { ...evidence, quote: s.printed },
        meetingId: null,
      });
    const kind = listedKind(b.text);
    if (kind && current.id !== null) {
      document(kind);
      shared.relations.add(
        { type: 'SUBMITTED_TO', from: s.symbol, to: current.id, action: null, basis: null },
        [evidence],
      );
      continue;
    }
    if (!CUES.report(b.text) && !reports) continue;
    const ordinal = findOrdinals(b.text).find((o) => o.noun === 'meeting' || o.noun === 'session');
    const dates = findDateRanges(b.text)[0];
    // "Report on the sixty-fifth session CTOC/…" under that session: its report.
    if (!dates && current.id !== null && (!ordinal || ordinal.value === current.ordinal)) {
      document('REPORT');
      shared.relations.add(
        { type: 'PRODUCES', from: current.id, to: s.symbol, action: null, basis: null },
        [evidence],
      );
      continue;
    }
    if (!ordinal || !dates || ordinal.value === current.ordinal) continue;
    // An earlier meeting with its report was held.
    const earlier = stateMeeting(
      shared,
      {
        bodyId: current.bodyId,
        ordinal: ordinal.value,
        startDate: dates.startDate,
        endDate: dates.endDate,
        place: null,
        status: 'HELD',
        evidence,
        bodyGenitive: null,
      },
      [evidence],
    );
    document('REPORT');
    shared.relations.add(
      { type: 'PRODUCES', from: earlier, to: s.symbol, action: null, basis: null },
      [evidence],
    );
  }
}
