// GET /export/:format over real HTTP against the test Neo4j, each file read back by the
// library a user's tool would use. The router is mounted on its own small app here.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import cytoscape, { type ElementsDefinition } from 'cytoscape';
import express from 'express';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../server/src/db/executor.js';
import { exportRouter } from '../../server/src/http/export-routes.js';
import { GraphService } from '../../server/src/services/graph.js';

const ID = 'CTOC/COP/WG.4/2020/4';
const ID_Q = `id=${encodeURIComponent(ID)}`;
const QUERY = `${ID_Q}&direction=UPSTREAM`;

let db: Database;
let server: Server;
let url: string;
let expected: { nodes: number; edges: number; evidence: number };

function listen(app: express.Express, path: string): Promise<[Server, string]> {
  const s = createServer(app);
  return new Promise((resolve) => {
    s.listen(0, '127.0.0.1', () => {
      resolve([s, `http://127.0.0.1:${(s.address() as AddressInfo).port}${path}`]);
    });
  });
}

beforeAll(async () => {
  db = new Database({ uri: inject('neo4jUri') });
  const graph = new GraphService(db);
  [server, url] = await listen(express().use('/export', exportRouter(graph)), '/export');
  const sg = await graph.lineage(ID, 'UPSTREAM', 6);
  const ids = new Set(sg.nodes.map((n) => n.id));
  const edges = sg.edges.filter((e) => ids.has(e.fromId) && ids.has(e.toId));
  expected = {
    nodes: sg.nodes.length,
    edges: edges.length,
    evidence: edges.reduce((sum, e) => sum + e.evidence.length, 0),
  };
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

async function get(format: string, query = QUERY) {
  const res = await fetch(`${url}/${format}?${query}`);
  return { res, text: await res.text() };
}

describe('GET /export/:format', () => {
  it('has a lineage worth exporting', () => {
    expect(expected.nodes).toBeGreaterThan(3);
    expect(expected.edges).toBeGreaterThan(2);
    expect(expected.evidence).toBeGreaterThan(0);
  });

  it('serves GraphML that graphology reads, evidence included', async () => {
    const { res, text } = await get('graphml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="mandate-lineage-CTOC_COP_WG.4_2020_4.graphml"',
    );
    const g = parseGraphML(MultiDirectedGraph, text);
    expect([g.order, g.size]).toEqual([expected.nodes, expected.edges]);
    expect(g.reduceEdges((sum, _e, a) => sum + Number(a.evidence_count ?? 0), 0)).toBe(
      expected.evidence,
    );
  });

  it('serves GEXF that graphology reads', async () => {
    const { res, text } = await get('gexf');
    expect(res.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    const g = parseGexf(MultiDirectedGraph, text);
    expect([g.order, g.size]).toEqual([expected.nodes, expected.edges]);
  });

  it('serves .cyjs that Cytoscape loads', async () => {
    const { res, text } = await get('cyjs');
    expect(res.headers.get('content-type')).toBe('application/json');
    const doc = JSON.parse(text) as { elements: ElementsDefinition };
    const cy = cytoscape({ headless: true, elements: doc.elements });
    expect([cy.nodes().length, cy.edges().length]).toEqual([expected.nodes, expected.edges]);
  });

  it('serves the two CSV tables with the contract columns, UTF-8 without a BOM', async () => {
    const nodes = await get('csv-nodes');
    expect(nodes.res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(nodes.text.charCodeAt(0)).not.toBe(0xfeff);
    const n = Papa.parse<Record<string, string>>(nodes.text, { header: true });
    expect(n.meta.fields).toEqual(['id', 'kind', 'name_en', 'name_ru', 'symbol', 'year']);
    expect(n.data).toHaveLength(expected.nodes);
    expect(n.data.find((r) => r.id === ID)?.symbol).toBe(ID);

    const edges = await get('csv-edges');
    const e = Papa.parse<Record<string, string>>(edges.text, { header: true });
    expect(e.errors).toEqual([]);
    expect(e.meta.fields).toEqual(['id', 'type', 'from', 'to', 'action', 'source', 'basis', 'evidence_count', 'paragraphs', 'quotes', 'documents', 'langs', 'sources']); // prettier-ignore
    expect(e.data).toHaveLength(expected.edges);
    expect(e.data.reduce((sum, r) => sum + Number(r.evidence_count), 0)).toBe(expected.evidence);
    // One reader link per quote, each at that quote's relation.
    for (const r of e.data.filter((row) => Number(row.evidence_count) > 0)) {
      const links = String(r.sources).split(' | ');
      expect(links, String(r.id)).toHaveLength(Number(r.evidence_count));
      for (const l of links) {
        expect(new URL(l, 'http://x').searchParams.get('quote'), String(r.id)).toBe(r.id);
      }
    }
  });

  it('serves JSON-LD naming the document by its symbol at undocs.org', async () => {
    const { res, text } = await get('jsonld');
    expect(res.headers.get('content-type')).toBe('application/ld+json');
    const doc = JSON.parse(text) as { '@context': unknown; '@graph': Record<string, unknown>[] };
    expect(doc['@context']).toBeTypeOf('object');
    const relations = doc['@graph'].filter((item) => item['@type'] === 'Relation');
    expect(relations).toHaveLength(expected.edges);
    expect(doc['@graph'].length - relations.length).toBe(expected.nodes);
    expect(doc['@graph'].map((item) => item['@id'])).toContain(`https://undocs.org/${ID}`);
    // PROV-O: each quote is derived from a paragraph of its document (the fragment names it).
    const derived = relations.flatMap((r) =>
      (r.evidence as { wasDerivedFrom: string; paragraph: number | null }[]).map((ev) => ev),
    );
    expect(derived.length).toBe(expected.evidence);
    for (const ev of derived) {
      expect(ev.wasDerivedFrom).toMatch(ev.paragraph === null ? /#[a-z]+$/ : /#para-\d+$/);
    }
    expect((doc['@context'] as Record<string, unknown>).prov).toBe('http://www.w3.org/ns/prov#');
  });

  it('takes the defaults (UPSTREAM, depth 6) when direction and maxDepth are left out', async () => {
    const { res, text } = await get('csv-nodes', ID_Q);
    expect(res.status).toBe(200);
    expect(Papa.parse(text, { header: true }).data).toHaveLength(expected.nodes);
  });

  it.each([
    ['format', 'pdf', QUERY],
    ['id', 'graphml', 'id=body%2Fnope'],
    ['id', 'graphml', 'direction=UPSTREAM'],
    ['direction', 'graphml', `${ID_Q}&direction=SIDEWAYS`],
    ['maxDepth', 'graphml', `${QUERY}&maxDepth=0`],
    ['maxDepth', 'graphml', `${QUERY}&maxDepth=21`],
    ['maxDepth', 'graphml', `${QUERY}&maxDepth=six`],
  ])('answers a bad %s (%s?%s) with 400 naming it', async (argument, format, query) => {
    const { res, text } = await get(format, query);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = JSON.parse(text) as {
      errors: { message: string; extensions: Record<string, string> }[];
    };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.message).toMatch(new RegExp(`^${argument}: `));
    expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    expect(text).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('answers 503 SERVICE_UNAVAILABLE when Neo4j cannot be reached', async () => {
    const down = new Database({ uri: 'bolt://127.0.0.1:1' });
    const [s, downUrl] = await listen(
      express().use(
        '/export',
        exportRouter(new GraphService(down), () => {}),
      ),
      '/export',
    );
    try {
      const res = await fetch(`${downUrl}/graphml?${QUERY}`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({
        errors: [
          {
            message: 'The graph database is unavailable; try again shortly.',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      });
    } finally {
      await new Promise((resolve) => s.close(resolve));
      await down.close();
    }
  });
});
