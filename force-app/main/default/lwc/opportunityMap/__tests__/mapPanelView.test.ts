/** @jest-environment node */
import { mapPanelAccess, mapPanelMessages, mapPanelView, stageOptionsOf } from '../mapPanelView';
import type { MapPanelState } from '../mapPanelView';
import { gridModel } from '../mapGridModel';
import {
    CDP,
    FY2027,
    RETAIL_BANKING,
    STAGES,
    fy2026,
    fy2027,
    meridian,
    potentialCell
} from './mapFixtures';

const FULL = { canCreate: true, canEdit: true, canDelete: true };
const NONE = { canCreate: false, canEdit: false, canDelete: false };
const ALL_ACCESS = {
    Opportunity_Map__c: FULL,
    Opportunity_Map_Cell__c: FULL,
    Opportunity: { canCreate: true, canEdit: false, canDelete: false }
};
const TEXT = {
    statusText: { Potential: 'Potential', Pursuing: 'Pursuing', '': 'Empty' },
    conflictText: {},
    leftOutText: {},
    opportunityDefaultName: '{0} - {1} - {2}'
};

function state(overrides: Partial<MapPanelState>): MapPanelState {
    return {
        data: meridian,
        loadErrors: undefined,
        access: ALL_ACCESS,
        openStages: STAGES,
        chosenMapId: null,
        selection: null,
        today: '2027-03-01',
        ...overrides
    };
}

describe('mapPanelAccess', () => {
    it('lets a user with every right edit cells and create maps and opportunities', () => {
        expect(mapPanelAccess(ALL_ACCESS, STAGES)).toEqual({
            mapAccess: FULL,
            canEditCells: true,
            canCreateOpportunity: true
        });
    });

    it('needs both creating and editing cells to edit them, and open stages to create an opportunity', () => {
        expect(
            mapPanelAccess(
                { ...ALL_ACCESS, Opportunity_Map_Cell__c: { ...FULL, canCreate: false } },
                []
            )
        ).toEqual({ mapAccess: FULL, canEditCells: false, canCreateOpportunity: false });
    });

    it('is read-only until the object infos are known', () => {
        expect(mapPanelAccess({}, STAGES)).toEqual({
            mapAccess: NONE,
            canEditCells: false,
            canCreateOpportunity: false
        });
    });
});

describe('mapPanelMessages', () => {
    const model = gridModel(meridian, fy2027, TEXT.statusText, TEXT.conflictText);

    it('shows the grid of an account with maps, buying centers and solutions', () => {
        expect(mapPanelMessages(meridian, undefined, model, true)).toEqual({
            isLoading: false,
            isEmpty: false,
            noBuyingCenters: false,
            noSolutions: false,
            hasGrid: true,
            hasLeftOut: false,
            isReadOnly: false
        });
    });

    it('is loading until the maps or an error arrive', () => {
        expect(mapPanelMessages(undefined, undefined, undefined, false)).toMatchObject({
            isLoading: true,
            isEmpty: false,
            hasGrid: false,
            isReadOnly: false
        });
        expect(mapPanelMessages(undefined, [{ message: 'boom' }], undefined, false).isLoading).toBe(
            false
        );
    });

    it('says there is no map yet, and nothing else', () => {
        expect(mapPanelMessages({ ...meridian, maps: [] }, undefined, undefined, false)).toEqual({
            isLoading: false,
            isEmpty: true,
            noBuyingCenters: false,
            noSolutions: false,
            hasGrid: false,
            hasLeftOut: false,
            isReadOnly: false
        });
    });

    it('says the account has no buying centers before it says anything about solutions', () => {
        const noCenters = { ...meridian, buyingCenters: [] };
        const emptyModel = gridModel(noCenters, fy2027, TEXT.statusText, TEXT.conflictText);
        expect(mapPanelMessages(noCenters, undefined, emptyModel, true)).toMatchObject({
            noBuyingCenters: true,
            noSolutions: false,
            hasGrid: false
        });
    });

    it('says there are no solutions when the map has no columns', () => {
        const noSolutions = { ...meridian, solutions: [] };
        const emptyModel = gridModel(noSolutions, fy2027, TEXT.statusText, TEXT.conflictText);
        expect(mapPanelMessages(noSolutions, undefined, emptyModel, true)).toMatchObject({
            noBuyingCenters: false,
            noSolutions: true,
            hasGrid: false
        });
    });

    it('tells a user who may not edit cells that the map is read-only', () => {
        expect(mapPanelMessages(meridian, undefined, model, false).isReadOnly).toBe(true);
    });
});

describe('stageOptionsOf', () => {
    it('offers each open stage by its label', () => {
        expect(
            stageOptionsOf([
                { label: 'Prospecting', value: 'Prospecting' },
                { label: 'Needs Analysis', value: 'Needs_Analysis' }
            ])
        ).toEqual([
            { label: 'Prospecting', value: 'Prospecting' },
            { label: 'Needs Analysis', value: 'Needs_Analysis' }
        ]);
    });
});

describe('mapPanelView', () => {
    it("shows the active map whose period includes today, with its grid and the open cell's editor", () => {
        const view = mapPanelView(
            state({ selection: { buyingCenterId: RETAIL_BANKING, solutionId: CDP } }),
            TEXT
        );
        expect(view.currentMapId).toBe(FY2027);
        expect(view.model?.totals).toEqual({ current: 0, open: 1320000, penetration: 0 });
        expect(view.model?.rows.map((row) => [row.name, row.level, row.totals.open])).toEqual([
            ['Retail Banking', 1, 1320000],
            ['Retail Banking - Card Services', 2, 0]
        ]);
        expect(view.selected).toMatchObject({
            key: `${FY2027}:${RETAIL_BANKING}:${CDP}`,
            cell: potentialCell,
            opportunityDefaults: {
                Name: 'Meridian Global Bank - Retail Banking - Customer Data Platform',
                StageName: 'Prospecting',
                CloseDate: '2027-12-31',
                Amount: 900000
            }
        });
        expect(view).toMatchObject({
            hasGrid: true,
            isReadOnly: false,
            canEditCells: true,
            canCreateOpportunity: true,
            stageOptions: STAGES
        });
    });

    it('shows the map the user chose, with no cell open', () => {
        const view = mapPanelView(state({ chosenMapId: fy2026.Id }), TEXT);
        expect(view.currentMap).toBe(fy2026);
        expect(view.model?.totals).toEqual({ current: 0, open: 0, penetration: null });
        expect(view.selected).toBeNull();
    });

    it('shows nothing but the spinner while loading', () => {
        expect(mapPanelView(state({ data: undefined, access: {}, openStages: [] }), TEXT)).toEqual({
            mapAccess: NONE,
            canEditCells: false,
            canCreateOpportunity: false,
            isLoading: true,
            isEmpty: false,
            noBuyingCenters: false,
            noSolutions: false,
            hasGrid: false,
            hasLeftOut: false,
            isReadOnly: false,
            currentMap: undefined,
            currentMapId: undefined,
            model: undefined,
            selected: null,
            stageOptions: []
        });
    });
});
