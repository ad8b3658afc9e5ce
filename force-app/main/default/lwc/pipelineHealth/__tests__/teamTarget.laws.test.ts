/** @jest-environment node */
// A team's target is the sum of its owners' targets for the period: laws (order never matters, a
// team of one is that owner's target, an owner without one adds nothing) and worked examples.
import fc from 'fast-check';
import { shuffled } from '../../../../../../jest/laws';
import type { SalesTargetRecord } from 'c/atlasModel';
import { currentPeriodOf, targetPeriods, teamTarget } from 'c/pipelineHealth';

const OWNERS = ['005A', '005B', '005C', '005D'];
const PERIODS = [
    { start: '2026-10-01', end: '2026-12-31' },
    { start: '2027-01-01', end: '2027-03-31' }
];
const Q4 = PERIODS[0]!;

const targetArb = fc.record({
    owner: fc.constantFrom(...OWNERS),
    period: fc.constantFrom(...PERIODS),
    // Whole cents, as currency fields hold them; some missing or not positive.
    amount: fc.option(fc.integer({ min: -100, max: 5_000_000_00 }).map((cents) => cents / 100))
});

const targetsArb = fc.array(targetArb, { maxLength: 12 }).map((list) =>
    list.map((target, index): SalesTargetRecord => ({
        Id: `a0D${String(index).padStart(3, '0')}`,
        Name: `Target ${index}`,
        OwnerId: target.owner,
        Target_Amount__c: target.amount,
        Period_Start__c: target.period.start,
        Period_End__c: target.period.end
    }))
);

const ownersArb = fc.subarray(OWNERS, { minLength: 1 });

/** In cents, so the expected sum is exact whatever the order it is added in. */
function cents(amount: number | null): number | null {
    return amount === null ? null : Math.round(amount * 100);
}

describe('teamTarget: laws', () => {
    it("is the sum of the chosen owners' positive targets for exactly that period", () => {
        fc.assert(
            fc.property(targetsArb, ownersArb, (targets, owners) => {
                const counted = targets.filter(
                    (target) =>
                        owners.includes(target.OwnerId!) &&
                        target.Period_Start__c === Q4.start &&
                        target.Period_End__c === Q4.end &&
                        (target.Target_Amount__c ?? 0) > 0
                );
                const expected = counted.reduce(
                    (total, target) => total + Math.round(target.Target_Amount__c! * 100),
                    0
                );
                const team = teamTarget(targets, owners, Q4);
                expect(cents(team.amount)).toBe(counted.length === 0 ? null : expected);
                expect(team.targets).toHaveLength(counted.length);
            })
        );
    });

    it('gives the same total, to the last digit, whatever the order of targets and owners', () => {
        fc.assert(
            fc.property(targetsArb, ownersArb, fc.integer(), (targets, owners, seed) => {
                const forward = teamTarget(targets, owners, Q4);
                const other = teamTarget(shuffled(targets, seed), shuffled(owners, seed + 1), Q4);
                expect(other).toEqual(forward);
            })
        );
    });

    it('splits the chosen owners into those with a target and those without, each once', () => {
        fc.assert(
            fc.property(targetsArb, ownersArb, (targets, owners) => {
                const team = teamTarget(targets, [...owners, ...owners], Q4);
                expect([...team.ownersWithTarget, ...team.ownersWithout].sort()).toEqual(
                    [...owners].sort()
                );
                expect(team.ownersWithTarget.every((id) => !team.ownersWithout.includes(id))).toBe(
                    true
                );
            })
        );
    });

    it("for a team of one is that owner's own target", () => {
        fc.assert(
            fc.property(targetsArb, fc.constantFrom(...OWNERS), (targets, owner) => {
                const own = targets.filter(
                    (target) =>
                        target.OwnerId === owner &&
                        target.Period_Start__c === Q4.start &&
                        (target.Target_Amount__c ?? 0) > 0
                );
                const team = teamTarget(targets, [owner], Q4);
                expect(team.targets.map((target) => target.Id).sort()).toEqual(
                    own.map((target) => target.Id).sort()
                );
            })
        );
    });

    it('adds up, owner by owner, to the whole team', () => {
        fc.assert(
            fc.property(targetsArb, ownersArb, (targets, owners) => {
                const whole = cents(teamTarget(targets, owners, Q4).amount) ?? 0;
                const parts = owners
                    .map((owner) => cents(teamTarget(targets, [owner], Q4).amount) ?? 0)
                    .reduce((a, b) => a + b, 0);
                expect(whole).toBe(parts);
            })
        );
    });
});

describe('teamTarget: worked examples', () => {
    const targets: SalesTargetRecord[] = [
        {
            Id: 'a0D1',
            Name: 'Strategic Accounts 2026-Q4',
            OwnerId: '005A',
            Target_Amount__c: 1_200_000,
            Period_Start__c: '2026-10-01',
            Period_End__c: '2026-12-31'
        },
        {
            Id: 'a0D2',
            Name: 'Mid-Market West 2026-Q4',
            OwnerId: '005B',
            Target_Amount__c: 600_000,
            Period_Start__c: '2026-10-01',
            Period_End__c: '2026-12-31'
        },
        {
            Id: 'a0D3',
            Name: 'Strategic Accounts 2027-Q1',
            OwnerId: '005A',
            Target_Amount__c: 1_300_000,
            Period_Start__c: '2027-01-01',
            Period_End__c: '2027-03-31'
        }
    ];

    it('sums two reps for Q4 and names the one with none', () => {
        const team = teamTarget(targets, ['005A', '005B', '005C'], Q4);
        expect(team.amount).toBe(1_800_000);
        expect(team.ownersWithTarget).toEqual(['005A', '005B']);
        expect(team.ownersWithout).toEqual(['005C']);
    });

    it('lists the periods latest first, each once with its names, and opens on the one of today', () => {
        const periods = targetPeriods(targets, ['005A', '005B']);
        expect(periods.map((period) => [period.key, period.names])).toEqual([
            ['2027-01-01..2027-03-31', ['Strategic Accounts 2027-Q1']],
            ['2026-10-01..2026-12-31', ['Mid-Market West 2026-Q4', 'Strategic Accounts 2026-Q4']]
        ]);
        expect(currentPeriodOf(periods, '2026-11-22')?.key).toBe('2026-10-01..2026-12-31');
        // After every period: the latest; before them all: the next to start.
        expect(currentPeriodOf(periods, '2028-01-01')?.key).toBe('2027-01-01..2027-03-31');
        expect(currentPeriodOf(periods, '2026-01-01')?.key).toBe('2026-10-01..2026-12-31');
        expect(targetPeriods(targets, ['005C'])).toEqual([]);
    });
});
