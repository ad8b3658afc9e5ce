// The Deal Review Queue's one GraphQL request: its text is built in c/atlasRecords
// (REVIEW_QUEUE_TEXT) and its answer read there (reviewQueueFromGraphQL); c/atlasData re-exports it.
import { gql } from 'lightning/graphql';
import { REVIEW_QUEUE_TEXT } from 'c/atlasRecords';

/** The queue's one request (its text is built in c/atlasRecords: REVIEW_QUEUE_TEXT). */
export const REVIEW_QUEUE_QUERY = gql`
    ${REVIEW_QUEUE_TEXT}
`;
