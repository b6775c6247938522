// The explorer's data downloads and the server's /export answers for the same lineage are one
// file: the explorer's own Lineage operation answers in-process, the explorer's download code
// (client/src/export/data-file.ts) writes it, and GET /export/<format> answers over real HTTP.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { print } from 'graphql';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ExportedFile, ExportFormatName } from '../../common/export/formats.js';
// The generated operations import nothing relative, so these settings resolve them.
import { LineageDocument, type LineageQuery } from '../../client/src/gql/graphql.js';
import { Database } from '../../server/src/db/executor.js';
import { exportRouter } from '../../server/src/http/export-routes.js';
import { EXPORT_FORMATS } from '../../server/src/services/export/formats.js';
import { GraphService } from '../../server/src/services/graph.js';
import { useApi } from '../support/api.js';

type Lineage = LineageQuery['lineage'];
/** The explorer's subgraph (graph/subgraph.ts): the answer with what it works out itself. */
interface Graph {
  nodes: Lineage['nodes'];
  edges: unknown[];
}
type FromLineage = (answer: Lineage) => Graph;
type DataFile = (
  format: ExportFormatName,
  cy: null,
  graph: Graph,
  lang: 'en' | 'ru',
  baseName: string,
) => ExportedFile;
// The explorer's modules are written for its bundler (extensionless imports, `@common/…`), which
// vitest resolves as Vite does but these NodeNext settings cannot typecheck; so they are loaded
// by a computed name and typed by hand with the signatures client/tsconfig.json checks.
const CLIENT_MODULE = '../../client/src/export/data-file.ts';
const SUBGRAPH_MODULE = '../../client/src/graph/subgraph.ts';

const ID = 'body/wg-firearms';
const DIRECTION = 'BOTH';
const DEPTH = 6;

const api = useApi();
let db: Database;
let server: Server;
let base: string;
let lineage: Lineage;
/** What the explorer downloads from: the answer as its graph holds it (quotes' links and all). */
let graph: Graph;
let dataFile: DataFile;

beforeAll(async () => {
  db = new Database({ uri: inject('neo4jUri') });
  const app = express().use('/export', exportRouter(new GraphService(db)));
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/export`;
  const { data, errors } = await api.run<LineageQuery>(print(LineageDocument), {
    id: ID,
    direction: DIRECTION,
    maxDepth: DEPTH,
  });
  expect(errors).toEqual([]);
  lineage = data!.lineage;
  ({ dataFile } = (await import(/* @vite-ignore */ CLIENT_MODULE)) as { dataFile: DataFile });
  const { fromLineage } = (await import(/* @vite-ignore */ SUBGRAPH_MODULE)) as {
    fromLineage: FromLineage;
  };
  graph = fromLineage(lineage);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

async function served(format: ExportFormatName) {
  const query = new URLSearchParams({ id: ID, direction: DIRECTION, maxDepth: String(DEPTH) });
  const res = await fetch(`${base}/${format}?${query.toString()}`);
  expect(res.status).toBe(200);
  const disposition = res.headers.get('content-disposition') ?? '';
  return { fileName: /filename="([^"]+)"/.exec(disposition)?.[1], content: await res.text() };
}
const BOM = '\uFEFF';
const csvHeader = (text: string) => Papa.parse<string[]>(text, { preview: 1 }).data[0];

describe('a download from the explorer and /export for the same lineage', () => {
  it('has a lineage worth comparing: every kind, numbered Russian evidence', () => {
    expect(new Set(lineage.nodes.map((n) => n.kind)).size).toBe(6);
    const evidence = lineage.edges.flatMap((e) => e.evidence);
    expect(evidence.some((ev) => ev.paragraph !== null && ev.lang === 'RU')).toBe(true);
  });

  it.each(EXPORT_FORMATS)('%s: the same file name and the same file', async (format) => {
    const server = await served(format);
    const client = dataFile(format, null, graph, 'en', ID);
    expect(client.fileName).toBe(server.fileName);
    // A CSV download starts with the byte order mark Excel needs; the rest is the same text.
    const csv = format === 'csv-nodes' || format === 'csv-edges';
    expect(csv ? client.content.replace(BOM, '') : client.content).toBe(server.content);
  });

  it('in Russian, only the labels differ: the same columns and both names in each', async () => {
    const ru = parseGraphML(MultiDirectedGraph, dataFile('graphml', null, graph, 'ru', ID).content);
    const en = parseGraphML(MultiDirectedGraph, (await served('graphml')).content);
    expect(ru.nodes()).toEqual(en.nodes());
    const body = (g: MultiDirectedGraph) => g.getNodeAttributes(ID);
    expect(Object.keys(body(ru)).sort()).toEqual(Object.keys(body(en)).sort());
    expect(body(ru)).toEqual({ ...body(en), label: body(en).name_ru });
    expect(body(en).label).toBe(body(en).name_en);
    for (const format of ['csv-nodes', 'csv-edges'] as const) {
      const ruCsv = dataFile(format, null, graph, 'ru', ID).content.replace(BOM, '');
      expect(csvHeader(ruCsv)).toEqual(csvHeader((await served(format)).content));
    }
  });
});
