// The preview's platform modules against a fake org (fetch replaced): the wire semantics the
// panels rely on, the LDS error shape atlasErrors reads, and the page addresses navigation makes.
// check-metadata-ignore-file: these tests feed made-up object and field names on purpose.
import {
    fieldErrorsOf,
    reduceErrors
} from '../../../force-app/main/default/lwc/atlasErrors/atlasErrors';
import { graphql, gql, type GraphQLResult } from '../platform/graphql';
import { urlOf } from '../platform/pageUrls';
import { getObjectInfos } from '../platform/uiObjectInfoApi';
import { createRecord, updateRecord } from '../platform/uiRecordApi';

interface Call {
    method: string;
    url: string;
    body: unknown;
}

let calls: Call[];
let answer: (call: Call) => { status: number; body: unknown };

function jsonResponse(status: number, body: unknown) {
    const text = body === undefined ? '' : JSON.stringify(body);
    return {
        ok: status >= 200 && status < 300,
        status,
        statusText: status === 400 ? 'Bad Request' : 'OK',
        headers: new Map([['content-type', 'application/json']]),
        text: () => Promise.resolve(text)
    };
}

beforeEach(() => {
    calls = [];
    answer = () => ({ status: 200, body: {} });
    (globalThis as { fetch?: unknown }).fetch = jest.fn(
        (url: string, init: { method: string; body?: string }) => {
            const call = {
                method: init.method,
                url,
                body: init.body === undefined ? undefined : (JSON.parse(init.body) as unknown)
            };
            calls.push(call);
            const { status, body } = answer(call);
            return Promise.resolve(jsonResponse(status, body));
        }
    );
});

async function settle(): Promise<void> {
    for (let round = 0; round < 5; round += 1) {
        await Promise.resolve();
        await new Promise((resolve) => setTimeout(resolve, 0));
    }
}

function wire(config: Record<string, unknown>): { emitted: GraphQLResult[]; adapter: graphql } {
    const emitted: GraphQLResult[] = [];
    const adapter = new graphql((result) => emitted.push(result));
    adapter.update(config);
    adapter.connect();
    return { emitted, adapter };
}

