/** @jest-environment node */
// Golden output: six Northwind deals (__tests__/data/northwindDeals.json) scored in full and compared
// with the committed result (northwindDeals.golden.json). After an intended change to the scoring,
// regenerate it with `UPDATE_GOLDEN=1 npx jest dealScoring/__tests__/goldenDeals` and review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
    BuyingCenterMemberRecord,
    ContactRecord,
    DealEvidenceRecord,
    OpportunityRecord,
    StageChange,
    StageCriterionRecord
} from 'c/atlasModel';
import { scoreDeal as scoreDealCore } from 'c/dealScoring';
import { dealScoreInEnglish } from '../../../../../../scripts/messages/englishMessages';
import type { DealScoringInput, ShownDealScore as DealScore } from 'c/dealScoring';

/** The goldens hold the score as the CLI prints it: its messages in English. */
const scoreDeal = (...args: Parameters<typeof scoreDealCore>) =>
    dealScoreInEnglish(scoreDealCore(...args));

interface Scenario {
    asOf: string;
    stageOrder: string[];
    criteria: StageCriterionRecord[];
    contacts: ContactRecord[];
    buyingCenters: { Id: string; Name: string }[];
    members: BuyingCenterMemberRecord[];
    deals: {
        opportunity: OpportunityRecord;
        evidence: DealEvidenceRecord[];
        stageHistory: StageChange[];
        /** Records only this deal's panel would see (the malformed deal's odd member). */
        extraMembers?: BuyingCenterMemberRecord[];
    }[];
}

const DATA = join(__dirname, 'data');
const GOLDEN = join(DATA, 'northwindDeals.golden.json');

/** The inputs the deal score panel would build for each deal: its buying center's people. */
function northwindInputs(): DealScoringInput[] {
    const scenario = JSON.parse(
        readFileSync(join(DATA, 'northwindDeals.json'), 'utf8')
    ) as Scenario;
    return scenario.deals.map((deal) => {
        const centerId = deal.opportunity.Buying_Center__c;
        return {
            opportunity: deal.opportunity,
            evidence: deal.evidence,
            criteria: scenario.criteria,
            stageOrder: scenario.stageOrder,
            members: [
                ...scenario.members.filter((member) => member.Buying_Center__c === centerId),
                ...(deal.extraMembers ?? [])
            ],
            stageHistory: deal.stageHistory,
            contacts: scenario.contacts,
            buyingCenterName: scenario.buyingCenters.find((c) => c.Id === centerId)?.Name ?? null,
            asOf: scenario.asOf
        };
    });
}

describe('scoreDeal on the Northwind scenario', () => {
    const scored: Record<string, DealScore> = Object.fromEntries(
        northwindInputs().map((input) => [input.opportunity.Name, scoreDeal(input)])
    );

    it('gives every deal the frozen golden result, to the last word', () => {
        if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) {
            writeFileSync(GOLDEN, `${JSON.stringify(scored, null, 4)}\n`);
        }
        expect(scored).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
    });

    it('ranks the deals the way an account manager would', () => {
        expect(
            Object.entries(scored).map(([name, result]) => [name, result.score, result.band])
        ).toEqual([
            ['Northwind - Fleet Telematics Platform', expect.any(Number), 'Healthy'],
            // Slipping (past close date, quiet, stalled, an unaddressed enemy) on solid evidence.
            ['Northwind - Warehouse Robotics Analytics', expect.any(Number), 'Watch'],
            // Early: most of what Qualification asks is not yet assessed, and nobody is mapped.
            ['Northwind - Customs Compliance Automation', expect.any(Number), 'At Risk'],
            ['Northwind - Finance Cost Allocation', expect.any(Number), 'Watch'],
            ['Northwind - Route Optimization Renewal', expect.any(Number), 'Healthy'],
            ['Northwind - Cold Chain Monitoring', expect.any(Number), expect.any(String)]
        ]);
        const score = (name: string) => scored[`Northwind - ${name}`]!.score;
        expect(score('Fleet Telematics Platform')).toBeGreaterThan(
            score('Finance Cost Allocation')
        );
        expect(score('Finance Cost Allocation')).toBeGreaterThan(
            score('Warehouse Robotics Analytics')
        );
    });

    it('warns about every malformed record of the cold-chain deal, and the duplicate evidence', () => {
        const withWarnings = Object.entries(scored)
            .filter(([, result]) => result.warnings.length > 0)
            .map(([name]) => name);
        expect(withWarnings).toEqual([
            'Northwind - Finance Cost Allocation',
            'Northwind - Cold Chain Monitoring'
        ]);
        expect(scored['Northwind - Finance Cost Allocation']!.warnings.map((w) => w.code)).toEqual([
            'DUPLICATE_EVIDENCE'
        ]);
        expect(scored['Northwind - Cold Chain Monitoring']!.warnings.map((w) => w.code)).toEqual([
            'UNKNOWN_STAGE',
            'BAD_FIELD',
            'BAD_AMOUNT',
            'DATES_OUT_OF_ORDER',
            'EVIDENCE_UNKNOWN_CRITERION',
            'EVIDENCE_UNKNOWN_STATE',
            'EVIDENCE_UNKNOWN_STATE',
            'MEMBER_UNKNOWN_VALUES',
            'HISTORY_UNKNOWN_STAGE',
            'HISTORY_DISAGREES'
        ]);
    });
});
