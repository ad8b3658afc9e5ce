// Nothing typed is lost without a word: the browser asks before a page with unsaved changes
// unloads, replacing a form asks the user first, and the page's guard (lightning:unsavedChanges
// through the Aura wrapper) hears of unsaved changes on the message channel and answers there.
import LightningConfirm from 'lightning/confirm';
import { createMessageContext, publish, subscribe } from 'lightning/messageService';
import { confirmDiscard, setUnsaved, unsavedLabels } from 'c/unsavedChanges';

jest.mock(
    '@salesforce/messageChannel/Atlas_Unsaved_Changes__c',
    () => ({ default: { channel: 'Atlas_Unsaved_Changes__c' } }),
    { virtual: true }
);

// The platform returns a context object; the jest stub returns nothing unless told.
jest.mocked(createMessageContext).mockReturnValue({});

/** What the page's guard would hear: the last message the forms published. */
function lastPublished(): unknown {
    return jest.mocked(publish).mock.calls.at(-1)?.[2];
}

/** The guard answers on the channel (the module subscribed once, on first use). */
function guardSays(decision: 'discard' | 'save'): void {
    const listener = jest.mocked(subscribe).mock.calls[0]?.[2] as (message: unknown) => void;
    listener({ decision });
}

jest.mock(
    '@salesforce/label/c.Atlas_Unsaved_Discard',
    () => ({ default: 'You have unsaved changes in {0}. Discard them?' }),
    { virtual: true }
);

function unload(): Event {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event;
}

describe('unsavedChanges', () => {
    afterEach(() => {
        setUnsaved('a', false, '');
        setUnsaved('b', false, '');
        jest.restoreAllMocks();
    });

    it('asks the browser to confirm leaving only while something is unsaved', () => {
        setUnsaved('a', false, 'Edit action');
        expect(unload().defaultPrevented).toBe(false);
        setUnsaved('a', true, 'Edit action');
        expect(unload().defaultPrevented).toBe(true);
        setUnsaved('a', false, 'Edit action');
        expect(unload().defaultPrevented).toBe(false);
    });

    it('lets a form be replaced at once when nothing is unsaved', async () => {
        const open = jest.spyOn(LightningConfirm, 'open');
        await expect(confirmDiscard()).resolves.toBe(true);
        expect(open).not.toHaveBeenCalled();
    });

    it('names what would be lost, and keeps it when the user says no', async () => {
        const open = jest.spyOn(LightningConfirm, 'open').mockResolvedValue(false);
        setUnsaved('a', true, 'Edit action');
        setUnsaved('b', true, 'New buying center');
        await expect(confirmDiscard()).resolves.toBe(false);
        expect(open).toHaveBeenCalledWith(
            expect.objectContaining({
                message: 'You have unsaved changes in Edit action, New buying center. Discard them?'
            })
        );
        expect(unsavedLabels()).toEqual(['Edit action', 'New buying center']);
    });

    it('tells the page guard what holds unsaved changes, once per change of state', () => {
        setUnsaved('a', true, 'Edit action');
        expect(lastPublished()).toEqual({ hasUnsavedChanges: true, label: 'Edit action' });
        const sent = jest.mocked(publish).mock.calls.length;
        setUnsaved('a', true, 'Edit action');
        expect(jest.mocked(publish).mock.calls.length).toBe(sent);
        setUnsaved('b', true, 'New buying center');
        expect(lastPublished()).toEqual({
            hasUnsavedChanges: true,
            label: 'Edit action, New buying center'
        });
        setUnsaved('a', false, 'Edit action');
        setUnsaved('b', false, 'New buying center');
        expect(lastPublished()).toEqual({ hasUnsavedChanges: false, label: '' });
    });

    it('forgets the changes when the user leaves through the guard, so the unload does not ask again', () => {
        setUnsaved('a', true, 'Edit action');
        guardSays('discard');
        expect(unsavedLabels()).toEqual([]);
        expect(unload().defaultPrevented).toBe(false);
        expect(lastPublished()).toEqual({ hasUnsavedChanges: false, label: '' });
    });

    it('brings the first unsaved form into view when the user stays to save', () => {
        const reveal = jest.fn();
        setUnsaved('a', true, 'Edit action', reveal);
        setUnsaved('b', true, 'New buying center', jest.fn());
        guardSays('save');
        expect(reveal).toHaveBeenCalledTimes(1);
        expect(unsavedLabels()).toEqual(['Edit action', 'New buying center']);
    });

    it('forgets what the user agreed to discard', async () => {
        jest.spyOn(LightningConfirm, 'open').mockResolvedValue(true);
        setUnsaved('a', true, 'Edit action');
        await expect(confirmDiscard()).resolves.toBe(true);
        expect(unsavedLabels()).toEqual([]);
    });
});
