// pdf.js, loaded when the first PDF is read, with the built-ins it replaces put back.
//
// Its legacy build (the one that runs on Node 20) bundles core-js, which on import swaps
// JSON.stringify, JSON.parse and Array.prototype.push for spec-polyfills of their own. In a
// server that is every response serialised, every request body parsed and every push, for the
// life of the process: the replaced JSON.stringify was 25× slower on a lineage answer, and it
// was most of what made GraphQL cost more than the raw driver (issue 14). Node's own versions
// already meet the behaviour the polyfills add, so pdf.js is unaffected by having them back.
// (core-js also wraps Function.prototype.toString so that its replacements look native.)
// Loading on demand also keeps pdf.js (several MB) out of every start.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const natives = {
  stringify: JSON.stringify,
  parse: JSON.parse,
  push: Array.prototype.push,
  // Held to be put back, never called detached.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  toString: Function.prototype.toString,
};

function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

/** Puts back what an import replaced; exported for the test that guards it. */
export function restoreBuiltins(): void {
  if (JSON.stringify !== natives.stringify) JSON.stringify = natives.stringify;
  if (JSON.parse !== natives.parse) JSON.parse = natives.parse;
  if (Array.prototype.push !== natives.push) define(Array.prototype, 'push', natives.push);
  if (Function.prototype.toString !== natives.toString)
    define(Function.prototype, 'toString', natives.toString);
}

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  return (loading ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // pdf.js runs its parser in this thread ("fake worker") and would import the worker module,
    // with its own copy of core-js, at the first document; importing it here first (pdf.js
    // takes it from globalThis.pdfjsWorker) lets both be undone at once.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    restoreBuiltins();
    return pdfjs;
  })());
}
