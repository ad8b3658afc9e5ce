// The form sales ops edit one framework group with: label, order, weight and question. It checks
// what was typed (c/salesFramework groupFieldsOf), says what to do next to each field, keeps the
// typed values when a check or the save fails, and sends `save` with the fields to write.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/atlasData';
import { groupFieldsOf } from 'c/salesFramework';
import type { GroupDraft, GroupField, GroupProblem, GroupProblemCode } from 'c/salesFramework';
import HEADING from '@salesforce/label/c.Atlas_SF_Form_Heading';
import LABEL from '@salesforce/label/c.Atlas_SF_Field_Label';
import ORDER from '@salesforce/label/c.Atlas_SF_Field_Order';
import WEIGHT from '@salesforce/label/c.Atlas_SF_Field_Weight';
import QUESTION from '@salesforce/label/c.Atlas_SF_Field_Question';
import WEIGHT_HELP from '@salesforce/label/c.Atlas_SF_Weight_Help';
import SAVE from '@salesforce/label/c.Atlas_SF_Save';
import CANCEL from '@salesforce/label/c.Atlas_SF_Cancel';
import SAVE_FAILED from '@salesforce/label/c.Atlas_SF_Save_Failed';
import LABEL_EMPTY from '@salesforce/label/c.Atlas_SF_Error_Label_Empty';
import LABEL_LONG from '@salesforce/label/c.Atlas_SF_Error_Label_Long';
import ORDER_NOT_WHOLE from '@salesforce/label/c.Atlas_SF_Error_Order';
import WEIGHT_NOT_NUMBER from '@salesforce/label/c.Atlas_SF_Error_Weight_Number';
import WEIGHT_NEGATIVE from '@salesforce/label/c.Atlas_SF_Error_Weight_Negative';
import WEIGHT_TOO_HIGH from '@salesforce/label/c.Atlas_SF_Error_Weight_High';
import QUESTION_LONG from '@salesforce/label/c.Atlas_SF_Error_Question_Long';

const PROBLEM_LABELS: Readonly<Record<GroupProblemCode, string>> = {
    LABEL_EMPTY,
    LABEL_LONG,
    ORDER_NOT_WHOLE,
    WEIGHT_NOT_NUMBER,
    WEIGHT_NEGATIVE,
    WEIGHT_TOO_HIGH,
    QUESTION_LONG
};

/** The group as the form starts from. */
export interface GroupFormValues {
    id: string;
    label: string;
    order: number | null;
    weight: number;
    question: string | null;
}

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value);
}

export default class FrameworkGroupForm extends LightningElement {
    /** The save's error from the platform (the parent's write), shown above the buttons. */
    @api errors: unknown;
    @api saving = false;

    labels = { label: LABEL, order: ORDER, weight: WEIGHT, question: QUESTION };
    labelsMore = { weightHelp: WEIGHT_HELP, save: SAVE, cancel: CANCEL, saveFailed: SAVE_FAILED };
    draft: GroupDraft = { Name: '', Order__c: '', Weight__c: '', Question__c: '' };
    problems: GroupProblem[] = [];
    private groupId = '';
    private startLabel = '';
    private current: GroupFormValues | null = null;

    @api
    get group(): GroupFormValues | null {
        return this.current;
    }
    set group(value: GroupFormValues | null) {
        this.current = value;
        // A new group to edit starts a new draft; the same group keeps what was typed.
        if (value && value.id !== this.groupId) {
            this.groupId = value.id;
            this.startLabel = value.label;
            this.draft = {
                Name: value.label,
                Order__c: text(value.order),
                Weight__c: text(value.weight),
                Question__c: text(value.question)
            };
            this.problems = [];
        }
    }

    get heading(): string {
        return formatLabel(HEADING, this.startLabel);
    }

    get errorFor(): Partial<Record<GroupField, string>> {
        const shown: Partial<Record<GroupField, string>> = {};
        for (const problem of this.problems) {
            if (!shown[problem.field]) {
                shown[problem.field] = formatLabel(PROBLEM_LABELS[problem.code], ...problem.params);
            }
        }
        return shown;
    }

    handleChange(event: CustomEvent<{ value?: unknown }>): void {
        const field = (event.target as HTMLElement).dataset.field as GroupField | undefined;
        if (field) {
            this.draft = { ...this.draft, [field]: text(event.detail?.value) };
        }
    }

    handleSave(): void {
        const { fields, problems } = groupFieldsOf(this.draft);
        this.problems = problems;
        if (problems.length === 0) {
            this.dispatchEvent(
                new CustomEvent('save', { detail: { id: this.groupId, fields: { ...fields } } })
            );
        }
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }
}
