// Backup: every node with its labels and properties (the whole graph, whatever its kind).
MATCH (n)
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props
