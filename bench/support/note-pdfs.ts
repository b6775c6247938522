// Long PDFs shaped like a UN note (front matter, numbered paragraphs under roman-numbered
// headings, a running header and footer), made at bench time and never committed: the text is
// generated here (varied English sentences about the work of an expert group, in the words of
// this file, deterministic by seed), laid out as HTML and printed to PDF by Debian's Chromium.
// The files are kept in bench/.data/note-pdfs/ (git-ignored) under a fingerprint of this file
// and the plan, so a later run reuses them. Each has a text layer that pdf.js reads.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { loadPdfJs } from '../../server/src/ingest/formats/pdfjs.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/support/chromium.js';
import { benchDataDir } from './instance.js';
import { random } from '../../common/random.js';

export interface NotePdf {
  name: string;
  path: string;
  bytes: number;
  pages: number;
  /** Numbered paragraphs in the text. */
  paragraphs: number;
}

/** The server refuses documents of 5,000 numbered paragraphs or more; stay well under. */
const MAX_PARAGRAPHS = 4_800;

// --- the text -------------------------------------------------------------------------------

const TOPICS = [
  'the smuggling of migrants by sea',
  'trafficking in persons for the purpose of forced labour',
  'the illicit manufacturing of firearms and their parts',
  'the laundering of the proceeds of crime',
  'the confiscation and return of criminal assets',
  'offences committed by means of computer systems',
  'the protection of witnesses and of those who report crimes',
  'the liability of legal persons',
  'joint investigative bodies',
  'special investigative techniques such as controlled delivery',
  'assistance to and protection of victims',
  'extradition requests that are pending for long periods',
  'the transfer of sentenced persons',
  'crimes that affect the environment',
  'the trafficking in cultural property',
  'the collection of statistics on organized crime',
  'the use of videoconferencing for hearing witnesses',
  'the seizure of virtual assets',
  'the marking and tracing of weapons',
  'the gender dimension of organized crime',
];
const ACTORS = [
  'central authorities',
  'law enforcement agencies',
  'prosecutors and judges',
  'customs and border officials',
  'financial intelligence units',
  'civil society organizations',
  'national focal points',
  'regional networks of practitioners',
  'the private sector',
  'academic institutions',
  'liaison magistrates',
  'the competent national authorities',
];
const SUBJECTS = [
  'The working group',
  'The expert group',
  'The Secretariat',
  'Several speakers',
  'One speaker',
  'Many delegations',
  'The Chair',
  'A number of States parties',
  'The representative of a regional organization',
  'Some participants',
  'The Bureau',
  'Another speaker',
];
const REPORTING = [
  'noted',
  'observed',
  'stressed',
  'emphasized',
  'pointed out',
  'recalled',
  'expressed the view',
  'reported',
  'acknowledged',
  'underlined',
];
const FINDINGS = [
  'remained uneven from one region to another',
  'had improved markedly since the previous meeting',
  'called for additional resources and trained staff',
  'depended on sustained political commitment',
  'could be carried out within existing resources',
  'was essential to the success of the review process',
  'would benefit from closer coordination with other bodies',
  'was often slowed by differing legal traditions',
  'had been the subject of a national action plan',
  'required a clear division of tasks among agencies',
  'was hampered by a lack of reliable data',
  'deserved more attention in future sessions',
];
const MATTERS = [
  'the exchange of information on {topic}',
  'national legislation on {topic}',
  'the review of measures against {topic}',
  'cooperation among {actors} on {topic}',
  'training for {actors} in matters of {topic}',
  'the gathering of evidence relating to {topic}',
  'the response of {actors} to {topic}',
];
const TASKS = [
  'continue to provide technical assistance on {topic}',
  'prepare a background paper on {topic}',
  'compile good practices in dealing with {topic}',
  'designate {actors} responsible for {topic}',
  'make wider use of the tools already developed on {topic}',
  'strengthen the capacity of {actors} with regard to {topic}',
  'share their experience of {topic} at the next meeting',
  'keep the directory of {actors} up to date',
  'translate the guidance on {topic} into all official languages',
  'convene a meeting of experts on {topic} in {year}',
  'report on the steps taken regarding {topic}',
];
const DECIDING = [
  'requested the Secretariat to',
  'encouraged States parties to',
  'invited Member States to',
  'decided to',
  'agreed to',
  'urged States to',
  'called upon donors to help',
];
const APPRECIATED = [
  'the report of the Secretariat on {topic}',
  'the progress made by States in addressing {topic}',
  'the launch of an online platform on {topic}',
  'the contributions of donors to the programme on {topic}',
  'the work of the informal network of {actors}',
  'the answers received to the questionnaire on {topic}',
];
const WELCOMING = [
  'welcomed',
  'took note of',
  'expressed appreciation for',
  'commended',
  'drew attention to',
];
const TAILS = [
  '',
  '',
  ', within existing resources',
  ' at its {ordinal} session',
  ', subject to the availability of extrabudgetary resources',
  ', in close cooperation with {actors}',
  ', taking into account the needs of developing countries',
  ' in accordance with article {article} of the Convention',
  ' before the end of {year}',
];
const LINKS = ['In that regard, ', 'Furthermore, ', 'At the same time, ', 'In addition, ', ''];
const HEADINGS = [
  'Organization of the meeting',
  'Summary of deliberations',
  'Recommendations',
  'Technical assistance',
  'Action taken by the expert group',
  'Exchange of national experience',
  'Challenges and lessons learned',
  'Future work',
];
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const MONTHS = ['March', 'May', 'June', 'September', 'October', 'November'];

