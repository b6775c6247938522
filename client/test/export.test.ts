// The explorer's data downloads (the shared writers of common/export over what is drawn), read
// back the way Gephi, a spreadsheet or Cytoscape would read them.
import { exportFileName, type ExportFormatName } from '@common/export/formats';
import { DOMParser } from '@xmldom/xmldom';
import cytoscape, { type Core, type ElementsDefinition } from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dataFile } from '../src/export/data-file';
// Types from the generated file, which imports nothing relative: the server's NodeNext
// settings resolve it, unlike the client modules' extensionless imports.
import type { EntityCoreFragment, RelationFieldsFragment as GraphEdge } from '../src/gql/graphql';
import { toElements } from '../src/graph/to-elements';
import { KINDS, RELATIONS, type Kind, type Lang } from '../src/state/view-state';

const PARA_10 =
  'Decides to establish an open-ended intergovernmental working group on firearms;\n\n' +
  'Also decides that the working group shall advise the Conference «as appropriate».';
const HOSTILE = 'Firearms & ammunition <script>alert(1)</script> \u202Eevil\u202C zero\u200Bwidth';
const COMMAS = 'Requests, "in particular", the Secretariat to report, and to assist';
const FORMULA = '=HYPERLINK("http://example.org","click")';

const doc = (symbol: string) => ({
  id: symbol,
  symbol,
  nameEn: `Report ${symbol}`,
  nameRu: `Доклад ${symbol}`,
  date: null,
  identifyingLine: null,
  identifyingLineRu: null,
});

const edge = (
  e: Partial<GraphEdge> & Pick<GraphEdge, 'id' | 'type' | 'from' | 'to'>,
): GraphEdge => ({
  action: null,
  actionRu: null,
  source: 'DOCUMENT',
  note: null,
  noteRu: null,
  corroboration: { documents: 0, paragraphs: 0, langs: [] },
  basis: null,
  evidence: [],
  ...e,
});

const graph: { nodes: EntityCoreFragment[]; edges: GraphEdge[] } = {
  nodes: [
    {
      id: 'decision/1/5',
      kind: 'MANDATE',
      mandateType: 'DECISION',
      number: '1/5',
      nameEn: 'Decision 1/5',
      nameRu: 'Решение 1/5',
      aliasesEn: [],
      aliasesRu: [],
      proposal: null,
      session: { id: 'session/1', number: 1, year: 2004 },
    },
    {
      id: 'session/10',
      kind: 'SESSION',
      sessionNumber: 10,
      year: 2020,
      nameEn: 'Tenth session of the Conference',
      nameRu: 'Десятая сессия Конференции',
      aliasesEn: [],
      aliasesRu: [],
      proposal: null,
    },
    {
      id: 'body/wg-firearms',
      kind: 'BODY',
      bodyType: 'WORKING_GROUP',
      nameEn: 'Working Group on Firearms',
      nameRu: 'Рабочая группа по огнестрельному оружию',
      aliasesEn: [],
      aliasesRu: [],
      proposal: null,
    },
    {
      id: 'meeting/wg-firearms/7',
      kind: 'MEETING',
      ordinal: 7,
      startDate: '2020-05-07',
      endDate: '2020-05-08',
      status: 'HELD',
      nameEn: 'Seventh meeting of the Working Group on Firearms',
      nameRu: 'Седьмое совещание Рабочей группы по огнестрельному оружию',
      aliasesEn: [],
      aliasesRu: [],
      proposal: null,
    },
    {
      id: 'CTOC/COP/WG.6/2020/4',
      kind: 'DOCUMENT',
      documentType: 'REPORT',
      symbol: 'CTOC/COP/WG.6/2020/4',
      year: 2020,
      nameEn: 'Report on the meeting of the Working Group on Firearms',
      nameRu: 'Доклад о работе совещания Рабочей группы по огнестрельному оружию',
      aliasesEn: [],
      aliasesRu: [],
      proposal: null,
    },
  ],
  edges: [
    edge({
      id: 'r1',
      type: 'CREATES',
      from: { id: 'decision/1/5' },
      to: { id: 'body/wg-firearms' },
      evidence: [
        {
          paragraph: 10,
          numbered: true,
          context: 'PARAGRAPH',
          quote: PARA_10,
          lang: 'EN',
          url: '/?doc=' + encodeURIComponent('CTOC/COP/2004/6'),
          document: doc('CTOC/COP/2004/6'),
        },
        {
          paragraph: null,
          numbered: true,
          context: 'HEADING',
          quote: HOSTILE,
          lang: 'RU',
          url: '/?doc=' + encodeURIComponent('CTOC/COP/WG.6/2020/4'),
          document: doc('CTOC/COP/WG.6/2020/4'),
        },
      ],
    }),
    edge({
      id: 'r2',
      type: 'GOVERNS',
      action: 'extends',
      from: { id: 'decision/1/5' },
      to: { id: 'body/wg-firearms' },
      basis: { id: 'decision/1/5', number: '1/5' },
      evidence: [
        {
          paragraph: 3,
          numbered: true,
          context: 'PARAGRAPH',
          quote: COMMAS,
          lang: 'EN',
          url: '/?doc=' + encodeURIComponent('CTOC/COP/2020/1'),
          document: doc('CTOC/COP/2020/1'),
        },
      ],
    }),
    edge({
      id: 'r3',
      type: 'HOLDS',
      from: { id: 'body/wg-firearms' },
      to: { id: 'meeting/wg-firearms/7' },
    }),
    edge({
      id: 'r4',
      type: 'PRODUCES',
      source: 'DERIVED',
      from: { id: 'meeting/wg-firearms/7' },
      to: { id: 'CTOC/COP/WG.6/2020/4' },
      evidence: [
        {
          paragraph: null,
          numbered: true,
          context: 'FOOTNOTE',
          quote: FORMULA,
          lang: 'EN',
          url: '/?doc=' + encodeURIComponent('CTOC/COP/WG.6/2020/4'),
          document: doc('CTOC/COP/WG.6/2020/4'),
        },
      ],
    }),
    // Drawn from session to report (cause first), but the relation points from the report.
    edge({
      id: 'r5',
      type: 'SUBMITTED_TO',
      from: { id: 'CTOC/COP/WG.6/2020/4' },
      to: { id: 'session/10' },
    }),
    // Its mandate's end is outside the subgraph: no tool can place it.
    edge({
      id: 'r6',
      type: 'ADOPTED_AT',
      source: 'REFERENCE',
      from: { id: 'decision/9/9' },
      to: { id: 'session/10' },
    }),
  ],
};

