// Hostile content through the real HTTP server over a Neo4j of this file's own: names,
// quotes, notes and a symbol carrying markup, script, bidi overrides, zero-width characters,
// spreadsheet formulas and a 100 kB name come back from the GraphQL API exactly as stored,
// and every export format reads back, with a real parser, to exactly the same strings, with
// no markup of theirs turned into elements. CSV is the one deliberate exception: a cell a
// spreadsheet would run as a formula gets a leading apostrophe (the rule in csv-text.ts).
import type { AddressInfo } from 'node:net';
import { DOMParser, type Element } from '@xmldom/xmldom';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityRecord, RelationRecord } from '../../server/src/domain/model.js';
import { EXPORT_FORMATS, type ExportFormatName } from '../../server/src/services/export/formats.js';
import { LIST_SEPARATOR } from '../../common/export/graph.js';
import { startServer, type RunningServer } from '../../server/src/server.js';
import {
  ENTITIES,
  IDS,
  RELATIONS,
  TEXT,
  entityById,
  startHostileGraph,
  type HostileGraph,
} from '../support/hostile-graph.js';

let hostile: HostileGraph;
let server: RunningServer;
let base: string;

beforeAll(async () => {
  hostile = await startHostileGraph();
  server = await startServer(hostile.db, 0, '127.0.0.1', () => {});
  base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
}, 240_000);
afterAll(async () => {
  await server.stop();
  await hostile.stop();
});

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return body.data as T;
}

// ---- What was stored, by id ------------------------------------------------------------------

const symbolOf = (e: EntityRecord): string | null => (e.kind === 'DOCUMENT' ? e.symbol : null);
/** Node attribute → stored value, for every attribute an export writes from an entity's text. */
function nodeTexts(e: EntityRecord) {
  return {
    name_en: e.nameEn,
    name_ru: e.nameRu,
    symbol: symbolOf(e),
    label: symbolOf(e) ?? e.nameEn,
  };
}
const joined = (items: string[]) => (items.length ? items.join(LIST_SEPARATOR) : null);
/** Edge attribute → stored value; quotes, in evidence order, as one field. */
function edgeTexts(r: RelationRecord) {
  return {
    action: r.action,
    note: r.note,
    basis: r.basisId,
    quotes: joined(r.evidence.map((ev) => ev.quote)),
    // Every evidence document here is either the seed note (no symbol) or one whose id is its symbol.
    documents: joined(r.evidence.map((ev) => ev.document)),
  };
}

// ---- The API -------------------------------------------------------------------------------

