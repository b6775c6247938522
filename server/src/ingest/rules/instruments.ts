// What a sentence says of the instruments it names: the mandate's CONCERNS, a Protocol that
// SUPPLEMENTS the Convention, a body a treaty's article created.
import { findEntities } from '../lexicon/entities.js';
import type { ExtractedEvidence } from '../extraction.js';
import type { EntityMention } from '../types.js';
import { ACTIONS } from '../../domain/actions.js';
import { CUES } from './cues.js';
import { byArticle, citedInPassing, cueAt } from './clauses.js';
import type { SentenceContext } from './context.js';

/**
 * "The Conference of the Parties … was established pursuant to article 32 of the Convention": a
 * body a treaty's article created, when no text of the Conference speaks.
 */
export function articleCreation(
  c: Pick<SentenceContext, 'text' | 'relations' | 'matcher'>,
  evidence: ExtractedEvidence,
): void {
  if (!CUES.creates(c.text)) return;
  const verb = cueAt('creates', c.text);
  const found = findEntities(c.text, c.matcher).matched;
  const by = found.find(
    (e) => e.id.startsWith('instrument/') && e.start > verb && byArticle(c.text, e.start),
  );
  const body = found.find((e) => e.id.startsWith('body/') && e.end <= verb);
  if (by && body)
    c.relations.add(
      { type: 'CREATES', from: by.id, to: body.id, action: ACTIONS.established.en, basis: null },
      [evidence],
    );
}

/** "…Протокола …, дополняющего Конвенцию …": the Protocol supplements the Convention; other instruments named with a mandate are what it concerns. */
export function instrumentRules(
  c: Pick<SentenceContext, 'text' | 'relations'>,
  instruments: readonly EntityMention[],
  mandate: string | null,
  evidence: ExtractedEvidence,
  title = false,
): void {
  const supplemented = supplementing(c.text, instruments);
  for (const [k, instrument] of instruments.entries()) {
    const by = supplemented.get(k);
    if (by) {
      for (const b of by)
        c.relations.add(
          { type: 'SUPPLEMENTS', from: b.id, to: instrument.id, action: null, basis: null },
          [evidence],
        );
    } else if (mandate && !citedInPassing(c.text, instrument.start, title)) {
      c.relations.add(
        { type: 'CONCERNS', from: mandate, to: instrument.id, action: null, basis: null },
        [evidence],
      );
    }
  }
}

/**
 * "the Protocol against the Smuggling of Migrants …, supplementing the Convention": which of
 * the instruments named (by index) another one supplements, and which ones do.
 */
export function supplementing(
  text: string,
  instruments: readonly EntityMention[],
): Map<number, EntityMention[]> {
  const by = new Map<number, EntityMention[]>();
  instruments.forEach((i, k) => {
    const previous = instruments[k - 1];
    if (!previous || previous.id === i.id || !CUES.supplements(text.slice(previous.end, i.start)))
      return;
    // "the Protocol to Prevent … and the Protocol against the Smuggling of Migrants …,
    // supplementing the Convention": each Protocol of the list supplements it.
    const list = [previous];
    for (let j = k - 2; j >= 0; j--) {
      const one = instruments[j];
      const next = instruments[j + 1];
      if (!one || !next || !JOINED.test(text.slice(one.end, next.start))) break;
      list.unshift(one);
    }
    by.set(k, list);
  });
  return by;
}
const JOINED = /^\s*,?\s*(?:and|и)\s+(?:the\s+)?$/iu;
