import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../../server/src/domain/model.js';
import { mergeEvidence, mergeProvenance } from '../../server/src/seed/merge.js';
import { requote } from '../../server/src/seed/texts.js';

const ev = (quote: string, over: Partial<EvidenceRecord> = {}): EvidenceRecord => ({
  document: 'document/n',
  paragraph: 10,
  context: 'PARAGRAPH',
  lang: 'ru',
  quote,
  ...over,
});

describe('merging evidence with what the graph holds', () => {
  it('adds another language, paragraph or document, and keeps one copy of the same quote', () => {
    const held = [ev('учреждена группа')];
    const added = [
      ev('учреждена группа'),
      ev('a group was established', { lang: 'en' }),
      ev('учреждена группа', { paragraph: 11 }),
      ev('учреждена группа', { document: 'document/m' }),
    ];
    expect(mergeEvidence(held, added)).toEqual([held[0], ...added.slice(1)]);
  });

  it('replaces a reading of the same place whose words are the same but not its white space', () => {
    const fromText = ev('изготовления и оборота\n\nогнестрельного оружия');
    const fromPdf = ev('изготовления и оборота огнестрельного оружия');
    expect(mergeEvidence([fromText], [fromPdf])).toEqual([fromPdf]);
    // Different words are another quote, kept.
    const other = ev('изготовления и оборота оружия');
    expect(mergeEvidence([fromText], [other])).toEqual([fromText, other]);
  });

  it("does the same for the quotes of an entity's facts, field by field", () => {
    const a = { fields: ['name.ru'], source: 'DOCUMENT' as const, evidence: ev('Рабочая\nгруппа') };
    const b = { fields: ['name.ru'], source: 'DOCUMENT' as const, evidence: ev('Рабочая группа') };
    const c = {
      fields: ['aliases.ru'],
      source: 'DOCUMENT' as const,
      evidence: ev('Рабочая группа'),
    };
    const ref = { fields: ['year'], source: 'REFERENCE' as const, note: 'general reference' };
    expect(mergeProvenance([a, ref], [b, c, ref])).toEqual([ref, b, c]);
  });
});

describe('quotes of a version read again', () => {
  const block = (text: string, number: number | null = 10) => ({
    document: 'document/n',
    lang: 'ru' as const,
    index: 0,
    number,
    context: number === null ? ('HEADING' as const) : ('PARAGRAPH' as const),
    text,
    statements: [],
    facts: [],
  });
  const versions = (text: string) => new Map([['document/n ru', [block(text)]]]);

  it('take the words as now read where only white space or soft hyphens moved', () => {
    const quote = ev('изготовления и оборота\n\nогне\u00ADстрельного оружия');
    const now = 'о незаконном изготовлении: изготовления и оборота огнестрельного оружия.';
    expect(requote(quote, versions(now))).toEqual(
      ev('изготовления и оборота огнестрельного оружия'),
    );
  });

  it('stay as they are when they still stand in the text, or when their words do not', () => {
    expect(requote(ev('оборота'), versions('изготовления и оборота'))).toBeNull();
    expect(requote(ev('оборота оружия'), versions('изготовления и оборота'))).toBeNull();
    // Another paragraph holding the words is not the place the quote names.
    const elsewhere = new Map([['document/n ru', [block('оборота\nоружия', 11)]]]);
    expect(requote(ev('оборота оружия'), elsewhere)).toBeNull();
  });
});
