import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, Subgraph } from '../src/graph/subgraph';
import { nodeYear } from '../src/graph/subgraph';
import { en } from '../src/i18n/en';
import { ru } from '../src/i18n/ru';
import { markerText, timelineLabel, type Translate } from '../src/timeline/labels';
import { computeTimeline, type Box, type Timeline } from '../src/timeline/positions';
import { wrapText } from '../src/timeline/wrap';

// A seed-like subgraph: the Conference's sessions and mandates, the Convention, two working
// groups (one with a held and a planned meeting, each with its report), a status change.
const session = (n: number, year: number): GraphNode => ({
  id: `session/${String(n)}`,
  kind: 'SESSION',
  nameEn: `Session ${String(n)}`,
  nameRu: `Сессия ${String(n)}`,
  aliasesEn: [],
  aliasesRu: [],
  proposal: null,
  sessionNumber: n,
  year,
});
const mandate = (number: string, s: number, year: number): GraphNode => ({
  id: `resolution/${number}`,
  kind: 'MANDATE',
  nameEn: `Resolution ${number}`,
  nameRu: `Резолюция ${number}`,
  aliasesEn: [],
  aliasesRu: [],
  proposal: null,
  number,
  mandateType: 'RESOLUTION',
  session: { id: `session/${String(s)}`, number: s, year },
});
const body = (id: string, name: string): GraphNode => ({
  id,
  kind: 'BODY',
  nameEn: name,
  nameRu: name,
  aliasesEn: [],
  aliasesRu: [],
  proposal: null,
  bodyType: 'WORKING_GROUP',
});
const meeting = (id: string, ordinal: number, date: string, planned: boolean): GraphNode => ({
  id,
  kind: 'MEETING',
  nameEn: `${String(ordinal)}th meeting of a long-named working group`,
  nameRu: `${String(ordinal)}-е совещание`,
  aliasesEn: [],
  aliasesRu: [],
  proposal: null,
  ordinal,
  startDate: date,
  endDate: date,
  status: planned ? 'PLANNED' : 'HELD',
});
const report = (symbol: string, year: number): GraphNode => ({
  id: symbol,
  kind: 'DOCUMENT',
  nameEn: `Report ${symbol}`,
  nameRu: `Доклад ${symbol}`,
  aliasesEn: [],
  aliasesRu: [],
  proposal: null,
  symbol,
  year,
  documentType: 'REPORT',
});
const edge = (type: GraphEdge['type'], from: string, to: string, action?: string): GraphEdge => ({
  id: `${type}:${from}>${to}`,
  type,
  action: action ?? null,
  actionRu: null,
  corroboration: { documents: 0, paragraphs: 0, langs: [] },
  source: 'DOCUMENT',
  note: null,
  noteRu: null,
  from: { id: from },
  to: { id: to },
  basis: null,
  evidence: [],
});

const graph: Subgraph = {
  nodes: [
    {
      id: 'instrument/untoc',
      kind: 'INSTRUMENT',
      nameEn: 'United Nations Convention against Transnational Organized Crime',
      nameRu: 'Конвенция',
      aliasesEn: [],
      aliasesRu: [],
      proposal: null,
      adopted: 2000,
      instrumentType: 'CONVENTION',
    },
    session(10, 2020),
    session(4, 2008),
    session(7, 2014),
    session(5, 2010),
    mandate('4/4', 4, 2008),
    mandate('5/3', 5, 2010),
    mandate('5/4', 5, 2010),
    mandate('7/1', 7, 2014),
    body('body/wg-tip', 'Working Group on Trafficking in Persons'),
    body('body/wg-firearms', 'Working Group on Firearms'),
    body('body/expert-group', 'Open-ended expert group'),
    meeting('meeting/tip/9', 9, '2019-09-09', false),
    meeting('meeting/tip/10', 10, '2020-09-10', true),
    meeting('meeting/fa/7', 7, '2020-07-16', true),
    report('CTOC/COP/WG.4/2019/6', 2019),
    report('CTOC/COP/WG.4/2020/4', 2020),
    report('CTOC/COP/WG.6/2020/4', 2020),
  ],
  edges: [
    edge('ADOPTED_AT', 'resolution/4/4', 'session/4'),
    edge('ADOPTED_AT', 'resolution/7/1', 'session/7'),
    edge('CREATES', 'resolution/4/4', 'body/wg-tip', 'established'),
    edge('CREATES', 'resolution/5/4', 'body/wg-firearms', 'established'),
    edge('GOVERNS', 'resolution/7/1', 'body/wg-tip', 'made a constant element'),
    edge('GOVERNS', 'resolution/7/1', 'body/wg-firearms', 'made a constant element'),
    edge('GOVERNS', 'resolution/7/1', 'body/expert-group', 'requested to convene'),
    edge('HOLDS', 'body/wg-tip', 'meeting/tip/9'),
    edge('HOLDS', 'body/wg-tip', 'meeting/tip/10'),
    edge('HOLDS', 'body/wg-firearms', 'meeting/fa/7'),
    edge('PRODUCES', 'meeting/tip/9', 'CTOC/COP/WG.4/2019/6'),
    edge('PRODUCES', 'meeting/tip/10', 'CTOC/COP/WG.4/2020/4'),
    edge('PRODUCES', 'meeting/fa/7', 'CTOC/COP/WG.6/2020/4'),
    edge('SUBMITTED_TO', 'CTOC/COP/WG.4/2020/4', 'session/10'),
  ],
};

