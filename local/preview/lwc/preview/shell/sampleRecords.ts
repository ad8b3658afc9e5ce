// The record picker's choices: every account with its opportunities, read from the local org in
// one GraphQL query, as the panels read their data.
import { callOrg } from '../../../platform/transport';

export interface PickerOpportunity {
    id: string;
    name: string;
}

export interface PickerAccount {
    id: string;
    name: string;
    opportunities: PickerOpportunity[];
}

const PICKER_QUERY = `query previewRecordPicker {
    uiapi {
        query {
            Account(first: 2000, orderBy: { Name: { order: ASC } }) {
                edges {
                    node {
                        Id
                        Name { value }
                        Opportunities(first: 2000, orderBy: { Name: { order: ASC } }) {
                            edges { node { Id Name { value } } }
                        }
                    }
                }
            }
        }
    }
}`;

interface Edge<T> {
    node: T;
}
interface NamedNode {
    Id: string;
    Name?: { value?: unknown } | null;
}
interface AccountNode extends NamedNode {
    Opportunities?: { edges?: Edge<NamedNode>[] } | null;
}

function nameOf(node: NamedNode): string {
    const value = node.Name?.value;
    return typeof value === 'string' && value !== '' ? value : node.Id;
}

export async function loadPickerAccounts(): Promise<PickerAccount[]> {
    const answer = (await callOrg('POST', '/graphql', { query: PICKER_QUERY })) as {
        data?: { uiapi?: { query?: { Account?: { edges?: Edge<AccountNode>[] } } } };
        errors?: { message?: string }[];
    };
    if (answer.errors !== undefined && answer.errors.length > 0) {
        throw new Error(answer.errors.map((error) => error.message ?? '').join('; '));
    }
    const edges = answer.data?.uiapi?.query?.Account?.edges ?? [];
    return edges.map(({ node }) => ({
        id: node.Id,
        name: nameOf(node),
        opportunities: (node.Opportunities?.edges ?? []).map((edge) => ({
            id: edge.node.Id,
            name: nameOf(edge.node)
        }))
    }));
}

/** A record's name when it is not among the picker's (an opportunity with no account). */
export async function loadRecordName(objectApiName: string, recordId: string): Promise<string> {
    const record = (await callOrg(
        'GET',
        `/ui-api/records/${encodeURIComponent(recordId)}?fields=${objectApiName}.Name`
    )) as { fields?: { Name?: { value?: unknown } } };
    const value = record.fields?.Name?.value;
    return typeof value === 'string' ? value : recordId;
}
