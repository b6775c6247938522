// The baseline of figure lineage_vs_driver: the same lineage Cypher through the raw driver
// in a plain Node HTTP handler — no GraphQL, no validation, no services, no masking.
// Usage: raw-lineage-server NEO4J_URI PORT; POST {"id","direction","maxDepth"}.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import { repoPath } from '../server/src/paths.js';

const [uri, port] = process.argv.slice(2);
if (!uri || !port) throw new Error('usage: raw-lineage-server NEO4J_URI PORT');
const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
const text = readFileSync(repoPath('cypher/read/lineage.cypher'), 'utf8');

interface EdgeRow {
  r: Relationship;
  type: string;
  fromId: string;
  toId: string;
}

createServer((req, res) => {
  let body = '';
  req.on('data', (d: Buffer) => (body += d.toString()));
  req.on('end', () => {
    void (async () => {
      const { id, direction, maxDepth } = JSON.parse(body) as {
        id: string;
        direction: string;
        maxDepth: number;
      };
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const params = {
          id,
          maxDepth: neo4j.int(maxDepth),
          up: direction !== 'DOWNSTREAM',
          down: direction !== 'UPSTREAM',
        };
        const { records } = await session.executeRead((tx) => tx.run(text, params));
        const row = records[0];
        const nodes = (row?.get('nodes') as Node[] | undefined) ?? [];
        const edges = (row?.get('edges') as EdgeRow[] | undefined) ?? [];
        const referenced = (row?.get('referenced') as Node[] | undefined) ?? [];
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            nodes: nodes.map((n) => n.properties),
            edges: edges.map((e) => ({
              ...e.r.properties,
              type: e.type,
              from: e.fromId,
              to: e.toId,
            })),
            referenced: referenced.map((n) => n.properties),
          }),
        );
      } catch (err) {
        res.statusCode = 500;
        res.end(String(err));
      } finally {
        await session.close();
      }
    })();
  });
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`ready ${port}`);
});
