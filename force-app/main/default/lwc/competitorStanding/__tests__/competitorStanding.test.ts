// A competitor's draft, its checks and its list view: a draft the form lets through is counted by
// the score exactly as typed (the refusal and the score share one rule), every save writes each
// editable field, and the list puts the incumbent first and says what a Yes lacks.
import {
    COMPETITOR_EDITABLE_FIELDS,
    competitorProblems,
    competitorStandings,
    competitorValuesOf,
    draftOf,
    EMPTY_DRAFT
} from 'c/competitorStanding';
import type { CompetitorDraft, StandingInput } from 'c/competitorStanding';
import { competitorPositions } from 'c/dealScoring';
import type { EvidenceState } from 'c/atlasModel';

const draft = (changes: Partial<CompetitorDraft>): CompetitorDraft => ({
    ...EMPTY_DRAFT,
    name: 'Vantage Analytics',
    ...changes
});

describe('competitorProblems', () => {
    it('wants an account or a name, and a name that fits the field', () => {
        expect(competitorProblems(draft({ name: '   ' }))).toEqual([
            { code: 'NO_COMPETITOR', field: 'name' }
        ]);
        expect(competitorProblems(draft({ name: '', accountId: '0010L0000000001QAA' }))).toEqual(
            []
        );
        expect(competitorProblems(draft({ name: 'x'.repeat(256) }))).toEqual([
            { code: 'NAME_TOO_LONG', field: 'name' }
        ]);
        expect(competitorProblems(draft({ name: 'x'.repeat(255) }))).toEqual([]);
    });

    it('refuses a Yes without its evidence next to that evidence, and without a verifier once', () => {
        expect(competitorProblems(draft({ compete: 'Yes', win: 'Yes' }))).toEqual([
            { code: 'COMPETE_YES_NO_EVIDENCE', field: 'competeEvidence' },
            { code: 'WIN_YES_NO_EVIDENCE', field: 'winEvidence' },
            { code: 'YES_NO_VERIFIER', field: 'verifiedById' }
        ]);
        expect(
            competitorProblems(draft({ win: 'Yes', winEvidence: 'Chose us.', verifiedById: null }))
        ).toEqual([{ code: 'YES_NO_VERIFIER', field: 'verifiedById' }]);
        expect(
            competitorProblems(draft({ win: 'Yes', winEvidence: '  ', verifiedById: '003X' }))
        ).toEqual([{ code: 'WIN_YES_NO_EVIDENCE', field: 'winEvidence' }]);
    });

    it('lets No and In Progress through without evidence or verifier', () => {
        expect(competitorProblems(draft({ compete: 'No', win: 'In Progress' }))).toEqual([]);
    });

    it('lets through only what the score counts as typed (one rule for both)', () => {
        const states: (EvidenceState | '')[] = ['', 'No', 'In Progress', 'Yes'];
        const texts = ['', 'The CFO said so.'];
        const verifiers = [null, '0030L000000000DQAQ'];
        let letThrough = 0;
        for (const compete of states) {
            for (const win of states) {
                for (const evidence of texts) {
                    for (const verifiedById of verifiers) {
                        const typed = draft({
                            compete,
                            win,
                            competeEvidence: evidence,
                            winEvidence: evidence,
                            verifiedById
                        });
                        if (competitorProblems(typed).length > 0) {
                            continue;
                        }
                        letThrough += 1;
                        const [position] = competitorPositions([
                            { Id: 'a04X', Opportunity__c: '006X', ...competitorValuesOf(typed) }
                        ]);
                        expect([position?.compete, position?.win]).toEqual([
                            compete || null,
                            win || null
                        ]);
                    }
                }
            }
        }
        // 9 state pairs without a Yes (any words, any verifier: 4 each) + 7 with a Yes (1 each).
        expect(letThrough).toBe(9 * 4 + 7);
    });
});

describe('competitorValuesOf and draftOf', () => {
    it('writes every editable field, trimmed, blank as null', () => {
        const values = competitorValuesOf(
            draft({ name: '  In-house build ', incumbent: true, strengths: ' ', win: 'No' })
        );
        expect(Object.keys(values).sort()).toEqual([...COMPETITOR_EDITABLE_FIELDS].sort());
        expect(values).toEqual({
            Competitor_Account__c: null,
            Competitor_Name__c: 'In-house build',
            Incumbent__c: true,
            Can_We_Compete__c: null,
            Compete_Evidence__c: null,
            Can_We_Win__c: 'No',
            Win_Evidence__c: null,
            Verified_By__c: null,
            Strengths__c: null,
            Weaknesses__c: null
        });
    });

    it('reads a saved competitor back into the same values', () => {
        const saved = {
            Opportunity__c: '006X',
            Competitor_Account__c: '0010L0000000001QAA',
            Competitor_Name__c: null,
            Incumbent__c: true,
            Can_We_Compete__c: 'Yes' as const,
            Compete_Evidence__c: 'Shortlisted.',
            Can_We_Win__c: 'In Progress' as const,
            Win_Evidence__c: null,
            Verified_By__c: '0030L000000000DQAQ',
            Strengths__c: 'Price.',
            Weaknesses__c: null
        };
        const { Opportunity__c: _deal, ...editable } = saved;
        expect(competitorValuesOf(draftOf(saved))).toEqual(editable);
        expect(draftOf(null)).toEqual(EMPTY_DRAFT);
    });
});

describe('competitorStandings', () => {
    const competitor = (changes: Partial<StandingInput>): StandingInput => ({
        Id: 'a04X',
        Opportunity__c: '006X',
        verifiedByName: null,
        ...changes
    });

    it('lists the incumbent first, then by name; an account name wins over a typed one', () => {
        const list = competitorStandings([
            competitor({ Id: 'a041', Competitor_Name__c: 'Orbis Software' }),
            competitor({ Id: 'a042', Competitor_Name__c: 'Zeta', Incumbent__c: true }),
            competitor({
                Id: 'a043',
                Competitor_Name__c: 'typed',
                Competitor_Account_Name: 'Apex Systems'
            })
        ]);
        expect(list.map((standing) => standing.name)).toEqual([
            'Zeta',
            'Apex Systems',
            'Orbis Software'
        ]);
    });

    it('says what a recorded Yes lacks, per question, and leaves blank answers unassessed', () => {
        const [standing] = competitorStandings([
            competitor({
                Competitor_Name__c: 'Helix Data',
                Can_We_Compete__c: 'Yes',
                Compete_Evidence__c: ' Shortlisted. ',
                Can_We_Win__c: 'Yes'
            })
        ]);
        expect(standing?.questions).toEqual([
            { question: 'compete', state: 'Yes', evidence: 'Shortlisted.', shortOf: 'verifier' },
            { question: 'win', state: 'Yes', evidence: null, shortOf: 'evidence' }
        ]);
        const [blank] = competitorStandings([competitor({ Competitor_Name__c: 'X' })]);
        expect(blank?.questions.map((question) => question.state)).toEqual([null, null]);
    });
});
