// Text handed to xmlbuilder2 so that an XML parser reads back exactly what was stored.

/**
 * xmlbuilder2 4.x escapes an `&` only when it does not begin something that looks like a
 * reference (`&amp;`, `&nbsp;`, `&#60;`; oozcitak/xmlbuilder2#117), so a quote holding the
 * text `&amp;` was read back as `&`, and one holding `&nbsp;`, an entity XML does not
 * define, made the whole file unreadable. Escaping every `&` first leaves it nothing to skip.
 * A carriage return must be a character reference (decimal, the only kind xmlbuilder2 keeps),
 * or XML's end-of-line handling reads it as a line feed.
 */
export function xmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('\r', '&#13;');
}

/** As xmlText, for an attribute value: a parser turns a literal tab or line feed into a space. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replaceAll('\t', '&#9;').replaceAll('\n', '&#10;');
}
