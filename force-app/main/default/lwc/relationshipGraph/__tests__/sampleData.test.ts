/** @jest-environment node */
import { layoutRelationshipMap } from 'c/relationshipGraph';
import { loadSamplePlan } from '../../pipelineHealth/__tests__/samplePlan';
import { overlappingPairs, outside } from './fixtures';

describe('layoutRelationshipMap on the sample data', () => {
    const plan = loadSamplePlan();
    const layouts = plan.accounts.map((account) => {
        const centers = plan.buyingCenters.filter((b) => b.Account__c === account.Id);
        const ids = new Set(centers.map((b) => b.Id));
        return {
            account,
            layout: layoutRelationshipMap(
                plan.contacts.filter((c) => c.AccountId === account.Id),
                plan.members.filter((m) => ids.has(m.Buying_Center__c)),
                centers
            )
        };
    });

    it('draws every sample account without overlap and without warnings', () => {
        expect(layouts).toHaveLength(3);
        for (const { layout } of layouts) {
            expect(overlappingPairs(layout.nodes)).toEqual([]);
            expect(outside(layout)).toEqual([]);
            expect(layout.warnings).toEqual([]);
        }
    });

    it('flags the stories the sample data tells', () => {
        const flags = new Map(
            layouts.flatMap(({ layout }) =>
                layout.buyingCenters.map((b) => [b.name, b.flags.map((f) => f.code)] as const)
            )
        );
        expect(flags.get('Group Technology')).toContain('ENEMY_WITH_HIGH_INFLUENCE');
        expect(flags.get('Commercial Banking')).toContain('NO_DECISION_MAKER');
        expect(flags.get('Group Risk & Compliance')).toContain('NO_COACH');
        expect(flags.get('Revenue Cycle')).toContain('SINGLE_THREADED');
    });

    it('lays out each sample account as frozen in the golden output', () => {
        const summary = layouts.map(({ account, layout }) => ({
            account: account.Name,
            size: `${layout.width}×${layout.height}`,
            people: layout.nodes.map(
                (n) =>
                    `${n.name} @${n.x},${n.y} ${n.width}×${n.height} L${n.layer} ${n.badge ?? '-'} / ${n.support ?? '-'}${n.supportMixed ? ' (mixed)' : ''} / ${n.influence ?? '-'}`
            ),
            reportingLines: layout.reportingEdges.length,
            influenceLines: layout.influenceEdges.map((e) => `${e.from} → ${e.to}`),
            statuses: layout.buyingCenters.map(
                (b) => `${b.name}: ${b.mapStatus} (${b.flags.map((f) => f.code).join(', ')})`
            )
        }));
        expect(summary).toMatchSnapshot();
    });
});
