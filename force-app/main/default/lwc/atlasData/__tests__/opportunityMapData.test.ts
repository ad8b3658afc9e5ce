import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { opportunityMapsFromGraphQL } from 'c/atlasRecords';
import {
    createOpportunityForCell,
    linkCellToOpportunity,
    saveMapCell,
    saveOpportunityMap
} from '../opportunityMapData';
import accountOpportunityMaps from '../../opportunityMap/__tests__/data/accountOpportunityMaps.json';

const ACCOUNT_ID = '001Dn00000Mgb01AAE';
const FY2027 = 'a03Dn0000000001AAA';

describe('opportunityMapData', () => {
    afterEach(() => {
        jest.resetAllMocks();
    });

    it('reads the maps with their cells, the buying centers and every solution', () => {
        const data = opportunityMapsFromGraphQL(accountOpportunityMaps);

        expect(data.accountName).toBe('Meridian Global Bank');
        expect(data.maps.map((map) => map.Name)).toEqual([
            'Meridian Global Bank FY2027',
            'Meridian Global Bank FY2026'
        ]);
        const fy2027 = data.maps[0]!;
        expect(fy2027.cells).toHaveLength(18);
        expect(fy2027.cells.find((cell) => cell.Id === 'a04Dn0000000016AAA')).toMatchObject({
            Status__c: 'Pursuing',
            Potential_Value__c: 2400000,
            Opportunity__c: '006Dn0000000028AAA',
            opportunityName: 'Meridian - Enterprise AI Assistant',
            opportunityStage: 'Needs Analysis'
        });
        expect(data.buyingCenters).toHaveLength(7);
        expect(data.solutions.map((solution) => solution.Active__c)).toEqual([
            true,
            true,
            true,
            true,
            true,
            true,
            false
        ]);
    });

    it('creates a map on the account and a cell at its map, buying center and solution', async () => {
        jest.mocked(createRecord).mockResolvedValue({ id: 'new', apiName: '', fields: {} });

        await saveOpportunityMap(ACCOUNT_ID, null, {
            Name: 'Meridian Global Bank FY2028',
            Period_Start__c: '2028-01-01',
            Period_End__c: '2028-12-31',
            Status__c: 'Draft'
        });
        await saveMapCell(
            {
                mapId: FY2027,
                buyingCenterId: 'a01Dn0000000004AAA',
                solutionId: 'a05Dn0000000006AAA'
            },
            null,
            { Status__c: 'Potential', Potential_Value__c: 350000 }
        );

        expect(createRecord).toHaveBeenNthCalledWith(1, {
            apiName: 'Opportunity_Map__c',
            fields: {
                Name: 'Meridian Global Bank FY2028',
                Period_Start__c: '2028-01-01',
                Period_End__c: '2028-12-31',
                Status__c: 'Draft',
                Account__c: ACCOUNT_ID
            }
        });
        expect(createRecord).toHaveBeenNthCalledWith(2, {
            apiName: 'Opportunity_Map_Cell__c',
            fields: {
                Status__c: 'Potential',
                Potential_Value__c: 350000,
                Opportunity_Map__c: FY2027,
                Buying_Center__c: 'a01Dn0000000004AAA',
                Solution__c: 'a05Dn0000000006AAA'
            }
        });
    });

    it('creates the opportunity of a cell on the account and buying center, then links the cell', async () => {
        jest.mocked(createRecord).mockResolvedValue({
            id: '006Dn0000000099AAA',
            apiName: 'Opportunity',
            fields: {}
        });
        jest.mocked(updateRecord).mockResolvedValue({ id: 'a04', apiName: '', fields: {} });

        const opportunityId = await createOpportunityForCell(ACCOUNT_ID, 'a01Dn0000000002AAA', {
            Name: 'Meridian - Commercial Banking - Customer Data Platform',
            StageName: 'Prospecting',
            CloseDate: '2027-12-31',
            Amount: 900000
        });
        await linkCellToOpportunity('a04Dn0000000010AAA', opportunityId);

        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Opportunity',
            fields: {
                Name: 'Meridian - Commercial Banking - Customer Data Platform',
                StageName: 'Prospecting',
                CloseDate: '2027-12-31',
                Amount: 900000,
                AccountId: ACCOUNT_ID,
                Buying_Center__c: 'a01Dn0000000002AAA'
            }
        });
        expect(updateRecord).toHaveBeenCalledWith({
            fields: {
                Id: 'a04Dn0000000010AAA',
                Opportunity__c: '006Dn0000000099AAA',
                Status__c: 'Pursuing'
            }
        });
    });
});
