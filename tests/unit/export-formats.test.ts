// The server's exports, read back the way Gephi, Cytoscape, a spreadsheet or an RDF tool
// would read them, from a hand-made lineage full of strings that break naive writers.
import cytoscape, { type ElementsDefinition } from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type {
  EntityRecord,
  EvidenceRecord,
  RelationRecord,
  SubgraphRecord,
} from '../../server/src/domain/model.js';
import { exportSubgraph, type ExportFormatName } from '../../server/src/services/export/formats.js';

const PARA_10 =
  'Decides to establish an open-ended intergovernmental working group on firearms;\n\n' +
  'Also decides that the working group shall advise the Conference «as appropriate».';
const HOSTILE = `Firearms & "ammo" 'x' <script>alert(1)</script> \u202Eevil\u202C zero\u200Bwidth`;
const BIG = `${'Long quote, '.repeat(8_534)}end.`; // over 100 kB
const COMMAS = 'Requests, "in particular", the Secretariat to report, and to assist';
const FORMULA = '=HYPERLINK("http://example.org","click")';
const RUSSIAN = 'Постановляет учредить рабочую группу открытого состава';
const REPORT = 'CTOC/COP/WG.4/2020/4';

const base = { aliasesEn: [], aliasesRu: [], provenance: [] };
const nodes: EntityRecord[] = [
  { ...base, kind: 'SESSION', id: 'session/1', nameEn: 'First session', nameRu: 'Первая сессия', number: 1, year: 2004, place: null, startDate: null, endDate: null }, // prettier-ignore
  { ...base, kind: 'MANDATE', id: 'decision/1/5', nameEn: 'Decision 1/5', nameRu: 'Решение 1/5', type: 'DECISION', number: '1/5', sessionId: 'session/1', subjectEn: null, subjectRu: null }, // prettier-ignore
  { ...base, kind: 'BODY', id: 'body/wg-firearms', nameEn: HOSTILE, nameRu: 'Рабочая группа по огнестрельному оружию', type: 'WORKING_GROUP' }, // prettier-ignore
  { ...base, kind: 'MEETING', id: 'meeting/wg-firearms/7', nameEn: 'Seventh meeting', nameRu: 'Седьмое совещание', bodyId: 'body/wg-firearms', ordinal: 7, startDate: '2020-05-07', endDate: null, place: null, status: 'HELD', statusAsOf: null }, // prettier-ignore
  { ...base, kind: 'DOCUMENT', id: REPORT, nameEn: 'Report', nameRu: 'Доклад', type: 'REPORT', symbol: REPORT, printedSymbol: null, year: 2020, date: null, lang: 'en' }, // prettier-ignore
];
// An evidence document that is not itself in the lineage.
const COP_REPORT: EntityRecord = { ...base, kind: 'DOCUMENT', id: 'CTOC/COP/2004/6', nameEn: 'Report of the Conference', nameRu: 'Доклад Конференции', type: 'REPORT', symbol: 'CTOC/COP/2004/6', printedSymbol: null, year: 2004, date: null, lang: 'en' }; // prettier-ignore

const ev = (quote: string, paragraph: number | null, document: string, lang: 'en' | 'ru' = 'en') =>
  ({
    quote,
    paragraph,
    context: paragraph === null ? 'HEADING' : 'PARAGRAPH',
    lang,
    document,
  }) satisfies EvidenceRecord;
const rel = (r: Partial<RelationRecord> & Pick<RelationRecord, 'id' | 'type' | 'fromId' | 'toId'>) =>
  ({ action: null, basisId: null, source: 'DOCUMENT', note: null, evidence: [], ...r }) satisfies RelationRecord; // prettier-ignore

