// English: UN English's verbs, meeting words and front-matter lines.
import type { LanguageRules } from './types.js';

export const en: LanguageRules = {
  code: 'en',
  cues: {
    creates: [/\bestablish(ed|es)?(?!\p{L})|\bset up\b|\bcreated\b/u],
    constantElement: [/(?<!\p{L})(constant|permanent|standing)\s+elements?(?!\p{L})/u],
    urged: [/\burged\b|\bencouraged\b|\brecommended\b|\binvited\b/u],
    annually: [/\bannual(ly)?(?!\p{L})|\beach year\b|\bevery year\b/u],
    convene: [/request\p{L}*[^.]*\bconvene\b/u],
    presentResults: [
      /request\p{L}*[^.]*(present|submit)\p{L}*[^.]*(results|outcome)|request\p{L}*[^.]*(results|outcome)[^.]*(be )?(present|submit)/u,
      /request\p{L}*[^.]*\bsubmit\b[^.]*\b(report|recommendations)\b[^.]*\bsession\b/u,
    ],
    launch: [/\bdecid(ed|es)\s+to\s+(launch|begin|start|initiate|commence|resume)(?!\p{L})/u],
    decision: [
      /\b(decided|decides|requested|requests|established|establishes|urged|urges|invited|invites|recommended|recommends|endorsed|endorses|approved|approves|extended|extends|abolished|launched|mandated|entrusted)\b/u,
    ],
    supplements: [/\bsupplement(ing|s)?(?!\p{L})/u],
    report: [/\breports?(?!\p{L})/u],
    respectively: [/\brespectively\b/u],
  },
  meeting: {
    planned:
      /\bexpected to (be held|take place|meet)\b|\bscheduled\b|\bplanned\b|\bwill (be )?(held|hold|meet|take place)(?!\p{L})|\bis to be held\b/u,
    held: /\bheld\b|\btook place\b|\bmet\b/u,
    samePlace: /in the same place|at the same venue|at the same place/u,
    vienna: /\bvienna\b/u,
  },
  frontMatter: {
    noteLine: '(?:Note|Report) (?:by|of) the (?:Secretariat|Secretary-General)',
    agendaItems: 'Items?',
    agendaOf: 'of the provisional agenda',
    session: 'session',
    original: 'Original',
  },
  meetingReportTitle:
    /^report (?:on|of) the (?:work of the )?(?:[\p{L}-]+ )?meeting of (?:the )?/iu,
  submittedTo: /\b(?:submit(?:ted)?|present(?:ed)?|transmit(?:ted)?)\b[^.]*\bsession\b/u,
  mandateText: {
    title: { RESOLUTION: 'Resolution', DECISION: 'Decision' },
    actor: /^the conference of the parties(?!\p{L}).*,$/su,
    cites:
      /^(?:recalling|reaffirming|reiterating|noting|taking note|bearing in mind|mindful|welcoming|recognizing|acknowledging|taking into account|considering|having considered|guided by|emphasizing|stressing|underlining|expressing|convinced|concerned|aware|noting with)(?!\p{L})/u,
    creates: /^(?:decides to (?:establish|create|set up)|establishes|creates)(?!\p{L})/u,
  },
};