/** About the width of a 12 px sans-serif label. */
const measure = (text: string): number => text.length * 6.6;
let t: Translate;
let tRu: Translate;

function timeline(g: Subgraph = graph, hiddenKinds: string[] = []): Timeline {
  const shown = g.nodes.filter((n) => !hiddenKinds.includes(n.kind));
  return computeTimeline({
    graph: g,
    visibleNodes: new Set(shown.map((n) => n.id)),
    visibleEdges: new Set(g.edges.map((e) => e.id)),
    labels: new Map(shown.map((n) => [n.id, timelineLabel(n, 'en', t, nodeYear(n, g))])),
    markerText: (c) => markerText(c, 'en'),
    measure,
  });
}
const node = (id: string): GraphNode => {
  const n = graph.nodes.find((m) => m.id === id);
  if (!n) throw new Error(`no ${id} in the fixture`);
  return n;
};
const at = (tl: Timeline, id: string) => {
  const p = tl.positions.get(id);
  if (!p) throw new Error(`${id} is not placed`);
  return p;
};
const laneOf = (tl: Timeline, id: string) =>
  tl.lanes.find((l) => at(tl, id).y >= l.y && at(tl, id).y < l.y + l.height);
const columnOf = (tl: Timeline, year: number) => tl.columns.find((c) => c.year === year);

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', resources: { en: { translation: en }, ru: { translation: ru } } });
  t = (key, options) => i18n.t(key, options);
  const ruT = i18n.getFixedT('ru');
  tRu = (key, options) => ruT(key, options);
});

