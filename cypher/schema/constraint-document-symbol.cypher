// Documents are identified by their UN symbol in Latin letters; two nodes for one symbol would split its evidence.
CREATE CONSTRAINT document_symbol IF NOT EXISTS FOR (n:Document) REQUIRE n.symbol IS UNIQUE
