// What each entity is called on the timeline. Its lane already names the body, so a meeting
// is "9th meeting" (or "Meeting, 2–3 May 2018" when it has no ordinal) rather than the body's
// full name again, and a session its ordinal; a planned meeting says so in words as well as by
// its dashed outline.
import { meetingLabel, ordinalLabel } from '../graph/labels';
import { truncateLabel } from '../graph/to-elements';
import { meetingStatus, nodeName, type GraphNode } from '../graph/subgraph';
import type { Lang } from '../state/view-state';
import type { StatusChange } from './lanes';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Instrument titles run past 100 characters; the details panel has them whole. */
const INSTRUMENT_LABEL = 64;

/**
 * The label of `n`; `year` is its year on the timeline (nodeYear). A body is marked "created"
 * only where the mandate that created it is in the subgraph: otherwise its dot just starts
 * its lane at its first activity in view, and says nothing it does not know.
 */
export function timelineLabel(n: GraphNode, lang: Lang, t: Translate, year: number | null): string {
  if ('sessionNumber' in n) return ordinalLabel('session', n.sessionNumber, lang);
  if ('ordinal' in n) {
    const name = meetingLabel(n, lang);
    return meetingStatus(n) === 'PLANNED' ? `${name} ${t('timeline.planned')}` : name;
  }
  if ('symbol' in n && n.symbol) return n.symbol;
  if ('bodyType' in n) return year === null ? '' : t('timeline.created');
  if ('instrumentType' in n) return truncateLabel(nodeName(n, lang), INSTRUMENT_LABEL);
  return truncateLabel(nodeName(n, lang));
}

/** "Resolution 7/1: made a constant element", in the interface's language. */
export function markerText(change: StatusChange, lang: Lang): string {
  const name = nodeName(change.mandate, lang);
  const actions = change.actions.map((a) => a[lang]);
  return actions.length ? `${name}: ${actions.join('; ')}` : name;
}
