// Entities under review, oldest document first, then by kind and id.
MATCH (n:Entity)
WHERE n.proposal IS NOT NULL
RETURN n
ORDER BY n.proposal, n.sortKey
