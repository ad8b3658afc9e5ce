/** @jest-environment node */
// check-metadata-ignore-file: the error tests name unknown objects and fields on purpose.
// The UI API GraphQL endpoint: the documented response shapes, paging, filters and ordering checked
// against SOQL on the same data, the project's own LWC queries, aggregates, and errors.
import { panelQueries } from '../../scripts/metadata/panelQueries';
import {
    ACCOUNT_SUMMARY_TEXT,
    accountSummaryFromGraphQL
} from '../../force-app/main/default/lwc/atlasRecords/atlasRecords';
import { call, countAll, PROJECT_DIR, startTestOrg, type TestOrg } from './testOrg';

interface GraphqlResponse {
    data: Record<string, unknown> | null;
    errors: {
        message: string;
        locations?: unknown[];
        path?: unknown[];
        extensions: { ErrorType: string; classification: string };
    }[];
}

interface Connection<T> {
    edges: { node: T; cursor: string }[];
    pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
    };
    totalCount: number;
}

describe('the local org GraphQL API', () => {
    let org: TestOrg;
    let accountId: string;

    const graphql = async (
        query: string,
        variables: Record<string, unknown> = {}
    ): Promise<GraphqlResponse> => {
        const response = await call(org, 'POST', '/services/data/v66.0/graphql', {
            query,
            variables
        });
        expect(response.status).toBe(200);
        return response.body as GraphqlResponse;
    };

    /** data.uiapi.query.<object> of a successful response. */
    const connectionOf = <T>(response: GraphqlResponse, object: string): Connection<T> => {
        expect(response.errors).toEqual([]);
        return ((response.data?.uiapi as { query: Record<string, unknown> }).query[object] ??
            null) as Connection<T>;
    };

    const soqlIds = async (soql: string): Promise<string[]> =>
        (
            await org.conn.query<{ Id: string }>(soql, { autoFetch: true, maxFetch: 10000 })
        ).records.map((record) => record.Id);

    beforeAll(async () => {
        org = await startTestOrg();
        accountId = (
            await org.conn.query<{ Id: string }>(
                "SELECT Id FROM Account WHERE Name = 'Meridian Global Bank'"
            )
        ).records[0]!.Id;
    });

    afterAll(async () => {
        await org.stop();
    });

    it('answers in the documented shape: edges, node fields as value/displayValue, parents, child connections, pageInfo, totalCount', async () => {
        const response = await graphql(
            `
                query Centers($accountId: ID) {
                    uiapi {
                        query {
                            Account(where: { Id: { eq: $accountId } }) {
                                edges {
                                    cursor
                                    node {
                                        Id
                                        ApiName
                                        DisplayValue
                                        Name {
                                            value
                                            displayValue
                                        }
                                        AnnualRevenue {
                                            value
                                            displayValue
                                        }
                                        Owner {
                                            Name {
                                                value
                                            }
                                        }
                                        Buying_Centers__r(
                                            first: 3
                                            orderBy: { Name: { order: ASC } }
                                        ) {
                                            edges {
                                                node {
                                                    Name {
                                                        value
                                                    }
                                                    Relationship_Status__c {
                                                        value
                                                        displayValue
                                                        label
                                                    }
                                                }
                                            }
                                            pageInfo {
                                                hasNextPage
                                                endCursor
                                            }
                                            totalCount
                                        }
                                    }
                                }
                                pageInfo {
                                    hasNextPage
                                    hasPreviousPage
                                    startCursor
                                    endCursor
                                }
                                totalCount
                            }
                        }
                    }
                }
            `,
            { accountId }
        );
        const accounts = connectionOf<Record<string, unknown>>(response, 'Account');
        expect(accounts.totalCount).toBe(1);
        expect(accounts.pageInfo).toEqual({
            hasNextPage: false,
            hasPreviousPage: false,
            startCursor: expect.any(String),
            endCursor: expect.any(String)
        });
        const node = accounts.edges[0]!.node as {
            Buying_Centers__r: Connection<{ Name: { value: string } }>;
        } & Record<string, unknown>;
        expect(node).toMatchObject({
            Id: accountId,
            ApiName: 'Account',
            DisplayValue: 'Meridian Global Bank',
            Name: { value: 'Meridian Global Bank', displayValue: null },
            AnnualRevenue: { value: 40000000000, displayValue: '$40,000,000,000' },
            Owner: { Name: { value: 'Atlas Local User' } }
        });
        const soql = await org.conn.query<{ Name: string }>(
            `SELECT Name FROM Buying_Center__c WHERE Account__c = '${accountId}' ORDER BY Name`
        );
        expect(node.Buying_Centers__r.totalCount).toBe(soql.totalSize);
        expect(node.Buying_Centers__r.edges.map((edge) => edge.node.Name.value)).toEqual(
            soql.records.slice(0, 3).map((record) => record.Name)
        );
        expect(node.Buying_Centers__r.pageInfo.hasNextPage).toBe(true);
    });

    it('pages with first and after until hasNextPage is false, in the same order as SOQL', async () => {
        const expected = await soqlIds('SELECT Id FROM Contact ORDER BY LastName, FirstName');
        const seen: string[] = [];
        let after: string | null = null;
        for (let guard = 0; guard < 20; guard++) {
            const page: Connection<{ Id: string }> = connectionOf<{ Id: string }>(
                await graphql(
                    `
                        query Page($after: String) {
                            uiapi {
                                query {
                                    Contact(
                                        first: 7
                                        after: $after
                                        orderBy: {
                                            LastName: { order: ASC }
                                            FirstName: { order: ASC }
                                        }
                                    ) {
                                        edges {
                                            node {
                                                Id
                                            }
                                            cursor
                                        }
                                        pageInfo {
                                            hasNextPage
                                            hasPreviousPage
                                            endCursor
                                        }
                                        totalCount
                                    }
                                }
                            }
                        }
                    `,
                    { after }
                ),
                'Contact'
            );
            expect(page.totalCount).toBe(expected.length);
            expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
            seen.push(...page.edges.map((edge) => edge.node.Id));
            if (!page.pageInfo.hasNextPage) {
                break;
            }
            after = page.pageInfo.endCursor;
        }
        expect(seen).toEqual(expected);
    });

    it('filters like SOQL: and/or/not, comparisons, in/nin, like, parent fields, date literals and ranges, semi-joins', async () => {
        const cases: { where: string; soql: string; object: string }[] = [
            {
                object: 'Opportunity',
                where: '{ StageName: { in: ["Closed Won", "Closed Lost"] }, Amount: { gte: 100000 } }',
                soql: "StageName IN ('Closed Won','Closed Lost') AND Amount >= 100000"
            },
            {
                object: 'Opportunity',
                where: '{ or: [{ Amount: { lt: 50000 } }, { Amount: { eq: null } }] }',
                soql: '(Amount < 50000 OR Amount = null)'
            },
            {
                object: 'Opportunity',
                where: '{ not: { IsClosed: { eq: true } } }',
                soql: 'NOT IsClosed = true'
            },
            {
                object: 'Opportunity',
                where: '{ Loss_Reason__c: { ne: "Outsold" } }',
                soql: "Loss_Reason__c != 'Outsold'"
            },
            {
                object: 'Contact',
                where: '{ Title: { like: "%Director%" }, Account: { Name: { eq: "Kestrel Precision Manufacturing" } } }',
                soql: "Title LIKE '%Director%' AND Account.Name = 'Kestrel Precision Manufacturing'"
            },
            {
                object: 'Buying_Center_Member__c',
                where: '{ Support__c: { nin: ["Enemy", "Non-Supporter"] }, Buying_Center__r: { Account__r: { Name: { like: "Cascade%" } } } }',
                soql: "Support__c NOT IN ('Enemy','Non-Supporter') AND Buying_Center__r.Account__r.Name LIKE 'Cascade%'"
            },
            {
                object: 'Account',
                where: '{ CreatedDate: { eq: { literal: TODAY } } }',
                soql: 'CreatedDate = TODAY'
            },
            {
                object: 'Opportunity',
                where: '{ CloseDate: { gte: { range: { last_n_days: 365 } } } }',
                soql: 'CloseDate >= LAST_N_DAYS:365'
            },
            {
                object: 'Opportunity',
                where: '{ CloseDate: { lt: { value: "2026-07-01" } } }',
                soql: 'CloseDate < 2026-07-01'
            },
            {
                object: 'Contact',
                where: '{ Id: { inq: { Buying_Center_Member__c: { Influence__c: { eq: "High" } }, ApiName: "Contact__c" } } }',
                soql: "Id IN (SELECT Contact__c FROM Buying_Center_Member__c WHERE Influence__c = 'High')"
            }
        ];
        for (const testCase of cases) {
            const result = connectionOf<{ Id: string }>(
                await graphql(
                    `{ uiapi { query { ${testCase.object}(first: 2000, where: ${testCase.where}) { edges { node { Id } } totalCount } } } }`
                ),
                testCase.object
            );
            const expected = await soqlIds(
                `SELECT Id FROM ${testCase.object} WHERE ${testCase.soql}`
            );
            expect({
                where: testCase.where,
                ids: result.edges.map((edge) => edge.node.Id).sort()
            }).toEqual({ where: testCase.where, ids: [...expected].sort() });
            expect(result.totalCount).toBe(expected.length);
        }
    });

    it('orders by several fields in the order written, including a parent field', async () => {
        const result = connectionOf<{ Id: string }>(
            await graphql(
                '{ uiapi { query { Buying_Center__c(first: 100, orderBy: { Account__r: { Name: { order: DESC } }, Name: { order: ASC, nulls: LAST } }) { edges { node { Id } } } } } }'
            ),
            'Buying_Center__c'
        );
        expect(result.edges.map((edge) => edge.node.Id)).toEqual(
            await soqlIds(
                'SELECT Id FROM Buying_Center__c ORDER BY Account__r.Name DESC, Name ASC NULLS LAST'
            )
        );
    });

    it("runs every gql query of the project's LWC data modules without errors", async () => {
        const opportunityId = (
            await org.conn.query<{ Id: string }>(
                'SELECT Id FROM Opportunity WHERE IsClosed = false LIMIT 1'
            )
        ).records[0]!.Id;
        let count = 0;
        // Built (c/atlasRecords) and static (gql`…` in c/atlasData) alike.
        for (const { file, operation, text } of panelQueries(PROJECT_DIR)) {
            const response = await graphql(text, { accountId, opportunityId });
            expect({ file, operation, errors: response.errors }).toEqual({
                file,
                operation,
                errors: []
            });
            expect(response.data).not.toBeNull();
            count++;
        }
        expect(count).toBeGreaterThanOrEqual(7);
    });

    it("reads the Account Summary's open deals with their last score and when it was taken, as SOQL finds them", async () => {
        // REST writes a datetime as …+0000 and GraphQL as …Z, as Salesforce does: compare instants.
        const instant = (iso: string | null): number | null => (iso ? Date.parse(iso) : null);
        const response = await graphql(ACCOUNT_SUMMARY_TEXT, { accountId });
        expect(response.errors).toEqual([]);
        const { openDeals } = accountSummaryFromGraphQL(response.data, accountId);
        const expected = (
            await org.conn.query<{
                Id: string;
                Deal_Score__c: number | null;
                Deal_Scored_At__c: string | null;
                Deal_Score_Snapshots__r: {
                    records: { Score__c: number | null; Taken_At__c: string | null }[];
                } | null;
            }>(
                'SELECT Id, Deal_Score__c, Deal_Scored_At__c, (SELECT Score__c, Taken_At__c' +
                    ' FROM Deal_Score_Snapshots__r ORDER BY Taken_At__c DESC LIMIT 1)' +
                    ` FROM Opportunity WHERE AccountId = '${accountId}' AND IsClosed = false`
            )
        ).records.map((deal) => {
            const last = deal.Deal_Score_Snapshots__r?.records[0];
            return {
                Id: deal.Id,
                score: last ? last.Score__c : deal.Deal_Score__c,
                scoredAt: instant(last ? last.Taken_At__c : deal.Deal_Scored_At__c)
            };
        });
        const read = openDeals.map(({ Id, score, scoredAt }) => ({
            Id,
            score,
            scoredAt: instant(scoredAt)
        }));
        const byId = (a: { Id: string }, b: { Id: string }) => a.Id.localeCompare(b.Id);
        expect(read.sort(byId)).toEqual(expected.sort(byId));
        // The sample stores a score on every open deal: each has a time it was taken.
        expect(read.length).toBeGreaterThan(0);
        expect(read.every((deal) => typeof deal.scoredAt === 'number')).toBe(true);
    });

    it('accepts @optional on a field and returns the field, and rejects a directive it does not know', async () => {
        const query = (directive: string): string => `
            query Optional($accountId: ID) {
                uiapi {
                    query {
                        Account(where: { Id: { eq: $accountId } }) {
                            edges {
                                node {
                                    Id
                                    Industry ${directive} {
                                        value
                                    }
                                }
                            }
                        }
                    }
                }
            }`;
        const accounts = connectionOf<{ Id: string; Industry: { value: string | null } }>(
            await graphql(query('@optional'), { accountId }),
            'Account'
        );
        // The local org has no field-level security: the optional field is always there.
        expect(accounts.edges[0]!.node.Industry).toHaveProperty('value');
        const misspelt = await graphql(query('@optionl'), { accountId });
        expect(misspelt.data).toBeNull();
        expect(misspelt.errors[0]!.message).toBe('Unknown directive "@optionl".');
        expect(misspelt.errors[0]!.extensions.ErrorType).toBe('ValidationError');
    });

    it('aggregates counts and sums per group', async () => {
        const response = await graphql(`
            {
                uiapi {
                    aggregate {
                        Opportunity(
                            where: { IsClosed: { eq: true } }
                            groupBy: { StageName: { group: true } }
                        ) {
                            edges {
                                node {
                                    aggregate {
                                        StageName {
                                            value
                                        }
                                        Amount {
                                            sum {
                                                value
                                            }
                                        }
                                        Id {
                                            count {
                                                value
                                            }
                                        }
                                    }
                                }
                            }
                            totalCount
                        }
                    }
                }
            }
        `);
        expect(response.errors).toEqual([]);
        const groups = (
            response.data?.uiapi as {
                aggregate: {
                    Opportunity: Connection<{
                        aggregate: {
                            StageName: { value: string };
                            Id: { count: { value: number } };
                        };
                    }>;
                };
            }
        ).aggregate.Opportunity;
        const won = (
            await org.conn.query("SELECT COUNT() FROM Opportunity WHERE StageName = 'Closed Won'")
        ).totalSize;
        expect(groups.edges.map((edge) => edge.node.aggregate.StageName.value)).toEqual([
            'Closed Lost',
            'Closed Won'
        ]);
        expect(groups.edges[1]?.node.aggregate.Id.count.value).toBe(won);
    });

    it('answers bad input with Salesforce GraphQL errors and changes nothing', async () => {
        const before = countAll(org);
        const syntax = await graphql('{ uiapi { query { Account { edges { node { ');
        expect(syntax).toMatchObject({
            data: null,
            errors: [
                { extensions: { ErrorType: 'InvalidSyntax', classification: 'InvalidSyntax' } }
            ]
        });
        const unknownField = await graphql(
            '{ uiapi { query { Account { edges { node { Bogus__c { value } } } } } } }'
        );
        expect(unknownField).toMatchObject({
            data: null,
            errors: [
                {
                    message: expect.stringContaining('Bogus__c'),
                    extensions: { ErrorType: 'ValidationError' }
                }
            ]
        });
        expect(unknownField.errors[0]?.locations).toEqual([{ line: 1, column: 44 }]);
        const unknownObject = await graphql(
            '{ uiapi { query { Nothing__c { edges { node { Id } } } } } }'
        );
        expect(unknownObject.errors[0]?.extensions.ErrorType).toBe('ValidationError');
        const wrongType = await graphql(
            '{ uiapi { query { Opportunity(where: { Amount: { eq: "lots" } }) { edges { node { Id } } } } } }'
        );
        expect(wrongType.errors[0]?.extensions.ErrorType).toBe('ValidationError');
        const mutation = await graphql(
            'mutation { uiapi { AccountCreate(input: {}) { Record { Id } } } }'
        );
        // AccountCreateInput requires its Account representation.
        expect(mutation.errors[0]?.extensions.ErrorType).toBe('ValidationError');
        const badCursor = await graphql(
            '{ uiapi { query { Account(after: "nonsense") { edges { node { Id } } } } } }'
        );
        expect(badCursor).toMatchObject({
            errors: [
                {
                    message: 'Invalid cursor: nonsense',
                    path: ['uiapi', 'query', 'Account'],
                    extensions: { ErrorType: 'DataFetchingException' }
                }
            ]
        });
        const tooMany = await graphql(
            '{ uiapi { query { Account(first: 2001) { edges { node { Id } } } } } }'
        );
        expect(tooMany.errors[0]?.message).toContain('first must be between 0 and 2000');
        const noToken = await call(
            org,
            'POST',
            '/services/data/v66.0/graphql',
            { query: '{ uiapi { query { Account { totalCount } } } }' },
            { Authorization: '' }
        );
        expect(noToken).toMatchObject({ status: 401, body: [{ errorCode: 'INVALID_SESSION_ID' }] });
        const notJson = await call(org, 'POST', '/services/data/v66.0/graphql', '{"query": ');
        expect(notJson).toMatchObject({ status: 400, body: [{ errorCode: 'JSON_PARSER_ERROR' }] });
        expect(countAll(org)).toEqual(before);
    });
});
