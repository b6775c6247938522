// Nothing silent: a sentence with a decision verb either states something or is listed in
// `unmatched` with its paragraph.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../server/src/ingest/extract.js';

const extract = (text: string) => extractDocument(new TextEncoder().encode(text), 'note.txt');
const statements = (text: string) =>
  extract(text).relations.map((r) => `${r.type} ${r.from} > ${r.to}: ${r.action ?? ''}`);

describe('a decision the rules read', () => {
  it('"постановила начать …" within a body is a statement about that body', () => {
    expect(
      statements(
        '1. В резолюции 9/1 Конференция постановила начать процесс обзора в рамках Рабочей группы по огнестрельному оружию.\n',
      ),
    ).toContain('GOVERNS resolution/9/1 > body/wg-firearms: launched a process within');
    expect(
      statements(
        '1. In its resolution 9/1, the Conference decided to launch the review process within the Working Group on Firearms.\n',
      ),
    ).toContain('GOVERNS resolution/9/1 > body/wg-firearms: launched a process within');
  });
});

describe('a decision the rules do not read', () => {
  it.each([
    [
      'ru',
      '2. В резолюции 7/1 Конференция постановила продлить срок действия мандата до 2030 года.',
    ],
    ['en', '2. In its resolution 7/1, the Conference decided to extend the mandate until 2030.'],
    [
      'ru',
      '2. Конференция просила Рабочую группу по огнестрельному оружию рассмотреть этот вопрос.',
    ],
  ])('is listed as unmatched with its paragraph (%s)', (_, sentence) => {
    const x = extract(`1. Introduction.\n\n${sentence}\n`);
    expect(x.relations).toEqual([]);
    expect(x.unmatched).toContainEqual({ paragraph: 2, text: sentence.slice(3), kind: 'sentence' });
  });

  it('is listed even when it names no mandate or body; a sentence without a decision verb is not', () => {
    const x = extract(
      '1. The Working Group on Firearms met in Vienna.\n\n2. The Conference decided to meet again.\n',
    );
    expect(x.unmatched).toEqual([
      { paragraph: 2, text: 'The Conference decided to meet again.', kind: 'sentence' },
    ]);
  });
});