describe('the GraphQL API', () => {
  const ENTITY = `query ($id: ID!) {
    entity(id: $id) {
      id kind nameEn: name(lang: EN) nameRu: name(lang: RU)
      aliasesEn: aliases(lang: EN) aliasesRu: aliases(lang: RU)
      provenance { note evidence { quote } }
      ... on Mandate { number subjectEn: subject(lang: EN) subjectRu: subject(lang: RU) }
      ... on Meeting { place }
      ... on Document { symbol printedSymbol }
    }
  }`;
  interface EntityAnswer {
    id: string;
    nameEn: string;
    nameRu: string;
    aliasesEn: string[];
    aliasesRu: string[];
    provenance: { note: string | null; evidence: { quote: string } | null }[];
    subjectEn?: string | null;
    subjectRu?: string | null;
    place?: string | null;
    symbol?: string | null;
    printedSymbol?: string | null;
  }

  it.each(ENTITIES.map((e) => [e.id, e] as const))(
    'returns %s with every string as stored',
    async (id, stored) => {
      const { entity } = await graphql<{ entity: EntityAnswer }>(ENTITY, { id });
      expect(entity.id).toBe(id);
      expect(entity.nameEn).toBe(stored.nameEn);
      expect(entity.nameRu).toBe(stored.nameRu);
      expect(entity.aliasesEn).toEqual(stored.aliasesEn);
      expect(entity.aliasesRu).toEqual(stored.aliasesRu);
      expect(entity.provenance.map((p) => p.note ?? p.evidence?.quote)).toEqual(
        stored.provenance.map((p) => p.note ?? p.evidence?.quote),
      );
      if (stored.kind === 'MANDATE') {
        expect([entity.subjectEn, entity.subjectRu]).toEqual([stored.subjectEn, stored.subjectRu]);
      }
      if (stored.kind === 'MEETING') expect(entity.place).toBe(stored.place);
      if (stored.kind === 'DOCUMENT') {
        expect([entity.symbol, entity.printedSymbol]).toEqual([
          stored.symbol,
          stored.printedSymbol,
        ]);
      }
    },
  );

  it('returns the 100 kB name whole, not cut', async () => {
    const { entity } = await graphql<{ entity: EntityAnswer }>(ENTITY, { id: IDS.long });
    expect(entity.nameEn.length).toBeGreaterThan(100_000);
    expect(entity.nameEn).toBe(TEXT.longEn);
  });

  it('returns every relation of the lineage with its action, note and quotes as stored', async () => {
    const { lineage } = await graphql<{
      lineage: {
        nodes: { id: string; nameEn: string; nameRu: string }[];
        edges: {
          id: string;
          action: string | null;
          note: string | null;
          evidence: { quote: string; document: { id: string; symbol: string | null } }[];
        }[];
      };
    }>(
      `
        query ($id: ID!) {
          lineage(id: $id, direction: BOTH, maxDepth: 6) {
            nodes {
              id
              nameEn: name(lang: EN)
              nameRu: name(lang: RU)
            }
            edges {
              id
              action
              note
              evidence {
                quote
                document {
                  id
                  symbol
                }
              }
            }
          }
        }
      `,
      { id: IDS.mandate },
    );
    for (const e of ENTITIES) {
      expect(lineage.nodes.find((n) => n.id === e.id)).toEqual({
        id: e.id,
        nameEn: e.nameEn,
        nameRu: e.nameRu,
      });
    }
    for (const r of RELATIONS) {
      const edge = lineage.edges.find((x) => x.id === r.id);
      expect(edge, r.id).toBeDefined();
      expect(edge?.action).toBe(r.action);
      expect(edge?.note).toBe(r.note);
      expect(edge?.evidence.map((ev) => ev.quote)).toEqual(r.evidence.map((ev) => ev.quote));
      expect(edge?.evidence.map((ev) => ev.document.id)).toEqual(
        r.evidence.map((ev) => ev.document),
      );
    }
  });

  it('finds the hostile entities by a word of their names and returns the names as stored', async () => {
    const { search } = await graphql<{ search: { id: string; nameEn: string }[] }>(`
      {
        search(query: "Zebracorn", first: 20) {
          id
          nameEn: name(lang: EN)
        }
      }
    `);
    for (const id of [IDS.markup, IDS.meeting, IDS.document]) {
      expect(search).toContainEqual({ id, nameEn: entityById(id).nameEn });
    }
  });

  it('explains them in whyExists with the stored names, quotes and notes', async () => {
    interface Why {
      whyExists: {
        summaryEn: string;
        steps: { id: string; note: string | null; evidence: { quote: string }[] }[];
      };
    }
    const query = `query ($id: ID!) {
      whyExists(id: $id) { summaryEn: summary(lang: EN) steps { id note evidence { quote } } }
    }`;
    for (const id of [IDS.markup, IDS.bidi, IDS.long, IDS.document]) {
      const { whyExists } = await graphql<Why>(query, { id });
      const created = RELATIONS.find((r) => r.toId === id);
      expect(created, id).toBeDefined();
      const step = whyExists.steps.find((s) => s.id === created?.id);
      expect(step?.evidence.map((ev) => ev.quote)).toEqual(created?.evidence.map((e) => e.quote));
      // The summary names the entity by its stored name (or, a document, its symbol).
      const e = entityById(id);
      expect(whyExists.summaryEn).toContain(symbolOf(e) ?? e.nameEn);
    }
    const { whyExists } = await graphql<Why>(query, { id: IDS.markup });
    const adopted = whyExists.steps.find((s) => s.id === RELATIONS[0]?.id);
    expect(adopted?.note).toBe(TEXT.adoptedNote);
  });
});

// ---- The exports ---------------------------------------------------------------------------

const GRAPHQL_FORMAT: Record<ExportFormatName, string> = {
  graphml: 'GRAPHML',
  gexf: 'GEXF',
  cyjs: 'CYJS',
  'csv-nodes': 'CSV_NODES',
  'csv-edges': 'CSV_EDGES',
  jsonld: 'JSONLD',
};
interface LineageArgs {
  id: string;
  direction: string;
  maxDepth: number;
}
const BOTH: LineageArgs = { id: IDS.mandate, direction: 'BOTH', maxDepth: 6 };
/** A lineage with nothing hostile in it, for comparing element names. */
const PLAIN: LineageArgs = { id: 'body/wg-firearms', direction: 'UPSTREAM', maxDepth: 6 };

async function exported(format: ExportFormatName, args = BOTH) {
  const query = new URLSearchParams({ ...args, maxDepth: String(args.maxDepth) });
  const res = await fetch(`${base}/export/${format}?${query.toString()}`);
  expect(res.status).toBe(200);
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return { res, text };
}