/** The graph drawn as the explorer draws it, each node at a position of its own. */
function drawing(kinds: readonly Kind[] = KINDS): Core {
  const elements = toElements(graph, { lang: 'en', kinds, rels: RELATIONS, focus: null });
  const cy = cytoscape({ headless: true, elements });
  cy.nodes().forEach((n, i) => {
    n.position({ x: i * 100 + 0.5, y: -i * 10 });
  });
  return cy;
}
const cy = drawing();
const file = (format: ExportFormatName, lang: Lang = 'ru', on: Core | null = cy) =>
  dataFile(format, on, graph, lang, 'body/wg-firearms');

describe('GraphML download', () => {
  const xml = file('graphml').content;
  const g = parseGraphML(MultiDirectedGraph, xml);

  it('is well-formed GraphML in the GraphML namespace', () => {
    const parsed = new DOMParser({
      onError: (level, message) => {
        throw new Error(`${level}: ${message}`);
      },
    }).parseFromString(xml, 'application/xml');
    expect(parsed.documentElement?.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(xml).not.toContain('<script>');
  });

  it('reads back as a directed graph with the API ids', () => {
    expect(g.type).toBe('directed');
    expect(g.nodes()).toEqual(graph.nodes.map((n) => n.id));
    expect(g.edges()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(g.source('r5')).toBe('CTOC/COP/WG.6/2020/4');
    expect(g.target('r5')).toBe('session/10');
  });

  it('labels nodes in the chosen language, keeps both full names and where they are drawn', () => {
    expect(g.getNodeAttributes('body/wg-firearms')).toEqual({
      kind: 'BODY',
      label: 'Рабочая группа по огнестрельному оружию',
      name_en: 'Working Group on Firearms',
      name_ru: 'Рабочая группа по огнестрельному оружию',
      year: 2004, // the year of the decision that created it
      ...cy.getElementById('body/wg-firearms').position(),
    });
    expect(g.getNodeAttribute('CTOC/COP/WG.6/2020/4', 'label')).toBe('CTOC/COP/WG.6/2020/4');
    const en = parseGraphML(MultiDirectedGraph, file('graphml', 'en').content);
    expect(en.getNodeAttribute('session/10', 'label')).toBe('Tenth session of the Conference');
  });

  it('keeps the evidence, hostile characters and all, exactly', () => {
    expect(g.getEdgeAttributes('r1')).toEqual({
      type: 'CREATES',
      source: 'DOCUMENT',
      evidence_count: 2,
      paragraphs: '¶10 | heading',
      quotes: `${PARA_10} | ${HOSTILE}`,
      documents: 'CTOC/COP/2004/6 | CTOC/COP/WG.6/2020/4',
      langs: 'en | ru',
      // The reader's links, one per quote, in the same order.
      sources: '/?doc=CTOC%2FCOP%2F2004%2F6 | /?doc=CTOC%2FCOP%2FWG.6%2F2020%2F4',
    });
    expect(g.getEdgeAttributes('r2')).toMatchObject({ action: 'extends', basis: 'decision/1/5' });
    expect(g.getEdgeAttributes('r3')).toEqual({
      type: 'HOLDS',
      source: 'DOCUMENT',
      evidence_count: 0,
    });
  });

  it('holds only what is drawn: a kind filtered out of the drawing is not in the file', () => {
    const noMeetings = drawing(KINDS.filter((k) => k !== 'MEETING'));
    const part = parseGraphML(MultiDirectedGraph, file('graphml', 'en', noMeetings).content);
    expect(part.hasNode('meeting/wg-firearms/7')).toBe(false);
    expect(part.edges()).toEqual(['r1', 'r2', 'r5']);
  });

  it('without a drawing, holds the whole subgraph and no positions', () => {
    const g2 = parseGraphML(MultiDirectedGraph, file('graphml', 'en', null).content);
    expect(g2.order).toBe(graph.nodes.length);
    expect(g2.getNodeAttribute('session/10', 'x')).toBeUndefined();
  });
});

describe('GEXF download', () => {
  it('reads back in Gephi’s format with the evidence and the drawing’s positions', () => {
    const g = parseGexf(MultiDirectedGraph, file('gexf').content);
    expect(g.order).toBe(graph.nodes.length);
    const { x, y } = cy.getElementById('meeting/wg-firearms/7').position();
    expect(g.getNodeAttributes('meeting/wg-firearms/7')).toMatchObject({ x, y, kind: 'MEETING' });
    expect(g.getEdgeAttributes('r1')).toMatchObject({ quotes: `${PARA_10} | ${HOSTILE}` });
  });
});

describe('CSV downloads', () => {
  const read = (text: string) => {
    // Excel needs the byte order mark to read the file as UTF-8.
    expect(text.charCodeAt(0)).toBe(0xfeff);
    return Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
  };

  it('writes the node table, named after the entity', () => {
    const f = file('csv-nodes');
    expect(f.fileName).toBe('mandate-lineage-body_wg-firearms.nodes.csv');
    const { data, meta, errors } = read(f.content);
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual(['id', 'kind', 'name_en', 'name_ru', 'symbol', 'year']);
    expect(data.map((r) => r.id)).toEqual(graph.nodes.map((n) => n.id));
    expect(data[1]).toEqual({
      id: 'session/10',
      kind: 'SESSION',
      name_en: 'Tenth session of the Conference',
      name_ru: 'Десятая сессия Конференции',
      symbol: '',
      year: '2020',
    });
  });

  it('writes the edge table, multi-line and quoted text intact', () => {
    const f = file('csv-edges');
    expect(f.fileName).toBe('mandate-lineage-body_wg-firearms.edges.csv');
    const { data, meta, errors } = read(f.content);
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([
      'id',
      'type',
      'from',
      'to',
      'action',
      'source',
      'basis',
      'evidence_count',
      'paragraphs',
      'quotes',
      'documents',
      'langs',
      'sources',
    ]);
    expect(data.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    const [r1, r2] = data;
    expect(r1).toMatchObject({
      from: 'decision/1/5',
      to: 'body/wg-firearms',
      evidence_count: '2',
      paragraphs: '¶10 | heading',
      quotes: `${PARA_10} | ${HOSTILE}`,
    });
    expect(r2).toMatchObject({ action: 'extends', basis: 'decision/1/5', quotes: COMMAS });
  });

  it('stops a spreadsheet from running a quote as a formula', () => {
    expect(read(file('csv-edges').content).data[3]?.quotes).toBe(`'${FORMULA}`);
  });
});

describe('cyjs download', () => {
  it('loads back into cytoscape with the same elements and positions', () => {
    const doc = JSON.parse(file('cyjs', 'en').content) as {
      format_version: string;
      data: { name: string };
      elements: ElementsDefinition;
    };
    expect(doc.format_version).toBe('1.0');
    expect(doc.data.name).toBe('Mandate lineage: body/wg-firearms');
    // `preset`: cytoscape's default layout would stack every node at the origin.
    const again = cytoscape({ headless: true, elements: doc.elements, layout: { name: 'preset' } });
    expect(again.nodes().length).toBe(cy.nodes().length);
    expect(again.edges().length).toBe(cy.edges().length);
    expect(again.getElementById('meeting/wg-firearms/7').position()).toEqual(
      cy.getElementById('meeting/wg-firearms/7').position(),
    );
    // Cytoscape desktop labels nodes by `name`; the relation's own ends, not the drawing's.
    expect(again.getElementById('session/10').data('name')).toBe('Tenth session of the Conference');
    expect(again.getElementById('r5').data()).toMatchObject({
      source: 'CTOC/COP/WG.6/2020/4',
      target: 'session/10',
      interaction: 'SUBMITTED_TO',
    });
  });
});

describe('exportFileName', () => {
  it.each([
    ['body/wg-firearms', 'graphml', 'mandate-lineage-body_wg-firearms.graphml'],
    ['CTOC/COP/WG.6/2020/4-nodes', 'csv', 'mandate-lineage-CTOC_COP_WG.6_2020_4-nodes.csv'],
    ['../../etc/passwd', 'png', 'mandate-lineage-etc_passwd.png'],
    ['a\\b:c*d?"e"<f>|g', '.svg', 'mandate-lineage-a_b_c_d_e_f_g.svg'],
    ['body/\u202Eevil\u200B', 'cyjs', 'mandate-lineage-body_evil.cyjs'],
    ['решение/1/5', 'csv', 'mandate-lineage-решение_1_5.csv'],
    ['', 'png', 'mandate-lineage.png'],
  ])('%j, %s -> %s', (base, ext, expected) => {
    expect(exportFileName(base, ext)).toBe(expected);
  });
});
