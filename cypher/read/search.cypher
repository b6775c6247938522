// Exact hits (id, Latin symbol, mandate number) outrank full-text hits; one row per entity.
CALL () {
  MATCH (n:Entity {id: $raw})
  RETURN n, 1000.0 AS score
  UNION ALL
  MATCH (n:Document {symbol: $symbol})
  RETURN n, 900.0 AS score
  UNION ALL
  MATCH (n:Mandate {number: $number})
  RETURN n, 800.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names_en', $textQuery) YIELD node, score
  RETURN node AS n, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names_ru', $textQuery) YIELD node, score
  RETURN node AS n, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_symbols', $symbolQuery) YIELD node, score
  RETURN node AS n, score
}
WITH n, max(score) AS score
WHERE $kinds IS NULL OR n.kind IN $kinds
RETURN n, score
ORDER BY score DESC, n.sortKey
LIMIT $first
