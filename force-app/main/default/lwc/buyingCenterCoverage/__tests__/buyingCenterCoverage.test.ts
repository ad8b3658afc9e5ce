/** @jest-environment node */
import type { BuyingCenterMemberRecord } from 'c/atlasModel';
import { assessBuyingCenterCoverage } from 'c/buyingCenterCoverage';

function member(Id: string, fields: Partial<BuyingCenterMemberRecord>): BuyingCenterMemberRecord {
    return { Id, Buying_Center__c: 'bc1', Contact__c: `contact-${Id}`, ...fields };
}

const supportiveDecider = member('m1', {
    Buying_Role__c: 'Decision Maker',
    Support__c: 'Supporter',
    Coverage__c: 'In Depth',
    Influence__c: 'High'
});
const coach = member('m2', {
    Buying_Role__c: 'Coach',
    Support__c: 'Mentor',
    Coverage__c: 'Multiple',
    Influence__c: 'Medium'
});
const evaluator = member('m3', {
    Buying_Role__c: 'Evaluator',
    Support__c: 'Non-Supporter',
    Coverage__c: 'Multiple',
    Influence__c: 'Medium'
});
const user = member('m4', {
    Buying_Role__c: 'User',
    Support__c: 'Neutral',
    Coverage__c: 'Brief',
    Influence__c: 'Low'
});

describe('assessBuyingCenterCoverage', () => {
    it('is green with a supportive engaged decision maker, a coach and opposition known', () => {
        const coverage = assessBuyingCenterCoverage([supportiveDecider, coach, evaluator, user]);
        expect(coverage.mapStatus).toBe('Green');
        expect(coverage.flags).toEqual([]);
        expect(coverage.engagedMemberCount).toBe(3);
    });

    it('is red with no decision maker, and says to find who signs off', () => {
        const coverage = assessBuyingCenterCoverage([coach, evaluator]);
        expect(coverage.mapStatus).toBe('Red');
        expect(coverage.flags[0]).toEqual({
            code: 'NO_DECISION_MAKER',
            severity: 'high',
            message:
                'No decision maker or approver identified — find out who signs off and who holds the budget.',
            memberIds: []
        });
    });

    it('is red when an influential enemy is barely covered, naming that person', () => {
        const enemy = member('m9', {
            Buying_Role__c: 'Approver',
            Support__c: 'Enemy',
            Coverage__c: 'No Contact',
            Influence__c: 'High'
        });
        const coverage = assessBuyingCenterCoverage([supportiveDecider, coach, enemy]);
        expect(coverage.mapStatus).toBe('Red');
        expect(coverage.unaddressedOpposition).toEqual(['m9']);
        expect(coverage.flags.map((flag) => flag.code)).toContain('ENEMY_WITH_HIGH_INFLUENCE');
    });

    it('is amber without a coach, and flags single-threaded access', () => {
        const coverage = assessBuyingCenterCoverage([supportiveDecider, user]);
        expect(coverage.mapStatus).toBe('Amber');
        expect(coverage.flags.map((flag) => flag.code)).toEqual([
            'NO_COACH',
            'SINGLE_THREADED',
            'ROLE_NOT_COVERED'
        ]);
    });

    it('asks who the opposition is when three or more people all seem to support us', () => {
        const friendly = member('m5', {
            Buying_Role__c: 'User',
            Support__c: 'Supporter',
            Coverage__c: 'Multiple'
        });
        const codes = assessBuyingCenterCoverage([supportiveDecider, coach, friendly]).flags.map(
            (f) => f.code
        );
        expect(codes).toContain('NO_OPPOSITION_IDENTIFIED');
    });

    it('reads unknown picklist values as unknown and says so, without failing', () => {
        const odd = member('m6', {
            Buying_Role__c: 'Champion' as never,
            Support__c: 'Fan' as never
        });
        const coverage = assessBuyingCenterCoverage([odd]);
        expect(coverage.flags.find((flag) => flag.code === 'UNKNOWN_VALUES')?.memberIds).toEqual([
            'm6'
        ]);
        expect(coverage.mapStatus).toBe('Red');
    });
});
