// Large and hostile documents, made in the test (never committed): a Word file whose XML
// inflates to tens of MB from a few hundred kB, one that lies about its inflated size, and a
// long plain-text note in the shape of a Secretariat's note (sentences in our own words).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { repoPath } from '../../server/src/paths.js';

const MB = 1024 * 1024;

/** The fixture note as Word, its document.xml padded with `inflatedMb` MB of paragraphs. */
export async function inflatingDocx(inflatedMb: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(repoPath('tests/fixtures/formats/note-en.docx')));
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('the fixture has no word/document.xml');
  const filler =
    '<w:p><w:r><w:t>The secretariat has circulated the table below to all delegations.</w:t></w:r></w:p>';
  const padding = filler.repeat(Math.ceil((inflatedMb * MB) / filler.length));
  zip.file('word/document.xml', xml.replace('<w:body>', `<w:body>${padding}`));
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

/** The fixture note as Word, `mb` MB heavier: a picture's worth of random bytes, stored. */
export async function heavyDocx(mb: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(repoPath('tests/fixtures/formats/note-en.docx')));
  zip.file('word/media/scan.bin', randomBytes(mb * MB), { compression: 'STORE' });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * The same, with word/document.xml's inflated size written as 1 kB in both of the archive's
 * headers: only inflating it shows its real size.
 */
export async function lyingDocx(inflatedMb: number): Promise<Buffer> {
  const bytes = await inflatingDocx(inflatedMb);
  const name = Buffer.from('word/document.xml');
  const real = Buffer.alloc(4);
  let patched = 0;
  // Local header: signature PK\3\4, name at 30, uncompressed size at 22. Central directory:
  // PK\1\2, name at 46, uncompressed size at 24.
  for (let i = 0; i < bytes.length - 4; i++) {
    const local = bytes.readUInt32LE(i) === 0x04034b50;
    const central = bytes.readUInt32LE(i) === 0x02014b50;
    if (!local && !central) continue;
    const nameAt = i + (local ? 30 : 46);
    if (!bytes.subarray(nameAt, nameAt + name.length).equals(name)) continue;
    const sizeAt = i + (local ? 22 : 24);
    bytes.copy(real, 0, sizeAt, sizeAt + 4);
    bytes.writeUInt32LE(1024, sizeAt);
    patched++;
  }
  if (patched !== 2) throw new Error(`patched ${String(patched)} headers of word/document.xml`);
  return bytes;
}

const SENTENCES = [
  'The Working Group on Trafficking in Persons held its {n}th meeting in Vienna.',
  'Delegations exchanged views on the practical application of the Protocol in their countries.',
  'The secretariat presented an overview of the technical assistance delivered during the period.',
  'Several speakers stressed the importance of cooperation between central authorities.',
  'The Conference requested the secretariat to continue collecting information on good practices.',
];

/** A Secretariat's note with `paragraphs` numbered paragraphs (about 240 bytes each). */
export function longTextNote(paragraphs: number): Buffer {
  const head = [
    'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
    '',
    'Distr.: General',
    '3 August 2026',
    '',
    'Original: English',
    '',
    'Thirteenth session',
    '',
    'Item 4 of the provisional agenda*',
    '',
    '**Technical assistance**',
    '',
    'Note by the Secretariat',
    '',
  ];
  const body: string[] = [];
  for (let n = 1; n <= paragraphs; n++) {
    const a = SENTENCES[n % SENTENCES.length] ?? '';
    const b = SENTENCES[(n * 7 + 3) % SENTENCES.length] ?? '';
    body.push(`${String(n)}. ${a.replace('{n}', String(n))} ${b.replace('{n}', String(n))}`, '');
  }
  return Buffer.from([...head, ...body].join('\n'), 'utf8');
}
