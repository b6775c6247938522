// JSON-LD: the entities and relations as linked data. A document is named by its UN symbol
// at undocs.org, the address every UN document resolves at; anything else by a URN.
import type { EntityKind } from './drawn.js';
import type { EvidenceItem, LineageGraph } from './graph.js';

const VOCAB = 'https://mandate-lineage.example/vocab#';

const CONTEXT = {
  '@vocab': VOCAB,
  ml: VOCAB,
  schema: 'https://schema.org/',
  name: { '@id': 'schema:name', '@container': '@language' },
  identifier: 'schema:identifier',
  kind: 'ml:kind',
  symbol: 'ml:symbol',
  year: 'ml:year',
  relationType: 'ml:relationType',
  from: { '@id': 'ml:from', '@type': '@id' },
  to: { '@id': 'ml:to', '@type': '@id' },
  action: 'ml:action',
  source: 'ml:source',
  basis: { '@id': 'ml:basis', '@type': '@id' },
  note: 'schema:description',
  evidence: 'ml:evidence',
  quote: 'ml:quote',
  paragraph: 'ml:paragraph',
  lang: 'schema:inLanguage',
  document: { '@id': 'ml:document', '@type': '@id' },
  prov: 'http://www.w3.org/ns/prov#',
  wasDerivedFrom: { '@id': 'prov:wasDerivedFrom', '@type': '@id' },
  reader: 'ml:reader',
} as const;

// Ids and symbols are paths (`decision/4/4`, `CTOC/COP/WG.4/2020/4`): each segment is
// escaped and the slashes kept, so the IRI reads like the id.
const pathOf = (s: string) => s.split('/').map(encodeURIComponent).join('/');
export const documentIri = (symbol: string): string => `https://undocs.org/${pathOf(symbol)}`;
export const entityIri = (id: string): string => `urn:mandate-lineage:${pathOf(id)}`;

const CLASS = {
  INSTRUMENT: 'Instrument',
  BODY: 'Body',
  SESSION: 'Session',
  MANDATE: 'Mandate',
  MEETING: 'Meeting',
  DOCUMENT: 'Document',
} as const satisfies Record<EntityKind, string>;

export function toJsonLd(graph: LineageGraph): string {
  const iri = (id: string) => {
    const symbol = graph.hasNode(id) ? graph.getNodeAttribute(id, 'symbol') : null;
    return symbol ? documentIri(symbol) : entityIri(id);
  };
  const evidence = (ev: EvidenceItem) => {
    const document = ev.documentSymbol ? documentIri(ev.documentSymbol) : iri(ev.document);
    return {
      quote: ev.quote,
      paragraph: ev.paragraph,
      lang: ev.lang,
      document,
      // The paragraph of the document the quote is taken from (`#para-4`, `#header`…).
      wasDerivedFrom: `${document}#${
        ev.paragraph !== null ? `para-${String(ev.paragraph)}` : ev.context.toLowerCase()
      }`,
      // Where the explorer shows it, as a path of the server the export came from.
      reader: ev.url,
    };
  };
  const nodes = graph.mapNodes((id, a) => ({
    '@id': iri(id),
    '@type': CLASS[a.kind],
    identifier: id,
    kind: a.kind,
    name: { en: a.name_en, ru: a.name_ru },
    ...(a.symbol !== null && { symbol: a.symbol }),
    ...(a.year !== null && { year: a.year }),
  }));
  const edges = graph.mapEdges((id, a, from, to) => ({
    '@id': entityIri(id),
    '@type': 'Relation',
    identifier: id,
    relationType: a.type,
    from: iri(from),
    to: iri(to),
    ...(a.action !== null && { action: a.action }),
    source: a.source,
    ...(a.basis !== null && { basis: iri(a.basis) }),
    ...(a.note !== null && { note: a.note }),
    evidence: a.evidence.map(evidence),
  }));
  return JSON.stringify({ '@context': CONTEXT, '@graph': [...nodes, ...edges] }, null, 2);
}
