/** @jest-environment node */
import {
    cellLinkFields,
    mapCellWriteFields,
    opportunityFromCellFields,
    opportunityMapWriteFields
} from '../opportunityMapData';

const ACCOUNT_ID = '001Dn00000Mgb01AAE';
const FY2027 = 'a03Dn0000000001AAA';
const COMMERCIAL_BANKING = 'a01Dn0000000002AAA';
const CDP = 'a05Dn0000000001AAA';
const CELL = 'a04Dn0000000016AAA';
const POSITION = { mapId: FY2027, buyingCenterId: COMMERCIAL_BANKING, solutionId: CDP };

describe('opportunityMapWriteFields', () => {
    it('creates a map on the account with only its editable fields', () => {
        expect(
            opportunityMapWriteFields(ACCOUNT_ID, null, {
                Name: 'Meridian Global Bank FY2028',
                Period_Start__c: '2027-02-01',
                Period_End__c: '2028-01-31',
                Status__c: 'Draft',
                OwnerId: '005Dn000000001AAA'
            })
        ).toEqual({
            Name: 'Meridian Global Bank FY2028',
            Period_Start__c: '2027-02-01',
            Period_End__c: '2028-01-31',
            Status__c: 'Draft',
            Account__c: ACCOUNT_ID
        });
    });

    it('updates a map without moving it to another account', () => {
        expect(
            opportunityMapWriteFields(ACCOUNT_ID, FY2027, {
                Status__c: 'Active',
                Last_Reviewed__c: null,
                Account__c: '001Dn00000Other1AAE'
            })
        ).toEqual({ Status__c: 'Active', Last_Reviewed__c: null });
    });
});

describe('mapCellWriteFields', () => {
    it('creates a cell at its map, buying center and solution', () => {
        expect(
            mapCellWriteFields(POSITION, undefined, {
                Status__c: 'Potential',
                Potential_Value__c: 750000,
                Cell_Key__c: 'forged'
            })
        ).toEqual({
            Status__c: 'Potential',
            Potential_Value__c: 750000,
            Opportunity_Map__c: FY2027,
            Buying_Center__c: COMMERCIAL_BANKING,
            Solution__c: CDP
        });
    });

    it('updates a cell with only the editable fields it is given, never its position', () => {
        expect(
            mapCellWriteFields(POSITION, CELL, {
                Current_Value__c: 1200000,
                Solution__c: 'a05Dn0000000009AAA'
            })
        ).toEqual({ Current_Value__c: 1200000 });
    });
});

describe('opportunityFromCellFields', () => {
    it("puts the new opportunity on the account and the cell's buying center", () => {
        expect(
            opportunityFromCellFields(ACCOUNT_ID, COMMERCIAL_BANKING, {
                Name: 'Meridian Global Bank - Commercial Banking - Customer Data Platform',
                StageName: 'Prospecting',
                CloseDate: '2027-01-31',
                Amount: 900000,
                Probability: 90,
                AccountId: '001Dn00000Other1AAE'
            })
        ).toEqual({
            Name: 'Meridian Global Bank - Commercial Banking - Customer Data Platform',
            StageName: 'Prospecting',
            CloseDate: '2027-01-31',
            Amount: 900000,
            AccountId: ACCOUNT_ID,
            Buying_Center__c: COMMERCIAL_BANKING
        });
    });
});

describe('cellLinkFields', () => {
    it('links the cell to the opportunity and marks it Pursuing', () => {
        expect(cellLinkFields('006Dn0000000031AAA')).toEqual({
            Opportunity__c: '006Dn0000000031AAA',
            Status__c: 'Pursuing'
        });
    });
});
