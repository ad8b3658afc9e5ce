// The Account Growth tab's data: one GraphQL query for what the growth figures are made of (its
// text and reader live in c/atlasRecords: ACCOUNT_GROWTH_TEXT, accountGrowthRecordsOf).
import { gql } from 'lightning/graphql';
import type { GrowthRecords } from 'c/accountGrowth';
import { ACCOUNT_GROWTH_TEXT, accountGrowthRecordsOf } from 'c/atlasRecords';

/** The buying centers, maps, objectives and deals of one account, in one request. */
export const ACCOUNT_GROWTH_QUERY = gql`
    ${ACCOUNT_GROWTH_TEXT}
`;

export interface AccountGrowthData extends Omit<GrowthRecords, 'today'> {
    accountName: string;
}

/** Reads the AccountGrowth response as the growth helper's records; a missing part reads as none. */
export function accountGrowthFromGraphQL(data: unknown): AccountGrowthData {
    return accountGrowthRecordsOf(data);
}