describe.each(EXPORT_FORMATS)('the %s export', (format) => {
  it('is the same file over HTTP and from exportLineage', async () => {
    const { res, text } = await exported(format);
    const { exportLineage } = await graphql<{
      exportLineage: { content: string; mimeType: string; fileName: string; url: string };
    }>(
      `
        query ($id: ID!, $format: ExportFormat!) {
          exportLineage(id: $id, direction: BOTH, maxDepth: 6, format: $format) {
            content
            mimeType
            fileName
            url
          }
        }
      `,
      { id: IDS.mandate, format: GRAPHQL_FORMAT[format] },
    );
    expect(exportLineage.content).toBe(text);
    expect(exportLineage.mimeType).toBe(res.headers.get('content-type'));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(exportLineage.url).toMatch(new RegExp(`^/export/${format}\\?`));
  });

  it('names the file of the hostile document safely', async () => {
    const { res } = await exported(format, {
      id: IDS.document,
      direction: 'UPSTREAM',
      maxDepth: 6,
    });
    const disposition = res.headers.get('content-disposition') ?? '';
    const plain = /^attachment; filename="([^"]*)"/.exec(disposition)?.[1];
    expect(plain).toMatch(/^mandate-lineage-CTOC_COP_WG\.66_2021_/);
    // Nothing a file system or a shell would read as structure, no control characters.
    expect(plain).not.toMatch(/[<>:"/\\|?*\p{Cc}]/u);
  });
});

// ---- XML: GraphML and GEXF -----------------------------------------------------------------

/** Parses XML, failing on any warning or error a strict reader would report. */
function parseXml(text: string) {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => {
      problems.push(`${level}: ${msg}`);
    },
  }).parseFromString(text, 'text/xml');
  expect(problems).toEqual([]);
  return doc;
}
const elementNames = (text: string): Set<string> =>
  new Set(Array.from(parseXml(text).getElementsByTagName('*'), (el) => el.localName ?? ''));
const HOSTILE_ELEMENTS = ['script', 'img', 'iframe', 'svg', 'b', 'quote', 'x'];
const children = (el: Element, name: string): Element[] =>
  Array.from(el.childNodes).filter(
    (n): n is Element => n.nodeType === n.ELEMENT_NODE && (n as Element).localName === name,
  );

describe('XML exports', () => {
  it.each(['graphml', 'gexf'] as const)(
    '%s has no element the hostile markup would add',
    async (format) => {
      const hostileNames = elementNames((await exported(format)).text);
      const plainNames = elementNames((await exported(format, PLAIN)).text);
      expect([...hostileNames].sort()).toEqual([...plainNames].sort());
      for (const name of HOSTILE_ELEMENTS) expect(hostileNames.has(name), name).toBe(false);
    },
  );

  it('GraphML reads back every hostile string exactly', async () => {
    const doc = parseXml((await exported('graphml')).text);
    const data = (el: Element, domain: string) =>
      Object.fromEntries(
        children(el, 'data').map((d) => [
          (d.getAttribute('key') ?? '').replace(`${domain}_`, ''),
          d.textContent,
        ]),
      );
    const nodes = new Map(
      Array.from(doc.getElementsByTagName('node'), (n) => [n.getAttribute('id'), data(n, 'node')]),
    );
    const edges = new Map(
      Array.from(doc.getElementsByTagName('edge'), (e) => [e.getAttribute('id'), data(e, 'edge')]),
    );
    for (const e of ENTITIES) expect(nodes.get(e.id), e.id).toEqual(expect.objectContaining(present(nodeTexts(e)))); // prettier-ignore
    for (const r of RELATIONS) expect(edges.get(r.id), r.id).toEqual(expect.objectContaining(present(edgeTexts(r)))); // prettier-ignore
  });

  it('GEXF reads back every hostile string exactly', async () => {
    const doc = parseXml((await exported('gexf')).text);
    const values = (el: Element) => ({
      label: el.getAttribute('label'),
      ...Object.fromEntries(
        Array.from(el.getElementsByTagName('attvalue'), (v): [string, string | null] => [
          v.getAttribute('for') ?? '',
          v.getAttribute('value'),
        ]),
      ),
    });
    const nodes = new Map(
      Array.from(doc.getElementsByTagName('node'), (n) => [n.getAttribute('id'), values(n)]),
    );
    const edges = new Map(
      Array.from(doc.getElementsByTagName('edge'), (e) => [e.getAttribute('id'), values(e)]),
    );
    for (const e of ENTITIES) expect(nodes.get(e.id), e.id).toEqual(expect.objectContaining(present(nodeTexts(e)))); // prettier-ignore
    for (const r of RELATIONS) expect(edges.get(r.id), r.id).toEqual(expect.objectContaining(present(edgeTexts(r)))); // prettier-ignore
  });
});

