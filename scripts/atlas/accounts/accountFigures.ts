// What `atlas accounts` reads for one account and computes from it: the Account Growth tab's own
// GraphQL queries (ACCOUNT_GROWTH_TEXT, NETWORK_VALUE_TEXT) sent to the org's GraphQL API, read by the
// panels' readers and computed by the panels' helpers (c/accountGrowth, c/networkValue) — so each
// figure is the one the tab shows for the same records on the same day. Nothing is re-implemented.
import type { Connection, Record as SoqlRecord } from 'jsforce';
import {
    accountGrowth,
    growthInputFrom
} from '../../../force-app/main/default/lwc/accountGrowth/accountGrowth';
import type { GrowthFigures } from '../../../force-app/main/default/lwc/accountGrowth/accountGrowth';
import { networkValue } from '../../../force-app/main/default/lwc/networkValue/networkValue';
import type { BusinessFigures } from '../../../force-app/main/default/lwc/networkValue/networkValue';
import { ACCOUNT_GROWTH_TEXT } from '../../../force-app/main/default/lwc/atlasRecords/accountQueries';
import { accountGrowthRecordsOf } from '../../../force-app/main/default/lwc/atlasRecords/accountGrowthRecords';
import {
    NETWORK_VALUE_TEXT,
    networkValueFromGraphQL
} from '../../../force-app/main/default/lwc/atlasRecords/networkValueRecords';
import { CommandError } from '../command';
import { API_VERSION } from '../orgTypes';
import { queryAll, soqlString } from '../pipeline/pipelineRecords';

export interface AccountRef {
    readonly Id: string;
    readonly Name: string;
}

/** One account's figures, each as its helper returns it. */
export interface AccountFigures {
    readonly id: string;
    readonly name: string;
    /** The account row of the Account Growth tab (accountGrowth(...).account). */
    readonly growth: GrowthFigures;
    /** Customer network value: won (last 12 months) + open business that came through its people. */
    readonly network: BusinessFigures;
    /** The account's own won (last 12 months) + open business, shown beside it on the tab. */
    readonly own: BusinessFigures;
}

interface GraphQLAnswer {
    data?: unknown;
    errors?: { message?: string }[];
}

/** Sends one panel query for one account; a refused query is a CommandError saying what to do. */
async function runPanelQuery(
    conn: Connection,
    operation: string,
    query: string,
    accountId: string
): Promise<unknown> {
    const answer: GraphQLAnswer = await conn.request({
        method: 'POST',
        url: `/services/data/v${API_VERSION}/graphql`,
        body: JSON.stringify({ query, variables: { accountId } }),
        headers: { 'Content-Type': 'application/json' }
    });
    const errors = answer.errors ?? [];
    if (errors.length > 0) {
        throw new CommandError(
            `the ${operation} query failed for account ${accountId}: ` +
                `${errors.map((error) => error.message ?? '').join('; ')} — ` +
                'assign the Atlas_User permission set, or check the install with npx atlas doctor'
        );
    }
    return answer.data;
}

/** The figures of one account on `today`, computed as the Account Growth tab computes them. */
export async function accountFigures(
    conn: Connection,
    account: AccountRef,
    today: string
): Promise<AccountFigures> {
    const growthData = await runPanelQuery(conn, 'AccountGrowth', ACCOUNT_GROWTH_TEXT, account.Id);
    const networkData = await runPanelQuery(
        conn,
        'AccountNetworkValue',
        NETWORK_VALUE_TEXT,
        account.Id
    );
    const growth = accountGrowth(growthInputFrom({ ...accountGrowthRecordsOf(growthData), today }));
    const network = networkValue({
        ...networkValueFromGraphQL(networkData),
        accountId: account.Id,
        today
    });
    return {
        id: account.Id,
        name: account.Name,
        growth: growth.account,
        network: network.network,
        own: network.own
    };
}

/** Ids per IN list: keeps each SOQL statement far below its 100,000-character limit. */
const ID_CHUNK = 200;

const ACCOUNT_ID = /^001[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?$/;

/**
 * The accounts to list: those with a buying center, and those whose contacts referred a deal (they
 * have network value without a plan). `only` names one account by name or 001… id.
 */
export async function accountsToList(conn: Connection, only?: string): Promise<AccountRef[]> {
    if (only !== undefined) {
        const where = ACCOUNT_ID.test(only)
            ? `Id = ${soqlString(only)}`
            : `Name = ${soqlString(only)}`;
        const found = await queryAll<AccountRef & SoqlRecord>(
            conn,
            `SELECT Id, Name FROM Account WHERE ${where} ORDER BY Name LIMIT 20`
        );
        if (found.length === 0) {
            throw new CommandError(
                `no account named "${only}" that you can see: give its exact name or its 001… id`
            );
        }
        return found.map(({ Id, Name }) => ({ Id, Name }));
    }
    // A semi-join may not sit inside an OR nor inside another semi-join (SOQL), so the referring
    // accounts come from the referred deals' contacts, then by id.
    const planned = await queryAll<AccountRef & SoqlRecord>(
        conn,
        'SELECT Id, Name FROM Account WHERE Id IN (SELECT Account__c FROM Buying_Center__c)'
    );
    const referred = await queryAll<SoqlRecord>(
        conn,
        'SELECT Referred_By__r.AccountId FROM Opportunity WHERE Referred_By__c != null'
    );
    const known = new Set(planned.map((account) => account.Id));
    const referringIds = [
        ...new Set(
            referred
                .map((row) => (row.Referred_By__r as { AccountId?: unknown } | null)?.AccountId)
                .filter((id): id is string => typeof id === 'string' && !known.has(id))
        )
    ];
    const referring: (AccountRef & SoqlRecord)[] = [];
    for (let start = 0; start < referringIds.length; start += ID_CHUNK) {
        const ids = referringIds
            .slice(start, start + ID_CHUNK)
            .map(soqlString)
            .join(', ');
        referring.push(
            ...(await queryAll<AccountRef & SoqlRecord>(
                conn,
                `SELECT Id, Name FROM Account WHERE Id IN (${ids})`
            ))
        );
    }
    return [...planned, ...referring].map(({ Id, Name }) => ({ Id, Name }));
}
