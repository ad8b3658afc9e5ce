// `atlas pipeline --learn`: stores what every closed deal of the period's history window left
// behind on the period's Sales_Target__c, where the Pipeline Health panel reads it (one small field
// instead of thousands of closed deals, more than one GraphQL page holds).
import type { Connection } from 'jsforce';
import { storedHistoryText } from '../../../force-app/main/default/lwc/pipelineHealth/pipelineHealth';
import { CommandError } from '../command';
import type { PipelineReport } from './pipelineReport';

/** Writes the report's learnt history on its target; returns the line that says what was stored. */
export async function storeLearntHistory(
    conn: Connection,
    report: PipelineReport,
    now: Date
): Promise<string> {
    const target = report.target;
    if (target === null) {
        throw new CommandError(
            `--learn stores the factors on the period's Sales_Target__c, and ${report.owner.name} has none for it: create the target (or pick its period with --period) and run again`
        );
    }
    const result = await conn.sobject('Sales_Target__c').update({
        Id: target.Id,
        Learnt_Factors__c: storedHistoryText(report.learnt),
        Factors_Learnt_At__c: now.toISOString()
    });
    if (!result.success) {
        const errors = 'errors' in result ? JSON.stringify(result.errors) : '';
        throw new CommandError(`could not store the learnt factors on ${target.Id}: ${errors}`);
    }
    const window = report.learnt.window;
    return `Stored on ${target.Name ?? target.Id}: factors learnt from ${report.learnt.outcomes.closed} closed deals${
        window ? ` (${window.from} to ${window.to})` : ''
    }; the Pipeline Health panel uses them for this period.`;
}
