MATCH (n:Document)
WHERE ($type IS NULL OR n.type = $type)
  AND ($year IS NULL OR n.year = $year)
  AND ($session IS NULL OR EXISTS { (n)-[:SUBMITTED_TO]->(:Session {number: $session}) })
WITH n ORDER BY n.sortKey
WITH collect(n) AS rows
RETURN size(rows) AS total, [x IN rows WHERE $after IS NULL OR x.sortKey > $after][0..$limit] AS page
