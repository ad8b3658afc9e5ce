/** @jest-environment node */
// The champion and economic buyer marks the member cards and the map show: the deal score's own
// judgement (championStatus), over every membership a person holds.
import fc from 'fast-check';
import type { BuyingCenterMemberRecord, BuyingRole, ChampionTestResult } from 'c/atlasModel';
import { BUYING_ROLES } from 'c/atlasModel';
import { championMarkOf, championStatus, isChampion } from 'c/buyingCenterCoverage';

function member(Id: string, fields: Partial<BuyingCenterMemberRecord>): BuyingCenterMemberRecord {
    return { Id, Buying_Center__c: 'bc1', Contact__c: 'k1', ...fields };
}

const passedAll = {
    Champion_Access_Test__c: 'Passed',
    Champion_Sells_Test__c: 'Passed',
    Champion_Gains_Test__c: 'Passed'
} as const;

test('a champion who passed all three tests is marked tested', () => {
    expect(championMarkOf([member('m1', { Buying_Role__c: 'Champion', ...passedAll })])).toEqual({
        champion: 'tested',
        failedTests: [],
        passedTests: 0,
        economicBuyer: false
    });
});

test('a champion with a test not yet done is untested; a failed one says which tests failed', () => {
    expect(
        championMarkOf([
            member('m1', { Buying_Role__c: 'Champion', Champion_Access_Test__c: 'Passed' })
        ]).champion
    ).toBe('untested');
    expect(
        championMarkOf([
            member('m1', {
                Buying_Role__c: 'Champion',
                Champion_Access_Test__c: 'Failed',
                Champion_Sells_Test__c: 'Passed',
                Champion_Gains_Test__c: 'Failed'
            })
        ])
    ).toEqual({
        champion: 'failed',
        failedTests: ['access', 'gains'],
        passedTests: 0,
        economicBuyer: false
    });
});

test('an untested champion says how many tests they passed, the most of any champion membership', () => {
    const twoPassed = member('m1', {
        Buying_Role__c: 'Champion',
        Champion_Access_Test__c: 'Passed',
        Champion_Sells_Test__c: 'Passed'
    });
    const onePassed = member('m2', {
        Buying_Role__c: 'Champion',
        Champion_Gains_Test__c: 'Passed'
    });
    expect(championMarkOf([twoPassed])).toMatchObject({ champion: 'untested', passedTests: 2 });
    expect(championMarkOf([onePassed, twoPassed]).passedTests).toBe(2);
    expect(championMarkOf([member('m3', { Buying_Role__c: 'Champion' })]).passedTests).toBe(0);
    // A coach's passed tests are not a champion's.
    expect(
        championMarkOf([
            member('m3', { Buying_Role__c: 'Champion' }),
            member('m4', { Buying_Role__c: 'Coach', ...passedAll })
        ]).passedTests
    ).toBe(0);
});

test('an economic buyer is marked, and an Approver is read as one; tests on a non-champion mark nothing', () => {
    expect(championMarkOf([member('m1', { Buying_Role__c: 'Economic Buyer' })])).toEqual({
        champion: null,
        failedTests: [],
        passedTests: 0,
        economicBuyer: true
    });
    expect(championMarkOf([member('m1', { Buying_Role__c: 'Approver' })]).economicBuyer).toBe(true);
    expect(
        championMarkOf([member('m1', { Buying_Role__c: 'Coach', ...passedAll })]).champion
    ).toBeNull();
});

const results: fc.Arbitrary<ChampionTestResult | null> = fc.constantFrom('Passed', 'Failed', null);
const memberships = fc.array(
    fc.record({
        role: fc.constantFrom<BuyingRole | null>(...BUYING_ROLES, null),
        access: results,
        sells: results,
        gains: results
    }),
    { maxLength: 4 }
);

test('law: the mark is the deal score judgement of the memberships, whatever their order', () => {
    fc.assert(
        fc.property(memberships, (rows) => {
            const members = rows.map((row, index) =>
                member(`m${index}`, {
                    Buying_Role__c: row.role,
                    Champion_Access_Test__c: row.access,
                    Champion_Sells_Test__c: row.sells,
                    Champion_Gains_Test__c: row.gains
                })
            );
            const mark = championMarkOf(members);
            const statuses = members.filter(isChampion).map(championStatus);
            expect(mark.champion === null).toBe(statuses.length === 0);
            expect(mark.champion === 'failed').toBe(statuses.includes('failed'));
            expect(mark.champion !== 'tested' || statuses.includes('tested')).toBe(true);
            expect(mark.failedTests.length > 0).toBe(mark.champion === 'failed');
            expect(championMarkOf([...members].reverse()).champion).toBe(mark.champion);
        })
    );
});
