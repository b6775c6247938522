// Restore: relationships between restored nodes, with their types and properties.
UNWIND $relationships AS r
MATCH (a) WHERE elementId(a) = r.start
MATCH (b) WHERE elementId(b) = r.end
CREATE (a)-[x:$(r.type)]->(b)
SET x = r.props
RETURN count(x) AS written
