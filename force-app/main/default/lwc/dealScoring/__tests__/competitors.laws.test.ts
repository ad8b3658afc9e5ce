/** @jest-environment node */
// The laws of #22's competitors in the deal: the "Can we compete?" and "Can we win?" answers count the
// weakest of the deal's own answer and our position against each listed competitor. Listing a
// competitor never raises the score, their order never matters, a competitor no weaker than the deal's
// own answers changes nothing, and no competitor listed keeps the deal's own answers.
import fc from 'fast-check';
import type { DealCompetitorInput, DealScoringInput } from 'c/dealScoring';
import { scoreDeal } from 'c/dealScoring';
import { inEnglish } from '../../../../../../scripts/messages/englishMessages';
import { dealArb, STATES } from './arbitraries';
import { baseDeal, evidence } from './fixtures';

const competitorArb = (id: string): fc.Arbitrary<DealCompetitorInput> =>
    fc
        .record({
            compete: fc.option(fc.constantFrom(...STATES), { freq: 4 }),
            win: fc.option(fc.constantFrom(...STATES), { freq: 4 }),
            // A Yes almost always carries the customer's words and who verified them.
            words: fc.option(fc.constant('The evaluator said so in writing.'), { freq: 8 }),
            verifier: fc.option(fc.constant('k1'), { freq: 8 }),
            account: fc.option(fc.constant('Orbis Software'))
        })
        .map((c) => ({
            Id: id,
            Opportunity__c: 'opp1',
            Competitor_Name__c: `Rival ${id}`,
            Competitor_Account_Name: c.account,
            Can_We_Compete__c: c.compete,
            Compete_Evidence__c: c.words,
            Can_We_Win__c: c.win,
            Win_Evidence__c: c.words,
            Verified_By__c: c.verifier
        }));

const competitorsArb = fc
    .integer({ min: 0, max: 4 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => competitorArb(`dc${i}`))));

/** What a user sees of the score: the number, every factor's points, line by line, and the risks. */
const shown = (deal: DealScoringInput) => {
    const result = scoreDeal(deal, null, { nextActions: false });
    return {
        score: result.score,
        factors: result.factors.map((f) => [f.key, f.earned, f.details.map((d) => d.earned)]),
        risks: result.risks.map((r) => [r.code, inEnglish(r.message)])
    };
};
const scoreOf = (deal: DealScoringInput) => scoreDeal(deal, null, { nextActions: false }).score;
const qualificationOf = (deal: DealScoringInput) =>
    scoreDeal(deal, null, { nextActions: false }).factors.find((f) => f.key === 'qualification');

describe('competitors in the deal', () => {
    it('none listed keeps the deal’s own answers: no list, an empty list and null score alike', () => {
        fc.assert(
            fc.property(dealArb, (deal) => {
                const today = shown(deal);
                expect(shown({ ...deal, competitors: [] })).toEqual(today);
                expect(shown({ ...deal, competitors: null })).toEqual(today);
            })
        );
    });

    it('listing one more competitor never raises the score or the qualification points', () => {
        fc.assert(
            fc.property(dealArb, competitorsArb, competitorArb('dz'), (deal, listed, added) => {
                const before = { ...deal, competitors: listed };
                const after = { ...deal, competitors: [...listed, added] };
                expect(scoreOf(after)).toBeLessThanOrEqual(scoreOf(before));
                expect(qualificationOf(after)?.earned).toBeLessThanOrEqual(
                    (qualificationOf(before)?.earned ?? 0) + 1e-9
                );
            })
        );
    });

    it('the order competitors are listed in never matters', () => {
        fc.assert(
            fc.property(dealArb, competitorsArb, (deal, listed) => {
                const reversed = [...listed].reverse();
                expect(shown({ ...deal, competitors: reversed })).toEqual(
                    shown({ ...deal, competitors: listed })
                );
            })
        );
    });

    it('a competitor we beat with verified evidence on both questions changes no point', () => {
        fc.assert(
            fc.property(dealArb, (deal) => {
                const beaten: DealCompetitorInput = {
                    Id: 'dc1',
                    Opportunity__c: 'opp1',
                    Competitor_Name__c: 'Helix Data',
                    Can_We_Compete__c: 'Yes',
                    Compete_Evidence__c: 'Shortlisted us, not them.',
                    Can_We_Win__c: 'Yes',
                    Win_Evidence__c: 'The decision maker chose our pilot.',
                    Verified_By__c: 'k1'
                };
                expect(shown({ ...deal, competitors: [beaten] })).toEqual(shown(deal));
            })
        );
    });

    it('a competitor not yet assessed changes no point and raises no risk', () => {
        fc.assert(
            fc.property(dealArb, (deal) => {
                const unassessed = { Id: 'dc1', Opportunity__c: 'opp1', Competitor_Name__c: 'X' };
                expect(shown({ ...deal, competitors: [unassessed] })).toEqual(shown(deal));
            })
        );
    });
});

