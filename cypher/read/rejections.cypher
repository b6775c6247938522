// The proposals reviewers rejected, for the documents that proposed them: a document read
// again does not propose them again.
UNWIND $documents AS doc
MATCH (r:Review {document: doc, decision: 'REJECTED'})
RETURN r.entity AS entity, r.document AS document
