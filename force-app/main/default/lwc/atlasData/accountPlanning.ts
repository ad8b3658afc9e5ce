// The account-planning panels' data (Buying Centers, Relationship Map, Opportunity Map, Account
// Plan): their GraphQL queries, readers and record writes, one file per panel.
export * from './planningWrites';
export * from './planningAccess';
export * from './planningPicklists';
export * from './planningText';
export * from './buyingCenterData';
export * from './opportunityMapData';
export * from './accountPlanData';
export * from './accountSummaryData';
export * from './accountGrowthData';
export * from './networkValueData';
