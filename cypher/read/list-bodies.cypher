MATCH (n:Body)
WHERE ($type IS NULL OR n.type = $type)
  AND ($mandate IS NULL OR EXISTS { (:Mandate {id: $mandate})-[:CREATES|GOVERNS]->(n) })
WITH n ORDER BY n.sortKey
WITH collect(n) AS rows
RETURN size(rows) AS total, [x IN rows WHERE $after IS NULL OR x.sortKey > $after][0..$limit] AS page