const CREATES = rel({
  id: 'CREATES:decision/1/5>body/wg-firearms',
  type: 'CREATES',
  fromId: 'decision/1/5',
  toId: 'body/wg-firearms',
  evidence: [ev(PARA_10, 10, COP_REPORT.id), ev(HOSTILE, null, REPORT), ev(BIG, 11, COP_REPORT.id)],
});
const edges: RelationRecord[] = [
  CREATES,
  // A second relation between the same two nodes: the graph must be a multigraph.
  rel({ id: 'GOVERNS:decision/1/5>body/wg-firearms:extends', type: 'GOVERNS', fromId: 'decision/1/5', toId: 'body/wg-firearms', action: 'extends', basisId: 'decision/1/5', evidence: [ev(FORMULA, 3, COP_REPORT.id), ev(COMMAS, 4, COP_REPORT.id)] }), // prettier-ignore
  rel({ id: 'ADOPTED_AT:decision/1/5>session/1', type: 'ADOPTED_AT', fromId: 'decision/1/5', toId: 'session/1', source: 'REFERENCE', note: 'control \u0001 char' }), // prettier-ignore
  rel({ id: 'HOLDS:body/wg-firearms>meeting/wg-firearms/7', type: 'HOLDS', fromId: 'body/wg-firearms', toId: 'meeting/wg-firearms/7' }), // prettier-ignore
  rel({ id: `PRODUCES:meeting/wg-firearms/7>${REPORT}`, type: 'PRODUCES', fromId: 'meeting/wg-firearms/7', toId: REPORT, evidence: [ev(RUSSIAN, 1, REPORT, 'ru')] }), // prettier-ignore
  // Its target is outside the subgraph: left out, as tools reject or invent such ends.
  rel({ id: `SUBMITTED_TO:${REPORT}>session/10`, type: 'SUBMITTED_TO', fromId: REPORT, toId: 'session/10' }), // prettier-ignore
];
const sg: SubgraphRecord = { nodes, edges, referenced: [COP_REPORT] };
const NODES = 5;
const EDGES = 5;
const QUOTES = [PARA_10, HOSTILE, BIG].join(' | ');

const content = (format: ExportFormatName) =>
  exportSubgraph(sg, format, 'body/wg-firearms').content;

