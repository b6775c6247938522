// Audit: every stored block of document text, grouped by document and language version.
MATCH (p:Paragraph)
RETURN p
ORDER BY p.document, p.lang, p.index
