// A MutualPlan GraphQL answer shaped as the platform returns it (each field { value }, parents as
// nested records, the child relationship as a connection), for Kestrel's Supply Chain deal.
const field = (value: unknown) => ({ value, displayValue: null });

export const OPPORTUNITY_ID = '006Dn000004Kes01AAA';
export const NOVAK = '003Dn00000Novak1AAA';
export const COSTA = '003Dn00000Costa1AAA';
export const REP = '005Dn00000RepUs1AAA';

interface StepFields {
    id: string;
    name: string;
    due: string;
    status: string;
    customer?: [string, string];
    evidence?: string;
    notes?: string;
    completedOn?: string;
}

function stepNode(step: StepFields) {
    return {
        node: {
            Id: step.id,
            Name: field(step.name),
            Opportunity__c: field(OPPORTUNITY_ID),
            Due_Date__c: field(step.due),
            Status__c: field(step.status),
            Our_Owner__c: field(null),
            Our_Owner__r: null,
            Customer_Owner__c: field(step.customer?.[0] ?? null),
            Customer_Owner__r: step.customer ? { Name: field(step.customer[1]) } : null,
            Evidence__c: field(step.evidence ?? null),
            Internal_Notes__c: field(step.notes ?? null),
            Completed_On__c: field(step.completedOn ?? null)
        }
    };
}

export const SECURITY_REVIEW = 'a0PDn0000000003AAA';
export const PROOF_OF_VALUE = 'a0PDn0000000002AAA';

export function planResponse(options: { createable?: boolean; closed?: boolean } = {}) {
    const createable = options.createable ?? true;
    return {
        uiapi: {
            query: {
                Opportunity: {
                    edges: [
                        {
                            node: {
                                Id: OPPORTUNITY_ID,
                                Name: field('Kestrel - Supply Chain Integration'),
                                CloseDate: field('2027-01-29'),
                                IsClosed: field(options.closed ?? false),
                                Account: { Name: field('Kestrel Precision Manufacturing') },
                                Mutual_Plan_Steps__r: {
                                    edges: [
                                        stepNode({
                                            id: 'a0PDn0000000001AAA',
                                            name: 'Solution workshop',
                                            due: '2026-12-04',
                                            status: 'Done',
                                            customer: [COSTA, 'Maria Costa'],
                                            completedOn: '2026-12-03'
                                        }),
                                        stepNode({
                                            id: PROOF_OF_VALUE,
                                            name: 'Proof of value',
                                            due: '2027-01-08',
                                            status: 'In Progress',
                                            evidence: 'Results signed off, "final"',
                                            notes: 'Nina is stretched: offer our data engineer.'
                                        }),
                                        stepNode({
                                            id: SECURITY_REVIEW,
                                            name: 'IT security review',
                                            due: '2027-02-12',
                                            status: 'Not Started',
                                            customer: [NOVAK, 'Chris Novak'],
                                            evidence: 'Security approval',
                                            notes: 'Their board meets in February only.'
                                        })
                                    ]
                                }
                            }
                        }
                    ]
                },
                Contact: {
                    edges: [
                        { node: { Id: COSTA, Name: field('Maria Costa') } },
                        { node: { Id: NOVAK, Name: field('Chris Novak') } }
                    ]
                },
                User: { edges: [{ node: { Id: REP, Name: field('Atlas Local User') } }] }
            },
            objectInfos: [
                {
                    ApiName: 'Mutual_Plan_Step__c',
                    createable,
                    updateable: createable,
                    deletable: createable,
                    defaultRecordTypeId: '012000000000000AAA',
                    fields: [
                        {
                            ApiName: 'Status__c',
                            updateable: createable,
                            picklistValuesByRecordTypeIDs: [
                                {
                                    recordTypeID: '012000000000000AAA',
                                    picklistValues: [
                                        { label: 'Not Started', value: 'Not Started' },
                                        { label: 'In Progress', value: 'In Progress' },
                                        { label: 'Done', value: 'Done' },
                                        { label: 'Cancelled', value: 'Cancelled' }
                                    ]
                                }
                            ]
                        }
                    ],
                    recordTypeInfos: [
                        { recordTypeId: '012000000000000AAA', name: 'Master', master: true }
                    ]
                }
            ]
        }
    };
}
