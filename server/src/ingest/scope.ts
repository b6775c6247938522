// A document of another conference than UNTOC's, read by the same rules, has its ids scoped:
// its sessions, texts, meetings and the bodies it proposes take the conference's prefix
// (`uncac/session/9`), "the Conference" and "the Convention" become its own, and a statement
// about one of UNTOC's own bodies or Protocols (which another conference's text may name in
// passing) is dropped with a warning: a UNCAC document never changes UNTOC's graph.
import { CONFERENCES, HOME_CONFERENCE, type Conference } from '../domain/conferences.js';
import type { Extraction, Unmatched } from './extraction.js';
import { cue } from './lang/index.js';
import { splitSentences } from './segment.js';

// Shared by every conference: UNODC is the secretariat of them all.
const SHARED = new Set(['body/unodc']);
/** The reference names another conference's text is read for: scoped to it, or shared. */
export const SHARED_REFERENCE: ReadonlySet<string> = new Set([
  'body/unodc',
  'body/cop',
  HOME_CONFERENCE.convention.id,
]);
const SCOPED_KINDS = /^(?:session|resolution|decision|meeting|document)\//;

/** The id an UNTOC-read id has in `c`'s graph; null for an entity only UNTOC has. */
function scoper(c: Conference, proposed: ReadonlySet<string>): (id: string) => string | null {
  return (id) => {
    // UNTOC's ids are the unscoped ones; a UN symbol is global.
    if (c.idPrefix === '' || !/^[a-z]+\//.test(id) || SHARED.has(id)) return id;
    if (id === HOME_CONFERENCE.convention.id) return c.convention.id;
    if (
      id === 'body/cop' ||
      SCOPED_KINDS.test(id) ||
      proposed.has(id) ||
      c.bodies.some((b) => b.id === id)
    )
      return c.idPrefix + id;
    return null;
  };
}

/** The other conference a sentence names by its convention, if any. */
function otherConference(c: Conference): (quote: string) => Conference | null {
  const others = CONFERENCES.filter((o) => o.code !== c.code);
  return (quote) => {
    const lower = quote.toLowerCase();
    return (
      others.find((o) =>
        Object.values(o.recognisers).some((phrases) => phrases.some((p) => lower.includes(p))),
      ) ?? null
    );
  };
}

/**
 * "…the Conference of the Parties to the … Convention against Transnational Organized Crime, at
 * which that Conference had adopted resolution 94/3 and requested …": a decision of another
 * conference, which no statement here may carry, is listed so that it is not passed over
 * silently.
 */
function otherConferenceSentences(
  x: Extraction,
  elsewhere: (quote: string) => Conference | null,
  kept: Extraction['relations'],
): Unmatched[] {
  const decision = cue('decision');
  const quoted = new Set(kept.flatMap((r) => r.evidence.map((e) => e.quote)));
  const listed = new Set(x.unmatched.map((u) => u.text));
  return x.text.flatMap((p) =>
    p.context === 'PARAGRAPH' || p.context === 'PREAMBLE'
      ? splitSentences(p.text)
          .map((s) => s.text)
          .filter((t) => decision(t) && elsewhere(t) && !quoted.has(t) && !listed.has(t))
          .map((t) => ({ paragraph: p.number, text: t, kind: 'sentence' as const }))
      : [],
  );
}

export function scopeExtraction(x: Extraction, c: Conference): Extraction {
  const proposed = new Set((x.newBodies ?? []).map((b) => b.body.id));
  const scope = scoper(c, proposed);
  const must = (id: string) => scope(id) ?? id;
  const warnings = [...x.warnings];
  const untouched = new Set<string>();
  const elsewhere = otherConference(c);
  const relations = x.relations.flatMap((r) => {
    // "…the Conference of the Parties to the … Convention against Transnational Organized Crime
    // had established …": what another conference did is not this one's.
    const other = r.evidence.map((e) => elsewhere(e.quote)).find((o) => o !== null);
    if (other) {
      const where = r.evidence[0]?.paragraph;
      warnings.push(
        `${where === null || where === undefined ? 'a heading' : `paragraph ${String(where)}`} speaks of ${other.names.en ?? other.code}: what it states is left out of ${c.names.en ?? c.code}'s graph`,
      );
      return [];
    }
    const [from, to] = [scope(r.from), scope(r.to)];
    const basis = r.basis === null ? null : scope(r.basis);
    if (from === null || to === null || (r.basis !== null && basis === null)) {
      for (const id of [r.from, r.to, r.basis]) if (id && scope(id) === null) untouched.add(id);
      return [];
    }
    return [{ ...r, from, to, basis }];
  });
  const unmatched = [...x.unmatched, ...otherConferenceSentences(x, elsewhere, relations)];
  for (const id of untouched)
    warnings.push(
      `names ${id}, which belongs to ${HOME_CONFERENCE.names.en ?? HOME_CONFERENCE.code}: a document of ${c.names.en ?? c.code} does not change it (the statements about it are left out)`,
    );
  const documentId = must(x.documentId);
  return {
    ...x,
    conference: c.code,
    documentId,
    relations,
    meetings: x.meetings.flatMap((m) => {
      const bodyId = scope(m.bodyId);
      return bodyId ? [{ ...m, id: must(m.id), bodyId }] : [];
    }),
    documents: x.documents.map((d) => ({
      ...d,
      id: must(d.id),
      meetingId: d.meetingId === null ? null : scope(d.meetingId),
    })),
    text: x.text.map((p) => ({ ...p, document: documentId })),
    unmatched,
    ...(x.mandate ? { mandate: { ...x.mandate, id: must(x.mandate.id) } } : {}),
    ...(x.newBodies
      ? {
          newBodies: x.newBodies.flatMap((b) => {
            const id = must(b.body.id);
            // A body proposed only by a statement left out is not proposed.
            return relations.some((r) => r.to === id || r.from === id)
              ? [{ ...b, body: { ...b.body, id } }]
              : [];
          }),
        }
      : {}),
    ...(x.mandateDates
      ? { mandateDates: x.mandateDates.map((d) => ({ ...d, id: must(d.id) })) }
      : {}),
    warnings,
  };
}

/**
 * A document of a conference the registry lacks: its text is kept, and nothing it states is
 * attached to a known conference's graph (that would be a guess); the warning says why.
 */
export function unknownConference(
  x: Extraction,
  name: string,
  known: readonly Conference[],
): Extraction {
  const own = (id: string) => !/^[a-z]+\//.test(id) || SHARED.has(id) || id === x.documentId;
  return {
    ...x,
    conference: null,
    relations: x.relations.filter(
      (r) => own(r.from) && own(r.to) && (r.basis === null || own(r.basis)),
    ),
    meetings: [],
    documents: x.documents.filter((d) => own(d.id)),
    newBodies: [],
    mandateDates: [],
    warnings: [
      ...x.warnings,
      `the document is of "${name}", a conference this project does not know (it knows ${known.map((c) => c.names.en ?? c.code).join('; ')}): its statements are not attached to any of them`,
    ],
  };
}
