// Meetings of a body between two sessions, each producing a report that goes to the later
// session, as the seed note reports them (held, or planned as of the note's date).
import { meetingNames, ordinalEn, reportNames } from '../../server/src/ingest/labels.js';
import type { Body, Conference, Session } from './compose.js';
import { addDays, derived, iso, named, prose, quoted, yearOf } from './compose.js';
import type { Rng } from './rng.js';
import { sessionOrdinal } from './vocab.js';

const DAY = 86_400_000;

/** "resolution 7/1": how a note names the text (its number without the conference part). */
export const textLabel = (number: string, type: string): string =>
  `${type.toLowerCase()} ${number.split('/').slice(0, 2).join('/')}`;

/** One or two meetings of a body created before `previous`, reported to `session`. */
export function holdMeetings(
  k: Conference,
  rng: Rng,
  body: Body,
  previous: Session,
  session: Session,
  seat: string,
): void {
  if (body.createdAt > previous.number) return;
  const from = addDays(previous.end, 30);
  const span = Math.max(1, Math.round((addDays(session.start, -20) - from) / DAY));
  const offsets = [rng.int(0, span), ...(rng.chance(0.5) ? [rng.int(0, span)] : [])];
  for (const offset of offsets.sort((a, b) => a - b)) {
    const ordinal = ++body.meetings;
    const start = addDays(from, offset);
    const end = addDays(start, rng.int(1, 2));
    const planned = start > session.noteDate;
    const year = yearOf(start);
    const n = (body.reportsInYear.get(year) ?? 0) + 1;
    body.reportsInYear.set(year, n);
    const symbol = k.symbol(`WG.${body.series}/${year}/${n}`);
    const meeting = k.id(`meeting/${body.record.id.split('/').at(-1) ?? ''}/${ordinal}`);
    const report = k.id(`report/${body.series}/${ordinal}`);
    const p = k.paragraph(session.note);
    const verb = planned ? 'will hold' : 'held';
    const when = `${ordinalEn(ordinal)} meeting in ${seat} from ${prose(start, end)}`;
    const held = k.evidence(session.note, p, `The ${body.short} ${verb} its ${when}.`);
    const basis = textLabel(body.basis.number, body.basis.type);
    const to = `the Conference at its ${sessionOrdinal(session.number).en.toLowerCase()} session`;
    const sent = k.evidence(
      session.note,
      p,
      `Pursuant to ${basis}, the report on that meeting (${symbol}) will be submitted to ${to}.`,
    );
    const mNames = meetingNames(ordinal, body.record.nameEn, body.ruGenitive);
    const rNames = reportNames(ordinal, body.record.nameEn, body.ruGenitive);
    k.add({
      id: meeting,
      kind: 'MEETING',
      bodyId: body.record.id,
      ordinal,
      startDate: iso(start),
      endDate: iso(end),
      place: seat,
      status: planned ? 'PLANNED' : 'HELD',
      statusAsOf: iso(session.noteDate),
      ...named(mNames.en, mNames.ru),
      provenance: [
        quoted(['ordinal', 'startDate', 'endDate', 'status', 'place'], held),
        derived(['statusAsOf'], 'held/planned as of the date of the document that says so'),
        derived(['name.en', 'name.ru']),
      ],
    });
    k.document(
      `report/${body.series}/${ordinal}`,
      { type: 'REPORT', symbol, year, date: null, lang: null, ...named(rNames.en, rNames.ru) },
      [
        quoted(['symbol', 'printedSymbol'], sent),
        derived(['name.en', 'name.ru']),
        derived(['year'], 'the year part of the UN symbol'),
      ],
    );
    k.relate('HOLDS', body.record.id, meeting, [held]);
    k.relate('PRODUCES', meeting, report, [sent]);
    k.relate('SUBMITTED_TO', report, session.id, [sent], null, body.basis.id);
  }
}
