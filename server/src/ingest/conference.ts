// Which treaty body a document belongs to. Its symbol says so first ("CAC/COSP/2021/3"), else
// the first place its opening names a conference and the convention it serves ("Conference of
// the States Parties to the United Nations Convention against Corruption", in the masthead or
// the actor line of a resolution). A conference the registry does not know is named in a
// warning and nothing is attached to another's graph; a document that names none is read as
// UNTOC's, the project's own.
import { CONFERENCES, conferenceOfSymbol, type Conference } from '../domain/conferences.js';
import { LANGUAGES } from './lang/index.js';
import { findSymbols } from './lexicon/symbols.js';

export type ConferenceReading =
  | { kind: 'known'; conference: Conference; quote: string }
  | { kind: 'unknown'; name: string }
  | { kind: 'unnamed' };

// How much of the opening is read: the masthead, a resolution's actor line, a page's first
// paragraph. A conference named later is one the text speaks about, not the one it is of.
const OPENING = 2500;
// How far past "Conference of the Parties to" the convention's name may run (it wraps lines).
const NAME_WITHIN = 160;

export function readConference(text: string): ConferenceReading {
  const opening = text.slice(0, OPENING);
  for (const s of findSymbols(opening)) {
    const c = conferenceOfSymbol(s.symbol);
    if (c) return { kind: 'known', conference: c, quote: s.printed };
  }
  const named = LANGUAGES.flatMap((l) =>
    [...opening.matchAll(new RegExp(l.conferenceOf.source, 'giu'))].map((m) => ({
      at: m.index,
      rest: opening.slice(m.index + m[0].length, m.index + m[0].length + NAME_WITHIN),
      lang: l,
      quote: m[0],
    })),
  ).sort((a, b) => a.at - b.at);
  for (const n of named) {
    const rest = n.rest.replace(/\s+/g, ' ');
    const lower = rest.toLowerCase();
    const known = CONFERENCES.find((c) =>
      Object.values(c.recognisers).some((phrases) => phrases.some((p) => lower.includes(p))),
    );
    if (known) return { kind: 'known', conference: known, quote: `${n.quote}${rest}`.trim() };
    // "The Conference of the Parties decided …" names no convention: not a masthead.
    const noun = n.lang.conventionNoun.exec(rest);
    if (noun && noun.index < 60) {
      // The name ends at the masthead's line break or the sentence's punctuation.
      const name = (n.rest.split(/\n\s*\n|[,.;:]/u)[0] ?? n.rest).replace(/\s+/g, ' ').trim();
      return { kind: 'unknown', name: `${n.quote.trim()} ${name}` };
    }
  }
  return { kind: 'unnamed' };
}