/** The entries with a value: an export leaves an absent value out. */
function present(record: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== null),
  );
}

// ---- JSON: .cyjs and JSON-LD ---------------------------------------------------------------

describe('JSON exports', () => {
  it('.cyjs reads back every hostile string exactly', async () => {
    const doc = JSON.parse((await exported('cyjs')).text) as {
      elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] }; // prettier-ignore
    };
    const byId = (items: { data: Record<string, unknown> }[]) =>
      new Map(items.map((item) => [item.data.id, item.data]));
    const nodes = byId(doc.elements.nodes);
    const edges = byId(doc.elements.edges);
    for (const e of ENTITIES) {
      const { label, ...texts } = nodeTexts(e);
      expect(nodes.get(e.id), e.id).toEqual(expect.objectContaining(present({ ...texts, name: label }))); // prettier-ignore
    }
    for (const r of RELATIONS) {
      expect(edges.get(r.id), r.id).toEqual(expect.objectContaining(present(edgeTexts(r))));
    }
  });

  it('JSON-LD reads back every hostile string exactly', async () => {
    const doc = JSON.parse((await exported('jsonld')).text) as {
      '@context': unknown;
      '@graph': Record<string, unknown>[];
    };
    expect(doc['@context']).toBeTypeOf('object');
    const byId = new Map(doc['@graph'].map((item) => [item.identifier, item]));
    for (const e of ENTITIES) {
      expect(byId.get(e.id), e.id).toEqual(
        expect.objectContaining({
          name: { en: e.nameEn, ru: e.nameRu },
          ...present({ symbol: symbolOf(e) }),
        }),
      );
    }
    for (const r of RELATIONS) {
      const item = byId.get(r.id);
      expect(item, r.id).toEqual(expect.objectContaining(present({ action: r.action, note: r.note }))); // prettier-ignore
      expect((item?.evidence as { quote: string }[]).map((ev) => ev.quote)).toEqual(
        r.evidence.map((ev) => ev.quote),
      );
    }
    // A document's IRI escapes its symbol; the identifier keeps it as it is.
    expect(byId.get(IDS.document)?.['@id']).toBe(
      `https://undocs.org/${IDS.document.split('/').map(encodeURIComponent).join('/')}`,
    );
  });
});

// ---- CSV -----------------------------------------------------------------------------------

// The documented rule, restated here rather than imported, so that the test checks it.
const TRIGGER = /^'*[=+\-@\t\r]/;
const neutralised = (s: string) => (TRIGGER.test(s) ? `'${s}` : s);
const restored = (cell: string) => (TRIGGER.test(cell.slice(1)) && cell.startsWith("'") ? cell.slice(1) : cell); // prettier-ignore

function readCsv(text: string) {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return new Map(parsed.data.map((row) => [row.id, row]));
}

describe('CSV exports', () => {
  it('nodes: every hostile string exactly, a formula behind an apostrophe', async () => {
    const rows = readCsv((await exported('csv-nodes')).text);
    for (const e of ENTITIES) {
      const { name_en, name_ru, symbol } = nodeTexts(e);
      const texts = { name_en, name_ru, symbol };
      const row = rows.get(e.id);
      for (const [column, value] of Object.entries(texts)) {
        expect(row?.[column], `${e.id} ${column}`).toBe(neutralised(value ?? ''));
        expect(restored(row?.[column] ?? ''), `${e.id} ${column}`).toBe(value ?? '');
      }
    }
  });

  it('edges: every hostile string exactly, a formula behind an apostrophe', async () => {
    const rows = readCsv((await exported('csv-edges')).text);
    for (const r of RELATIONS) {
      const { action, basis, quotes, documents } = edgeTexts(r);
      const texts = { action, basis, quotes, documents }; // the edges table has no note
      const row = rows.get(r.id);
      for (const [column, value] of Object.entries(texts)) {
        expect(row?.[column], `${r.id} ${column}`).toBe(neutralised(value ?? ''));
        expect(restored(row?.[column] ?? ''), `${r.id} ${column}`).toBe(value ?? '');
      }
    }
  });

  it('starts no cell with a character a spreadsheet reads as a formula', async () => {
    const cells: string[] = [];
    for (const format of ['csv-nodes', 'csv-edges'] as const) {
      const { text } = await exported(format);
      cells.push(...Papa.parse<string[]>(text, { skipEmptyLines: true }).data.flat());
    }
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    // Every trigger occurs in the data, so each one was exercised.
    const escaped = new Set(cells.filter((c) => c.startsWith("'")).map((c) => c.charAt(1)));
    expect([...escaped].sort()).toEqual(['\t', '\r', "'", '+', '-', '=', '@'].sort());
  });
});