describe('export formats', () => {
  it('names the files after the entity, safe for any file system', () => {
    expect(exportSubgraph(sg, 'graphml', 'body/wg-firearms')).toMatchObject({
      fileName: 'mandate-lineage-body_wg-firearms.graphml',
      mimeType: 'application/graphml+xml; charset=utf-8',
    });
    expect(exportSubgraph(sg, 'csv-edges', REPORT).fileName).toBe(
      'mandate-lineage-CTOC_COP_WG.4_2020_4.edges.csv',
    );
    expect(exportSubgraph(sg, 'jsonld', `../x\u202E<"y">`).fileName).toBe(
      'mandate-lineage-x_y.jsonld',
    );
  });

  it('GraphML parses with graphology-graphml, evidence intact', () => {
    const xml = content('graphml');
    expect(xml).not.toContain('<script>');
    const g = parseGraphML(MultiDirectedGraph, xml);
    expect([g.order, g.size]).toEqual([NODES, EDGES]);
    expect(g.getNodeAttributes('body/wg-firearms')).toMatchObject({
      kind: 'BODY',
      name_en: HOSTILE,
      name_ru: 'Рабочая группа по огнестрельному оружию',
      year: 2004, // the year of the session that adopted the creating decision
    });
    expect(g.getEdgeAttributes(CREATES.id)).toMatchObject({
      type: 'CREATES',
      evidence_count: 3,
      quotes: QUOTES,
      paragraphs: '¶10 | heading | ¶11',
      documents: `CTOC/COP/2004/6 | ${REPORT} | CTOC/COP/2004/6`,
      langs: 'en | en | en',
    });
    expect(g.getEdgeAttribute('ADOPTED_AT:decision/1/5>session/1', 'note')).toBe(
      'control \uFFFD char',
    );
  });

  it('GEXF parses with graphology-gexf, evidence intact', () => {
    const g = parseGexf(MultiDirectedGraph, content('gexf'));
    expect([g.order, g.size]).toEqual([NODES, EDGES]);
    expect(g.getNodeAttributes('body/wg-firearms')).toMatchObject({ label: HOSTILE, year: 2004 });
    expect(g.getEdgeAttributes(CREATES.id)).toMatchObject({
      label: 'CREATES',
      quotes: QUOTES,
      paragraphs: '¶10 | heading | ¶11',
      evidence_count: 3,
    });
  });

  it('cyjs loads into Cytoscape, evidence on the edges', () => {
    const doc = JSON.parse(content('cyjs')) as {
      format_version: string;
      elements: ElementsDefinition;
    };
    expect(doc.format_version).toBe('1.0');
    const cy = cytoscape({ headless: true, elements: doc.elements });
    expect([cy.nodes().length, cy.edges().length]).toEqual([NODES, EDGES]);
    expect(cy.getElementById('body/wg-firearms').data('name')).toBe(HOSTILE);
    const e = cy.getElementById(CREATES.id);
    expect(e.data()).toMatchObject({
      source: 'decision/1/5',
      target: 'body/wg-firearms',
      interaction: 'CREATES',
      provenance: 'DOCUMENT',
      quotes: QUOTES,
    });
  });

  it('CSV parses with papaparse: the contract columns, multi-line quotes intact', () => {
    const nodesCsv = content('csv-nodes');
    expect(nodesCsv.charCodeAt(0)).not.toBe(0xfeff);
    const n = Papa.parse<Record<string, string>>(nodesCsv, { header: true });
    expect(n.errors).toEqual([]);
    expect(n.meta.fields).toEqual(['id', 'kind', 'name_en', 'name_ru', 'symbol', 'year']);
    expect(n.data).toHaveLength(NODES);
    expect(n.data.find((r) => r.id === 'body/wg-firearms')?.name_en).toBe(HOSTILE);

    const e = Papa.parse<Record<string, string>>(content('csv-edges'), { header: true });
    expect(e.errors).toEqual([]);
    expect(e.meta.fields).toEqual(['id', 'type', 'from', 'to', 'action', 'source', 'basis', 'evidence_count', 'paragraphs', 'quotes', 'documents', 'langs', 'sources']); // prettier-ignore
    expect(e.data).toHaveLength(EDGES);
    const creates = e.data.find((r) => r.id === CREATES.id);
    expect(creates).toMatchObject({ from: 'decision/1/5', evidence_count: '3', quotes: QUOTES });
    // A cell Excel would run as a formula starts with an apostrophe instead.
    expect(e.data.find((r) => r.type === 'GOVERNS')?.quotes).toBe(`'${FORMULA} | ${COMMAS}`);
    expect(e.data.find((r) => r.type === 'PRODUCES')?.quotes).toBe(RUSSIAN);
  });

  it('JSON-LD has a context, a graph, and documents named at undocs.org', () => {
    const doc = JSON.parse(content('jsonld')) as {
      '@context': Record<string, unknown>;
      '@graph': Record<string, unknown>[];
    };
    expect(doc['@context']['@vocab']).toBe('https://mandate-lineage.example/vocab#');
    const byId = new Map(doc['@graph'].map((item) => [item['@id'], item]));
    expect(byId.get(`https://undocs.org/${REPORT}`)).toMatchObject({ '@type': 'Document' });
    expect(byId.get('urn:mandate-lineage:body/wg-firearms')).toMatchObject({
      name: { en: HOSTILE, ru: 'Рабочая группа по огнестрельному оружию' },
    });
    const relations = doc['@graph'].filter((item) => item['@type'] === 'Relation');
    expect(relations).toHaveLength(EDGES);
    expect(relations.find((r) => r.relationType === 'CREATES')).toMatchObject({
      from: 'urn:mandate-lineage:decision/1/5',
      to: 'urn:mandate-lineage:body/wg-firearms',
      evidence: [
        {
          quote: PARA_10,
          paragraph: 10,
          lang: 'en',
          document: 'https://undocs.org/CTOC/COP/2004/6',
        },
        { quote: HOSTILE, paragraph: null, lang: 'en', document: `https://undocs.org/${REPORT}` },
        { quote: BIG, paragraph: 11, lang: 'en', document: 'https://undocs.org/CTOC/COP/2004/6' },
      ],
    });
  });
});
