// The ids of the relations an entity takes part in (its causal twins aside).
MATCH (n:Entity {id: $id})-[r]-()
WHERE NOT type(r) IN ['CAUSES', 'HAS_TEXT'] AND r.id IS NOT NULL
RETURN DISTINCT r.id AS id
