// English: UN English's verbs, meeting words, months, ordinals, mandate words and
// front-matter lines.
import { MONTHS_EN } from '../../domain/words.js';
import { printedDateRange } from './date-range.js';
import type { LanguageRules } from './types.js';

const ORDINALS = [
  'first second third fourth fifth sixth seventh eighth ninth tenth',
  'eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth',
].flatMap((line) => line.split(' '));
const TENS: Record<string, number> = {
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
};
// The hundreds before an ordinal: "one hundred and third", "two hundred and first".
const HUNDREDS: Record<string, number> = {
  'one hundred': 100,
  'a hundred': 100,
  'two hundred': 200,
};
// The tens before a unit's ordinal: "forty-ninth", "ninety-seventh".
const TENS_BEFORE: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const byLength = (a: string, b: string) => b.length - a.length;
// The line under a background paper's title (the note line's sibling).
const PAPER_LINE = 'Background paper (?:prepared )?by the Secretariat';
const dates = (start: string, end: string) => printedDateRange(start, end, MONTHS_EN, '');

export const en: LanguageRules = {
  code: 'en',
  cues: {
    // "provided for the establishment of an interim working group", "provided for an interim
    // open-ended … working group" create it too.
    creates: [
      /\bestablish(ed|es)?(?!\p{L})|\bset up\b|\bcreated\b|\bestablishment of (?!the mechanism)|\bprovid(?:ed|es) for an? (?:[\p{L}-]+,? ){0,5}(?:working|expert) group\b/u,
    ],
    constantElement: [/(?<!\p{L})(constant|permanent|standing)\s+elements?(?!\p{L})/u],
    interim: [/(?<!\p{L})(interim|ad hoc|temporary)(?!\p{L})/u],
    urged: [/\burged\b|\bencouraged\b|\brecommended\b|\binvited\b/u],
    annually: [/\bannual(ly)?(?!\p{L})|\beach year\b|\bevery year\b/u],
    convene: [/(?:request|ask|invit)\p{L}*[^.]*\bconvene\b/u],
    presentResults: [
      /request\p{L}*[^.]*(present|submit)\p{L}*[^.]*(results|outcome|conclusions|findings)|request\p{L}*[^.]*(results|outcome|conclusions|findings)[^.]*(be )?(present|submit)/u,
      /request\p{L}*[^.]*\bsubmit\b[^.]*\b(report|recommendations)\b[^.]*\bsession\b/u,
      // "to submit to the Conference at its tenth session a report on its work"
      /request\p{L}*[^.]*\bsubmit\b[^.]*\bsession\b[^.]*\b(report|recommendations)\b/u,
      // "Requests the Working Group … to report to the Conference at its fourteenth session"
      /request\p{L}*[^.]*\bto report\b[^.]*\bsession\b/u,
    ],
    launch: [/\bdecid(ed|es)\s+to\s+(launch|begin|start|initiate|commence|resume)(?!\p{L})/u],
    decision: [
      /\b(decided|decides|provides that|provided that|requested|requests(?!\s+(?:for|of|from|received|made)\b)|established|establishes|urged|urges|encouraged|encourages|invited|invites|recommended|recommends|endorsed|endorses|approved|approves|extended|extends|abolished|launched|mandated|entrusted|agreed|agrees|asked|asks|called upon|calls upon)\b/u,
    ],
    supplements: [/\bsupplement(ing|s)?(?!\p{L})/u],
    report: [/\breports?(?!\p{L})/u],
    respectively: [/\brespectively\b/u],
    expertGroup: [/\bexpert groups?\b|\bgroups? of (?:governmental )?experts\b/u],
    request: [
      /\b(?:request(?:ed|s)?|invit(?:ed|es)|encourag(?:ed|es)|urg(?:ed|es)|call(?:ed|s) upon|ask(?:ed|s)|entrust(?:ed|s)|mandat(?:ed|es))\b/u,
    ],
    decide: [
      /\bdecid(?:ed|es)\b|\bagree[ds]\b|\bendors(?:ed|es)\b|\bextend(?:ed|s)\b|\bapprov(?:ed|es)\b|\bprovid(?:ed|es) that\b/u,
    ],
    recalls: [
      /\b(?:recall(?:ed|s|ing)?|reaffirm(?:ed|s|ing)?|reiterat(?:ed|es|ing)|not(?:ed|es|ing)|took note|tak(?:es|ing) note|welcom(?:ed|es|ing)|bearing in mind)\b/u,
    ],
  },
  // "the Working Group", and "the Group" alone, as a text names the group it spoke of last.
  // "the Working Group", "the Group", and "that group", "this working group" in lower case, or
  // the text's own paragraph: "the working group referred to in paragraph 1".
  pluralBack:
    /\b(?:the two|both|these|those|the said|the)\s+(?:(?:working|expert)\s+)?groups\b(?!\s+(?:on|of)\b)/iu,
  backReference:
    /\b(?:(?:[Tt]he|[Tt]hat|[Tt]his|the said) (?:(?:Working|Expert) )?Group|(?:the|that|this|the said) (?:(?:working|expert) )?group)(?! (?:on|of)\b)(?!\p{L})|\bthe (?:(?:working|expert) )?group,? (?:referred to|mentioned|established) in paragraph\b/u,
  meeting: {
    planned:
      /\bexpected to (be held|take place|meet|hold|convene)\b|\bscheduled\b|\bplanned\b|\b(?:will|would|shall) (be )?(held|hold|meet|take place|opened|open)(?!\p{L})|\b(?:is |are )?to be held\b/u,
    held: /\bheld\b|\btook place\b|\bmet\b/u,
    met: /\b(?:met|meets|will meet|convened|held a meeting|will hold a meeting)\b/u,
    samePlace: /in the same place|at the same venue|at the same place/u,
    vienna: /\bvienna\b/u,
    reportsBack:
      /\b(?:(?:these|those|both|the two)\s+reports|(?:all\s+)?the\s+reports\s+(?:listed|set out|shown)\s+(?:in|above)\b|reports?\s+(?:on|of)\s+(?:the\s+work\s+of\s+)?(?:both|these|those|that|the two)\s+(?:meetings?|sessions?))\b/u,
    meetingsBack:
      /\b(?:(?:these|those|both|the two|the above) (?:joint |two )?(?:meetings|sessions)|(?:that|this) (?:joint )?(?:meeting|session))\b/u,
    annotations: /^annotations\b/u,
    documentation: /^documentation:?$/u,
    documentKinds: {
      agenda: /^(?:annotated\s+)?provisional\s+agenda\b/u,
      // "A thematic report prepared by the Secretariat" is the Secretariat's, no meeting's report.
      note: /^(?:note|conference\s+room\s+paper)\b|^(?:[\p{L}-]+\s+){0,3}(?:report|paper|study)\s+(?:prepared\s+)?by\s+the\s+secretariat\b/u,
      paper: /^background\s+paper\b/u,
    },
    currentSession: /\b(?:its|the) (?:current|present) session\b/u,
    beforeConference:
      /\b(?:had|will have|has) before it\b|\b(?:is|are|will be)\s+(?:now\s+)?before\s+the\s+conference\b|\b(?:is|are|will be|being)\s+submitted\s+to\s+the\s+conference\b/u,
  },
  frontMatter: {
    noteLine: `(?:Note|Report) (?:by|of) the (?:Secretariat|Secretary-General)|${PAPER_LINE}`,
    paperLine: PAPER_LINE,
    agendaItems: 'Items?',
    agendaOf: 'of the provisional agenda',
    session: 'session',
    original: 'Original',
  },
  words: {
    months: MONTHS_EN,
    dates: {
      from: String.raw`(?<![\p{L}\p{N}])from\s+`,
      to: String.raw`\s*[-–—]\s*|\s+(?:to|until|through)\s+`,
      and: String.raw`\s+and\s+`,
      afterYear: '',
    },
    monthFirst: true,
    ordinal: {
      word: [...ORDINALS, ...Object.keys(TENS)].sort(byLength).join('|'),
      tens: Object.keys(TENS_BEFORE).join('|'),
      hundreds: `(?:${Object.keys(HUNDREDS).join('|')})(?:\\s+and)?`,
    },
    hundredsValue: (word) =>
      HUNDREDS[
        word
          .toLowerCase()
          .replace(/\s+and$/u, '')
          .replace(/\s+/gu, ' ')
      ] ?? 0,
    tensValue: (word) => TENS_BEFORE[word.toLowerCase()] ?? 0,
    ordinalValue(word) {
      const w = word.toLowerCase();
      const i = ORDINALS.indexOf(w);
      return i >= 0 ? i + 1 : (TENS[w] ?? 0);
    },
    nouns: { meeting: 'meetings?', session: 'sessions?', plural: 'meetings|sessions' },
    languages: {
      en: 'english',
      ru: 'russian',
      fr: 'french',
      es: 'spanish',
      ar: 'arabic',
      zh: 'chinese',
    },
  },
  mandateWords: {
    RESOLUTION: 'resolutions?',
    DECISION: 'decisions?',
    backSingular:
      /(?<![\p{L}\p{N}])(?:this|that|the same|the said|said|the above(?:-mentioned)?|the aforementioned|the present)\s+$/iu,
    backPlural:
      /(?<![\p{L}\p{N}])(?:these|those|the same|the said|said|the above(?:-mentioned)?|the aforementioned)\s+$/iu,
    otherOrganBefore:
      /(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council)\s+$/iu,
    otherOrganAfter: /^\s+of\s+the\s+(?:General\s+Assembly|Security\s+Council)/iu,
    subject: /(?<!\p{L})the\s+conference(?!\p{L})/iu,
    atSession: /(?<!\p{L})(?:at\s+its|adopted\s+at\s+the)\s+$/iu,
    indefiniteBefore: /(?<!\p{L})an?\s+$/iu,
    articleBefore: /(?<!\p{L})articles?\s+\d+[^.;]{0,60}?\bof\s+(?:the\s+)?$/iu,
    inNameBefore:
      /(?<!\p{L})Mechanism\s+for\s+the\s+Review\s+of\s+(?:the\s+)?Implementation\s+of\s+(?:the\s+)?(?:United\s+Nations\s+)?$/u,
    embeddedCreation:
      /(?:,\s*(?:(?:which|that)\s+(?:(?:the\s+conference|it)\s+(?:had\s+)?|(?:was|has\s+been|had\s+been)\s+))?|\s+(?=(?:established|set\s+up|created)\s))(?:established|set\s+up|created)\s+(?:(?:pursuant\s+to|by|under|in\s+accordance\s+with|in|through)\s+)(?:its\s+)?(?=(?:resolution|decision)s?\s+\d|the\s+same\s+(?:resolution|decision)\b)/iu,
    partJoin: /,\s+and\s+(?=(?:by|in|through|under)\s+(?:its\s+)?(?:resolution|decision)s?\s+\d)/iu,
    adoptedVerb: /\bconference\s+(?:also\s+)?adopted\s+(?:its\s+)?$/iu,
    adoptedBefore:
      /\badopted\s+(?:by\s+the\s+conference(?:\s+of\s+the\s+(?:states\s+)?parties)?\s+)?at\s+(?:its\s+)?$/iu,
    thatSession: /\b(?:that|this|the same) session\b/iu,
    spokeIn: {
      before: /(?<!\p{L})(?:in|by|through)\s+its\s+$/iu,
      after: /^\s*,\s*(?:it|the\s+conference)\s+(?=\p{Ll})/u,
    },
    relative:
      /^(?:\s+of\s+[^,]{4,40})?\s*,\s*(?:(?:by|in|under|through|pursuant\s+to)(?:\s+means\s+of)?\s+which|which(?!\s+(?:the|it|was|is|had\s+been)\b))(?!\p{L})/iu,
    listRelative: {
      pattern:
        /^(?:\s+of\s+[^,]{4,40})?\s*,\s*(?:(?:by|in|under|through)\s+)?the\s+(first|second|third|former|latter|last)\s+of\s+which(?!\p{L})/iu,
      positions: { first: 0, second: 1, third: 2, former: 0, latter: -1, last: -1 },
    },
  },
  unnamedGroup: {
    phrase:
      /(?<!\p{L})(?:an?|the)\s+((?:[\p{Ll}-]+\s+){1,5}?(?:working|expert)\s+group(?:\s+of\s+(?:governmental\s+)?experts)?)(?!\p{L})/u,
    name: (phrase) => phrase.charAt(0).toUpperCase() + phrase.slice(1),
  },
  conventionNoun: /(?<!\p{L})(?:convention|protocol|treaty|agreement)(?!\p{L})/iu,
  conferenceOf: /conference\s+of\s+(?:the\s+)?(?:states\s+)?parties\s+to\s+(?:the\s+)?/iu,
  // "Report on the meeting of the Working Group on …", "Report of the Working Group on … on its
  // meeting held in Vienna …"; a working group calls its meetings sessions too ("Report of the
  // Working Group on … on its seventh session").
  meetingReportTitle:
    /^report (?:on|of) the (?:work of the )?(?:[\p{L}-]+ ){0,5}(?:meeting|session) of |^report of the .{5,200}? on (?:the work of )?its (?:[\p{L}-]+ ){0,5}(?:meeting|session)/iu,
  submittedTo:
    /\b(?:submit(?:ted)?|present(?:ed)?|transmit(?:ted)?|for (?:its )?consideration)\b[^.]*\bsession\b/u,
  pronounBack: /\b(?:it|them|its|their|(?:this|that|the said) (?:group|body|mechanism))\b/iu,
  // "…, and it requested", "; the Conference also decided".
  clauseJoin:
    /(?:;\s*(?:and\s+)?|,?\s+and\s+)(?:(?:it|the\s+conference)\s+)?(?:also\s+|further\s+)?$/iu,
  presentDocument: /\b(?:the present|this) (?:report|document|note|paper)\b/u,
  names: {
    note: 'Note by the Secretariat',
    backgroundPaper: 'Background paper',
    ofDate: (name, date) => `${name} of ${date}`,
    titled: (name, title) => `${name}: ${title}`,
    // Neutral on status: a paper's meeting may be only planned.
    datedMeeting: (body, start, end) => `Meeting of ${body}, ${dates(start, end)}`,
    datedMeetingReport: (body, start, end) =>
      `Report on the meeting of ${body} held on ${dates(start, end)}`,
    paperFor: (name, body, start, end) =>
      `${name} for the meeting of ${body}, ${dates(start, end)}`,
    report: 'Report',
  },
  mandateText: {
    title: { RESOLUTION: 'Resolution', DECISION: 'Decision' },
    // It ends with a comma before the preamble, or a colon before "decides:".
    actor: /^the conference of the (?:states\s+)?parties(?!\p{L}).*[,:]$/su,
    adoptedLine:
      /^(?:adopted\b[^.]{0,80}\bsession\b|at its\b[^.]{0,60}\bsession\b[^.]{0,80}\badopted\b)/u,
    cites:
      /^(?:recalling|reaffirming|reiterating|noting|taking note|bearing in mind|mindful|welcoming|recognizing|acknowledging|taking into account|considering|having considered|guided by|emphasizing|stressing|underlining|expressing|convinced|concerned|aware|noting with)(?!\p{L})/u,
    stateOfMind: /^(?:convinced|concerned|aware|deeply concerned|alarmed)(?!\p{L})/u,
    // A session's page writes its decisions in the past tense: "(c) Decided to establish …".
    // "Decides that an open-ended working group … shall be established" too.
    creates:
      /^(?:decide[sd] to (?:establish|create|set up)|establishes|creates)(?!\p{L})|^decide[sd],? that\b[^;]{0,240}?\b(?:shall|should|will|would) be (?:established|set up|created)\b/u,
    // A decision of one sentence may open with where it was taken: "At its 9th meeting, on 13
    // October 2095, the Conference of the Parties …, recalling …, agreed that …".
    opening:
      /^(?:at its [\p{L}\d-]+ (?:plenary )?meeting, on [^,]{4,40}, )?the conference of the (?:states\s+)?parties(?!\p{L})/u,
    lettered: /^\(([a-z])\)\s+(?=\S)/u,
    operativeCites:
      /^(?:also |further )?(?:reiterate[sd]|reaffirm(?:s|ed)|recall(?:s|ed)|note[sd]|take[sn]? note|took note)(?!\p{L})/u,
  },
  sessionRecord: {
    reportTitle:
      /^report of the conference of the (?:states\s+)?parties(?!\p{L}).{0,200}?\bon its\b.{0,40}?\bsession\b/iu,
    // "adopted the following decisions:", "adopted the decisions listed below".
    // A heading says it too: "Resolutions and decisions adopted by the Conference (at its … session)".
    seeText: /\bfor the text,? see\b/iu,
    adoptedList:
      /\badopted the following\b|\badopted the (?=[\p{L} ]{0,40}?\b(?:listed|set out|reproduced)(?: in the (?:table|list))? below\b)|^(?:[IVX]+\.\s+)?(?:resolutions?|decisions?)(?:\s+and\s+(?:resolutions?|decisions?))?\s+(?:adopted|taken)\s+by\s+the\s+conference\b/iu,
  },
};
