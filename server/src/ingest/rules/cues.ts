// Words that signal what a sentence states, in Russian and English UN style. Matching is on
// lower-cased text; Russian stems cover the verb's forms (учредила, учреждена, учрежден…).
const any =
  (...patterns: RegExp[]) =>
  (s: string) =>
    patterns.some((p) => p.test(s.toLowerCase()));

export const CUES = {
  /** A mandate creates a body. ("создать … совещание" is convening, not creating.) */
  creates: any(
    /учредил|учрежд[её]н|учреждени[ея]\s+(?!механизма)/u,
    /(?<!\p{L})создал[аио]?(?!\p{L})(?!.*совещани)|(?<!\p{L})создан[аоы]?(?!\p{L})/u,
    /\bestablish(ed|es)?(?!\p{L})|\bset up\b|\bcreated\b/u,
  ),
  constantElement: any(
    /постоянн\p{L}*\s+элемент/u,
    /(?<!\p{L})(constant|permanent|standing)\s+elements?(?!\p{L})/u,
  ),
  urged: any(
    /рекомендовал|призвал|предложил/u,
    /\burged\b|\bencouraged\b|\brecommended\b|\binvited\b/u,
  ),
  annually: any(/ежегодн/u, /\bannual(ly)?(?!\p{L})|\beach year\b|\bevery year\b/u),
  convene: any(
    /просил\p{L}*[^.]*(?<!\p{L})(созда|созв|провести)\p{L}*[^.]*совещани/u,
    /request\p{L}*[^.]*\bconvene\b/u,
  ),
  presentResults: any(
    /просил\p{L}*[^.]*представить[^.]*результат/u,
    /request\p{L}*[^.]*(present|submit)\p{L}*[^.]*(results|outcome)|request\p{L}*[^.]*(results|outcome)[^.]*(be )?(present|submit)/u,
  ),
  /** A mandate starts a process (within a body it names): "постановила начать …". */
  launch: any(
    /(?<!\p{L})(постановил|решил)\p{L}*[^.]*?(?<!\p{L})(начать|приступить|развернуть|инициировать|возобновить)(?!\p{L})/u,
    /\bdecid(ed|es)\s+to\s+(launch|begin|start|initiate|commence|resume)(?!\p{L})/u,
  ),
  /** A verb by which a text decides, requests or establishes: a sentence with one and a mandate or body says something. */
  decision: any(
    /(?<!\p{L})(постановил|постановляет|решил|решает|учредил|учрежда|просил|просит|призвал|призывает|рекомендовал|рекомендует|предложил|предлагает|поручил|поручает|одобрил|одобряет|утвердил|утверждает|продлил|продлевает|упразднил)/u,
    /\b(decided|decides|requested|requests|established|establishes|urged|urges|invited|invites|recommended|recommends|endorsed|endorses|approved|approves|extended|extends|abolished|launched|mandated|entrusted)\b/u,
  ),
  supplements: any(/дополняющ/u, /\bsupplement(ing|s)?(?!\p{L})/u),
  report: any(/доклад/u, /\breports?(?!\p{L})/u),
  respectively: any(/соответственно/u, /\brespectively\b/u),
} as const;

/** Whether a clause says the meeting took place, or is only planned, as of the document. */
export function meetingStatus(clause: string): 'HELD' | 'PLANNED' | null {
  const c = clause.toLowerCase();
  if (
    /планир|запланирован|намечен|намечает|будет проведено|предполагается провести|состоится|\bexpected to (be held|take place|meet)\b|\bscheduled\b|\bplanned\b|\bwill (be )?(held|hold|meet|take place)(?!\p{L})|\bis to be held\b/u.test(
      c,
    )
  ) {
    return 'PLANNED';
  }
  if (
    /провел[аио]?(?!\p{L})|проведен[оа]?(?!\p{L})|состоял[оа]?сь|прошл[оа]?(?!\p{L})|\bheld\b|\btook place\b|\bmet\b/u.test(
      c,
    )
  )
    return 'HELD';
  return null;
}

/** "в Вене", "там же", "in Vienna", "at the same place". */
export function meetingPlace(clause: string): 'Vienna' | 'same' | null {
  const c = clause.toLowerCase();
  if (/там же|in the same place|at the same venue|at the same place/u.test(c)) return 'same';
  if (/в вене(?!\p{L})|\bvienna\b/u.test(c)) return 'Vienna';
  return null;
}
