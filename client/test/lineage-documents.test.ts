// The explorer's Lineage query asks for each quoted document once (lineage.documents) and each
// quote names its document by id; fromLineage gives every quote its document back, and works
// out its reader link and each relation's corroboration, so the panels show what they did when
// the API sent these with every quote.
import { describe, expect, it } from 'vitest';
import type { LineageQuery } from '../../client/src/gql/graphql.js';
import { fromLineage } from '../../client/src/graph/subgraph.js';

type Answer = LineageQuery['lineage'];
type Edge = Answer['edges'][number];

const doc = (id: string, symbol: string | null, nameEn: string) => ({
  id,
  symbol,
  nameEn,
  nameRu: `${nameEn} (RU)`,
  date: '2020-10-16',
  identifyingLine: null,
  identifyingLineRu: null,
});

const quote = (document: string, paragraph: number, lang: 'EN' | 'RU' = 'EN') => ({
  paragraph,
  numbered: true,
  context: 'PARAGRAPH' as const,
  quote: `Paragraph ${String(paragraph)} of ${document}.`,
  lang,
  document: { id: document },
});

const edge = (id: string, quotes: Edge['evidence']): Edge => ({
  id,
  type: 'CREATES',
  action: null,
  actionRu: null,
  source: 'DOCUMENT',
  note: null,
  noteRu: null,
  from: { id: 'resolution/7/1' },
  to: { id: 'body/wg-firearms' },
  basis: null,
  evidence: quotes,
});

describe('fromLineage', () => {
  it('gives each quote the listed document it names, shared by quotes of the same document', () => {
    const answer: Answer = {
      nodes: [],
      edges: [
        edge('a', [quote('CTOC/COP/2014/L.3', 2), quote('CTOC/COP/2020/10', 5)]),
        edge('b', [quote('CTOC/COP/2014/L.3', 7)]),
      ],
      documents: [
        doc('CTOC/COP/2020/10', 'CTOC/COP/2020/10', 'Report of the Conference'),
        doc('CTOC/COP/2014/L.3', 'CTOC/COP/2014/L.3', 'Draft resolution'),
      ],
    };
    const { edges } = fromLineage(answer);
    const cited = edges.map((e) => e.evidence.map((ev) => [ev.paragraph, ev.document.nameEn]));
    expect(cited).toEqual([
      [
        [2, 'Draft resolution'],
        [5, 'Report of the Conference'],
      ],
      [[7, 'Draft resolution']],
    ]);
    expect(edges[0]?.evidence[0]?.document.symbol).toBe('CTOC/COP/2014/L.3');
  });

  it('links each quote to the reader at its paragraph and version, naming its relation', () => {
    const answer: Answer = {
      nodes: [],
      edges: [
        edge('CREATES:resolution/7/1>body/wg-firearms', [quote('CTOC/COP/2014/L.3', 2, 'RU')]),
      ],
      documents: [doc('CTOC/COP/2014/L.3', 'CTOC/COP/2014/L.3', 'Draft resolution')],
    };
    expect(fromLineage(answer).edges[0]?.evidence[0]?.url).toBe(
      '/?doc=CTOC%2FCOP%2F2014%2FL.3&para=2&version=ru&quote=CREATES%3Aresolution%2F7%2F1%3Ebody%2Fwg-firearms',
    );
  });

  it('counts documents, places and languages as the API does: a translation is the same place', () => {
    const answer: Answer = {
      nodes: [],
      edges: [
        edge('one', [quote('CTOC/COP/2014/L.3', 2)]),
        edge('translated', [quote('CTOC/COP/2014/L.3', 2), quote('CTOC/COP/2014/L.3', 2, 'RU')]),
        edge('two', [quote('CTOC/COP/2014/L.3', 2), quote('CTOC/COP/2020/10', 5)]),
      ],
      documents: [
        doc('CTOC/COP/2014/L.3', 'CTOC/COP/2014/L.3', 'Draft resolution'),
        doc('CTOC/COP/2020/10', 'CTOC/COP/2020/10', 'Report of the Conference'),
      ],
    };
    expect(fromLineage(answer).edges.map((e) => e.corroboration)).toEqual([
      { documents: 1, paragraphs: 1, langs: ['EN'] },
      { documents: 1, paragraphs: 1, langs: ['EN', 'RU'] },
      { documents: 2, paragraphs: 2, langs: ['EN'] },
    ]);
  });

  it('refuses an answer whose quote names a document it does not list', () => {
    const answer: Answer = {
      nodes: [],
      edges: [edge('a', [quote('CTOC/COP/2014/L.3', 2)])],
      documents: [],
    };
    expect(() => fromLineage(answer)).toThrow(
      'the lineage quotes document CTOC/COP/2014/L.3 but does not list it',
    );
  });
});
