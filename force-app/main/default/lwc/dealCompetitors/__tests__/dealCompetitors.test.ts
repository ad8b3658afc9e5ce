// The Competitors panel as a rep uses it: where we stand against each of the sample deal's
// competitors, in words; adding, editing and removing one (each save sending exactly the fields a
// rep may edit, then the Deal Score told to re-score); the refusals a save meets before it leaves
// (no competitor named, a Yes the score would not count), each keeping what was typed; the fields
// field-level security hides; and an empty list's words.
import type { readFileSync as ReadFile } from 'node:fs';
import DealCompetitors from 'c/dealCompetitors';
import LightningConfirm from 'lightning/confirm';
import {
    createRecord,
    deleteRecord,
    notifyRecordUpdateAvailable,
    updateRecord
} from 'lightning/uiRecordApi';
import {
    changeValue,
    flushPromises,
    shadowQuery,
    shadowQueryAll,
    textOf
} from '../../dealScore/__tests__/panelTestUtils';
import { uiApiError } from '../../dealScore/__tests__/panelTestUtils';
import { clearPage, mountAnswered } from '../../../../../../jest/panelTests';
import {
    HANNAH_CHO,
    HELIX,
    OPPORTUNITY_ID,
    ORBIS,
    competitorsResponse,
    helixNode
} from './competitorFixture';

