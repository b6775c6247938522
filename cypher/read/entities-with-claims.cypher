// Entities whose sources ever disagreed on a fact (npm run audit lists their conflicts).
MATCH (n:Entity)
WHERE n.claims IS NOT NULL
RETURN n
ORDER BY n.id
