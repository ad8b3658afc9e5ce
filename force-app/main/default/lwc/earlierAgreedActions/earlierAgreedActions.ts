// In a new review, the deal's agreed actions still open from earlier reviews: for each, Done or
// Keep open (the default). The form marks the Done ones when the review is saved; nothing is lost.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/atlasData';
import { localeStyle } from 'c/atlasMessages';
import LOCALE from '@salesforce/i18n/locale';
import HEADING from '@salesforce/label/c.Atlas_DRF_Earlier_Heading';
import INTRO from '@salesforce/label/c.Atlas_DRF_Earlier_Intro';
import ACTION from '@salesforce/label/c.Atlas_DRF_Earlier_Action';
import NO_DUE from '@salesforce/label/c.Atlas_DRF_Earlier_No_Due';
import DONE from '@salesforce/label/c.Atlas_DRF_Earlier_Done';
import KEEP from '@salesforce/label/c.Atlas_DRF_Earlier_Keep';

/** An earlier open action as the form gives it. */
export interface EarlierAction {
    id: string;
    name: string;
    dueDate: string | null;
}

export type EarlierChoice = 'Done' | 'Open';

const DATES = localeStyle({}, LOCALE);

export default class EarlierAgreedActions extends LightningElement {
    @api actions: EarlierAction[] = [];
    /** The choice for each action by id; an action with none stays open. */
    @api choices: Record<string, EarlierChoice> = {};

    labels = { heading: HEADING, intro: INTRO };
    options = [
        { label: DONE, value: 'Done' },
        { label: KEEP, value: 'Open' }
    ];

    get rows() {
        return this.actions.map((action) => ({
            ...action,
            label: action.dueDate
                ? formatLabel(ACTION, action.name, DATES.date(action.dueDate))
                : formatLabel(NO_DUE, action.name),
            choice: this.choices[action.id] ?? 'Open'
        }));
    }

    handleChoose(event: CustomEvent<{ value: EarlierChoice }>): void {
        const id = (event.target as HTMLElement).dataset.id;
        if (id) {
            this.dispatchEvent(
                new CustomEvent('choose', { detail: { id, choice: event.detail.value } })
            );
        }
    }
}
