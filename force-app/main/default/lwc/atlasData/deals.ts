// The deal and pipeline panels' data (Deal Score, Stage Criteria Setup, Pipeline Health, the
// review queue, a rep's agreed actions, the mutual plan, the competitors): their GraphQL queries,
// readers and record writes, one file per concern.
export * from './dealScoreData';
export * from './dealWrites';
export * from './stageCriteriaData';
export * from './pipelineData';
export * from './targetWrites';
export * from './scoringSettingsData';
export * from './reviewQueueData';
export * from './reviewWrites';
export * from './myActionsData';
export * from './mutualPlanData';
export * from './competitorWrites';
export * from './frameworkWrites';
