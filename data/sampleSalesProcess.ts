// The sales process the sample data is written for, in one place for the tests, benchmarks and docs
// that work from the sample (its consistency with the data files is checked in
// force-app/main/default/lwc/pipelineHealth/__tests__/sampleData.test.ts).
//
// The six open stages of a new org's Opportunity stage picklist that the sample criteria
// (Stage_Criterion__c.json) and deals use, in picklist order; Id. Decision Makers and Perception
// Analysis are left out, as the admin guide recommends. In an org the panels read the order from
// the picklist instead.
export const SAMPLE_SALES_PROCESS: readonly string[] = Object.freeze([
    'Prospecting',
    'Qualification',
    'Needs Analysis',
    'Value Proposition',
    'Proposal/Price Quote',
    'Negotiation/Review'
]);
