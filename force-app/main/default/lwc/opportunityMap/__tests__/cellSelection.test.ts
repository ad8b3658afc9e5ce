/** @jest-environment node */
import {
    cellPositionOf,
    firstOpenStage,
    opportunityDefaults,
    selectedCell
} from '../cellSelection';
import {
    ANALYTICS,
    CARD_SERVICES,
    CDP,
    FY2027,
    RETAIL_BANKING,
    STAGES,
    fy2027,
    meridian,
    potentialCell
} from './mapFixtures';

const LABELS = { opportunityDefaultName: '{0} - {1} - {2}' };

describe('cellPositionOf', () => {
    it('is the map, the row and the column of the open spot', () => {
        expect(
            cellPositionOf(fy2027, { buyingCenterId: CARD_SERVICES, solutionId: ANALYTICS })
        ).toEqual({ mapId: FY2027, buyingCenterId: CARD_SERVICES, solutionId: ANALYTICS });
    });
});

describe('firstOpenStage', () => {
    it("is the org's first open stage, or null until the stages are known", () => {
        expect(firstOpenStage(STAGES)).toBe('Prospecting');
        expect(firstOpenStage([])).toBeNull();
    });
});

describe('opportunityDefaults', () => {
    const names = {
        accountName: 'Meridian Global Bank',
        buyingCenterName: 'Retail Banking',
        solutionName: 'Customer Data Platform'
    };

    it("names the opportunity after account, buying center and solution, closing at the map's end for the cell's potential", () => {
        expect(
            opportunityDefaults(names, fy2027, potentialCell, '{0}: {2} for {1}', 'Prospecting')
        ).toEqual({
            Name: 'Meridian Global Bank: Customer Data Platform for Retail Banking',
            StageName: 'Prospecting',
            CloseDate: '2027-12-31',
            Amount: 900000
        });
    });

    it('leaves blank what it does not know: no cell, no stages, a map without an end', () => {
        expect(
            opportunityDefaults(names, { ...fy2027, Period_End__c: null }, null, '{0}', null)
        ).toEqual({ Name: 'Meridian Global Bank', StageName: null, CloseDate: null, Amount: null });
    });
});

describe('selectedCell', () => {
    it('finds the cell at the spot with its names, position and new-opportunity defaults', () => {
        expect(
            selectedCell(
                meridian,
                fy2027,
                { buyingCenterId: RETAIL_BANKING, solutionId: CDP },
                LABELS,
                'Qualification'
            )
        ).toEqual({
            key: `${FY2027}:${RETAIL_BANKING}:${CDP}`,
            position: { mapId: FY2027, buyingCenterId: RETAIL_BANKING, solutionId: CDP },
            cell: potentialCell,
            buyingCenterName: 'Retail Banking',
            solutionName: 'Customer Data Platform',
            opportunityDefaults: {
                Name: 'Meridian Global Bank - Retail Banking - Customer Data Platform',
                StageName: 'Qualification',
                CloseDate: '2027-12-31',
                Amount: 900000
            }
        });
    });

    it('opens an empty spot with no cell and no amount', () => {
        const selected = selectedCell(
            meridian,
            fy2027,
            { buyingCenterId: CARD_SERVICES, solutionId: ANALYTICS },
            LABELS
        );
        expect(selected.cell).toBeNull();
        expect(selected.opportunityDefaults).toEqual({
            Name: 'Meridian Global Bank - Retail Banking - Card Services - Analytics Cloud',
            StageName: null,
            CloseDate: '2027-12-31',
            Amount: null
        });
    });

    it('names a buying center or solution it cannot find as blank', () => {
        const selected = selectedCell(
            meridian,
            fy2027,
            { buyingCenterId: 'a01Dn0000000099AAA', solutionId: 'a05Dn0000000099AAA' },
            LABELS
        );
        expect([selected.buyingCenterName, selected.solutionName, selected.cell]).toEqual([
            '',
            '',
            null
        ]);
    });
});
