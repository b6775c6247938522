// A table set in plain text inside a note: a head row naming its columns ("Meeting   Dates
// (Vienna)   Report"), rules of dashes, then a row per meeting of the body the paragraph
// before spoke of ("Sixty-seventh   16–18 November 2093   CTOC/COP/WG.10/2093/5"). Each row
// says the body held that meeting on those dates and that the meeting produced its report.
import type { ExtractedEvidence } from '../extraction.js';
import { findDateRanges } from '../lexicon/dates.js';
import { findOrdinals } from '../lexicon/ordinals.js';
import { findSymbols } from '../lexicon/symbols.js';
import { CUES, meetingStatus } from '../rules/cues.js';
import type { ParagraphState } from '../rules/context.js';
import type { collectors } from './common.js';
import { stateMeeting } from './meeting-of.js';

// Columns are set apart by two spaces or more; a rule is a line of dashes or underscores.
const COLUMNS = /\s{2,}/u;
const RULE = /^[-_=–—\s]+$/u;

/** Whether a heading block is such a table: a head row of columns and a row under it. */
export function isTextTable(text: string): boolean {
  const rows = text.split('\n').filter((l) => l.trim() !== '' && !RULE.test(l));
  return rows.length >= 2 && rows.every((r) => r.trim().split(COLUMNS).length >= 2);
}

/**
 * The meetings a table lists for the body spoken of, each row its evidence; the reports its
 * rows name become the ones "both reports" means next. False when it states none.
 */
export function readMeetingTable(
  text: string,
  shared: ReturnType<typeof collectors>,
  st: ParagraphState,
  date: string | null,
): boolean {
  const body = st.lastBody;
  const rows = text.split('\n').filter((l) => l.trim() !== '' && !RULE.test(l));
  if (!body || !rows.some((r) => CUES.report(r) && findSymbols(r).length === 0)) return false;
  const reports: string[] = [];
  let stated = 0;
  for (const row of rows) {
    const cells = row.trim().split(COLUMNS);
    const ordinal = findOrdinals(cells[0] ?? '')[0];
    const dates = findDateRanges(row)[0];
    if (!ordinal || !dates) continue;
    const evidence: ExtractedEvidence = { paragraph: null, context: 'HEADING', quote: row.trim() };
    const planned = meetingStatus(row) === 'PLANNED' || (date !== null && dates.endDate > date);
    const id = stateMeeting(
      shared,
      {
        bodyId: body,
        ordinal: ordinal.value,
        startDate: dates.startDate,
        endDate: dates.endDate,
        place: null,
        status: planned ? 'PLANNED' : 'HELD',
        evidence,
        bodyGenitive: null,
      },
      [evidence],
    );
    stated++;
    const symbol = findSymbols(row)[0];
    if (!symbol) continue;
    shared.documents.push({
      id: symbol.symbol,
      type: 'REPORT',
      symbol: symbol.symbol,
      printedSymbol: symbol.printed,
      evidence: { ...evidence, quote: symbol.printed },
      meetingId: id,
    });
    shared.relations.add(
      { type: 'PRODUCES', from: id, to: symbol.symbol, action: null, basis: null },
      [evidence],
    );
    reports.push(symbol.symbol);
  }
  if (reports.length) st.lastReports = reports;
  return stated > 0;
}
