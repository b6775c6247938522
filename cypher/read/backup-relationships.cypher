// Backup: every relationship with its type, properties and ends (by the nodes' element ids).
MATCH (a)-[r]->(b)
RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS props
