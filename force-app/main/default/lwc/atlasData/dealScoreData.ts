// The Deal Score panel's one GraphQL request: its text is built in c/atlasRecords (DEAL_SCORE_TEXT)
// and its answer read there (dealScoreFromGraphQL); c/atlasData re-exports the reader.
import { gql } from 'lightning/graphql';
import { DEAL_SCORE_TEXT } from 'c/atlasRecords';

/** The Deal Score panel's one request (its text is built in c/atlasRecords: DEAL_SCORE_TEXT). */
export const DEAL_SCORE_QUERY = gql`
    ${DEAL_SCORE_TEXT}
`;
