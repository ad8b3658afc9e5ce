/** @jest-environment node */
// Every panel query that reads the scoring settings reads the same record with the same fields: the
// Active Scoring_Settings__c, selecting SCORING_SETTINGS_FIELDS exactly — the one list the atlas
// command's SOQL is built from too. Queries stay static text (so they can be checked offline), and
// this test holds each copy to the list.
import { join } from 'node:path';
import { Kind, parse, print, visit } from 'graphql';
import type { FieldNode } from 'graphql';
import { ACTIVE_SETTINGS_KEY, SCORING_SETTINGS_FIELDS } from 'c/scoringSettings';
import { panelQueries } from '../../../../../../scripts/metadata/panelQueries';
import { SCORING_SETTINGS_SOQL } from '../../../../../../scripts/atlas/scoringSettingsRecord';

interface SettingsSelection {
    /** The query's operation name (where its text is written or built may move). */
    file: string;
    where: string;
    fields: string[];
}

function settingsSelections(): SettingsSelection[] {
    const found: SettingsSelection[] = [];
    for (const query of panelQueries(join(__dirname, '../../../../../..'))) {
        const file = query.operation;
        visit(parse(query.text), {
            Field(node: FieldNode) {
                if (node.name.value !== 'Scoring_Settings__c') {
                    return;
                }
                const where = node.arguments?.find((arg) => arg.name.value === 'where');
                const record = node.selectionSet?.selections
                    .filter((s): s is FieldNode => s.kind === Kind.FIELD)
                    .find((s) => s.name.value === 'edges')
                    ?.selectionSet?.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD)
                    .find((s) => s.name.value === 'node');
                found.push({
                    file,
                    where: where ? print(where.value) : '',
                    fields: (record?.selectionSet?.selections ?? [])
                        .filter((s): s is FieldNode => s.kind === Kind.FIELD)
                        .map((s) => s.name.value)
                });
            }
        });
    }
    return found;
}

describe('the scoring settings fields every reader selects', () => {
    it('the Deal Score, Pipeline Health, Deal Review Queue and Stage Criteria Setup queries select the one field list', () => {
        const selections = settingsSelections();
        // The buying centers' query reads the stale relationship limit from the same record.
        expect(selections.map((selection) => selection.file).sort()).toEqual([
            'AccountBuyingCenters',
            'DealScore',
            'PipelineHealth',
            'ReviewQueue',
            'StageCriteriaSetup'
        ]);
        for (const selection of selections) {
            expect({ file: selection.file, fields: selection.fields }).toEqual({
                file: selection.file,
                fields: ['Id', ...SCORING_SETTINGS_FIELDS]
            });
            expect(selection.where).toBe(`{Settings_Key__c: {eq: "${ACTIVE_SETTINGS_KEY}"}}`);
        }
    });

    it('the atlas command reads the same fields of the same record', () => {
        expect(SCORING_SETTINGS_SOQL).toBe(
            `SELECT Id, ${SCORING_SETTINGS_FIELDS.join(', ')} FROM Scoring_Settings__c WHERE Settings_Key__c = 'Active' LIMIT 1`
        );
    });
});
