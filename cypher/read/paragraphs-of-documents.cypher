// The stored text of each document, every language, in reading order.
UNWIND $ids AS id
MATCH (:Document {id: id})-[:HAS_TEXT]->(p:Paragraph)
RETURN id, p
ORDER BY id, p.lang, p.index
