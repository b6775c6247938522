import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, Subgraph } from '../src/graph/subgraph';
import { MAX_LABEL, toElements, truncateLabel } from '../src/graph/to-elements';
import { KINDS, RELATIONS } from '../src/state/view-state';

const decision: GraphNode = {
  id: 'decision/4/4',
  kind: 'MANDATE',
  nameEn: 'Decision 4/4',
  nameRu: 'Решение 4/4',
  aliasesEn: [],
  aliasesRu: [],
  proposal: null,
  number: '4/4',
  mandateType: 'DECISION',
  session: { id: 'session/4', number: 4, year: 2008 },
};
const session: GraphNode = {
  id: 'session/4',
  kind: 'SESSION',
  nameEn: 'Fourth session',
  nameRu: 'Четвертая сессия',
  aliasesEn: [],
  aliasesRu: [],
  proposal: null,
  sessionNumber: 4,
  year: 2008,
};
const wg: GraphNode = {
  id: 'body/wg-tip',
  kind: 'BODY',
  nameEn: 'Working Group on Trafficking',
  nameRu: 'Рабочая группа по торговле людьми',
  aliasesEn: [],
  aliasesRu: [],
  proposal: null,
  bodyType: 'WORKING_GROUP',
};
const meeting: GraphNode = {
  id: 'meeting/wg-tip/10',
  kind: 'MEETING',
  nameEn: '10th meeting',
  nameRu: 'Десятое совещание',
  aliasesEn: [],
  aliasesRu: [],
  proposal: null,
  ordinal: 10,
  startDate: '2020-09-10',
  endDate: '2020-09-11',
  status: 'PLANNED',
};
const edge = (
  id: string,
  type: GraphEdge['type'],
  from: string,
  to: string,
  source: GraphEdge['source'] = 'DOCUMENT',
): GraphEdge => ({
  id,
  type,
  action: null,
  actionRu: null,
  corroboration: { documents: 0, paragraphs: 0, langs: [] },
  source,
  note: null,
  noteRu: null,
  from: { id: from },
  to: { id: to },
  basis: null,
  evidence:
    source === 'DOCUMENT'
      ? [
          {
            url: '/?doc=note&para=4',
            paragraph: 4,
            numbered: true,
            context: 'PARAGRAPH',
            quote: 'q',
            lang: 'RU',
            document: {
              id: 'd',
              symbol: null,
              nameEn: 'd',
              nameRu: 'd',
              date: null,
              identifyingLine: null,
              identifyingLineRu: null,
            },
          },
        ]
      : [],
});
const graph: Subgraph = {
  nodes: [decision, session, wg, meeting],
  edges: [
    edge('c', 'CREATES', 'decision/4/4', 'body/wg-tip'),
    edge('a', 'ADOPTED_AT', 'decision/4/4', 'session/4', 'DERIVED'),
    edge('h', 'HOLDS', 'body/wg-tip', 'meeting/wg-tip/10'),
  ],
};
const all = { lang: 'en' as const, kinds: [...KINDS], rels: [...RELATIONS], focus: 'body/wg-tip' };
const byId = (els: ReturnType<typeof toElements>, id: string) => els.find((e) => e.data.id === id);

