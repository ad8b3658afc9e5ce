/** @jest-environment node */
// The customer network value of the three sample accounts on the sample day: each deal that came
// through an account's people checked against the sample records it comes from.
import { networkValue } from 'c/networkValue';
import type { NetworkValue } from 'c/networkValue';
import { loadSamplePlan, SAMPLE_AS_OF } from '../../pipelineHealth/__tests__/samplePlan';

const plan = loadSamplePlan();
const contacts = new Map(plan.contacts.map((contact) => [contact.Id, contact]));
const centers = new Map(plan.buyingCenters.map((center) => [center.Id, center]));
const members = new Map(plan.members.map((member) => [member.Id, member]));
const accounts = new Map(plan.accounts.map((account) => [account.Id, account.Name]));

function networkOf(accountName: string): NetworkValue {
    const accountId = plan.accounts.find((account) => account.Name === accountName)?.Id ?? '';
    return networkValue({
        accountId,
        today: SAMPLE_AS_OF,
        deals: plan.opportunities.map((deal) => {
            const referrer = deal.Referred_By__c ? contacts.get(deal.Referred_By__c) : undefined;
            return {
                ...deal,
                AccountId: deal.AccountId ?? '',
                accountName: accounts.get(deal.AccountId ?? '') ?? '',
                referrerName: referrer?.Name ?? '',
                referrerAccountId: referrer?.AccountId ?? null
            };
        }),
        members: plan.members.map((member) => {
            const introducer = member.Introduced_By__c
                ? members.get(member.Introduced_By__c)
                : undefined;
            return {
                Id: member.Id,
                name: contacts.get(member.Contact__c)?.Name ?? '',
                Buying_Center__c: member.Buying_Center__c,
                centerName: centers.get(member.Buying_Center__c)?.Name ?? '',
                Introduced_By__c: member.Introduced_By__c ?? null,
                introducerName: introducer ? (contacts.get(introducer.Contact__c)?.Name ?? '') : '',
                introducerCenterId: introducer?.Buying_Center__c ?? null,
                introducerAccountId: introducer
                    ? (centers.get(introducer.Buying_Center__c)?.Account__c ?? null)
                    : null
            };
        })
    });
}

// Daniel Okafor (Group Technology) introduced us to Hannah Cho, Digital Channels' coach.
const DOOR = {
    kind: 'introduced',
    person: 'Daniel Okafor',
    introduced: 'Hannah Cho',
    center: 'Retail Banking - Digital Channels'
};

describe('customer network value of the sample accounts', () => {
    it('Meridian: the Digital Channels deals its CIO opened the door to, and the deal its reference referred', () => {
        const value = networkOf('Meridian Global Bank');
        expect(
            value.items.map((item) => [item.Name, item.status, item.amount, item.reasons])
        ).toEqual([
            ['Meridian - Digital Channels CDP', 'open', 1_800_000, [DOOR]],
            [
                'Meridian - Commercial Relationship Analytics',
                'open',
                420_000,
                [{ kind: 'referred', person: 'Marcus Bell' }]
            ],
            ['Meridian - Digital Channels Integration', 'won', 420_000, [DOOR]],
            ['Meridian - Mobile Analytics', 'won', 310_000, [DOOR]]
        ]);
        expect(value.network).toEqual({ won: 730_000, pipeline: 2_220_000, total: 2_950_000 });
        expect(value.insideAccount).toBe(2_950_000);
    });

    it.each([
        ['Kestrel Precision Manufacturing', 'Kestrel - Quality Analytics', 310_000, 'Lukas Brandt'],
        [
            'Cascade Valley Health',
            'Cascade - Population Health Analytics Pilot',
            60_000,
            'Karen Whitfield'
        ]
    ])('%s: %s, referred by one of its people', (account, deal, amount, person) => {
        const value = networkOf(account);
        expect(value.items).toEqual([
            expect.objectContaining({
                Name: deal,
                amount,
                reasons: [{ kind: 'referred', person }]
            })
        ]);
        expect(value.network.total).toBe(amount);
    });

    it("sets each account's own business beside it: open deals plus deals won in the last 12 months", () => {
        const own = (name: string) => networkOf(name).own;
        const accountId = (name: string) =>
            plan.accounts.find((account) => account.Name === name)?.Id;
        for (const name of ['Meridian Global Bank', 'Kestrel Precision Manufacturing']) {
            const deals = plan.opportunities.filter((deal) => deal.AccountId === accountId(name));
            const open = deals
                .filter((deal) => !deal.IsClosed)
                .reduce((sum, deal) => sum + (deal.Amount ?? 0), 0);
            expect(own(name).pipeline).toBe(open);
            expect(own(name).total).toBe(own(name).won + own(name).pipeline);
        }
        // Meridian's open pipeline is the Account Summary's 5,655,000.
        expect(own('Meridian Global Bank')).toEqual({
            won: 2_260_000,
            pipeline: 5_655_000,
            total: 7_915_000
        });
        expect(own('Kestrel Precision Manufacturing')).toEqual({
            won: 375_000,
            pipeline: 1_265_000,
            total: 1_640_000
        });
        expect(own('Cascade Valley Health')).toEqual({
            won: 1_010_000,
            pipeline: 2_290_000,
            total: 3_300_000
        });
    });
});
