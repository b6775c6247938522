// One synthetic Conference of the Parties, built session by session: its Convention and
// protocols, sessions with their notes and agendas, the texts each session adopts (some
// create bodies, later ones govern them), and the meetings and reports of those bodies.
// Each session's note is the evidence of what it reports: the meetings and reports going to
// that session and the texts of the session before (as the real seed note recalls 7/1).
import { agendaNames, ordinalEn } from '../../server/src/ingest/labels.js';
import type { Body, Session } from './compose.js';
import { addDays, Conference, derived, iso, named, prose, quoted, utc, yearOf } from './compose.js';
import { holdMeetings } from './meetings.js';
import { Rng, streamSeed } from './rng.js';
import { adoptTexts, type Instrument } from './texts.js';
import { about, PLACES, PROTOCOLS, sessionOrdinal, THEMES, TOPICS } from './vocab.js';

/** Conference `number` of the registry; `maxSessions` cuts it short (the registry's last one). */
export function buildConference(
  namespace: string,
  seed: number,
  number: number,
  maxSessions = Infinity,
): Conference {
  const rng = new Rng(streamSeed(seed, number));
  const k = new Conference(namespace, number);
  // Drawn first and always, so a conference cut short is the same conference, earlier in time.
  const sessions = Math.min(rng.int(7, 11), maxSessions);
  const firstYear = rng.int(1992, 2002);
  const month = rng.int(3, 11);
  const seat = rng.pick(PLACES);
  const instruments = found(k, rng, firstYear);
  const topics = rng.shuffle(TOPICS);
  const bodies: Body[] = [];
  let previous: Session | undefined;
  // Sessions 1..sessions adopt texts; the one after is the upcoming session its note prepares.
  for (let s = 1; s <= sessions + 1; s++) {
    const session = openSession(k, rng, s, utc(firstYear + 2 * (s - 1), month, 1), seat);
    if (previous) for (const body of bodies) holdMeetings(k, rng, body, previous, session, seat);
    if (s <= sessions) adoptTexts(k, rng, session, bodies, topics, instruments);
    previous = session;
  }
  return k;
}

/** The Convention, its protocols and the Conference of the Parties it establishes. */
function found(k: Conference, rng: Rng, firstYear: number): Instrument[] {
  const theme = rng.pick(THEMES);
  const protocols = rng.shuffle(PROTOCOLS).slice(0, rng.int(1, 3));
  const note = k.id('note/1');
  const cop = k.id('body/cop');
  const conv = k.id('instrument/convention');
  const establishes = k.evidence(
    note,
    k.paragraph(note),
    `Article 22 of the ${k.convention} on ${theme.en} established the Conference of the Parties.`,
  );
  k.add({
    id: conv,
    kind: 'INSTRUMENT',
    type: 'CONVENTION',
    adopted: firstYear - 2,
    ...named(
      `${k.convention} on ${theme.en}`,
      `Конвенция ${k.word.ru} ${about(theme.ruPrep)}`,
      [k.convention],
      [`Конвенция ${k.word.ru}`],
    ),
    provenance: [
      quoted(['name.en'], establishes),
      derived(['name.ru', 'aliases.en', 'aliases.ru', 'adopted']),
    ],
  });
  const instruments = [{ id: conv, short: `the ${k.convention}` }];
  protocols.forEach((p, i) => {
    const id = k.id(`instrument/protocol-${i + 1}`);
    const ev = k.evidence(
      note,
      k.paragraph(note),
      `The Protocol on ${p.en} supplements the ${k.convention}.`,
    );
    k.add({
      id,
      kind: 'INSTRUMENT',
      type: 'PROTOCOL',
      adopted: firstYear - 1,
      ...named(
        `Protocol on ${p.en} to the ${k.convention}`,
        `Протокол ${about(p.ruPrep)} к ${k.conventionRu}`,
      ),
      provenance: [quoted(['name.en'], ev), derived(['name.ru', 'adopted'])],
    });
    k.relate('SUPPLEMENTS', id, conv, [ev]);
    instruments.push({ id, short: `the Protocol on ${p.en}` });
  });
  k.add({
    id: cop,
    kind: 'BODY',
    type: 'CONFERENCE',
    ...named(
      `Conference of the Parties to the ${k.convention}`,
      `Конференция участников ${k.conventionRu}`,
      [`${k.word.en} COP`],
    ),
    provenance: [quoted(['name.en'], establishes), derived(['name.ru', 'aliases.en'])],
  });
  k.relate('CREATES', conv, cop, [establishes], 'established');
  return instruments;
}

/** Session s (every two years), its note (100 days before) and its provisional agenda. */
function openSession(
  k: Conference,
  rng: Rng,
  s: number,
  monthStart: number,
  seat: string,
): Session {
  const year = yearOf(monthStart);
  const start = addDays(monthStart, rng.int(4, 19));
  const end = addDays(start, 4);
  const noteDate = addDays(start, -100);
  const ord = sessionOrdinal(s);
  const id = k.id(`session/${s}`);
  const note = k.id(`note/${s}`);
  const agenda = k.id(`agenda/${s}`);
  const agendaSymbol = k.symbol(`COP/${year}/1`);
  const header = k.evidence(note, null, `${ord.en} session`, 'HEADER');
  const where = k.evidence(note, null, `${seat}, ${prose(start, end)}`, 'HEADER');
  const footnote = k.evidence(note, null, `* ${agendaSymbol}.`, 'FOOTNOTE');
  const ofConference = `of the Conference of the Parties to the ${k.convention}`;
  const ruConference = `Конференции участников ${k.conventionRu}`;
  k.add({
    id,
    kind: 'SESSION',
    number: s,
    year,
    place: seat,
    startDate: iso(start),
    endDate: iso(end),
    ...named(`${ord.en} session ${ofConference}`, `${ord.ru} сессия ${ruConference}`),
    provenance: [
      quoted(['number', 'name.en'], header),
      quoted(['place', 'startDate', 'endDate', 'year'], where),
      derived(['name.ru']),
    ],
  });
  const title = `Note by the Secretariat for the ${ordinalEn(s)} session ${ofConference}`;
  k.document(
    `note/${s}`,
    {
      type: 'NOTE',
      symbol: k.symbol(`COP/${year}/2`),
      year: yearOf(noteDate),
      date: iso(noteDate),
      lang: 'en',
      ...named(title, `Записка Секретариата (${ord.ru.toLowerCase()} сессия ${ruConference})`),
    },
    [
      quoted(['name.en'], k.evidence(note, null, title, 'HEADING')),
      quoted(['date', 'year'], k.evidence(note, null, iso(noteDate), 'HEADER')),
      derived(['name.ru']),
    ],
  );
  const names = agendaNames(s);
  k.document(
    `agenda/${s}`,
    {
      type: 'PROVISIONAL_AGENDA',
      symbol: agendaSymbol,
      year,
      date: null,
      lang: null,
      ...named(`${names.en} ${ofConference}`, `${names.ru} ${ruConference}`),
    },
    [quoted(['symbol', 'printedSymbol'], footnote), derived(['name.en', 'name.ru', 'year'])],
  );
  k.relate('SESSION_OF', id, k.id('body/cop'), [header]);
  k.relate('SUBMITTED_TO', note, id, [header]);
  k.relate('REFERENCES', note, agenda, [footnote], 'provisional agenda items 2 and 3');
  return { number: s, id, note, start, end, noteDate };
}
