// The record readers every Account Atlas reader shares — panels through c/atlasData, the atlas
// command by path: the GraphQL field lists, the query texts built from them, and the pure readers
// from a GraphQL answer to typed records. Nothing here imports a platform module.
export * from './objectFields';
export * from './graphqlRecords';
export * from './accountQueries';
export * from './buyingCenterRecords';
export * from './opportunityMapRecords';
export * from './accountPlanRecords';
export * from './accountSummaryRecords';
export * from './accountGrowthRecords';
export * from './dealQueries';
export * from './myActionsQueries';
export * from './competitorRecords';
export * from './dealInputs';
export * from './salesProcess';
export * from './scoringSettingsRecords';
export * from './dealScoreRecords';
export * from './reviewQueueRecords';
export * from './mutualPlanRecords';
export * from './networkValueRecords';
export * from './builtQueries';
export * from './pipelineQueries';
export * from './stageCriteriaQueries';
