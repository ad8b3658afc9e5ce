// Record pages the preview has no flexipage for, shown where the record is worked on: a buying
// center on its account's Relationship Map, a plan item on its account's Account Plan. In
// Salesforce these links open the record's own page; the preview says so above the account page,
// so a link from a panel (the Account Summary's risks) never ends on a page the preview lacks.
import { callOrg } from '../../../platform/transport';

export interface StandIn {
    /** What the record is, in the note above the page. */
    noun: string;
    /** The account page's tab that shows the record. */
    tab: 'relationshipMap' | 'accountPlan';
    /** The GraphQL path from the record to its account's Id. */
    accountPath: string;
}

const STAND_INS: Readonly<Record<string, StandIn>> = {
    Buying_Center__c: {
        noun: 'buying center',
        tab: 'relationshipMap',
        accountPath: 'Account__c { value }'
    },
    Marketing_Objective__c: {
        noun: 'objective',
        tab: 'accountPlan',
        accountPath: 'Account__c { value }'
    },
    Marketing_Strategy__c: {
        noun: 'strategy',
        tab: 'accountPlan',
        accountPath: 'Marketing_Objective__r { Account__c { value } }'
    },
    Marketing_Action__c: {
        noun: 'action',
        tab: 'accountPlan',
        accountPath: 'Marketing_Strategy__r { Marketing_Objective__r { Account__c { value } } }'
    }
};

export function standInFor(objectApiName: string | undefined): StandIn | undefined {
    return objectApiName === undefined ? undefined : STAND_INS[objectApiName];
}

/** Digs the account's Id out of the nested parents the query asked for. */
function accountIdIn(node: unknown): string | null {
    if (typeof node !== 'object' || node === null) {
        return null;
    }
    for (const [key, value] of Object.entries(node)) {
        if (key === 'Account__c') {
            const id = (value as { value?: unknown } | null)?.value;
            return typeof id === 'string' ? id : null;
        }
        const nested = accountIdIn(value);
        if (nested !== null) {
            return nested;
        }
    }
    return null;
}

/** The record's name and its account's Id, read as the user (null when they cannot see it). */
export async function loadStandInRecord(
    objectApiName: string,
    recordId: string,
    standIn: StandIn
): Promise<{ name: string; accountId: string } | null> {
    const query = `query previewStandIn($id: ID) { uiapi { query { ${objectApiName}(where: { Id: { eq: $id } }, first: 1) { edges { node { Id Name { value } ${standIn.accountPath} } } } } } }`;
    const answer = (await callOrg('POST', '/graphql', { query, variables: { id: recordId } })) as {
        data?: { uiapi?: { query?: Record<string, { edges?: { node: unknown }[] }> } };
    };
    const node = answer.data?.uiapi?.query?.[objectApiName]?.edges?.[0]?.node as
        { Name?: { value?: unknown } } | undefined;
    const accountId = accountIdIn(node);
    if (node === undefined || accountId === null) {
        return null;
    }
    const name = node.Name?.value;
    return { name: typeof name === 'string' ? name : recordId, accountId };
}