// The labels read as they do on the platform: their text from force-app's label files.
function mockLabel(name: string): { default: string } {
    const { readFileSync } = jest.requireActual<{ readFileSync: typeof ReadFile }>('node:fs');
    const xml = readFileSync(`${__dirname}/../../../labels/${name}.label-meta.xml`, 'utf8');
    return { default: /<value>(.*)<\/value>/.exec(xml)?.[1] ?? name };
}
jest.mock('@salesforce/label/c.Atlas_DCP_Standing', () => mockLabel('Atlas_DCP_Standing'), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Atlas_DCP_Standing_Evidence',
    () => mockLabel('Atlas_DCP_Standing_Evidence'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DCP_Standing_None',
    () => mockLabel('Atlas_DCP_Standing_None'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DCP_Question_Compete',
    () => mockLabel('Atlas_DCP_Question_Compete'),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Atlas_DCP_Question_Win', () => mockLabel('Atlas_DCP_Question_Win'), {
    virtual: true
});
jest.mock('@salesforce/label/c.Atlas_DCP_State_Yes', () => mockLabel('Atlas_DCP_State_Yes'), {
    virtual: true
});
jest.mock('@salesforce/label/c.Atlas_DCP_State_No', () => mockLabel('Atlas_DCP_State_No'), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Atlas_DCP_State_In_Progress',
    () => mockLabel('Atlas_DCP_State_In_Progress'),
    {
        virtual: true
    }
);
jest.mock('@salesforce/label/c.Atlas_DCP_Closed_Intro', () => mockLabel('Atlas_DCP_Closed_Intro'), {
    virtual: true
});
jest.mock('@salesforce/label/c.Atlas_DCP_Won', () => mockLabel('Atlas_DCP_Won'), {
    virtual: true
});
jest.mock('@salesforce/label/c.Atlas_DCP_Verified_By', () => mockLabel('Atlas_DCP_Verified_By'), {
    virtual: true
});
jest.mock('@salesforce/label/c.Atlas_DCP_Strengths', () => mockLabel('Atlas_DCP_Strengths'), {
    virtual: true
});
jest.mock('@salesforce/label/c.Atlas_DCP_Weaknesses', () => mockLabel('Atlas_DCP_Weaknesses'), {
    virtual: true
});
jest.mock('@salesforce/label/c.Atlas_DCP_Empty', () => mockLabel('Atlas_DCP_Empty'), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Atlas_DCP_Short_Verifier',
    () => mockLabel('Atlas_DCP_Short_Verifier'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DCP_Problem_NO_COMPETITOR',
    () => mockLabel('Atlas_DCP_Problem_NO_COMPETITOR'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DCP_Problem_WIN_YES_NO_EVIDENCE',
    () => mockLabel('Atlas_DCP_Problem_WIN_YES_NO_EVIDENCE'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DCP_Problem_YES_NO_VERIFIER',
    () => mockLabel('Atlas_DCP_Problem_YES_NO_VERIFIER'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DCP_Remove_Confirm',
    () => mockLabel('Atlas_DCP_Remove_Confirm'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_Hidden_Fields_Notice',
    () => mockLabel('Atlas_Hidden_Fields_Notice'),
    { virtual: true }
);

const UNCOUNTED_YES =
    'The score would not count a Yes without a verifier: pick the contact who confirmed it, or choose In Progress.';

async function mountPanel(data: unknown = competitorsResponse()) {
    return mountAnswered('c-deal-competitors', DealCompetitors, { recordId: OPPORTUNITY_ID }, data);
}

function items(element: HTMLElement): HTMLElement[] {
    return shadowQueryAll(element, 'li[data-competitor]');
}

function button(scope: Element | ShadowRoot | null | undefined, label: string): HTMLElement {
    const found = [...(scope?.querySelectorAll('lightning-button') ?? [])].find(
        (candidate) => (candidate as HTMLElement & { label: string }).label === label
    );
    if (!found) {
        throw new Error(`No button ${label}`);
    }
    return found as HTMLElement;
}

function form(element: HTMLElement): HTMLElement {
    const found = shadowQuery(element, 'c-deal-competitor-form');
    if (!found) {
        throw new Error('No competitor form');
    }
    return found;
}

function formField(element: HTMLElement, field: string): HTMLElement & { value: unknown } {
    const found = form(element).shadowRoot?.querySelector(`[data-field="${field}"]`);
    if (!found) {
        throw new Error(`No field ${field}`);
    }
    return found as HTMLElement & { value: unknown };
}

function problemText(element: HTMLElement, field: string): string {
    return textOf(form(element).shadowRoot?.querySelector(`[data-problem="${field}"]`));
}

async function save(element: HTMLElement): Promise<void> {
    button(form(element).shadowRoot, 'c.Atlas_DCP_Save').click();
    await flushPromises();
}

async function openAdd(element: HTMLElement): Promise<void> {
    button(element.shadowRoot, 'c.Atlas_DCP_Add').click();
    await flushPromises();
}

/**
 * Watches focus() calls: jsdom's stand-ins for lightning-input and its kin cannot hold focus, so a
 * test asks which element the panel last told to take it (the platform's components take it).
 */
function watchFocus(): () => unknown {
    const focus = jest.spyOn(HTMLElement.prototype, 'focus');
    return () => focus.mock.contexts.at(-1);
}

describe('c-deal-competitors', () => {
    afterEach(() => {
        clearPage();
        jest.clearAllMocks();
        jest.restoreAllMocks();
    });

    it('says where we stand against each sample competitor, the incumbent first', async () => {
        const { element } = await mountPanel();
        const rows = items(element);
        expect(rows.map((row) => row.dataset.competitor)).toEqual(['Helix Data', 'Orbis Software']);
        const helix = rows[0]!;
        expect(textOf(helix.querySelector('[data-id="incumbent"]'))).toBe('c.Atlas_DCP_Incumbent');
        expect(rows[1]!.querySelector('[data-id="incumbent"]')).toBeNull();
        expect([...helix.querySelectorAll('[data-line="standing"]')].map(textOf)).toEqual([
            'Can we compete: Yes — Olivia Grant shortlisted us beside Helix after the scored requirements review.',
            'Can we win: In progress'
        ]);
        expect([...helix.querySelectorAll('[data-line="detail"]')].map(textOf)).toEqual([
            'Verified by Olivia Grant',
            "Their strengths: Runs today's regulatory returns; the team knows its screens.",
            'Their weaknesses: No lineage from source to return, which the regulator now asks for.'
        ]);
        expect(helix.querySelector('[data-line="warning"]')).toBeNull();
        expect([...rows[1]!.querySelectorAll('[data-line="standing"]')].map(textOf)).toEqual([
            'Can we compete: Yes — Orbis and we are the two vendors invited to the proof of concept.',
            'Can we win: In progress'
        ]);
        await expect(element).toBeAccessible();
    });

    it('says when a recorded Yes does not count, and a question nobody assessed', async () => {
        const unverified = {
            ...helixNode(),
            Verified_By__c: { value: null },
            Verified_By__r: null,
            Can_We_Win__c: { value: null }
        };
        const { element } = await mountPanel(competitorsResponse({ competitors: [unverified] }));
        const [helix] = items(element);
        expect([...helix!.querySelectorAll('[data-line="standing"]')].map(textOf)).toEqual([
            'Can we compete: Yes — Olivia Grant shortlisted us beside Helix after the scored requirements review.',
            'Can we win: not assessed yet'
        ]);
        expect([...helix!.querySelectorAll('[data-line="warning"]')].map(textOf)).toEqual([
            'The score counts this Yes as In Progress: pick who at the customer confirmed it in Verified by.'
        ]);
    });

    it('says so when the deal lists no competitor', async () => {
        const { element } = await mountPanel(competitorsResponse({ competitors: [] }));
        expect(items(element)).toEqual([]);
        expect(textOf(shadowQuery(element, '[data-message="empty"]'))).toBe(
            'No competitors are listed for this deal yet. Add each one the customer is also considering, an in-house build too.'
        );
    });

    it('adds a competitor by name with exactly the editable fields, then re-scores the deal', async () => {
        (createRecord as jest.Mock).mockResolvedValue({ id: 'a040L0000000009QAA' });
        const { element, refresh } = await mountPanel();
        await openAdd(element);
        changeValue(formField(element, 'name'), '  In-house build  ');
        changeValue(formField(element, 'compete'), 'No');
        changeValue(formField(element, 'competeEvidence'), 'IT wants to build it themselves.');
        changeValue(formField(element, 'win'), 'No');
        changeValue(formField(element, 'winEvidence'), 'The CIO backs his own team.');
        changeValue(formField(element, 'strengths'), 'Free on paper.');
        await save(element);
        expect(createRecord).toHaveBeenCalledTimes(1);
        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Deal_Competitor__c',
            fields: {
                Opportunity__c: OPPORTUNITY_ID,
                Competitor_Account__c: null,
                Competitor_Name__c: 'In-house build',
                Incumbent__c: false,
                Can_We_Compete__c: 'No',
                Compete_Evidence__c: 'IT wants to build it themselves.',
                Can_We_Win__c: 'No',
                Win_Evidence__c: 'The CIO backs his own team.',
                Verified_By__c: null,
                Strengths__c: 'Free on paper.',
                Weaknesses__c: null
            }
        });
        expect(refresh).toHaveBeenCalled();
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: OPPORTUNITY_ID }]);
        expect(shadowQuery(element, 'c-deal-competitor-form')).toBeNull();
    });

    it('adds a competitor by its account, picked in the lookup', async () => {
        (createRecord as jest.Mock).mockResolvedValue({ id: 'a040L0000000009QAA' });
        const { element } = await mountPanel();
        await openAdd(element);
        formField(element, 'accountId').dispatchEvent(
            new CustomEvent('change', { detail: { recordId: '0010L0000000009QAA' } })
        );
        await save(element);
        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Deal_Competitor__c',
            fields: expect.objectContaining({
                Competitor_Account__c: '0010L0000000009QAA',
                Competitor_Name__c: null
            })
        });
    });

    it('edits a competitor: the saved values fill the form and the update sends the editable fields', async () => {
        (updateRecord as jest.Mock).mockResolvedValue({});
        const { element, refresh } = await mountPanel();
        button(items(element)[1], 'c.Atlas_DCP_Edit').click();
        await flushPromises();
        expect(formField(element, 'name').value).toBe('Orbis Software');
        expect(formField(element, 'win').value).toBe('In Progress');
        changeValue(formField(element, 'win'), 'Yes');
        changeValue(
            formField(element, 'winEvidence'),
            'Olivia said Orbis failed the data lineage test.'
        );
        await save(element);
        expect(updateRecord).toHaveBeenCalledWith({
            fields: {
                Id: ORBIS,
                Competitor_Account__c: null,
                Competitor_Name__c: 'Orbis Software',
                Incumbent__c: false,
                Can_We_Compete__c: 'Yes',
                Compete_Evidence__c:
                    'Orbis and we are the two vendors invited to the proof of concept.',
                Can_We_Win__c: 'Yes',
                Win_Evidence__c: 'Olivia said Orbis failed the data lineage test.',
                Verified_By__c: '0030L000000000DQAQ',
                Strengths__c: 'Lower licence price.',
                Weaknesses__c: 'No reference in banking regulation.'
            }
        });
        expect(refresh).toHaveBeenCalled();
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: OPPORTUNITY_ID }]);
    });

    it('removes a competitor once the rep confirms, then re-scores the deal', async () => {
        jest.spyOn(LightningConfirm, 'open').mockResolvedValue(true);
        (deleteRecord as jest.Mock).mockResolvedValue(undefined);
        const { element, refresh } = await mountPanel();
        button(items(element)[0], 'c.Atlas_DCP_Remove').click();
        await flushPromises();
        expect(LightningConfirm.open).toHaveBeenCalledWith(
            expect.objectContaining({
                message:
                    "Remove Helix Data from this deal's competitors? The Deal Score stops counting our position against it."
            })
        );
        expect(deleteRecord).toHaveBeenCalledWith(HELIX);
        expect(refresh).toHaveBeenCalled();
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: OPPORTUNITY_ID }]);
    });

    it('removes nothing when the rep cancels the confirmation', async () => {
        jest.spyOn(LightningConfirm, 'open').mockResolvedValue(false);
        const { element } = await mountPanel();
        button(items(element)[0], 'c.Atlas_DCP_Remove').click();
        await flushPromises();
        expect(deleteRecord).not.toHaveBeenCalled();
    });

    it('refuses a competitor with neither account nor name, keeping what was typed', async () => {
        const { element } = await mountPanel();
        await openAdd(element);
        changeValue(formField(element, 'compete'), 'In Progress');
        changeValue(formField(element, 'weaknesses'), 'Slow support.');
        await save(element);
        expect(createRecord).not.toHaveBeenCalled();
        expect(problemText(element, 'name')).toBe(
            'Name the competitor: pick its account or type its name.'
        );
        expect(formField(element, 'compete').value).toBe('In Progress');
        expect(formField(element, 'weaknesses').value).toBe('Slow support.');
        await expect(element).toBeAccessible();
    });

    it('refuses a Yes without its evidence, next to the evidence, keeping what was typed', async () => {
        const { element } = await mountPanel();
        await openAdd(element);
        changeValue(formField(element, 'name'), 'Vantage Analytics');
        changeValue(formField(element, 'win'), 'Yes');
        changeValue(formField(element, 'verifiedById'), HANNAH_CHO);
        await save(element);
        expect(createRecord).not.toHaveBeenCalled();
        expect(problemText(element, 'winEvidence')).toBe(
            'The score would not count this Yes: write what the customer did or said that shows they would choose us, or choose In Progress.'
        );
        expect(problemText(element, 'verifiedById')).toBe('');
        expect(formField(element, 'name').value).toBe('Vantage Analytics');
        expect(formField(element, 'win').value).toBe('Yes');
        expect(formField(element, 'verifiedById').value).toBe(HANNAH_CHO);
    });

    it('refuses a Yes without Verified By, saying the score would not count it, keeping what was typed', async () => {
        const { element } = await mountPanel();
        await openAdd(element);
        changeValue(formField(element, 'name'), 'Vantage Analytics');
        changeValue(formField(element, 'compete'), 'Yes');
        changeValue(formField(element, 'competeEvidence'), 'Invited to the final round.');
        await save(element);
        expect(createRecord).not.toHaveBeenCalled();
        expect(problemText(element, 'verifiedById')).toBe(UNCOUNTED_YES);
        expect(problemText(element, 'competeEvidence')).toBe('');
        expect(formField(element, 'name').value).toBe('Vantage Analytics');
        expect(formField(element, 'compete').value).toBe('Yes');
        expect(formField(element, 'competeEvidence').value).toBe('Invited to the final round.');

        // Picking the verifier is all it takes.
        (createRecord as jest.Mock).mockResolvedValue({ id: 'a040L0000000009QAA' });
        changeValue(formField(element, 'verifiedById'), HANNAH_CHO);
        await save(element);
        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Deal_Competitor__c',
            fields: expect.objectContaining({
                Can_We_Compete__c: 'Yes',
                Verified_By__c: HANNAH_CHO
            })
        });
    });

    it('keeps everything typed when the org refuses the save, with its reason', async () => {
        (createRecord as jest.Mock).mockRejectedValue(
            uiApiError('', {
                Competitor_Name__c: 'Name the competitor: pick its account or type its name.'
            })
        );
        const { element } = await mountPanel();
        await openAdd(element);
        changeValue(formField(element, 'name'), 'Vantage Analytics');
        changeValue(formField(element, 'compete'), 'In Progress');
        await save(element);
        expect(
            textOf(form(element).shadowRoot?.querySelector('[data-message="save-failed"]'))
        ).toContain('Name the competitor: pick its account or type its name.');
        expect(formField(element, 'name').value).toBe('Vantage Analytics');
        expect(formField(element, 'compete').value).toBe('In Progress');
        expect(notifyRecordUpdateAvailable).not.toHaveBeenCalled();
    });

    it('says which competitor fields field-level security hides', async () => {
        const { element } = await mountPanel(
            competitorsResponse({ hidden: ['Strengths__c', 'Weaknesses__c'] })
        );
        const notice = shadowQuery(element, 'c-hidden-fields-notice');
        expect(
            [...(notice?.shadowRoot?.querySelectorAll('[data-hidden-field]') ?? [])].map(textOf)
        ).toEqual(['Deal_Competitor__c.Strengths__c', 'Deal_Competitor__c.Weaknesses__c']);
        expect(textOf(notice?.shadowRoot?.querySelector('p'))).not.toBe('');
        expect(
            items(element)[0]!.querySelector('[data-line="detail"][data-about="strengths"]')
        ).toBeNull();
    });

    it('leaves the fields it hides out of the form and out of the save, so none is blanked', async () => {
        (updateRecord as jest.Mock).mockResolvedValue({});
        const { element } = await mountPanel(
            competitorsResponse({ hidden: ['Strengths__c', 'Weaknesses__c'] })
        );
        button(items(element)[0], 'c.Atlas_DCP_Edit').click();
        await flushPromises();
        const fields = form(element).shadowRoot?.querySelectorAll('[data-field]') ?? [];
        expect([...fields].map((field) => (field as HTMLElement).dataset.field)).toEqual([
            'accountId',
            'name',
            'incumbent',
            'compete',
            'competeEvidence',
            'win',
            'winEvidence',
            'verifiedById'
        ]);
        changeValue(formField(element, 'win'), 'No');
        await save(element);
        expect(updateRecord).toHaveBeenCalledWith({
            fields: {
                Id: HELIX,
                Competitor_Account__c: null,
                Competitor_Name__c: 'Helix Data',
                Incumbent__c: true,
                Can_We_Compete__c: 'Yes',
                Compete_Evidence__c:
                    'Olivia Grant shortlisted us beside Helix after the scored requirements review.',
                Can_We_Win__c: 'No',
                Win_Evidence__c: null,
                Verified_By__c: '0030L000000000DQAQ'
            }
        });
    });

    it('shows a deal closed lost to Helix Data as closed, marks Helix as the winner and offers no change', async () => {
        const { element } = await mountPanel(
            competitorsResponse({ closed: { competitorWon: 'Helix Data' } })
        );
        expect(textOf(shadowQuery(element, '[data-message="closed"]'))).toBe(
            'This deal is closed. These are the competitors the customer considered; the list can no longer be changed.'
        );
        const [helix, orbis] = items(element);
        expect(textOf(helix!.querySelector('[data-id="won"]'))).toBe('Won the deal');
        expect(orbis!.querySelector('[data-id="won"]')).toBeNull();
        expect(shadowQuery(element, '[data-id="add-competitor"]')).toBeNull();
        expect(shadowQueryAll(element, 'li lightning-button')).toEqual([]);
        expect(shadowQuery(element, '[data-message="read-only"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it("keeps an open deal's intro and marks no winner", async () => {
        const { element } = await mountPanel();
        expect(shadowQuery(element, '[data-message="closed"]')).toBeNull();
        expect(shadowQueryAll(element, '[data-id="won"]')).toEqual([]);
    });

    it("puts focus in the form's first field when Add or Edit opens it", async () => {
        const lastFocused = watchFocus();
        const { element } = await mountPanel();
        await openAdd(element);
        expect(lastFocused()).toBe(formField(element, 'accountId'));
        button(form(element).shadowRoot, 'c.Atlas_DCP_Cancel').click();
        await flushPromises();
        expect(lastFocused()).toBe(shadowQuery(element, '[data-id="add-competitor"]'));
        button(items(element)[1], 'c.Atlas_DCP_Edit').click();
        await flushPromises();
        expect(lastFocused()).toBe(formField(element, 'accountId'));
    });

    it('moves focus to the first field to fix when a save is refused', async () => {
        const lastFocused = watchFocus();
        const { element } = await mountPanel();
        await openAdd(element);
        changeValue(formField(element, 'name'), 'Vantage Analytics');
        changeValue(formField(element, 'win'), 'Yes');
        await save(element);
        expect(createRecord).not.toHaveBeenCalled();
        expect(problemText(element, 'winEvidence')).not.toBe('');
        expect(lastFocused()).toBe(formField(element, 'winEvidence'));
        formField(element, 'name').focus();
        await save(element);
        expect(lastFocused()).toBe(formField(element, 'winEvidence'));
    });

    it("moves focus to the saved competitor's heading after Save, and to Add after Remove", async () => {
        (updateRecord as jest.Mock).mockResolvedValue({});
        jest.spyOn(LightningConfirm, 'open').mockResolvedValue(true);
        (deleteRecord as jest.Mock).mockResolvedValue(undefined);
        const lastFocused = watchFocus();
        const { element } = await mountPanel();
        button(items(element)[1], 'c.Atlas_DCP_Edit').click();
        await flushPromises();
        await save(element);
        expect(updateRecord).toHaveBeenCalled();
        expect(element.shadowRoot!.activeElement).toBe(
            shadowQuery(element, `[data-heading="${ORBIS}"]`)
        );
        expect(textOf(element.shadowRoot!.activeElement)).toBe('Orbis Software');
        button(items(element)[0], 'c.Atlas_DCP_Remove').click();
        await flushPromises();
        expect(deleteRecord).toHaveBeenCalledWith(HELIX);
        expect(lastFocused()).toBe(shadowQuery(element, '[data-id="add-competitor"]'));
    });

    it('offers no add, edit or remove to a user who may only read competitors', async () => {
        const { element } = await mountPanel(
            competitorsResponse({
                access: { createable: false, updateable: false, deletable: false }
            })
        );
        expect(shadowQuery(element, '[data-id="add-competitor"]')).toBeNull();
        expect(items(element)[0]!.querySelector('lightning-button')).toBeNull();
        expect(textOf(shadowQuery(element, '[data-message="read-only"]'))).toBe(
            'c.Atlas_DCP_Read_Only'
        );
    });
});
