// A document's text is read and replaced by document and language.
CREATE RANGE INDEX paragraph_document IF NOT EXISTS FOR (p:Paragraph) ON (p.document, p.lang)
