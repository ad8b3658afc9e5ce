// `atlas score`: the dispatcher's side only — take --target-org, connect, check the fields scoring
// reads and writes, and hand the rest of the command line to runScoreCommand (scripts/atlas/score/).
import { takeTargetOrg } from './args';
import type { AtlasCommand } from './command';
import { ATLAS_CORE_FIELDS, connectToOrg } from './orgConnection';
import { SCORE_USAGE } from './score/scoreUsage';

export const SCORE_FIELDS: Readonly<Record<string, readonly string[]>> = {
    ...ATLAS_CORE_FIELDS,
    Opportunity: ['Deal_Score__c', 'Deal_Score_Band__c', 'Deal_Scored_At__c'],
    Deal_Score_Snapshot__c: ['Opportunity__c', 'Score__c', 'Band__c', 'Stage__c', 'Taken_At__c']
};

export const SCORE_COMMAND: AtlasCommand = {
    name: 'score',
    help: SCORE_USAGE,
    async run(argv, io, context) {
        const { targetOrg, rest } = takeTargetOrg('score', argv);
        const org = await connectToOrg(
            { ...context.connect, targetOrg, requiredFields: SCORE_FIELDS },
            io
        );
        try {
            const { runScoreCommand } = await import('./score/scoreCommand');
            return await runScoreCommand(org.conn, rest, io);
        } finally {
            await org.close();
        }
    }
};