describe('the timeline', () => {
  it('puts sessions in year order, each mandate in its session’s column', () => {
    const tl = timeline();
    const sessions = graph.nodes
      .filter((n) => n.kind === 'SESSION')
      .map((n) => ({ year: nodeYear(n, graph) ?? 0, x: at(tl, n.id).x }))
      .sort((a, b) => a.x - b.x);
    expect(sessions.map((s) => s.year)).toEqual([2008, 2010, 2014, 2020]);
    expect(at(tl, 'resolution/7/1').x).toBe(at(tl, 'session/7').x);
    const years = tl.columns.map((c) => c.year);
    expect(years).toEqual([...years].sort());
    // Years with nothing in them take no room, but the axis says where years are missing.
    expect(columnOf(tl, 2019)?.gapBefore).toBe(true);
    expect(columnOf(tl, 2020)?.gapBefore).toBe(false);
  });

  it('gives every body a lane holding its meetings and their reports', () => {
    const tl = timeline();
    const tip = laneOf(tl, 'body/wg-tip');
    expect(tip?.bodyId).toBe('body/wg-tip');
    for (const id of ['meeting/tip/9', 'meeting/tip/10', 'CTOC/COP/WG.4/2020/4']) {
      expect(laneOf(tl, id)).toBe(tip);
    }
    expect(laneOf(tl, 'CTOC/COP/WG.6/2020/4')?.bodyId).toBe('body/wg-firearms');
    expect(laneOf(tl, 'session/4')?.kind).toBe('conference');
    expect(laneOf(tl, 'instrument/untoc')?.kind).toBe('instruments');
    // Older bodies first.
    const bodies = tl.lanes.filter((l) => l.bodyId).map((l) => l.bodyId);
    expect(bodies.indexOf('body/wg-tip')).toBeLessThan(bodies.indexOf('body/wg-firearms'));
  });

  it('draws no label over another label or node, and keeps them all inside the picture', () => {
    for (const hidden of [[], ['INSTRUMENT'], ['MEETING']]) {
      const tl = timeline(graph, hidden);
      const boxes: [string, Box][] = [];
      for (const [id, p] of tl.positions) {
        boxes.push([`node ${id}`, { x1: p.x - 13, x2: p.x + 13, y1: p.y - 13, y2: p.y + 13 }]);
        const label = tl.labelBoxes.get(id);
        if (label && label.y2 > label.y1) boxes.push([`label ${id}`, label]);
      }
      for (const m of tl.markers) {
        const w = Math.max(...m.lines.map(measure)) / 2;
        boxes.push([
          `marker ${m.change.id}`,
          { x1: m.x - w, x2: m.x + w, y1: m.y - 6, y2: m.y + 18 + m.lines.length * 15 },
        ]);
      }
      const clashes: string[] = [];
      for (const [i, [a, boxA]] of boxes.entries()) {
        if (boxA.x1 < 0 || boxA.x2 > tl.width || boxA.y2 > tl.height) clashes.push(`${a} outside`);
        for (const [b, boxB] of boxes.slice(i + 1)) {
          const apart =
            boxA.x2 <= boxB.x1 || boxB.x2 <= boxA.x1 || boxA.y2 <= boxB.y1 || boxB.y2 <= boxA.y1;
          if (!apart) clashes.push(`${a} / ${b}`);
        }
      }
      expect(clashes).toEqual([]);
    }
  });

  it('stacks what shares a year in a lane and grows the lane to hold it', () => {
    const tl = timeline();
    expect(at(tl, 'resolution/5/3').x).toBe(at(tl, 'resolution/5/4').x);
    expect(at(tl, 'resolution/5/3').y).not.toBe(at(tl, 'resolution/5/4').y);
    // The report sits under the meeting that produced it.
    expect(at(tl, 'CTOC/COP/WG.4/2020/4').y).toBeGreaterThan(at(tl, 'meeting/tip/10').y);
    const tip = laneOf(tl, 'body/wg-tip');
    expect(tip && tip.y + tip.height).toBeGreaterThan(at(tl, 'CTOC/COP/WG.4/2020/4').y + 15);
  });

  it('draws a body’s life from its creation to its last meeting, with its status changes', () => {
    const tl = timeline();
    const tip = laneOf(tl, 'body/wg-tip');
    expect(tip?.band).toMatchObject({
      x1: at(tl, 'body/wg-tip').x,
      x2: at(tl, 'meeting/tip/10').x,
      fromCreation: true,
    });
    expect(at(tl, 'body/wg-tip').x).toBe(at(tl, 'resolution/4/4').x);
    const change = tl.markers.find((m) => m.change.id === 'marker:resolution/7/1>body/wg-tip');
    expect(change?.x).toBe(at(tl, 'resolution/7/1').x);
    expect(change?.y).toBe(tip?.band?.y);
    expect(change?.lines.join(' ')).toBe('Resolution 7/1: made a constant element');
  });

  it('says "created" only where the creating mandate is known', () => {
    const tl = timeline();
    const group = node('body/expert-group');
    expect(timelineLabel(group, 'en', t, nodeYear(group, graph))).toBe('');
    const wg = node('body/wg-tip');
    expect(timelineLabel(wg, 'en', t, nodeYear(wg, graph))).toBe('created');
    // Its lane starts at its first activity in view, and the band says the start is unknown.
    expect(at(tl, 'body/expert-group').x).toBe(at(tl, 'resolution/7/1').x);
    expect(laneOf(tl, 'body/expert-group')?.band?.fromCreation).toBe(false);
  });

  it('tells planned meetings from held ones, in both languages', () => {
    const held = node('meeting/tip/9');
    const planned = node('meeting/tip/10');
    expect(timelineLabel(held, 'en', t, 2019)).toBe('9th meeting');
    expect(timelineLabel(planned, 'en', t, 2020)).toBe('10th meeting (planned)');
    expect(timelineLabel(held, 'ru', tRu, 2019)).toBe('9-е совещание');
    expect(timelineLabel(planned, 'ru', tRu, 2020)).toBe('10-е совещание (запланировано)');
  });

  it('wraps labels at spaces like cytoscape, keeping a long symbol whole', () => {
    expect(wrapText('United Nations Convention against Crime', measure, 100).lines).toEqual([
      'United Nations',
      'Convention',
      'against Crime',
    ]);
    expect(wrapText('CTOC/COP/WG.10/2020/6', measure, 60).lines).toEqual(['CTOC/COP/WG.10/2020/6']);
  });
});
