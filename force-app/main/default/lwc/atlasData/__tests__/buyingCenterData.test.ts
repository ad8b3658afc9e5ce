import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { buyingCentersFromGraphQL } from 'c/atlasRecords';
import { saveBuyingCenter, saveBuyingCenterMember } from '../buyingCenterData';
import accountBuyingCenters from '../../buyingCenters/__tests__/data/accountBuyingCenters.json';

const ACCOUNT_ID = '001Dn00000Mgb01AAE';

describe('buyingCenterData', () => {
    afterEach(() => {
        jest.resetAllMocks();
    });

    it('reads buying centers, their members with names, and the account contacts', () => {
        const { accountName, buyingCenters, contacts } =
            buyingCentersFromGraphQL(accountBuyingCenters);

        expect(accountName).toBe('Meridian Global Bank');
        expect(buyingCenters).toHaveLength(7);
        const technology = buyingCenters.find((center) => center.Name === 'Group Technology')!;
        expect(technology).toMatchObject({
            Id: 'a01Dn0000000005AAA',
            Account__c: ACCOUNT_ID,
            Parent_Buying_Center__c: null,
            Wallet_Size__c: 18000000,
            Wallet_Share__c: 6,
            Relationship_Status__c: 'Credible Source'
        });
        const victor = technology.members.find(
            (member) => member.contactName === 'Victor Sorensen'
        )!;
        expect(victor).toMatchObject({
            Contact__c: '003Dn0000000028AAA',
            Support__c: 'Enemy',
            Influence__c: 'High',
            Influences_Member__c: 'a02Dn0000000013AAA',
            contactTitle: 'Lead Data Architect',
            relationshipOwnerName: 'Sam Kowalski'
        });
        expect(contacts).toHaveLength(15);
        expect(contacts[0]).toEqual({
            Id: '003Dn0000000010AAA',
            Name: 'Thomas Becker',
            Title: 'Head of Commercial Banking',
            AccountId: ACCOUNT_ID,
            ReportsToId: '003Dn0000000001AAA'
        });
    });

    it('reads a response without buying centers or contacts as empty lists', () => {
        expect(buyingCentersFromGraphQL(undefined)).toEqual({
            accountName: '',
            buyingCenters: [],
            contacts: [],
            staleRelationshipDays: 90,
            hiddenFields: []
        });
        expect(buyingCentersFromGraphQL({ uiapi: { query: {} } })).toEqual({
            accountName: '',
            buyingCenters: [],
            contacts: [],
            staleRelationshipDays: 90,
            hiddenFields: []
        });
    });

    it('sets the account only when it creates a buying center, never on an update', async () => {
        jest.mocked(createRecord).mockResolvedValue({ id: 'a01N', apiName: '', fields: {} });
        jest.mocked(updateRecord).mockResolvedValue({ id: 'a01U', apiName: '', fields: {} });

        await expect(saveBuyingCenter(ACCOUNT_ID, null, { Name: 'Treasury' })).resolves.toBe(
            'a01N'
        );
        await saveBuyingCenter(ACCOUNT_ID, 'a01Dn0000000005AAA', {
            Name: 'Group Technology',
            Account__c: 'someone else'
        });

        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Buying_Center__c',
            fields: { Name: 'Treasury', Account__c: ACCOUNT_ID }
        });
        expect(updateRecord).toHaveBeenCalledWith({
            fields: { Id: 'a01Dn0000000005AAA', Name: 'Group Technology' }
        });
    });

    it('sets the buying center and contact of a membership only when it is created', async () => {
        jest.mocked(createRecord).mockResolvedValue({ id: 'a02N', apiName: '', fields: {} });
        jest.mocked(updateRecord).mockResolvedValue({ id: 'a02U', apiName: '', fields: {} });

        await saveBuyingCenterMember('a01Dn0000000005AAA', '003Dn0000000002AAA', null, {
            Buying_Role__c: 'Decision Maker'
        });
        await saveBuyingCenterMember('a01Dn0000000005AAA', '003Dn0000000002AAA', 'a02X', {
            Support__c: 'Mentor'
        });

        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Buying_Center_Member__c',
            fields: {
                Buying_Role__c: 'Decision Maker',
                Buying_Center__c: 'a01Dn0000000005AAA',
                Contact__c: '003Dn0000000002AAA'
            }
        });
        expect(updateRecord).toHaveBeenCalledWith({ fields: { Id: 'a02X', Support__c: 'Mentor' } });
    });
});
