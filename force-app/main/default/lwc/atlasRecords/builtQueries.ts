// Every GraphQL query text built from the field lists, by the name c/atlasData hands to gql, with
// the file that builds it: what `check:metadata`, the doctor and the local org's tests read.
import { ACCOUNT_QUERY_TEXTS } from './accountQueries';
import { DEAL_QUERY_TEXTS } from './dealQueries';
import { MUTUAL_PLAN_TEXT } from './mutualPlanRecords';
import { NETWORK_VALUE_TEXT } from './networkValueRecords';
import { MY_ACTIONS_QUERY_TEXTS } from './myActionsQueries';
import { PIPELINE_HEALTH_TEXT } from './pipelineQueries';
import { STAGE_CRITERIA_SETUP_TEXT } from './stageCriteriaQueries';

export interface BuiltQuery {
    /** The exported name of the text (c/atlasData: `gql\`${NAME}\``). */
    readonly name: string;
    /** The module that builds it, relative to this bundle. */
    readonly file: string;
    readonly text: string;
}

function queriesOf(file: string, texts: Readonly<Record<string, string>>): BuiltQuery[] {
    return Object.entries(texts).map(([name, text]) => ({ name, file, text }));
}

export const BUILT_QUERIES: readonly BuiltQuery[] = [
    ...queriesOf('accountQueries.ts', ACCOUNT_QUERY_TEXTS),
    ...queriesOf('dealQueries.ts', DEAL_QUERY_TEXTS),
    ...queriesOf('mutualPlanRecords.ts', { MUTUAL_PLAN_TEXT }),
    ...queriesOf('networkValueRecords.ts', { NETWORK_VALUE_TEXT }),
    ...queriesOf('myActionsQueries.ts', MY_ACTIONS_QUERY_TEXTS),
    ...queriesOf('pipelineQueries.ts', { PIPELINE_HEALTH_TEXT }),
    ...queriesOf('stageCriteriaQueries.ts', { STAGE_CRITERIA_SETUP_TEXT })
];
