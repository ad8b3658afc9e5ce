// The waiver of a required criterion: what a rep reads once it is waived, and the Waive action that
// only a holder of the permission sees, which asks for the reason before anything is written.
import { createElement } from 'lwc';
import StageEvidenceWaiver from 'c/stageEvidenceWaiver';
import type { WaiveCriterionDetail } from 'c/stageEvidenceWaiver';

async function flush(): Promise<void> {
    for (let i = 0; i < 3; i += 1) {
        await Promise.resolve();
    }
}

function mount(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-stage-evidence-waiver', { is: StageEvidenceWaiver });
    Object.assign(element, { criterionId: 'crit1', evidenceId: 'ev1', ...props });
    document.body.appendChild(element);
    return element;
}

const query = (element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector<HTMLElement & { value?: string }>(selector);

describe('c-stage-evidence-waiver', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('offers no Waive action to a user without the permission', async () => {
        const element = mount({ canWaive: false });
        await flush();
        expect(query(element, '[data-action="waive"]')).toBeNull();
        expect(element.shadowRoot!.textContent?.trim()).toBe('');
        await expect(element).toBeAccessible();
    });

    it('shows who waived it, when and why', async () => {
        const element = mount({
            canWaive: true,
            waiverText: 'Waived by Morgan Lee on Dec 7, 2026: Budget approved by the framework.'
        });
        await flush();
        expect(query(element, '[data-value="waiver"]')?.textContent).toBe(
            'Waived by Morgan Lee on Dec 7, 2026: Budget approved by the framework.'
        );
        // Waived already: nothing more to waive.
        expect(query(element, '[data-action="waive"]')).toBeNull();
    });

    it('asks for the reason first, then sends the waiver up to the panel', async () => {
        const element = mount({ canWaive: true });
        const sent: WaiveCriterionDetail[] = [];
        document.body.addEventListener('waivecriterion', (event) =>
            sent.push((event as CustomEvent<WaiveCriterionDetail>).detail)
        );
        await flush();
        query(element, '[data-action="waive"]')!.click();
        await flush();
        query(element, '[data-action="save-waiver"]')!.click();
        await flush();
        expect(query(element, '[data-error-for="Waiver_Reason__c"]')?.textContent?.trim()).toBe(
            // The label's name: Jest has no label text (its file says 'A waiver needs its reason…').
            'c.Atlas_DS_Waive_Reason_Needed'
        );
        expect(sent).toEqual([]);

        const reason = query(element, '[data-field="Waiver_Reason__c"]')!;
        reason.value = '  Paid from the framework budget.  ';
        reason.dispatchEvent(
            new CustomEvent('change', { detail: { value: '  Paid from the framework budget.  ' } })
        );
        await flush();
        query(element, '[data-action="save-waiver"]')!.click();
        await flush();
        expect(sent).toEqual([
            { criterionId: 'crit1', evidenceId: 'ev1', reason: 'Paid from the framework budget.' }
        ]);
        await expect(element).toBeAccessible();
    });
});
