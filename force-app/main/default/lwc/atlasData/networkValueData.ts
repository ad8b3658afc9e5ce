// Customer network value's data: the panel's GraphQL query (its text and reader live in
// c/atlasRecords: NETWORK_VALUE_TEXT, networkValueFromGraphQL, which `atlas accounts` runs too).
import { gql } from 'lightning/graphql';
import { NETWORK_VALUE_TEXT } from 'c/atlasRecords';

/** The account's own and referred deals, and the buying centers its members introduced us to. */
export const NETWORK_VALUE_QUERY = gql`
    ${NETWORK_VALUE_TEXT}
`;
