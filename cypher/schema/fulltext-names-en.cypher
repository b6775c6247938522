// English names and aliases with English stemming ("working groups" finds "Working Group").
CREATE FULLTEXT INDEX entity_names_en IF NOT EXISTS
FOR (n:Instrument|Body|Session|Mandate|Meeting|Document) ON EACH [n.nameEn, n.aliasesEn, n.subjectEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } }
