// Document symbols (stored in Latin letters) and mandate numbers, split on "/" so "WG.4/2020" matches.
CREATE FULLTEXT INDEX entity_symbols IF NOT EXISTS
FOR (n:Document|Mandate) ON EACH [n.symbol, n.number]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }
