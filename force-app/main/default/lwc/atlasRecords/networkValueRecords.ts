// Customer network value's query text and reader: one GraphQL query for the account's own deals and
// the deals its contacts referred (in any account), and the buying centers its members introduced us
// to, with their members (who introduced whom) and their deals, read into c/networkValue's records.
// c/atlasData hands the text to gql for the panel; `atlas accounts` sends the same text to the org.
import type { NetworkDeal, NetworkMember } from 'c/networkValue';
import { flattenNode, nodesOf, parentText, queryConnection } from './graphqlRecords';
import type { GraphQLConnection, GraphQLNode } from './graphqlRecords';

/**
 * Two objects and two child relationships. The introduced buying centers are found with a
 * semi-join (`inq`) on the members an account member introduced; a semi-join may not sit inside
 * an OR, so referred deals and introduced centers are separate selections.
 */
export const NETWORK_VALUE_TEXT = `
    query AccountNetworkValue($accountId: ID) {
        uiapi {
            query {
                Opportunity(
                    where: {
                        or: [
                            { AccountId: { eq: $accountId } }
                            { Referred_By__r: { AccountId: { eq: $accountId } } }
                        ]
                    }
                    first: 2000
                    orderBy: { CloseDate: { order: DESC } }
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            AccountId {
                                value
                            }
                            Account {
                                Name {
                                    value
                                }
                            }
                            Amount @optional {
                                value
                            }
                            CloseDate {
                                value
                            }
                            IsClosed {
                                value
                            }
                            IsWon {
                                value
                            }
                            Buying_Center__c @optional {
                                value
                            }
                            Referred_By__c @optional {
                                value
                            }
                            Referred_By__r @optional {
                                Name {
                                    value
                                }
                                AccountId {
                                    value
                                }
                            }
                        }
                    }
                }
                Buying_Center__c(
                    where: {
                        Id: {
                            inq: {
                                Buying_Center_Member__c: {
                                    Introduced_By__r: {
                                        Buying_Center__r: { Account__c: { eq: $accountId } }
                                    }
                                }
                                ApiName: "Buying_Center__c"
                            }
                        }
                    }
                    first: 200
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Account__c {
                                value
                            }
                            Account__r {
                                Name {
                                    value
                                }
                            }
                            Members__r(first: 200) {
                                edges {
                                    node {
                                        Id
                                        Buying_Center__c {
                                            value
                                        }
                                        Contact__r {
                                            Name {
                                                value
                                            }
                                        }
                                        Introduced_By__c @optional {
                                            value
                                        }
                                        Introduced_By__r @optional {
                                            Buying_Center__c {
                                                value
                                            }
                                            Contact__r {
                                                Name {
                                                    value
                                                }
                                            }
                                            Buying_Center__r {
                                                Account__c {
                                                    value
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            Opportunities__r(first: 200) {
                                edges {
                                    node {
                                        Id
                                        Name {
                                            value
                                        }
                                        AccountId {
                                            value
                                        }
                                        Amount @optional {
                                            value
                                        }
                                        CloseDate {
                                            value
                                        }
                                        IsClosed {
                                            value
                                        }
                                        IsWon {
                                            value
                                        }
                                        Buying_Center__c @optional {
                                            value
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
`;

export interface NetworkValueData {
    deals: NetworkDeal[];
    members: NetworkMember[];
}

function text(record: Record<string, unknown>, field: string): string | null {
    const value = record[field];
    return typeof value === 'string' && value !== '' ? value : null;
}

function dealOf(record: Record<string, unknown>, accountName: string): NetworkDeal {
    const referrer = record.Referred_By__r as Record<string, unknown> | null | undefined;
    return {
        Id: String(record.Id),
        Name: text(record, 'Name') ?? '',
        AccountId: text(record, 'AccountId') ?? '',
        accountName: parentText(record, 'Account', 'Name') ?? accountName,
        Amount: typeof record.Amount === 'number' ? record.Amount : null,
        CloseDate: text(record, 'CloseDate'),
        IsClosed: record.IsClosed === true,
        IsWon: record.IsWon === true,
        Buying_Center__c: text(record, 'Buying_Center__c'),
        Referred_By__c: text(record, 'Referred_By__c'),
        referrerName: referrer ? (text(referrer, 'Name') ?? '') : '',
        referrerAccountId: referrer ? text(referrer, 'AccountId') : null
    };
}

/** Reads the AccountNetworkValue response; a missing part reads as no records. */
export function networkValueFromGraphQL(data: unknown): NetworkValueData {
    const deals = nodesOf(queryConnection(data, 'Opportunity')).map((node) =>
        dealOf(flattenNode(node), '')
    );
    const members: NetworkMember[] = [];
    for (const centerNode of nodesOf(queryConnection(data, 'Buying_Center__c'))) {
        const center = flattenNode(centerNode);
        const centerName = text(center, 'Name') ?? '';
        const accountName = parentText(center, 'Account__r', 'Name') ?? '';
        for (const node of nodesOf(centerNode.Members__r as GraphQLConnection | undefined)) {
            const member = flattenNode(node);
            const introducer = member.Introduced_By__r as Record<string, unknown> | null;
            members.push({
                Id: String(member.Id),
                name: parentText(member, 'Contact__r', 'Name') ?? '',
                Buying_Center__c: String(center.Id),
                centerName,
                Introduced_By__c: text(member, 'Introduced_By__c'),
                introducerName: introducer
                    ? (parentText(introducer, 'Contact__r', 'Name') ?? '')
                    : '',
                introducerCenterId: introducer ? text(introducer, 'Buying_Center__c') : null,
                introducerAccountId: introducer
                    ? parentText(introducer, 'Buying_Center__r', 'Account__c')
                    : null
            });
        }
        const centerDeals = nodesOf(
            (centerNode as GraphQLNode).Opportunities__r as GraphQLConnection | undefined
        );
        // A deal already read above (the account's own, or referred) keeps its referrer.
        const known = new Set(deals.map((deal) => deal.Id));
        deals.push(
            ...centerDeals
                .map((node) => dealOf(flattenNode(node), accountName))
                .filter((deal) => !known.has(deal.Id))
        );
    }
    return { deals, members };
}
