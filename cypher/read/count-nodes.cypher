// How many nodes the database holds (a restore needs an empty one).
MATCH (n)
RETURN count(n) AS nodes
