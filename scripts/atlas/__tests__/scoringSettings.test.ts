/** @jest-environment node */
// `atlas score` and `atlas pipeline` read the org's scoring settings (the Active Scoring_Settings__c
// record) through their own connection and score exactly as the panels do with them: the defaults
// when none are saved, the saved thresholds and limits when they are, and a clear refusal — with
// nothing written — when the saved settings are unusable.
import { scoreDeal } from 'c/dealScoring';
import { startTestOrg, type TestOrg } from '../../../local/__tests__/testOrg';
import { sampleOpenDeals } from '../../../force-app/main/default/lwc/dealScoring/__tests__/sampleDeals';
import type { PipelineHealth } from '../../../force-app/main/default/lwc/pipelineHealth/pipelineHealth';
import type { AtlasContext } from '../context';
import { captureIo } from '../io';
import { runAtlas } from '../main';
import {
    forgetStoredScores,
    openOpportunities,
    removeDir,
    score,
    tempDir
} from '../score/__tests__/scoreTestKit';

const RUN_AT = new Date('2026-11-22T12:00:00.000Z');

const DEFAULTS = {
    Evidence_Weight__c: 40,
    Qualification_Weight__c: 20,
    Relationships_Weight__c: 25,
    Hygiene_Weight__c: 15,
    At_Risk_Below__c: 40,
    Watch_Below__c: 70,
    Stale_Activity_Days__c: 30,
    Days_In_Stage__c: 45
};

/** Lines "would write <id> <name>: — → <score> <band>" of a dry run, by deal name. */
function wouldWrite(out: string): Map<string, string> {
    const lines = out.match(/would write \w{18} .*$/gm) ?? [];
    return new Map(
        lines.map((line) => {
            const [, name, result] = /would write \w{18} (.*): .* → (\d+ .*)$/.exec(line)!;
            return [name!, result!];
        })
    );
}

describe('atlas commands with saved scoring settings', () => {
    jest.setTimeout(60_000);
    let org: TestOrg;
    let cwd: string;
    let settingsId: string | null = null;

    const saveSettings = async (values: Record<string, number>): Promise<void> => {
        const sobject = org.conn.sobject('Scoring_Settings__c');
        if (settingsId) {
            await sobject.update({ Id: settingsId, ...values });
        } else {
            const result = await sobject.create({
                Name: 'Active',
                Settings_Key__c: 'Active',
                ...values
            });
            settingsId = (result as { id: string }).id;
        }
    };

    const pipelineJson = async (): Promise<{ notes: string[]; pipeline: PipelineHealth }> => {
        const io = captureIo({ now: () => RUN_AT });
        const context: AtlasContext = { connect: { localDataDir: org.dataDir, localPort: 0 } };
        const code = await runAtlas(['pipeline', '--format', 'json'], io, context);
        expect(io.err()).toBe('');
        expect(code).toBe(0);
        return JSON.parse(io.out()) as { notes: string[]; pipeline: PipelineHealth };
    };

    beforeAll(async () => {
        org = await startTestOrg();
        await forgetStoredScores(org);
        cwd = tempDir();
    });

    afterAll(async () => {
        await org.stop();
        removeDir(cwd);
    });

    it('with no settings saved, says so and scores with the built-in defaults', async () => {
        const run = await score(org.conn, ['--dry-run'], { now: RUN_AT, cwd });
        expect(run.code).toBe(0);
        expect(run.out).toContain('  settings  none saved, so the built-in defaults apply.');
        const expected = new Map(
            sampleOpenDeals().map((input) => {
                const { score: points, band } = scoreDeal(input);
                return [input.opportunity.Name, `${points} ${band}`];
            })
        );
        expect(wouldWrite(run.out)).toEqual(expected);
    });

    it('scores with the saved band thresholds and weights, as the panel would', async () => {
        const saved = {
            ...DEFAULTS,
            Evidence_Weight__c: 50,
            Hygiene_Weight__c: 5,
            At_Risk_Below__c: 55,
            Watch_Below__c: 80
        };
        await saveSettings(saved);
        const run = await score(org.conn, ['--dry-run'], { now: RUN_AT, cwd });
        expect(run.err).toBe('');
        expect(run.code).toBe(0);
        expect(run.out).toContain(`  settings  the saved Active record (${settingsId}).`);

        const overrides = {
            weights: { evidence: 50, qualification: 20, relationships: 25, hygiene: 5 },
            bandLimits: { atRisk: 55, watch: 80 }
        };
        const bandOf = (points: number): string =>
            points < 55 ? 'At Risk' : points < 80 ? 'Watch' : 'Healthy';
        const shown = wouldWrite(run.out);
        let movedBand = 0;
        for (const input of sampleOpenDeals()) {
            const withSettings = scoreDeal(input, overrides);
            const [points, band] = [withSettings.score, withSettings.band];
            // The band follows the saved thresholds, read by plain arithmetic from the score.
            expect(shown.get(input.opportunity.Name)).toBe(`${points} ${bandOf(points)}`);
            expect(band).toBe(bandOf(points));
            movedBand += band === scoreDeal(input).band ? 0 : 1;
        }
        expect(movedBand).toBeGreaterThan(0);
        // A dry run writes nothing.
        expect(openOpportunities(org).every((row) => row.Deal_Score__c === null)).toBe(true);
    });

    it('atlas pipeline lists as stale the deals quiet for longer than the saved activity limit', async () => {
        // The sample data has no activities: give every open deal one 10 days before the run.
        org.running.org.db
            .prepare('UPDATE Opportunity SET LastActivityDate = ? WHERE IsClosed = 0')
            .run('2026-11-12');
        await saveSettings({ ...DEFAULTS, Stale_Activity_Days__c: 30 });
        const usual = await pipelineJson();
        await saveSettings({ ...DEFAULTS, Stale_Activity_Days__c: 4 });
        const strict = await pipelineJson();

        const stale = (report: { pipeline: PipelineHealth }): number =>
            report.pipeline.integrity.filter((issue) => issue.code === 'STALE').length;
        expect(stale(usual)).toBe(0);
        expect(stale(strict)).toBeGreaterThan(0);
        expect(strict.notes).toContain(
            `Scoring settings: the saved Active record (${settingsId}).`
        );
    });

    it('refuses unusable saved settings with the reason, and writes nothing', async () => {
        await saveSettings({ ...DEFAULTS, Evidence_Weight__c: 45 });
        const run = await score(org.conn, [], { now: RUN_AT, cwd });
        expect(run.code).toBe(1);
        expect(run.err).toBe(
            `atlas score: the saved scoring settings (Scoring_Settings__c ${settingsId}, key Active) cannot be used — The weights add up to 105; make them add up to 100. Sales ops can fix them on the Stage Criteria Setup page; nothing was scored.\n`
        );
        expect(openOpportunities(org).every((row) => row.Deal_Score__c === null)).toBe(true);
    });
});
