/** @jest-environment node */
import { assessPlanCompleteness } from 'c/planCompleteness';
import { loadSamplePlan } from '../../pipelineHealth/__tests__/samplePlan';

describe('assessPlanCompleteness on the sample data', () => {
    const plan = loadSamplePlan();
    const results = plan.accounts.map((account) => {
        const centers = plan.buyingCenters.filter((c) => c.Account__c === account.Id);
        const ids = new Set(centers.map((c) => c.Id));
        return {
            account,
            result: assessPlanCompleteness(
                account,
                centers,
                plan.members.filter((m) => ids.has(m.Buying_Center__c)),
                plan.contacts.filter((c) => c.AccountId === account.Id),
                plan.opportunities.filter((o) => o.AccountId === account.Id),
                plan.cells.filter((c) => ids.has(c.Buying_Center__c)),
                plan.objectives.filter((o) => o.Account__c === account.Id)
            )
        };
    });

    it('finds the incomplete buying center of each sample account, and nothing wrong with the data', () => {
        const incomplete = results.map(({ result }) => [
            ...new Set(result.missing.map((item) => item.recordName))
        ]);
        expect(incomplete).toEqual([
            ['Retail Banking - Card Services'],
            ['Finance'],
            ['Clinical Operations - Population Health']
        ]);
        expect(results.flatMap(({ result }) => result.warnings)).toEqual([]);
    });

    it('assesses each sample account as frozen in the golden output', () => {
        const summary = results.map(({ account, result }) => ({
            account: account.Name,
            tiers: result.tiers.map((t) => `${t.tier}: ${t.met} of ${t.total}, ${t.percent}%`),
            overall: result.overall,
            missing: result.missing.map(
                (m) =>
                    `${m.tier} ${m.code} ${m.objectApiName}/${m.recordId} ${m.field ?? '-'}: ${m.message}`
            )
        }));
        expect(summary).toMatchSnapshot();
    });
});
