// GEXF for Gephi, written by graphology-gexf. GEXF 1.2 rather than 1.3: every Gephi since
// 0.8 reads it, and no attribute is a list, so 1.3's list syntax would buy nothing.
// The writer is the same module in graphology-gexf's Node and browser builds; the explorer's
// bundle takes the browser one (client/vite.config.ts), whose parser needs no xmldom.
import { write } from 'graphology-gexf';
import { flattenEdge, type LineageGraph } from './graph.js';

// graphology-gexf escapes markup but passes through characters XML 1.0 forbids (C0 controls,
// lone surrogates, U+FFFE/U+FFFF): one in a quote taken from a PDF would spoil the file.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlSafe = (s: string) => s.replace(NOT_XML, '\uFFFD');

type Values = Record<string, string | number>;
/** Text made XML-safe; nulls left out, which GEXF reads as "no value". */
function values(record: Record<string, string | number | null>): Values {
  const out: Values = {};
  for (const [k, v] of Object.entries(record)) {
    if (v !== null) out[k] = typeof v === 'string' ? xmlSafe(v) : v;
  }
  return out;
}

export function toGexf(graph: LineageGraph, title: string): string {
  const withMeta = graph.copy();
  withMeta.mergeAttributes({ creator: 'Mandate Lineage', description: xmlSafe(title) });
  return write(withMeta, {
    version: '1.2',
    // Explicit formatters: the default one would turn attributes named like GEXF's own
    // (`label`, `kind`, `weight`, `size`, `color`, …) into element properties.
    formatNode: (_id, a) => {
      const { label, position, ...rest } = a;
      return {
        label: xmlSafe(label),
        attributes: values(rest),
        // Gephi opens the file with the nodes where the explorer drew them.
        ...(position && { viz: position }),
      };
    },
    formatEdge: (_id, a) => {
      const flat = flattenEdge(a);
      return { label: flat.type, attributes: values({ ...flat }) };
    },
  });
}
