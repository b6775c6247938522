// The texts (resolutions and decisions) a session adopts: each adopted at its session and
// concerning an instrument; some establish a body, some govern bodies of earlier sessions.
// The next session's note recalls them, so its paragraphs are their evidence.
import type { BodyRecord, MandateRecord } from '../../server/src/domain/model.js';
import type { Body, Conference, Session } from './compose.js';
import { derived, named, quoted } from './compose.js';
import type { Rng } from './rng.js';
import { GOVERN_ACTIONS, sessionOrdinal, TOPICS, type Topic } from './vocab.js';

export interface Instrument {
  id: string;
  /** As a sentence names it: "the Protocol on Biosafety". */
  short: string;
}

export function adoptTexts(
  k: Conference,
  rng: Rng,
  session: Session,
  bodies: Body[],
  topics: readonly Topic[],
  instruments: readonly Instrument[],
): void {
  const s = session.number;
  const note = k.id(`note/${s + 1}`);
  const count = rng.int(4, 12);
  for (let n = 1; n <= count; n++) {
    // Every conference's first text establishes a working group, so each has one to probe.
    const first = s === 1 && n === 1;
    const type = first || rng.chance(0.5) ? 'RESOLUTION' : 'DECISION';
    const instrument = rng.chance(0.6) ? instruments[0] : rng.pick(instruments);
    const creates = first || (rng.chance(0.14) && bodies.length < topics.length);
    const group = first || rng.chance(0.75) ? 'WORKING_GROUP' : 'EXPERT_GROUP';
    const governed = bodies
      .filter((b) => b.createdAt < s && rng.chance(0.05))
      .map((body) => ({ body, how: rng.pick(GOVERN_ACTIONS) }));
    if (!instrument) throw new Error('a conference has its Convention');
    const topic = creates ? topics[bodies.length] : undefined;
    const subject = topic ?? governed[0]?.body.topic ?? rng.pick(TOPICS);
    const label = `${type.toLowerCase()} ${s}/${n}`;
    const id = k.id(`${type.toLowerCase()}/${s}/${n}`);
    const p = k.paragraph(note);
    const adopted = k.evidence(
      note,
      p,
      `At its ${sessionOrdinal(s).en.toLowerCase()} session, the Conference adopted ${label} on ${subject.en.toLowerCase()}.`,
    );
    const concerns = k.evidence(
      note,
      p,
      `In ${label}, the Conference addressed the implementation of ${instrument.short}.`,
    );
    const [en, ru] = type === 'RESOLUTION' ? ['Resolution', 'Резолюция'] : ['Decision', 'Решение'];
    const mandate = k.add<MandateRecord>({
      id,
      kind: 'MANDATE',
      type,
      // Mandate numbers are unique in the database (a constraint), across conferences and
      // namespaces too: "7/1" qualified after a third "/", so sorting by N/M still works.
      number: `${s}/${n}/${k.namespace.toUpperCase()}-C${k.number}`,
      sessionId: session.id,
      subjectEn: subject.en.toLowerCase(),
      subjectRu: `по ${subject.ruDat}`,
      ...named(`${en} ${s}/${n} (${k.convention})`, `${ru} ${s}/${n} (Конвенция ${k.word.ru})`),
      provenance: [
        quoted(['type', 'subject.en'], adopted),
        derived(
          ['number', 'name.en', 'name.ru', 'subject.ru'],
          'the text number as the note writes it, qualified by its conference',
        ),
      ],
    });
    k.relate('ADOPTED_AT', id, session.id, [adopted]);
    k.relate('CONCERNS', id, instrument.id, [concerns]);
    for (const { body, how } of governed) {
      const quote = `In ${label}, the Conference ${how.verb(`the ${body.short}`)}.`;
      k.relate('GOVERNS', id, body.record.id, [k.evidence(note, p, quote)], how.action);
      body.basis = mandate;
    }
    if (topic)
      bodies.push(establish(k, mandate, label, group, topic, bodies.length + 1, s, note, p));
  }
}

function establish(
  k: Conference,
  mandate: MandateRecord,
  label: string,
  group: 'WORKING_GROUP' | 'EXPERT_GROUP',
  topic: Topic,
  series: number,
  createdAt: number,
  note: string,
  p: number,
): Body {
  const wg = group === 'WORKING_GROUP';
  const short = `${wg ? 'Working Group' : 'Expert Group'} on ${topic.en}`;
  const shortRu = `${wg ? 'Рабочая группа' : 'Группа экспертов'} по ${topic.ruDat}`;
  const within = `в рамках ${k.conventionRu}`;
  const id = k.id(`body/${wg ? 'wg' : 'eg'}-${series}`);
  const ev = k.evidence(note, p, `In ${label}, the Conference established the ${short}.`);
  const record = k.add<BodyRecord>({
    id,
    kind: 'BODY',
    type: group,
    ...named(`${short} under the ${k.convention}`, `${shortRu} ${within}`, [short], [shortRu]),
    provenance: [quoted(['aliases.en'], ev), derived(['name.en', 'name.ru', 'aliases.ru'])],
  });
  k.relate('CREATES', mandate.id, id, [ev], 'established');
  const ruGenitive = `${wg ? 'Рабочей группы' : 'Группы экспертов'} по ${topic.ruDat} ${within}`;
  return {
    record,
    topic,
    short,
    ruGenitive,
    series,
    createdAt,
    basis: mandate,
    meetings: 0,
    reportsInYear: new Map(),
  };
}
