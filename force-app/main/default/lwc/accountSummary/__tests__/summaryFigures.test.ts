/** @jest-environment node */
// The Account Summary's figures and risks: what the tabs add up, added up the same way.
import { summaryFigures } from '../summaryFigures';
import { topRisks } from '../summaryRisks';
import { summaryData } from './summaryFixtures';

const TODAY = '2026-11-22';

describe('summaryFigures', () => {
    it('adds up the wallets and goals of every buying center, as the Buying Centers tab lists them', () => {
        const figures = summaryFigures(summaryData(), TODAY);
        expect(figures).toMatchObject({
            buyingCenterCount: 2,
            wallet: 1_500_000,
            salesGoal: 500_000
        });
    });

    it("takes current business from the map's grid: a retired solution's cell is left out, as there", () => {
        const figures = summaryFigures(summaryData(), TODAY);
        expect(figures).toMatchObject({
            mapName: 'Acme FY2027',
            currentRevenue: 150_000,
            goalGap: 350_000
        });
    });

    it('says current business is unknown without a map, rather than zero', () => {
        const data = summaryData();
        data.maps.maps = [];
        expect(summaryFigures(data, TODAY)).toMatchObject({
            mapName: null,
            currentRevenue: null,
            goalGap: null,
            shareFromMap: null
        });
    });

    it('gives share of wallet both ways and names the buying centers where they differ', () => {
        const figures = summaryFigures(summaryData(), TODAY);
        expect(figures.shareFromMap).toBeCloseTo(10);
        // Finance typed 20% of $1,000,000 and Treasury 0% of $500,000.
        expect(figures.shareEntered).toBeCloseTo(13.333, 2);
        // Finance: 20% typed, $150,000 of $1,000,000 on the map; Treasury agrees at 0%.
        expect(figures.shareDifferences).toEqual([
            { buyingCenterId: 'bc1', name: 'Finance', entered: 20, fromMap: 15 }
        ]);
    });

    it('does not call shares within half a point different', () => {
        const data = summaryData();
        data.people.buyingCenters[0]!.Wallet_Share__c = 15.4;
        expect(summaryFigures(data, TODAY).shareDifferences).toEqual([]);
    });

    it('splits the open pipeline by last score band, and the bands add up to it', () => {
        const figures = summaryFigures(summaryData(), TODAY);
        expect(figures.bands).toEqual([
            { band: 'Healthy', count: 1, amount: 90_000 },
            { band: 'Watch', count: 0, amount: 0 },
            { band: 'At Risk', count: 1, amount: 300_000 },
            { band: 'Not scored', count: 1, amount: 0 }
        ]);
        expect(figures.bands.reduce((sum, band) => sum + band.count, 0)).toBe(
            figures.openDealCount
        );
        expect(figures.bands.reduce((sum, band) => sum + band.amount, 0)).toBe(
            figures.openPipeline
        );
    });

    it('counts every buying center once in red, amber or green', () => {
        const { relationship, statuses } = summaryFigures(summaryData(), TODAY);
        expect(relationship.Red + relationship.Amber + relationship.Green).toBe(2);
        // Treasury has nobody in it.
        expect(statuses.find((status) => status.name === 'Treasury')?.mapStatus).toBe('Red');
    });

    it('scores the plan as the Account Plan panel does: the overdue, unowned action keeps it below 100%', () => {
        const data = summaryData();
        const before = summaryFigures(data, TODAY).planPercent!;
        expect(before).toBeLessThan(100);
        const action = data.plan.objectives[0]!.strategies[0]!.actions[0]!;
        action.Owner__c = 'u1';
        action.Status__c = 'Completed';
        expect(summaryFigures(data, TODAY).planPercent!).toBeGreaterThan(before);
    });
});

describe('topRisks', () => {
    const risksOf = (data = summaryData()) =>
        topRisks(data, summaryFigures(data, TODAY).statuses, TODAY).map((risk) => [
            risk.kind,
            risk.objectApiName,
            risk.name
        ]);

    it('names one risk of each kind first, each with the record where it is fixed', () => {
        expect(risksOf()).toEqual([
            ['deal', 'Opportunity', 'Finance payments'],
            ['relationship', 'Buying_Center__c', 'Treasury'],
            ['overdue', 'Marketing_Action__c', 'Book the CFO lunch']
        ]);
    });

    it('fills the three places from the kinds that have more when another has none', () => {
        const data = summaryData();
        data.openDeals.push({
            Id: 'o4',
            Name: 'Big one',
            Amount: 900_000,
            score: 20,
            band: 'At Risk',
            scoredAt: '2026-11-22T06:00:00.000Z'
        });
        data.plan.objectives[0]!.strategies[0]!.actions = [];
        expect(risksOf(data)).toEqual([
            ['deal', 'Opportunity', 'Big one'],
            ['relationship', 'Buying_Center__c', 'Treasury'],
            ['deal', 'Opportunity', 'Finance payments']
        ]);
    });

    it('has no risks for a healthy account, and never more than three', () => {
        const data = summaryData();
        data.openDeals = [];
        data.plan.objectives = [];
        data.people.buyingCenters = [];
        expect(risksOf(data)).toEqual([]);
        const crowded = summaryData();
        crowded.openDeals = Array.from({ length: 6 }, (_, index) => ({
            Id: `d${index}`,
            Name: `Deal ${index}`,
            Amount: index,
            score: 10,
            band: 'At Risk',
            scoredAt: '2026-11-22T06:00:00.000Z'
        }));
        expect(risksOf(crowded)).toHaveLength(3);
    });
});
