CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE NOT r:CAUSES RETURN count(r) AS relationships }
RETURN nodes, relationships
