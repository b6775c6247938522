// A document's text in one language, kept whole: the version read last replaces the one
// stored (re-reading the same text writes the same blocks). Each block keeps the relations
// whose quotes it holds ($statements: JSON {id, from, to}, computed by the writer) and the
// entities whose stated facts it holds ($facts: ids).
UNWIND $versions AS v
MATCH (d:Document {id: v.document})
CALL (d, v) {
  OPTIONAL MATCH (d)-[:HAS_TEXT]->(old:Paragraph {lang: v.lang})
  DETACH DELETE old
}
WITH d, v
UNWIND v.paragraphs AS p
CREATE (d)-[:HAS_TEXT]->(:Paragraph {
  document: v.document,
  lang: v.lang,
  index: p.index,
  number: p.number,
  numbered: p.numbered,
  context: p.context,
  text: p.text,
  statements: p.statements,
  facts: p.facts
})
RETURN count(*) AS written
