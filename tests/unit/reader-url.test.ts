// The reader's URL for a quote is built by hand (a lineage builds thousands); it must be exactly
// what URLSearchParams, which the explorer parses it with, would write.
import { describe, expect, it } from 'vitest';
import { readerUrl } from '../../server/src/services/citations.js';

const odd = ['document/ctoc-cop-2020-1', "a b!'()~*-._", 'Рабочая группа/№ 5&=?#%+', 'é😀', ''];

describe('the reader URL of a quote', () => {
  it('encodes every value as URLSearchParams does', () => {
    for (const document of odd)
      for (const relationId of [null, ...odd])
        for (const entityId of [null, ...odd])
          for (const paragraph of [null, 7]) {
            const e = { document, paragraph, context: 'PREAMBLE' as const, lang: 'ru' as const };
            const q = new URLSearchParams({
              doc: document,
              para: paragraph === null ? 'preamble' : String(paragraph),
              version: 'ru',
            });
            if (relationId) q.set('quote', relationId);
            else if (entityId) q.set('of', entityId);
            const url = readerUrl(e, relationId, entityId);
            expect(url).toBe(`/?${q.toString()}`);
            expect(new URLSearchParams(url.slice(2)).get('doc')).toBe(document);
          }
  });
});
