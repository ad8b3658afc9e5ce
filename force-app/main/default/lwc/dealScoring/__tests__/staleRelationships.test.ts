/** @jest-environment node */
// Stale relationships on a deal: a decision maker or coach of the deal's buying center whose last
// touch (the later of the contact's LastActivityDate and the touch entered on the membership) is
// older than the settings allow is a deal risk, with a follow-up to meet them; nobody else is, the
// score never moves for it, and a touch unknown is not stale.
import { relationshipFollowUps, scoreDeal } from 'c/dealScoring';
import type { DealScoringInput } from 'c/dealScoring';
import { inEnglish } from '../../../../../../scripts/messages/englishMessages';
import { baseDeal, member } from './fixtures';

const english = inEnglish;

/** The base deal (as of 2026-11-22) with its coach last touched on `coachTouch`. */
function dealWithCoachTouched(
    coachTouch: { entered?: string; activity?: string },
    extra: Partial<DealScoringInput> = {}
): DealScoringInput {
    const deal = baseDeal();
    return {
        ...deal,
        // The fixture's economic buyer and champion as a decision maker and a coach, as this story has them.
        members: deal.members.map((m) =>
            m.Id === 'm2'
                ? member('m2', {
                      Buying_Role__c: 'Coach',
                      Support__c: 'Mentor',
                      Coverage__c: 'Brief',
                      Influence__c: 'Medium',
                      Last_Touch__c: coachTouch.entered ?? null
                  })
                : m.Id === 'm1'
                  ? { ...m, Buying_Role__c: 'Decision Maker' as const }
                  : m
        ),
        contacts: [
            { Id: 'contact-m1', Name: 'Priya Raman' },
            {
                Id: 'contact-m2',
                Name: 'Hannah Cho',
                LastActivityDate: coachTouch.activity ?? null
            },
            { Id: 'contact-m3', Name: 'Kenji Watanabe' }
        ],
        ...extra
    };
}

const staleRisks = (input: DealScoringInput, days?: number) =>
    scoreDeal(input, days === undefined ? null : { staleRelationshipDays: days }).risks.filter(
        (risk) => risk.code === 'STALE_RELATIONSHIP'
    );

describe('stale relationships on a deal', () => {
    it('names a coach last touched 124 days ago as a risk and a follow-up', () => {
        const input = dealWithCoachTouched({ entered: '2026-07-21' });
        const [risk, ...others] = staleRisks(input);
        expect(others).toEqual([]);
        expect(risk?.severity).toBe('medium');
        expect(risk?.memberIds).toEqual(['m2']);
        expect(english(risk!.message)).toBe(
            'Stale relationship: Hannah Cho (Coach), last touch 124 days ago (2026-07-21), longer than the 90 days a relationship stays fresh.'
        );
        expect(relationshipFollowUps(input).map((f) => english(f.message))).toEqual([
            'Meet Hannah Cho — last touch 124 days ago.'
        ]);
    });

    it('takes the later of the logged activity and the entered touch', () => {
        expect(
            staleRisks(dealWithCoachTouched({ entered: '2026-07-21', activity: '2026-11-01' }))
        ).toEqual([]);
        expect(
            staleRisks(dealWithCoachTouched({ entered: '2026-05-01', activity: '2026-07-21' }))
        ).toHaveLength(1);
    });

    it('is stale only past the limit the settings give', () => {
        const input = dealWithCoachTouched({ entered: '2026-08-24' }); // 90 days before 2026-11-22
        expect(staleRisks(input)).toEqual([]);
        expect(staleRisks(input, 89)).toHaveLength(1);
    });

    it('never counts an unknown touch, an evaluator or a closed deal as stale', () => {
        expect(staleRisks(dealWithCoachTouched({}))).toEqual([]);
        const evaluatorOnly = dealWithCoachTouched({ entered: '2026-01-01' });
        evaluatorOnly.members = [
            member('m2', { Buying_Role__c: 'Evaluator', Last_Touch__c: '2026-01-01' })
        ];
        expect(staleRisks(evaluatorOnly)).toEqual([]);
        const closed = dealWithCoachTouched({ entered: '2026-01-01' });
        closed.opportunity = { ...closed.opportunity, IsClosed: true, IsWon: false };
        expect(staleRisks(closed)).toEqual([]);
        expect(relationshipFollowUps(closed)).toEqual([]);
    });

    it('makes a stale decision maker a high risk', () => {
        const input = dealWithCoachTouched({});
        input.members = input.members.map((m) =>
            m.Id === 'm1' ? { ...m, Last_Touch__c: '2026-01-15' } : m
        );
        expect(staleRisks(input).map((risk) => [risk.severity, risk.memberIds])).toEqual([
            ['high', ['m1']]
        ]);
    });

    it('never moves the score', () => {
        const fresh = scoreDeal(dealWithCoachTouched({ entered: '2026-11-20' }));
        const stale = scoreDeal(dealWithCoachTouched({ entered: '2026-01-20' }));
        expect(stale.score).toBe(fresh.score);
        expect(stale.factors).toEqual(fresh.factors);
    });
});
