// Russian names and aliases with Russian stemming: "торговля людьми" finds "по торговле людьми".
CREATE FULLTEXT INDEX entity_names_ru IF NOT EXISTS
FOR (n:Instrument|Body|Session|Mandate|Meeting|Document) ON EACH [n.nameRu, n.aliasesRu, n.subjectRu]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'russian' } }