function roman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

class Writer {
  constructor(readonly rnd: () => number) {}

  pick<T>(xs: readonly T[]): T {
    const x = xs[Math.floor(this.rnd() * xs.length)];
    if (x === undefined) throw new Error('empty list');
    return x;
  }

  fill(template: string): string {
    return template
      .replaceAll('{topic}', () => this.pick(TOPICS))
      .replaceAll('{actors}', () => this.pick(ACTORS))
      .replaceAll('{ordinal}', () => this.pick(ORDINALS))
      .replaceAll('{article}', () => String(2 + Math.floor(this.rnd() * 30)))
      .replaceAll('{year}', () => String(2031 + Math.floor(this.rnd() * 3)));
  }

  sentence(): string {
    const subject = this.pick(SUBJECTS);
    const tail = this.fill(this.pick(TAILS));
    const kind = this.rnd();
    let body: string;
    if (kind < 0.35) {
      const matter = this.fill(this.pick(MATTERS));
      body = `${subject} ${this.pick(REPORTING)} that ${matter} ${this.pick(FINDINGS)}`;
    } else if (kind < 0.7) {
      body = `${subject} ${this.pick(DECIDING)} ${this.fill(this.pick(TASKS))}${tail}`;
    } else if (kind < 0.9) {
      body = `${subject} ${this.pick(WELCOMING)} ${this.fill(this.pick(APPRECIATED))}${tail}`;
    } else {
      const n = 1 + Math.floor(this.rnd() * 11);
      const m = 1 + Math.floor(this.rnd() * 9);
      body = `In its resolution ${String(n)}/${String(m)}, the Conference ${this.pick(DECIDING)} ${this.fill(this.pick(TASKS))}`;
    }
    const link = this.pick(LINKS);
    const text = link ? `${link}${body.charAt(0).toLowerCase()}${body.slice(1)}` : body;
    return `${text}.`;
  }

