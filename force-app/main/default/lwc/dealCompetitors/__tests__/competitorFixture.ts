// A DealCompetitors GraphQL answer shaped as the local org returns it (each field { value }, parents
// as nested records, the child relationship as a connection, the object info with its access and
// picklists), for the sample deal Meridian - Regulatory Reporting Suite and its two competitors.
const field = (value: unknown) => ({ value });

export const OPPORTUNITY_ID = '0060L000000000RQAQ';
export const HELIX = 'a040L0000000001QAA';
export const ORBIS = 'a040L0000000002QAA';
export const OLIVIA_GRANT = '0030L000000000DQAQ';
export const HANNAH_CHO = '0030L000000000CQAQ';

type Node = Record<string, unknown>;

export function helixNode(): Node {
    return {
        Id: HELIX,
        Name: field('DC-000001'),
        Opportunity__c: field(OPPORTUNITY_ID),
        Competitor_Account__c: field(null),
        Competitor_Name__c: field('Helix Data'),
        Can_We_Compete__c: field('Yes'),
        Compete_Evidence__c: field(
            'Olivia Grant shortlisted us beside Helix after the scored requirements review.'
        ),
        Can_We_Win__c: field('In Progress'),
        Win_Evidence__c: field(null),
        Verified_By__c: field(OLIVIA_GRANT),
        Incumbent__c: field(true),
        Strengths__c: field("Runs today's regulatory returns; the team knows its screens."),
        Weaknesses__c: field('No lineage from source to return, which the regulator now asks for.'),
        Competitor_Account__r: null,
        Verified_By__r: { Name: field('Olivia Grant') }
    };
}

export function orbisNode(): Node {
    return {
        Id: ORBIS,
        Name: field('DC-000002'),
        Opportunity__c: field(OPPORTUNITY_ID),
        Competitor_Account__c: field(null),
        Competitor_Name__c: field('Orbis Software'),
        Can_We_Compete__c: field('Yes'),
        Compete_Evidence__c: field(
            'Orbis and we are the two vendors invited to the proof of concept.'
        ),
        Can_We_Win__c: field('In Progress'),
        Win_Evidence__c: field(null),
        Verified_By__c: field(OLIVIA_GRANT),
        Incumbent__c: field(false),
        Strengths__c: field('Lower licence price.'),
        Weaknesses__c: field('No reference in banking regulation.'),
        Competitor_Account__r: null,
        Verified_By__r: { Name: field('Olivia Grant') }
    };
}

const STATES = [
    { label: 'No', value: 'No' },
    { label: 'In Progress', value: 'In Progress' },
    { label: 'Yes', value: 'Yes' }
];

function stateField(apiName: string) {
    return {
        ApiName: apiName,
        updateable: true,
        picklistValuesByRecordTypeIDs: [
            { recordTypeID: '012000000000000AAA', picklistValues: STATES }
        ]
    };
}

export interface ResponseOptions {
    competitors?: Node[];
    /** Object permissions on Deal_Competitor__c (all true unless said). */
    access?: { createable?: boolean; updateable?: boolean; deletable?: boolean };
    /** Fields field-level security hides: left out of every competitor node, as the org does. */
    hidden?: string[];
    /** A closed deal, and who won it when it was lost to a competitor (open, nobody, unless said). */
    closed?: { competitorWon: string | null };
}

export function competitorsResponse(options: ResponseOptions = {}) {
    const hidden = new Set(options.hidden ?? []);
    const nodes = (options.competitors ?? [helixNode(), orbisNode()]).map((node) =>
        Object.fromEntries(Object.entries(node).filter(([key]) => !hidden.has(key)))
    );
    return {
        uiapi: {
            query: {
                Opportunity: {
                    edges: [
                        {
                            node: {
                                Id: OPPORTUNITY_ID,
                                Name: field('Meridian - Regulatory Reporting Suite'),
                                IsClosed: field(options.closed !== undefined),
                                Competitor_Won__c: field(options.closed?.competitorWon ?? null),
                                Deal_Competitors__r: { edges: nodes.map((node) => ({ node })) }
                            }
                        }
                    ]
                },
                Contact: {
                    edges: [
                        { node: { Id: HANNAH_CHO, Name: field('Hannah Cho') } },
                        { node: { Id: OLIVIA_GRANT, Name: field('Olivia Grant') } }
                    ]
                }
            },
            objectInfos: [
                {
                    ApiName: 'Deal_Competitor__c',
                    createable: options.access?.createable ?? true,
                    updateable: options.access?.updateable ?? true,
                    deletable: options.access?.deletable ?? true,
                    defaultRecordTypeId: '012000000000000AAA',
                    fields: [stateField('Can_We_Compete__c'), stateField('Can_We_Win__c')]
                }
            ]
        }
    };
}
