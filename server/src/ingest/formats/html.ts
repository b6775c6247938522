// An HTML page (a UNODC page, a UN Digital Library record, a saved Word document) to text
// with htmlparser2: the page's own text in reading order, one block per paragraph, heading or
// list item, an ordered list's item numbers written as paragraph numbers; navigation, scripts,
// styles, forms and the page's header and footer left out.
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { removeSoftHyphens } from './furniture.js';
import { mayNumberParagraph } from '../paragraph-number.js';

// An item that prints its own number ("12. …"); past three digits only the list's own next
// number is one, not a year the item opens with (paragraph-number.ts).
const OWN_NUMBER = /^(\d+)\.\s/;

const SKIPPED = new Set([
  // The page's <title> is the browser's tab, not its text (the <h1> says it again).
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'form',
  'button',
  'select',
  'aside',
  'svg',
  'iframe',
]);
const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'dt',
  'dd',
  'td',
  'th',
  'pre',
  'caption',
]);
const isElement = (n: AnyNode): n is Element => isTag(n);
// Page furniture a page marks by its markup, not its tag (a UNODC page without <main>): the
// cookie banner, breadcrumbs, menus, skip links, the site's banner and footer.
const FURNITURE_MARK =
  /(?:^|[\s_-])(?:cookies?|consent|breadcrumbs?|nav|navbar|navigation|menu|skip|footer|banner|sidebar|top-bar|topbar|lang-switch|language-switch(?:er)?|language-selector)(?:$|[\s_-])/i;
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const isFurniture = (n: Element): boolean =>
  SKIPPED.has(n.name) ||
  FURNITURE_ROLES.has(n.attribs['role'] ?? '') ||
  FURNITURE_MARK.test(`${n.attribs['class'] ?? ''} ${n.attribs['id'] ?? ''}`) ||
  /breadcrumb/i.test(n.attribs['aria-label'] ?? '');

function inlineText(node: AnyNode): string {
  // Source line breaks are white space; only <br> breaks a line.
  if (isText(node)) return node.data.replace(/\s+/g, ' ');
  if (!isElement(node) || isFurniture(node)) return '';
  if (node.name === 'br') return '\n';
  return node.children.map(inlineText).join('');
}

export function readHtml(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true });
  const blocks: string[] = [];
  const main = findMain(doc.children) ?? doc;
  const walk = (nodes: readonly AnyNode[]): void => {
    let loose = '';
    const flush = () => {
      const t = tidy(loose);
      if (t) blocks.push(t);
      loose = '';
    };
    for (const node of nodes) {
      if (!isElement(node)) {
        loose += inlineText(node);
        continue;
      }
      if (isFurniture(node)) continue;
      if (node.name === 'ol') {
        flush();
        let n = Number(node.attribs['start'] ?? '1') || 1;
        for (const li of node.children.filter(isElement).filter((c) => c.name === 'li')) {
          const t = tidy(inlineText(li));
          const own = OWN_NUMBER.exec(t)?.[1];
          const numbered = own !== undefined && mayNumberParagraph(own, n - 1);
          if (t) blocks.push(numbered ? t : `${String(n)}. ${t}`);
          n++;
        }
      } else if (node.name === 'table' && !hasBlocks(node)) {
        // A table of texts ("Resolution 95/1 | Its title"): a row is a line, its cells apart.
        flush();
        for (const row of rowsOf(node)) {
          const t = tidy(
            row.children
              .filter(isElement)
              .map((cell) => inlineText(cell))
              .join(' '),
          );
          if (t) blocks.push(t);
        }
      } else if (BLOCKS.has(node.name)) {
        flush();
        const t = tidy(inlineText(node));
        if (t) blocks.push(t);
      } else if (
        // The page itself is a container whatever it holds (a page without <main>).
        node.name === 'html' ||
        node.name === 'body' ||
        node.children.some(
          (c) =>
            isElement(c) &&
            (BLOCKS.has(c.name) || c.name === 'ol' || c.name === 'div' || c.name === 'ul'),
        )
      ) {
        flush();
        walk(node.children);
      } else {
        loose += inlineText(node);
        if (['div', 'section', 'article', 'main', 'tr'].includes(node.name)) flush();
      }
    }
    flush();
  };
  walk(main.children);
  return blocks.join('\n\n') + '\n';
}

// A layout table's cells hold paragraphs and lists: those are walked as any container's.
const CELL_BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table']);
function hasBlocks(node: Element): boolean {
  return node.children.some(
    (c) =>
      isElement(c) &&
      ((c.name !== 'td' && c.name !== 'th' && CELL_BLOCKS.has(c.name)) ||
        (['td', 'th'].includes(c.name) &&
          c.children.some((d) => isElement(d) && CELL_BLOCKS.has(d.name))) ||
        (['tbody', 'thead', 'tfoot', 'tr'].includes(c.name) && hasBlocks(c))),
  );
}

/** The rows of a table, through its row groups. */
function rowsOf(node: Element): Element[] {
  return node.children
    .filter(isElement)
    .flatMap((c) =>
      c.name === 'tr' ? [c] : ['tbody', 'thead', 'tfoot'].includes(c.name) ? rowsOf(c) : [],
    );
}

function findMain(nodes: readonly AnyNode[]): Element | null {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if (n.name === 'main' || n.attribs['role'] === 'main') return n;
    const inner = findMain(n.children);
    if (inner) return inner;
  }
  return null;
}

// White space collapses as a browser shows it, except a line break (<br>): lines of a block
// (a header's "Distr.: General" / "1 July 2020") stay lines.
const tidy = (s: string) =>
  removeSoftHyphens(s)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