  paragraph(): string {
    const n = 4 + Math.floor(this.rnd() * 6);
    return Array.from({ length: n }, () => this.sentence()).join(' ');
  }
}

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** The note as HTML, and its symbol (printed in the running header). */
export function noteHtml(index: number, paragraphs: number): { html: string; symbol: string } {
  const w = new Writer(random(1_000 + index));
  const symbol = `CTOC/COP/WG.99/2031/${String(index + 1)}`;
  const day = 3 + index;
  const month = MONTHS[index % MONTHS.length] ?? 'June';
  const parts: string[] = [
    '<header>',
    '<p class="un">United Nations</p>',
    `<p class="sym">${symbol}</p>`,
    '<p>Distr.: General</p>',
    `<p>${String(day)} ${month} 2031</p>`,
    '<p>Original: English</p>',
    '<p class="body">Conference of the Parties to the United Nations Convention against Transnational Organized Crime</p>',
    `<p>Open-ended intergovernmental expert group on cooperation in practice</p>`,
    `<p>Vienna, ${String(day + 20)}–${String(day + 22)} ${month} 2031</p>`,
    `<p>Item ${String(2 + (index % 4))} of the provisional agenda</p>`,
    `<h1>Report on the ${w.pick(ORDINALS)} meeting of the expert group, held in Vienna</h1>`,
    '<p class="note">Note by the Secretariat</p>',
    '</header>',
  ];
  let section = 0;
  let untilHeading = 0;
  for (let n = 1; n <= paragraphs; n++) {
    if (untilHeading <= 0) {
      section++;
      const title =
        section === 1
          ? 'Introduction'
          : w.rnd() < 0.5
            ? w.pick(HEADINGS)
            : `Thematic discussion on ${w.pick(TOPICS)}`;
      parts.push(`<h2>${roman(((section - 1) % 100) + 1)}. ${esc(title)}</h2>`);
      untilHeading = 25 + Math.floor(w.rnd() * 30);
    }
    untilHeading--;
    parts.push(`<p class="para">${String(n)}. ${esc(w.paragraph())}</p>`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${symbol}</title>
<style>
  body { font-family: 'Times New Roman', serif; font-size: 10pt; line-height: 1.25; }
  header p { margin: 0 0 4pt; }
  .un { font-size: 14pt; font-weight: bold; }
  .sym { font-size: 12pt; }
  .body { font-weight: bold; margin-top: 12pt; }
  h1 { font-size: 13pt; margin: 14pt 0 8pt; }
  .note { font-weight: bold; margin-bottom: 14pt; }
  h2 { font-size: 11pt; margin: 12pt 0 6pt; }
  .para { margin: 0 0 6pt; text-align: justify; }
</style></head><body>${parts.join('\n')}</body></html>`;
  return { html, symbol };
}

// --- printing and the cache -----------------------------------------------------------------

async function print(browser: Browser, index: number, paragraphs: number): Promise<Buffer> {
  const { html, symbol } = noteHtml(index, paragraphs);
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' },
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:8pt;width:100%;text-align:right;margin-right:20mm">${symbol}</div>`,
      footerTemplate: `<div style="font-size:8pt;width:100%;margin-left:20mm">V.31-0${String(4_100 + index)} <span class="pageNumber"></span></div>`,
    });
  } finally {
    await page.close();
  }
}

async function pageCount(bytes: Uint8Array): Promise<number> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const doc = await task.promise;
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

/**
 * `files` notes of about `targetBytes` each (the paragraph count is fitted to the size after a
 * first print, and capped below the server's limit), printed once and then read from the cache.
 */
export async function notePdfs(opts: {
  files: number;
  targetBytes: number;
  log: (m: string) => void;
}): Promise<NotePdf[]> {
  const source = readFileSync(fileURLToPath(import.meta.url));
  const key = createHash('sha256')
    .update(source)
    .update(String(opts.targetBytes))
    .digest('hex')
    .slice(0, 16);
  const dir = benchDataDir(`note-pdfs/${key}`);
  await mkdir(dir, { recursive: true });
  const out: NotePdf[] = [];
  let browser: Browser | null = null;
  try {
    for (let i = 0; i < opts.files; i++) {
      const name = `note-${String(i + 1)}.pdf`;
      const path = `${dir}/${name}`;
      const metaPath = `${path}.json`;
      if (existsSync(path) && existsSync(metaPath)) {
        out.push({ ...(JSON.parse(await readFile(metaPath, 'utf8')) as NotePdf), path });
        continue;
      }
      browser ??= await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      // About 1.3 kB of PDF per paragraph; one reprint fits the count to the size.
      let paragraphs = Math.min(MAX_PARAGRAPHS, Math.round(opts.targetBytes / 1_300));
      let pdf = await print(browser, i, paragraphs);
      const fitted = Math.min(
        MAX_PARAGRAPHS,
        Math.round((paragraphs * opts.targetBytes) / pdf.length),
      );
      if (Math.abs(pdf.length / opts.targetBytes - 1) > 0.03 && fitted !== paragraphs) {
        paragraphs = fitted;
        pdf = await print(browser, i, paragraphs);
      }
      const note: NotePdf = {
        name,
        path,
        bytes: pdf.length,
        pages: await pageCount(pdf),
        paragraphs,
      };
      await writeFile(path, pdf);
      await writeFile(metaPath, JSON.stringify(note));
      opts.log(
        `note-pdfs: printed ${name}: ${String(note.pages)} pages, ${String(paragraphs)} paragraphs, ${(note.bytes / 1e6).toFixed(1)} MB`,
      );
      out.push(note);
    }
  } finally {
    await browser?.close();
  }
  return out;
}
