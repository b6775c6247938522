// One document through the stages: read (PDF, Word, HTML, text) → its genre (a resolution's
// or decision's text, a meeting's report, else a Secretariat's note) → that genre's blocks,
// statements and front matter. A genre is a module of genres/; the languages are modules of lang/.
import type { LangCode } from '../domain/model.js';
import type { Extraction } from './extraction.js';
import { decodeDocument } from './decode.js';
import { readDocument } from './formats/index.js';
import { readGenre } from './genres/index.js';
import { readConference, type ConferenceReading } from './conference.js';
import { scopeExtraction, unknownConference } from './scope.js';
import { CONFERENCES, HOME_CONFERENCE } from '../domain/conferences.js';
import { detectLanguage } from './metadata.js';
import type { DecodedText } from './types.js';
import type { ParagraphRecord } from '../domain/model.js';
import { findMandates } from './lexicon/mandates.js';
import { splitSentences } from './segment.js';
import { markUnnumbered } from './unnumbered.js';
import { DEFAULT_LIMITS, checkParagraphs, type InputLimits } from './read/limits.js';

export { documentIdOf } from './genres/common.js';

/** A text file's bytes (UTF-8 or Windows-1251), then its statements. */
export function extractDocument(
  bytes: Uint8Array,
  fileName: string,
  forcedLang?: LangCode,
  limits: InputLimits = DEFAULT_LIMITS,
): Extraction {
  return extractText(decodeDocument(bytes, fileName), fileName, forcedLang, limits);
}

/** Any document this reads (PDF, Word, HTML, text; by content): its text, then its statements. */
export async function extractFile(
  bytes: Uint8Array,
  fileName: string,
  forcedLang?: LangCode,
  limits: InputLimits = DEFAULT_LIMITS,
): Promise<Extraction> {
  return extractText(await readDocument(bytes, fileName, limits), fileName, forcedLang, limits);
}

export function extractText(
  decoded: DecodedText,
  fileName: string,
  forcedLang?: LangCode,
  limits: InputLimits = DEFAULT_LIMITS,
): Extraction {
  // Refused before the rules read a paragraph, never cut short (issue 32).
  checkParagraphs(decoded.text, fileName, limits);
  const lang = forcedLang ?? detectLanguage(decoded.text);
  const conference = readConference(decoded.text);
  // Told before the rules run: another conference's text is not read for UNTOC's bodies.
  const told = conference.kind === 'known' ? { conference: conference.conference.code } : {};
  const x = readGenre({ decoded: { ...decoded, ...told }, fileName, lang });
  return inConference(markUnnumbered({ ...x, mandateDates: mandateDates(x.text) }), conference);
}

/** The extraction in its conference's ids (scope.ts). */
function inConference(x: Extraction, reading: ConferenceReading): Extraction {
  switch (reading.kind) {
    case 'known':
      return { ...scopeExtraction(x, reading.conference), conference: reading.conference.code };
    case 'unknown':
      return unknownConference(x, reading.name, CONFERENCES);
    case 'unnamed':
      return { ...scopeExtraction(x, HOME_CONFERENCE), conference: HOME_CONFERENCE.code };
  }
}

/** Every "resolution N/M of <date>" of the paragraphs and the preamble, with its sentence. */
function mandateDates(blocks: readonly ParagraphRecord[]): Extraction['mandateDates'] {
  return blocks.flatMap((b) => {
    if (b.context !== 'PARAGRAPH' && b.context !== 'PREAMBLE') return [];
    const sentences =
      b.context === 'PREAMBLE' ? [b.text] : splitSentences(b.text).map((s) => s.text);
    return sentences.flatMap((quote) =>
      findMandates(quote).flatMap((m) =>
        m.id && m.date
          ? [
              {
                id: m.id,
                date: m.date,
                evidence: { paragraph: b.number, context: b.context, quote },
              },
            ]
          : [],
      ),
    );
  });
}
