MATCH (n:Session)
WHERE $year IS NULL OR n.year = $year
WITH n ORDER BY n.sortKey
WITH collect(n) AS rows
RETURN size(rows) AS total, [x IN rows WHERE $after IS NULL OR x.sortKey > $after][0..$limit] AS page
