// Documents whose text is stored (a migration recomputes what their blocks state).
MATCH (d:Document)-[:HAS_TEXT]->(:Paragraph)
RETURN DISTINCT d.id AS id
ORDER BY id