describe('lightning/graphql', () => {
    it('emits { data: undefined, errors: undefined } first, then the answer, each with refresh()', async () => {
        answer = () => ({ status: 200, body: { data: { uiapi: { n: 1 } }, errors: [] } });
        const query = gql`
            query one {
                uiapi {
                    n
                }
            }
        `;
        const { emitted } = wire({ query, variables: { id: 'a1' } });
        expect(emitted).toHaveLength(1);
        expect(emitted[0]?.data).toBeUndefined();
        expect(emitted[0]?.errors).toBeUndefined();
        expect(typeof emitted[0]?.refresh).toBe('function');
        await settle();
        expect(emitted).toHaveLength(2);
        expect(emitted[1]?.data).toEqual({ uiapi: { n: 1 } });
        expect(emitted[1]?.errors).toBeUndefined();
        expect(calls).toEqual([
            {
                method: 'POST',
                url: '/services/data/v66.0/graphql',
                body: { query, variables: { id: 'a1' } }
            }
        ]);
    });

    it('shares one answer between wires with the same query; refresh re-emits a changed answer to both, an equal one to none', async () => {
        let n = 1;
        answer = () => ({ status: 200, body: { data: { n }, errors: [] } });
        const first = wire({ query: 'query shared { n }', variables: { id: 'x' } });
        const second = wire({ query: 'query shared { n }', variables: { id: 'x' } });
        await settle();
        expect(calls).toHaveLength(1);
        expect(first.emitted.at(-1)?.data).toEqual({ n: 1 });
        expect(second.emitted.at(-1)?.data).toEqual({ n: 1 });
        const before = [first.emitted.length, second.emitted.length];

        await first.emitted.at(-1)?.refresh();
        expect([first.emitted.length, second.emitted.length]).toEqual(before);

        n = 2;
        await second.emitted.at(-1)?.refresh();
        expect(first.emitted.at(-1)?.data).toEqual({ n: 2 });
        expect(second.emitted.at(-1)?.data).toEqual({ n: 2 });
    });

    it('hands GraphQL errors and HTTP failures to the component as errors', async () => {
        answer = () => ({ status: 200, body: { data: null, errors: [{ message: 'bad field' }] } });
        const failing = wire({ query: 'query failing { x }' });
        await settle();
        expect(failing.emitted.at(-1)?.errors).toEqual([{ message: 'bad field' }]);
        expect(reduceErrors(failing.emitted.at(-1)?.errors)).toEqual(['bad field']);

        answer = () => ({
            status: 401,
            body: [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired' }]
        });
        const refused = wire({ query: 'query refused { x }' });
        await settle();
        expect(reduceErrors(refused.emitted.at(-1)?.errors)).toEqual(['Session expired']);
    });

    it('fetches again when a record in its answer is updated through uiRecordApi', async () => {
        answer = (call) =>
            call.url.endsWith('/graphql')
                ? {
                      status: 200,
                      body: { data: { Id: 'a0B000000000001AAA', v: calls.length }, errors: [] }
                  }
                : { status: 200, body: { id: 'a0B000000000001AAA', apiName: 'X__c', fields: {} } };
        const watching = wire({ query: 'query watching { x }' });
        await settle();
        const fetches = calls.filter((call) => call.url.endsWith('/graphql')).length;
        await updateRecord({ fields: { Id: 'a0B000000000001AAA', Name: 'New' } });
        await settle();
        expect(calls.filter((call) => call.url.endsWith('/graphql')).length).toBe(fetches + 1);
        expect(calls.find((call) => call.method === 'PATCH')).toEqual({
            method: 'PATCH',
            url: '/services/data/v66.0/ui-api/records/a0B000000000001AAA',
            body: { fields: { Name: 'New' } }
        });
        watching.adapter.disconnect();
    });
});

describe('lightning/uiRecordApi', () => {
    it('rejects a failed save with the UI API body, as LDS does, so the panels find the field errors', async () => {
        const recordError = {
            enhancedErrorType: 'RecordError',
            message: 'An error occurred while trying to update the record. Please try again.',
            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            output: {
                errors: [],
                fieldErrors: {
                    Wallet_Share__c: [{ message: 'Our share of wallet must be between 0 and 100.' }]
                }
            }
        };
        answer = () => ({ status: 400, body: recordError });
        let rejection: unknown;
        try {
            await createRecord({ apiName: 'Buying_Center__c', fields: { Wallet_Share__c: 150 } });
        } catch (error) {
            rejection = error;
        }
        expect(rejection).toMatchObject({
            ok: false,
            status: 400,
            statusText: 'Bad Request',
            body: recordError
        });
        expect(fieldErrorsOf(rejection)).toEqual({
            Wallet_Share__c: 'Our share of wallet must be between 0 and 100.'
        });
        expect(reduceErrors(rejection)).toEqual(['Our share of wallet must be between 0 and 100.']);
        expect(calls[0]).toEqual({
            method: 'POST',
            url: '/services/data/v66.0/ui-api/records',
            body: { apiName: 'Buying_Center__c', fields: { Wallet_Share__c: 150 } }
        });
    });
});

describe('lightning/uiObjectInfoApi', () => {
    it('getObjectInfos emits an empty value first, then the batch answer', async () => {
        answer = () => ({
            status: 200,
            body: { results: [{ statusCode: 200, result: { apiName: 'A__c' } }] }
        });
        const emitted: unknown[] = [];
        const adapter = new getObjectInfos((value) => emitted.push(value));
        adapter.update({ objectApiNames: [{ objectApiName: 'A__c' }, 'B__c'] });
        adapter.connect();
        expect(emitted).toEqual([{ data: undefined, error: undefined }]);
        await settle();
        expect(calls[0]?.url).toBe('/services/data/v66.0/ui-api/object-info/batch/A__c,B__c');
        expect(emitted[1]).toEqual({
            data: { results: [{ statusCode: 200, result: { apiName: 'A__c' } }] },
            error: undefined
        });
    });
});

describe('lightning/navigation addresses', () => {
    it('maps page references to Lightning Experience addresses', () => {
        expect(
            urlOf({
                type: 'standard__recordPage',
                attributes: {
                    recordId: '006000000000001AAA',
                    objectApiName: 'Opportunity',
                    actionName: 'view'
                }
            })
        ).toBe('/lightning/r/Opportunity/006000000000001AAA/view');
        expect(
            urlOf({
                type: 'standard__recordPage',
                attributes: { recordId: 'a01000000000001AAA', actionName: 'view' }
            })
        ).toBe('/lightning/r/a01000000000001AAA/view');
        expect(
            urlOf({
                type: 'standard__recordRelationshipPage',
                attributes: {
                    recordId: '001000000000001AAA',
                    objectApiName: 'Account',
                    relationshipApiName: 'Buying_Centers__r',
                    actionName: 'view'
                }
            })
        ).toBe('/lightning/r/Account/001000000000001AAA/related/Buying_Centers__r/view');
        expect(
            urlOf({
                type: 'standard__navItemPage',
                attributes: { apiName: 'Stage_Criteria_Setup' }
            })
        ).toBe('/lightning/n/Stage_Criteria_Setup');
        expect(urlOf({ type: 'standard__namedPage', attributes: { pageName: 'home' } })).toBe('/');
        expect(urlOf({ type: 'comm__namedPage', attributes: {} })).toBeUndefined();
    });
});
