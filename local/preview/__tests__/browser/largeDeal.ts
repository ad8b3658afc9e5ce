// A generated deal far bigger than the sample ones, for the timing test: 60 active stage criteria in
// the org (the sample's, plus generated ones across the stages and the four questions), the deal at
// the last open stage so every one applies, an answer to most of them, and 40 people in its buying
// center. Inserted through composite/tree, as `sf data import tree` would load it.
import { SAMPLE_SALES_PROCESS } from '../../../../data/sampleSalesProcess';
import { insertTree, query, type OrgEndpoint, type TreeRecord } from './orgApi';

export const LARGE_DEAL = { criteria: 60, people: 40 } as const;

export interface LargeDeal {
    readonly opportunityId: string;
    readonly name: string;
    readonly criteria: number;
    readonly people: number;
}

const QUESTIONS = [
    'Is there an opportunity?',
    'Can we compete?',
    'Can we win?',
    'Is it worth winning?'
];
const IMPORTANCES = ['Nice to Have', 'Important', 'Very Important', 'Essential'];
const ROLES = ['Decision Maker', 'Approver', 'Evaluator', 'Influencer', 'User', 'Coach'];
const INFLUENCES = ['High', 'Medium', 'Low'];
const SUPPORTS = ['Mentor', 'Supporter', 'Neutral', 'Non-Supporter', 'Enemy'];
const COVERAGES = ['No Contact', 'Brief', 'Multiple', 'In Depth'];
const STATES = ['Yes', 'In Progress', 'No'];

function pick<T>(values: readonly T[], index: number): T {
    return values[index % values.length] as T;
}

const tree = (type: string, referenceId: string, fields: Record<string, unknown>): TreeRecord => ({
    attributes: { type, referenceId },
    ...fields
});

function only(ids: Map<string, string>, ref: string): string {
    const id = ids.get(ref);
    if (id === undefined) {
        throw new Error(`composite/tree returned no id for ${ref}`);
    }
    return id;
}

/** Adds criteria up to LARGE_DEAL.criteria active ones and inserts the deal; returns its id. */
export async function insertLargeDeal(
    org: OrgEndpoint,
    name = 'Atlas Scale Deal - Global Platform'
): Promise<LargeDeal> {
    const active = await query(org, 'SELECT Id FROM Stage_Criterion__c WHERE Active__c = true');
    const added = LARGE_DEAL.criteria - active.length;
    if (added < 0) {
        throw new Error(
            `The org already has ${active.length} active criteria, more than ${LARGE_DEAL.criteria}.`
        );
    }
    const newCriteria = await insertTree(
        org,
        'Stage_Criterion__c',
        Array.from({ length: added }, (_, i) => {
            // One in five is a qualification question (no stage); the rest spread over the stages.
            const question = i % 5 === 4;
            return tree('Stage_Criterion__c', `Criterion${i}`, {
                Name: `Scale criterion ${i + 1}`,
                ...(question
                    ? { Category__c: pick(QUESTIONS, i) }
                    : {
                          Stage__c: pick(SAMPLE_SALES_PROCESS, i),
                          Category__c: 'Verifiable Outcome'
                      }),
                Question__c: `The customer confirmed scale outcome ${i + 1} in writing.`,
                Importance__c: pick(IMPORTANCES, i),
                Required__c: false,
                Sort_Order__c: 500 + i,
                Active__c: true
            });
        })
    );
    const criterionIds = [...active.map((record) => String(record.Id)), ...newCriteria.values()];

    const accountId = only(
        await insertTree(org, 'Account', [
            tree('Account', 'Account', { Name: `${name} Account`, Industry: 'Manufacturing' })
        ]),
        'Account'
    );
    const contactIds = [
        ...(
            await insertTree(
                org,
                'Contact',
                Array.from({ length: LARGE_DEAL.people }, (_, i) =>
                    tree('Contact', `Person${i}`, {
                        FirstName: `Person${String(i).padStart(2, '0')}`,
                        LastName: 'Dealscale',
                        Title: 'Director',
                        AccountId: accountId
                    })
                )
            )
        ).values()
    ];
    const centerId = only(
        await insertTree(org, 'Buying_Center__c', [
            tree('Buying_Center__c', 'Center', {
                Name: 'Global Platform Office',
                Account__c: accountId
            })
        ]),
        'Center'
    );
    await insertTree(
        org,
        'Buying_Center_Member__c',
        contactIds.map((contactId, i) =>
            tree('Buying_Center_Member__c', `Member${i}`, {
                Buying_Center__c: centerId,
                Contact__c: contactId,
                Buying_Role__c: pick(ROLES, i),
                Influence__c: pick(INFLUENCES, i),
                Support__c: pick(SUPPORTS, i),
                Coverage__c: pick(COVERAGES, i)
            })
        )
    );
    const opportunityId = only(
        await insertTree(org, 'Opportunity', [
            tree('Opportunity', 'Deal', {
                Name: name,
                AccountId: accountId,
                StageName: SAMPLE_SALES_PROCESS[SAMPLE_SALES_PROCESS.length - 1],
                Amount: 4_200_000,
                CloseDate: '2027-06-30',
                Buying_Center__c: centerId
            })
        ]),
        'Deal'
    );
    // An answer to five criteria in six; a Yes carries the customer's words and who verified them.
    await insertTree(
        org,
        'Deal_Evidence__c',
        criterionIds
            .filter((_, i) => i % 6 !== 5)
            .map((criterionId, i) => {
                const state = pick(STATES, i);
                return tree('Deal_Evidence__c', `Evidence${i}`, {
                    Opportunity__c: opportunityId,
                    Stage_Criterion__c: criterionId,
                    State__c: state,
                    ...(state === 'Yes'
                        ? {
                              Evidence__c: `Confirmed in the steering meeting, minute ${i + 1}.`,
                              Verified_By__c: pick(contactIds, i),
                              Verified_On__c: '2026-11-02'
                          }
                        : {})
                });
            })
    );
    return { opportunityId, name, criteria: criterionIds.length, people: contactIds.length };
}
