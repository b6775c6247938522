// A UNODC-style web page whose paragraphs are not numbered: its furniture (cookie banner,
// banner, menu, breadcrumbs, footer) is left out, its paragraphs are read in order, and each
// quote says it stands in an unnumbered paragraph, so a citation reads "3rd paragraph
// (unnumbered)" / "3-й абзац (без номера)". The fixture is constructed (impossible 99/x).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RelationRecord } from '../../server/src/domain/model.js';
import { evidenceKey } from '../../server/src/db/records.js';
import { quote } from '../../server/src/db/read-props.js';
import { extractFile } from '../../server/src/ingest/extract.js';
import { readDocument } from '../../server/src/ingest/formats/index.js';
import { cite } from '../../server/src/services/summary/common.js';
import { repoPath } from '../../server/src/paths.js';

const file = 'web-page-en.html';
const bytes = () => readFileSync(repoPath('tests/fixtures/genres', file));

describe('a web page with unnumbered paragraphs', () => {
  it('leaves out the page furniture', async () => {
    const { text } = await readDocument(bytes(), file);
    expect(text).toContain('In its resolution 99/7');
    expect(text).not.toMatch(/cookies|About us|Home|Copyright|United Nations Office on Drugs/);
  });

  it('is read, not refused: its paragraphs in order, each unnumbered', async () => {
    const x = await extractFile(bytes(), file);
    const paragraphs = x.text.filter((b) => b.context === 'PARAGRAPH');
    expect(paragraphs.map((b) => [b.number, b.numbered])).toEqual([
      [1, false],
      [2, false],
      [3, false],
    ]);
  });

  it('states what its paragraphs say, each quote flagged unnumbered at its position', async () => {
    const x = await extractFile(bytes(), file);
    const governs = x.relations.filter((r) => r.type === 'GOVERNS');
    expect(governs.map((r) => `${r.from} > ${r.to}`).sort()).toEqual([
      'resolution/99/7 > body/wg-firearms',
      'resolution/99/8 > body/wg-technical-assistance',
    ]);
    const third = governs.find((r) => r.from === 'resolution/99/8')?.evidence[0];
    expect(third).toMatchObject({ paragraph: 3, numbered: false, context: 'PARAGRAPH' });
  });
});

describe('an unnumbered paragraph in a citation', () => {
  const evidence = {
    document: 'document/page',
    paragraph: 3,
    numbered: false as const,
    context: 'PARAGRAPH' as const,
    quote: 'In its resolution 99/8, the Conference requested …',
    lang: 'en' as const,
  };
  const relation: RelationRecord = {
    id: 'r',
    type: 'GOVERNS',
    fromId: 'resolution/99/8',
    toId: 'body/wg-technical-assistance',
    action: null,
    basisId: null,
    source: 'DOCUMENT',
    note: null,
    evidence: [evidence],
  };
  const words = { para: 'para.', paras: 'paras.', and: 'and', heading: 'heading' };

  it('says so in English and in Russian', () => {
    const common = { header: 'h', footnote: 'f', preamble: 'p', reference: 'r', derived: 'd' };
    expect(
      cite(relation, {
        ...words,
        ...common,
        unnumbered: (n) => `${String(n)}rd paragraph (unnumbered)`,
      }),
    ).toBe('(3rd paragraph (unnumbered))');
  });

  it('keeps the flag when stored, and a numbered quote serialises as before', () => {
    expect(quote(evidenceKey(evidence))).toEqual(evidence);
    const plain = { ...evidence, numbered: undefined };
    delete plain.numbered;
    expect(evidenceKey(plain)).not.toContain('numbered');
    expect(quote(evidenceKey(plain))).toEqual(plain);
  });
});

describe('the explorer’s words for an unnumbered paragraph', () => {
  it('reads "3rd paragraph (unnumbered)" in English and "3-й абзац (без номера)" in Russian', async () => {
    const { default: i18next } = await import('i18next');
    const { en } = await import('../../client/src/i18n/en.js');
    const { ru } = await import('../../client/src/i18n/ru.js');
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: { en: { translation: en }, ru: { translation: ru } } });
    const say = (lng: string, n: number) =>
      i18n.getFixedT(lng)('evidence.unnumbered', { count: n, ordinal: true });
    expect([1, 2, 3, 11, 22].map((n) => say('en', n))).toEqual([
      '1st paragraph (unnumbered)',
      '2nd paragraph (unnumbered)',
      '3rd paragraph (unnumbered)',
      '11th paragraph (unnumbered)',
      '22nd paragraph (unnumbered)',
    ]);
    expect(say('ru', 3)).toBe('3-й абзац (без номера)');
  });
});
