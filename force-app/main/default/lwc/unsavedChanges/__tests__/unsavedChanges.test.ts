// Nothing typed is lost without a word: the browser asks before a page with unsaved changes
// unloads, and replacing a form asks the user first.
import LightningConfirm from 'lightning/confirm';
import { confirmDiscard, setUnsaved, unsavedLabels } from 'c/unsavedChanges';

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

    it('forgets what the user agreed to discard', async () => {
        jest.spyOn(LightningConfirm, 'open').mockResolvedValue(true);
        setUnsaved('a', true, 'Edit action');
        await expect(confirmDiscard()).resolves.toBe(true);
        expect(unsavedLabels()).toEqual([]);
    });
});