describe('toElements', () => {
  it('maps nodes with kind classes, names in the chosen language, and years', () => {
    const els = toElements(graph, { ...all, lang: 'ru' });
    expect(byId(els, 'body/wg-tip')).toMatchObject({
      group: 'nodes',
      data: { label: 'Рабочая группа по торговле людьми', kind: 'BODY', year: 2008 },
      classes: 'kind-body focus',
    });
    expect(byId(els, 'meeting/wg-tip/10')?.data).toMatchObject({ year: 2020, planned: true });
  });

  it('draws edges cause → effect, marking the ones drawn against their own direction', () => {
    const els = toElements(graph, all);
    expect(byId(els, 'c')).toMatchObject({
      data: {
        source: 'decision/4/4',
        target: 'body/wg-tip',
        from: 'decision/4/4',
        to: 'body/wg-tip',
      },
      classes: 'rel-creates',
    });
    // ADOPTED_AT points mandate → session, but the session is the cause.
    expect(byId(els, 'a')).toMatchObject({
      data: { source: 'session/4', target: 'decision/4/4', from: 'decision/4/4', to: 'session/4' },
      classes: 'rel-adopted_at reversed uncited',
    });
  });

  it('filters kinds (dropping their edges) but never the entity in focus', () => {
    const els = toElements(graph, { ...all, kinds: ['MEETING'] });
    expect(els.map((e) => e.data.id).sort()).toEqual(['body/wg-tip', 'h', 'meeting/wg-tip/10']);
  });

  it('in an "as of" view, rings bodies by their status then and marks meetings planned then', () => {
    const classes = (nodes: GraphNode[]): Record<string, { classes: string; planned: boolean }> =>
      Object.fromEntries(
        toElements({ nodes, edges: [] }, all).map((e) => [
          String(e.data.id),
          { classes: String(e.classes ?? ''), planned: e.data.planned === true },
        ]),
      );
    // Today: no status asked, no ring; the meeting as the latest document says.
    expect(classes([wg, meeting])).toMatchObject({
      'body/wg-tip': { classes: expect.not.stringMatching(/status-/) as string },
      'meeting/wg-tip/10': { planned: true },
    });
    const then = classes([
      { ...wg, bodyStatusThen: 'INTERIM' },
      { ...wg, id: 'body/other', bodyStatusThen: 'CONSTANT_ELEMENT' },
      { ...wg, id: 'body/plain', bodyStatusThen: 'ESTABLISHED' },
      { ...meeting, status: 'PLANNED', meetingStatusThen: 'HELD' },
    ]);
    expect(then['body/wg-tip']?.classes).toContain('status-interim');
    expect(then['body/other']?.classes).toContain('status-constant');
    expect(then['body/plain']?.classes).not.toMatch(/status-/);
    // The status of that date wins over today's.
    expect(then['meeting/wg-tip/10']?.planned).toBe(false);
  });

  it('filters relation types', () => {
    const els = toElements(graph, { ...all, rels: ['HOLDS'] });
    expect(els.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual(['h']);
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(4);
  });

  it('is pure: the same input gives the same elements', () => {
    expect(toElements(graph, all)).toEqual(toElements(graph, all));
  });

  it('marks frontier nodes of a capped view and counts their hidden neighbours', () => {
    const els = toElements(graph, { ...all, frontier: new Map([['decision/4/4', 3]]) });
    expect(byId(els, 'decision/4/4')).toMatchObject({
      data: { label: 'Decision 4/4 +3' },
      classes: 'kind-mandate frontier',
    });
    expect(byId(els, 'session/4')?.classes).toBe('kind-session');
  });

  it('truncates hostile long names and actions, keeping the full name out of the graph', () => {
    const huge = 'Рабочая группа '.repeat(7000); // ~100 kB
    const long: Subgraph = {
      nodes: [{ ...wg, nameEn: huge, nameRu: huge }],
      edges: [{ ...edge('x', 'GOVERNS', 'body/wg-tip', 'body/wg-tip'), action: huge }],
    };
    const els = toElements(long, all);
    for (const label of els.map((e) => String(e.data.label))) {
      expect(label.length).toBeLessThanOrEqual(MAX_LABEL);
      expect(label.endsWith('…')).toBe(true);
      expect(huge.startsWith(label.slice(0, -1))).toBe(true);
    }
  });
});

describe('truncateLabel', () => {
  it('keeps labels up to the limit as they are', () => {
    const exact = 'x'.repeat(MAX_LABEL);
    expect(truncateLabel(exact)).toBe(exact);
    expect(truncateLabel('CTOC/COP/WG.4/2020/4')).toBe('CTOC/COP/WG.4/2020/4');
  });

  it('cuts longer ones to the limit with an ellipsis, without trailing spaces', () => {
    expect(truncateLabel('abc def ghi', 9)).toBe('abc def…');
    expect(truncateLabel('x'.repeat(MAX_LABEL + 1))).toBe(`${'x'.repeat(MAX_LABEL - 1)}…`);
  });

  it('never splits a surrogate pair', () => {
    const label = truncateLabel(`${'a'.repeat(7)}😀😀😀`, 9);
    expect(label).toBe(`${'a'.repeat(7)}…`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(label)).toBe(false);
  });
});

describe('proposals under review', () => {
  const proposed: GraphNode = {
    ...decision,
    id: 'resolution/98/3',
    proposal: { document: { id: 'document/resolution-99-1' } },
  };
  const withProposal: Subgraph = {
    nodes: [...graph.nodes, proposed],
    edges: [...graph.edges, edge('x', 'CITES', 'decision/4/4', 'resolution/98/3')],
  };
  const ids = (els: ReturnType<typeof toElements>) =>
    els.filter((e) => e.group === 'nodes').map((e) => e.data.id);

  it('are drawn marked, and only they', () => {
    const els = toElements(withProposal, all);
    const marked = els.filter((e) => e.group === 'nodes' && e.classes?.includes('proposed'));
    expect(marked.map((e) => e.data.id)).toEqual(['resolution/98/3']);
  });

  it('are hidden with their links when the filter is off, unless one is the focus', () => {
    const hidden = toElements(withProposal, { ...all, proposals: false });
    expect(ids(hidden)).not.toContain('resolution/98/3');
    expect(hidden.some((e) => e.data.id === 'x')).toBe(false);
    expect(
      ids(toElements(withProposal, { ...all, proposals: false, focus: 'resolution/98/3' })),
    ).toContain('resolution/98/3');
  });
});
