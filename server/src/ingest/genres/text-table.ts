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
import { groupIn, stateMeeting } from './meeting-of.js';
import { findMandates } from '../lexicon/mandates.js';
import { creationAction } from '../lexicon/creations.js';
import { ACTIONS } from '../../domain/actions.js';

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
  const rows = text.split('\n').filter((l) => l.trim() !== '' && !RULE.test(l));
  const head = rows.find((r) => CUES.report(r) && findSymbols(r).length === 0);
  if (!head) return false;
  // "Body   Set up by   Meeting   Dates   Report": a column of the texts that set each body up.
  const setUp = CUES.creates(head.toLowerCase());
  const reports: string[] = [];
  let stated = 0;
  for (const row of rows) {
    const cells = row.trim().split(COLUMNS);
    // A row names its body in its first cell, or is a meeting of the body spoken of.
    const named = groupIn(cells[0] ?? '', shared.matcher);
    const body = named && !named.proposed ? named.id : st.lastBody;
    const ordinal = findOrdinals(named ? cells.slice(1).join('  ') : (cells[0] ?? ''))[0];
    const dates = findDateRanges(row)[0];
    if (!body || !ordinal || !dates) continue;
    const evidence: ExtractedEvidence = { paragraph: null, context: 'HEADING', quote: row.trim() };
    const mandate = setUp && named ? findMandates(row).find((m) => m.id)?.id : undefined;
    if (mandate)
      shared.relations.add(
        {
          type: 'CREATES',
          from: mandate,
          to: body,
          action: creationAction(mandate, body) ?? ACTIONS.established.en,
          basis: null,
        },
        [evidence],
      );
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