describe('a deal with one "Can we win?" question (worked by hand)', () => {
    // baseDeal's q2 (Very Important, Can we win?) answered Yes: qualification 10 of 10 → 20 points.
    const won = (): DealScoringInput => {
        const deal = baseDeal();
        return { ...deal, evidence: [...deal.evidence, evidence('e4', 'q2', 'Yes')] };
    };
    const rival = (fields: Partial<DealCompetitorInput>): DealCompetitorInput => ({
        Id: 'dc1',
        Opportunity__c: 'opp1',
        Competitor_Name__c: 'In-house build',
        ...fields
    });

    it('scores as today with one competitor whose answer equals the deal’s own', () => {
        for (const state of STATES) {
            const deal = baseDeal();
            const own = { ...deal, evidence: [...deal.evidence, evidence('e4', 'q2', state)] };
            const same = rival({
                Can_We_Win__c: state,
                Win_Evidence__c: 'What the customer said for q2.',
                Verified_By__c: 'verifier-q2'
            });
            expect(shown({ ...own, competitors: [same] }).score).toBe(shown(own).score);
            expect(shown({ ...own, competitors: [same] }).factors).toEqual(shown(own).factors);
        }
    });

    it('takes the weakest position: No against one competitor costs the question, with a coaching risk', () => {
        const deal = { ...won(), competitors: [rival({ Can_We_Win__c: 'No' })] };
        const result = scoreDeal(deal);
        const qualification = result.factors.find((f) => f.key === 'qualification');
        // q1 Important Yes (2×2) + q2 Very Important No (3×0) = 4 of 10 → 8 of 20 points.
        expect(qualification?.earned).toBe(8);
        expect(scoreOf(won()) - result.score).toBe(12);
        const line = qualification?.details.find((d) => d.key === 'q2');
        expect(line && inEnglish(line.text)).toBe(
            "Can we win? Question q2. — the customer said no against In-house build, our weakest position among the deal's competitors."
        );
        expect(
            result.risks.map((r) => [r.code, r.competitorId, inEnglish(r.message)])
        ).toContainEqual([
            'COMPETITOR_CANNOT_WIN',
            'dc1',
            'We cannot win against In-house build yet. What would make In-house build the safer choice for them, and what would they need to see from us to choose us instead?'
        ]);
        // The competitor's risk says it; the customer did not answer No to the deal itself.
        expect(result.risks.map((r) => r.code)).not.toContain('QUALIFICATION_ANSWERED_NO');
    });

    it('reports a No the customer and a competitor both give once, naming the competitor, at the same score', () => {
        const deal = baseDeal();
        const saidNo = { ...deal, evidence: [...deal.evidence, evidence('e4', 'q2', 'No')] };
        const both = scoreDeal({ ...saidNo, competitors: [rival({ Can_We_Win__c: 'No' })] });
        const alone = scoreDeal(saidNo);
        expect(alone.risks.map((r) => r.code)).toContain('QUALIFICATION_ANSWERED_NO');
        expect(both.score).toBe(alone.score);
        const said = (risks: typeof both.risks) =>
            risks.map((r) => `${r.code}: ${inEnglish(r.message)}`).sort();
        expect(said(both.risks)).toEqual(
            [
                ...said(alone.risks.filter((r) => r.code !== 'QUALIFICATION_ANSWERED_NO')),
                'COMPETITOR_CANNOT_WIN: We cannot win against In-house build yet. What would make In-house build the safer choice for them, and what would they need to see from us to choose us instead?'
            ].sort()
        );
    });

    it('points the competitor’s risk to the question it is about, as the customer’s No it stands in for did', () => {
        const deal = baseDeal();
        const saidNo = { ...deal, evidence: [...deal.evidence, evidence('e4', 'q2', 'No')] };
        const about = (risks: ReturnType<typeof scoreDeal>['risks'], code: string) =>
            risks.filter((r) => r.code === code).map((r) => r.criterionId);
        expect(about(scoreDeal(saidNo).risks, 'QUALIFICATION_ANSWERED_NO')).toEqual(['q2']);
        const win = scoreDeal({ ...deal, competitors: [rival({ Can_We_Win__c: 'No' })] });
        expect(about(win.risks, 'COMPETITOR_CANNOT_WIN')).toEqual(['q2']);
        // "Can we compete?" by its Category; a deal with no such question has nothing to point to.
        const compete = {
            ...deal,
            criteria: deal.criteria.map((c) =>
                c.Id === 'q2' ? { ...c, Category__c: 'Can we compete?' as const } : c
            ),
            competitors: [rival({ Can_We_Compete__c: 'No' })]
        };
        expect(about(scoreDeal(compete).risks, 'COMPETITOR_CANNOT_COMPETE')).toEqual(['q2']);
        const none = scoreDeal({ ...deal, competitors: [rival({ Can_We_Compete__c: 'No' })] });
        expect(about(none.risks, 'COMPETITOR_CANNOT_COMPETE')).toEqual([undefined]);
    });

    it('keeps the customer’s No on "Can we compete?" when a competitor reports only "Can we win?"', () => {
        const deal = baseDeal();
        const compete = {
            ...deal,
            criteria: deal.criteria.map((c) =>
                c.Id === 'q2' ? { ...c, Category__c: 'Can we compete?' as const } : c
            ),
            evidence: [...deal.evidence, evidence('e4', 'q2', 'No')]
        };
        const risks = scoreDeal({
            ...compete,
            competitors: [rival({ Can_We_Win__c: 'No' })]
        }).risks.map((r) => r.code);
        expect(risks).toContain('QUALIFICATION_ANSWERED_NO');
        expect(risks).toContain('COMPETITOR_CANNOT_WIN');
    });

    it('counts a Yes against a competitor without its evidence or verifier as In Progress', () => {
        const noWords = scoreDeal({ ...won(), competitors: [rival({ Can_We_Win__c: 'Yes' })] });
        const noVerifier = scoreDeal({
            ...won(),
            competitors: [rival({ Can_We_Win__c: 'Yes', Win_Evidence__c: 'They said so.' })]
        });
        const inProgress = scoreDeal({
            ...won(),
            competitors: [rival({ Can_We_Win__c: 'In Progress' })]
        });
        expect(noWords.score).toBe(inProgress.score);
        expect(noVerifier.score).toBe(inProgress.score);
        expect(inProgress.score).toBeLessThan(scoreOf(won()));
    });

    it('names a competitor by its account when it has one', () => {
        const result = scoreDeal({
            ...won(),
            competitors: [
                rival({ Can_We_Compete__c: 'No', Competitor_Account_Name: 'Orbis Software' })
            ]
        });
        expect(result.risks.map((r) => inEnglish(r.message))).toContain(
            'We are not in the running against Orbis Software yet. Which of their must-haves does Orbis Software meet that we do not, and who at the customer could tell us?'
        );
    });

    it('raises no competitor risk on a closed deal', () => {
        const closed = {
            ...won(),
            opportunity: { ...won().opportunity, StageName: 'Closed Lost', IsClosed: true },
            competitors: [rival({ Can_We_Win__c: 'No' })]
        };
        expect(scoreDeal(closed).risks.map((r) => r.code)).not.toContain('COMPETITOR_CANNOT_WIN');
    });
});
