// Each conference apart (issue 26): a document is read for the treaty body its symbol, masthead
// or text names, and what it states is scoped by that conference's ids.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFERENCES, conferenceOfId } from '../../server/src/domain/conferences.js';
import { extractDocument } from '../../server/src/ingest/extract.js';
import { readTask } from '../../server/src/ingest/read/read-task.js';
import { DEFAULT_LIMITS } from '../../server/src/ingest/read/limits.js';
import { curatedEntities } from '../../server/src/seed/seed-graph.js';

const fixture = (name: string) => readFileSync(`tests/fixtures/conferences/${name}`);
const read = (name: string) => readTask({ bytes: fixture(name), name, limits: DEFAULT_LIMITS });
const untoc = curatedEntities();
/** Every entity id a graph part touches: its entities and both ends of its relations. */
const touched = (g: Awaited<ReturnType<typeof read>>['graph']) => [
  ...g.entities.map((e) => e.id),
  ...g.relations.flatMap((r) => [r.fromId, r.toId, ...(r.basisId ? [r.basisId] : [])]),
];

describe('a note of the Conference of the States Parties to UNCAC', () => {
  it('is read as UNCAC’s: its session is uncac/session/9, not UNTOC’s ninth session', async () => {
    const { graph, report } = await read('uncac-note-en.txt');
    expect(graph.relations.length).toBeGreaterThan(0);
    const submitted = graph.relations.find((r) => r.type === 'SUBMITTED_TO');
    expect(submitted).toMatchObject({ fromId: 'CAC/COSP/2021/3', toId: 'uncac/session/9' });
    const session = graph.entities.find((e) => e.id === 'uncac/session/9');
    expect(session?.nameEn).toBe('Ninth session (UNCAC)');
    expect(report.document.id).toBe('CAC/COSP/2021/3');
  });

  it('touches no UNTOC entity, and says which one it named in passing', async () => {
    const { graph } = await read('uncac-note-en.txt');
    const ids = touched(graph);
    expect(ids.length).toBeGreaterThan(0);
    const shared = ids.filter((id) => untoc.has(id) && id !== 'body/unodc');
    expect(shared).toEqual([]);
    const x = extractDocument(fixture('uncac-note-en.txt'), 'uncac-note-en.txt');
    expect(x.conference).toBe('uncac');
    expect(
      x.warnings.some((w) => w.startsWith('paragraph 4 speaks of Conference of the Parties')),
    ).toBe(true);
    expect(x.relations.filter((r) => r.from.includes('decision/4/4'))).toEqual([]);
  });

  it('is told by a Russian masthead as well', () => {
    const text = [
      'Конференция государств – участников Конвенции Организации Объединенных Наций против коррупции',
      '',
      'Distr.: General',
      '1 July 2099',
      '',
      'Original: Russian',
      '',
      'Девятая сессия',
      '',
      'Вена, 1–5 декабря 2099 года',
      '',
      'Записка Секретариата',
      '',
      '1. В своей резолюции 99/1 Конференция постановила продолжить работу.',
    ].join('\n');
    const x = extractDocument(Buffer.from(text), 'ru.txt');
    expect(x.conference).toBe('uncac');
    const submitted = x.relations.find((r) => r.type === 'SUBMITTED_TO');
    expect(submitted?.to).toBe('uncac/session/9');
  });
});

describe('a document of a conference the project does not know', () => {
  it('gets a warning naming that conference, and nothing attached to a known one', () => {
    const x = extractDocument(fixture('unknown-conference-en.txt'), 'unknown-conference-en.txt');
    expect(x.conference).toBeNull();
    const warning = x.warnings.find((w) => w.includes('does not know'));
    expect(warning).toContain('Convention on the Protection of Space Debris Habitats');
    expect(warning).not.toContain('Distr');
    // The text says decision 98/2 established a working group: no such statement is made.
    expect(x.relations.filter((r) => /^(?:decision|body|session)\//.test(r.to))).toEqual([]);
  });
});

describe('UNTOC documents', () => {
  it('stay UNTOC’s with the ids they always had', () => {
    const seed = extractDocument(
      readFileSync('data/seed/000_263e9a607d91b81c.txt'),
      '000_263e9a607d91b81c.txt',
    );
    expect(seed.conference).toBe('untoc');
    expect(seed.relations.length).toBeGreaterThan(0);
    for (const r of seed.relations) expect(conferenceOfId(r.to).code).toBe('untoc');
  });

  it('every conference in the registry cites where its names come from', () => {
    expect(CONFERENCES.length).toBeGreaterThanOrEqual(2);
    for (const c of CONFERENCES) expect(c.sources.every((u) => /^https?:\/\//.test(u))).toBe(true);
  });
});
