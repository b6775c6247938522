// Word list numbering that comes from a paragraph's style. A UN template's "numbered
// paragraph" style, or Word's and LibreOffice's "List Number", carries the list in the style
// (styles.xml: <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>); the paragraphs name
// only the style. mammoth (1.13) finds such a list only through the link back from the list's
// level to the style (numbering.xml: <w:lvl><w:pStyle w:val="…"/></w:lvl>), which Word writes
// and LibreOffice and others do not. This writes the missing links into numbering.xml, as
// list definitions of their own that no paragraph names, so mammoth reads the style's list as
// it reads Word's, a paragraph's own <w:numPr> first (numId 0 still turns a list off).
import { DomUtils, parseDocument } from 'htmlparser2';
import { isTag, type Element } from 'domhandler';
import JSZip from 'jszip';

// The parts' usual places, where mammoth also looks when the document's relationships do not
// name them; Word, LibreOffice and Google Docs write them there. Every part uses the `w:`
// prefix of WordprocessingML, as those writers do.
const STYLES = 'word/styles.xml';
const NUMBERING = 'word/numbering.xml';

/** A paragraph style's own list properties and the style it is based on. */
interface StyleList {
  basedOn: string | undefined;
  numId: string | undefined;
  ilvl: string | undefined;
}

const childOf = (e: Element | undefined, name: string): Element | undefined =>
  e?.children.find((c): c is Element => isTag(c) && c.name === name);
const valOf = (e: Element | undefined): string | undefined => e?.attribs['w:val'];
const elements = (xml: string, name: string): Element[] =>
  DomUtils.getElementsByTagName(name, parseDocument(xml, { xmlMode: true }), true);
const attr = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

function paragraphStyles(xml: string): Map<string, StyleList> {
  const styles = new Map<string, StyleList>();
  for (const s of elements(xml, 'w:style')) {
    const id = s.attribs['w:styleId'];
    if (s.attribs['w:type'] !== 'paragraph' || !id) continue;
    const numPr = childOf(childOf(s, 'w:pPr'), 'w:numPr');
    styles.set(id, {
      basedOn: valOf(childOf(s, 'w:basedOn')),
      numId: valOf(childOf(numPr, 'w:numId')),
      ilvl: valOf(childOf(numPr, 'w:ilvl')),
    });
  }
  return styles;
}

/**
 * A style's list and level: its own, or what it inherits from the styles it is based on (each
 * property from the nearest that sets it, as Word reads them); none for numId 0.
 */
function listOf(
  styles: Map<string, StyleList>,
  id: string,
): { numId: string; ilvl: string } | null {
  let numId: string | undefined;
  let ilvl: string | undefined;
  const seen = new Set<string>();
  for (let at: string | undefined = id; at !== undefined && !seen.has(at);) {
    seen.add(at);
    const style = styles.get(at);
    numId ??= style?.numId;
    ilvl ??= style?.ilvl;
    at = style?.basedOn;
  }
  return numId !== undefined && numId !== '0' ? { numId, ilvl: ilvl ?? '0' } : null;
}

/**
 * numbering.xml with a link for each paragraph style whose list level has none, or null when
 * no style needs one. Only decimal levels are linked: a UN note's paragraph numbers are
 * decimal, and a style's roman or lettered list (headings "I.", subparagraphs "(a)") would
 * otherwise be counted as paragraph numbers.
 */
export function linkStyleNumbering(stylesXml: string, numberingXml: string): string | null {
  const levels = elements(numberingXml, 'w:lvl');
  const linked = new Set(levels.map((l) => valOf(childOf(l, 'w:pStyle'))));
  const abstracts = new Map(
    elements(numberingXml, 'w:abstractNum').map((a) => [a.attribs['w:abstractNumId'], a]),
  );
  const nums = new Map(
    elements(numberingXml, 'w:num').map((n) => [
      n.attribs['w:numId'],
      valOf(childOf(n, 'w:abstractNumId')),
    ]),
  );
  const styles = paragraphStyles(stylesXml);
  const links: string[] = [];
  for (const id of styles.keys()) {
    const list = linked.has(id) ? null : listOf(styles, id);
    const abstract = list && abstracts.get(nums.get(list.numId));
    const level = abstract?.children.find(
      (c): c is Element =>
        isTag(c) && c.name === 'w:lvl' && (c.attribs['w:ilvl'] ?? '0') === list?.ilvl,
    );
    if (!list || valOf(childOf(level, 'w:numFmt')) !== 'decimal') continue;
    links.push(
      `<w:abstractNum w:abstractNumId="${attr(`style:${id}`)}"><w:lvl w:ilvl="${attr(list.ilvl)}">` +
        `<w:numFmt w:val="decimal"/><w:pStyle w:val="${attr(id)}"/></w:lvl></w:abstractNum>`,
    );
  }
  const end = numberingXml.lastIndexOf('</w:numbering>');
  if (links.length === 0 || end < 0) return null;
  return numberingXml.slice(0, end) + links.join('') + numberingXml.slice(end);
}

/**
 * The .docx with its paragraph styles' lists linked (linkStyleNumbering), or as it came when
 * none needs a link or its archive cannot be read (mammoth then reads it, or says why not).
 * JSZip is the ZIP library mammoth itself reads the file with.
 */
export async function withStyleNumbering(bytes: Uint8Array): Promise<Uint8Array> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return bytes;
  }
  const [styles, numbering] = [zip.file(STYLES), zip.file(NUMBERING)];
  if (!styles || !numbering) return bytes;
  const [stylesXml, numberingXml] = await Promise.all([
    styles.async('string'),
    numbering.async('string'),
  ]);
  const linked = linkStyleNumbering(stylesXml, numberingXml);
  if (linked === null) return bytes;
  zip.file(NUMBERING, linked);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
