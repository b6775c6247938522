// The documents behind the view's operations (view-queries.ts), and the text Apollo sends for
// each: the build gives the early script these texts, so its answers match Apollo's questions.
import { addTypenameToDocument, print } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import {
  DetailsDocument,
  LineageDocument,
  StatusDocument,
  WhyExistsDocument,
} from '../gql/graphql';
import type { ViewOperation } from './view-queries';

export const VIEW_DOCUMENTS: Record<ViewOperation, DocumentNode> = {
  Lineage: LineageDocument,
  WhyExists: WhyExistsDocument,
  Details: DetailsDocument,
  Status: StatusDocument,
};

/** The query text Apollo sends for a document: its cache adds __typename to every selection. */
export const sentText = (document: DocumentNode): string => print(addTypenameToDocument(document));

export const viewQueryTexts = (): Record<ViewOperation, string> => ({
  Lineage: sentText(VIEW_DOCUMENTS.Lineage),
  WhyExists: sentText(VIEW_DOCUMENTS.WhyExists),
  Details: sentText(VIEW_DOCUMENTS.Details),
  Status: sentText(VIEW_DOCUMENTS.Status),
});
