// Sources that disagree: a later document never overwrites a fact the graph holds; both values
// are kept, each cited, and listed as a conflict.
import { describe, expect, it } from 'vitest';
import type { EntityRecord, EvidenceRecord } from '../../server/src/domain/model.js';
import { settleFacts } from '../../server/src/seed/facts.js';
import { conflictsOf } from '../../server/src/services/conflicts.js';

const quote = (document: string, text: string): EvidenceRecord => ({
  document,
  paragraph: 12,
  context: 'PARAGRAPH',
  quote: text,
  lang: 'en',
});
const meeting = (
  document: string,
  dates: [string, string],
  status: 'HELD' | 'PLANNED',
  statusAsOf: string,
): EntityRecord => ({
  id: 'meeting/wg/7',
  kind: 'MEETING',
  nameEn: 'Seventh meeting',
  nameRu: 'Седьмое совещание',
  aliasesEn: [],
  aliasesRu: [],
  bodyId: 'body/wg',
  ordinal: 7,
  startDate: dates[0],
  endDate: dates[1],
  place: 'Vienna',
  status,
  statusAsOf,
  provenance: [
    {
      fields: ['startDate', 'endDate', 'status'],
      source: 'DOCUMENT',
      evidence: quote(document, `${document} says ${dates.join('–')}`),
    },
  ],
});
const planned = meeting('note', ['2020-07-16', '2020-07-17'], 'PLANNED', '2020-07-01');
const heldLater = meeting('report', ['2020-07-20', '2020-07-21'], 'HELD', '2021-01-15');

describe('settleFacts', () => {
  it('keeps the dates the graph holds and records both values with their quotes', () => {
    const settled = settleFacts(planned, heldLater, false);
    expect(settled.kind === 'MEETING' && [settled.startDate, settled.endDate]).toEqual([
      '2020-07-16',
      '2020-07-17',
    ]);
    // The later document's provenance no longer claims the dates it did not set.
    expect(settled.provenance.flatMap((p) => p.fields)).toEqual(['status']);
    const conflicts = conflictsOf(settled);
    expect(conflicts.map((c) => c.field)).toEqual(['startDate', 'endDate']);
    expect(conflicts[0]?.values.map((v) => [v.value, v.held, v.evidence?.document])).toEqual([
      ['2020-07-16', true, 'note'],
      ['2020-07-20', false, 'report'],
    ]);
  });

  it('takes a status stated on a later date as the current one, keeping the earlier as history', () => {
    const settled = settleFacts(planned, heldLater, false);
    expect(settled.kind === 'MEETING' && [settled.status, settled.statusAsOf]).toEqual([
      'HELD',
      '2021-01-15',
    ]);
    // Two dates, two statuses: a change, not a disagreement.
    expect(conflictsOf(settled).some((c) => c.field === 'status')).toBe(false);
    // Read in the other order, the later statement still wins.
    const reversed = settleFacts(heldLater, planned, false);
    expect(reversed.kind === 'MEETING' && reversed.status).toBe('HELD');
  });

  it('keeps the held status when another document says otherwise on the same date, as a conflict', () => {
    const sameDay = meeting('other', ['2020-07-16', '2020-07-17'], 'HELD', '2020-07-01');
    const settled = settleFacts(planned, sameDay, false);
    expect(settled.kind === 'MEETING' && settled.status).toBe('PLANNED');
    const [status] = conflictsOf(settled);
    expect([status?.field, status?.asOf]).toEqual(['status', '2020-07-01']);
    expect(status?.values.map((v) => [v.value, v.held])).toEqual([
      ['PLANNED', true],
      ['HELD', false],
    ]);
  });

  it('adds nothing when a document states the same values again', () => {
    const again = settleFacts(
      planned,
      meeting('note2', ['2020-07-16', '2020-07-17'], 'PLANNED', '2020-07-01'),
      false,
    );
    expect(again.claims).toBeUndefined();
    expect(conflictsOf(again)).toEqual([]);
  });

  it('lets reference data correct its own value, but keeps a document it contradicts as a claim', () => {
    const session = (year: number, source: 'REFERENCE' | 'DOCUMENT'): EntityRecord => ({
      id: 'session/2',
      kind: 'SESSION',
      nameEn: 'Second session',
      nameRu: 'Вторая сессия',
      aliasesEn: [],
      aliasesRu: [],
      number: 2,
      year,
      place: null,
      startDate: null,
      endDate: null,
      provenance: [
        source === 'DOCUMENT'
          ? { fields: ['year'], source, evidence: quote('report', `held in ${String(year)}`) }
          : { fields: ['year'], source, note: 'public record' },
      ],
    });
    const corrected = settleFacts(session(2004, 'REFERENCE'), session(2005, 'REFERENCE'), true);
    expect(corrected.kind === 'SESSION' && corrected.year).toBe(2005);
    expect(conflictsOf(corrected)).toEqual([]);
    const contradicted = settleFacts(session(2006, 'DOCUMENT'), session(2005, 'REFERENCE'), true);
    expect(conflictsOf(contradicted)[0]?.values.map((v) => [v.value, v.source])).toEqual([
      [2005, 'REFERENCE'],
      [2006, 'DOCUMENT'],
    ]);
  });
});
