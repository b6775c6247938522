MATCH (n:Mandate)-[:ADOPTED_AT]->(s:Session)
WHERE ($type IS NULL OR n.type = $type)
  AND ($session IS NULL OR s.number = $session)
  AND ($year IS NULL OR s.year = $year)
WITH n ORDER BY n.sortKey
WITH collect(n) AS rows
RETURN size(rows) AS total, [x IN rows WHERE $after IS NULL OR x.sortKey > $after][0..$limit] AS page
