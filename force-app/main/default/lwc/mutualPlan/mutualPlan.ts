// The mutual plan helper: a deal's plan steps in order against its close date, the CSV the customer
// receives (never the internal notes) and the checks on what a rep types. Pure: no platform, no clock.
export { orderedSteps, plannedSteps } from './planSteps';
export type { PlanStep, PlannedStep } from './planSteps';
export { planCsv } from './planCsv';
export type { PlanCsvHeadings, PlanCsvWords } from './planCsv';
export { completedOnFor, stepProblems, STEP_EVIDENCE_MAX, STEP_NAME_MAX } from './stepDraft';
export type { StepDraft, StepProblem, StepProblemCode } from './stepDraft';
