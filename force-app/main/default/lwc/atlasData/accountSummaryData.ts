// The Account Summary's data: one GraphQL query holding what the four account tabs read (its text
// and reader live in c/atlasRecords: ACCOUNT_SUMMARY_TEXT, accountSummaryFromGraphQL).
import { gql } from 'lightning/graphql';
import { ACCOUNT_SUMMARY_TEXT } from 'c/atlasRecords';

/** The buying centers, maps, plan and open deals of one account, in one request. */
export const ACCOUNT_SUMMARY_QUERY = gql`
    ${ACCOUNT_SUMMARY_TEXT}
`;
