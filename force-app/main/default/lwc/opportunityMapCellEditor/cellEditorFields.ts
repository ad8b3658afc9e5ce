// The fields of the cell editor in each of its modes: edit the cell, block it with a reason, or
// turn it into an opportunity.
import { MAP_CELL_STATUSES, picklistOptions } from 'c/atlasData';
import type { FormFieldDefinition } from 'c/planningRecordForm';

export type CellEditorMode = 'edit' | 'block' | 'opportunity';

export interface CellEditorLabels {
    status: string;
    potentialValue: string;
    currentValue: string;
    competitor: string;
    renewalDate: string;
    blockedReason: string;
    opportunityName: string;
    stage: string;
    closeDate: string;
    amount: string;
}

/**
 * The form fields of a mode. `stageOptions` are the org's open sales stages (its StageName
 * picklist), which a new opportunity may start in.
 */
export function cellEditorFields(
    mode: CellEditorMode,
    labels: CellEditorLabels,
    status: string | null,
    stageOptions: readonly { label: string; value: string }[] = []
): FormFieldDefinition[] {
    if (mode === 'block') {
        return [
            {
                name: 'Blocked_Reason__c',
                label: labels.blockedReason,
                type: 'textarea',
                required: true,
                maxLength: 255,
                wide: true
            }
        ];
    }
    if (mode === 'opportunity') {
        return [
            {
                name: 'Name',
                label: labels.opportunityName,
                type: 'text',
                required: true,
                maxLength: 120,
                wide: true
            },
            {
                name: 'StageName',
                label: labels.stage,
                type: 'picklist',
                required: true,
                options: [...stageOptions]
            },
            { name: 'CloseDate', label: labels.closeDate, type: 'date', required: true },
            { name: 'Amount', label: labels.amount, type: 'currency', min: 0 }
        ];
    }
    return [
        {
            name: 'Status__c',
            label: labels.status,
            type: 'picklist',
            required: true,
            options: picklistOptions(MAP_CELL_STATUSES)
        },
        { name: 'Potential_Value__c', label: labels.potentialValue, type: 'currency', min: 0 },
        { name: 'Current_Value__c', label: labels.currentValue, type: 'currency', min: 0 },
        { name: 'Competitor__c', label: labels.competitor, type: 'text', maxLength: 255 },
        { name: 'Renewal_Date__c', label: labels.renewalDate, type: 'date' },
        {
            name: 'Blocked_Reason__c',
            label: labels.blockedReason,
            type: 'textarea',
            // A blocked cell needs its reason (validation rule Blocked_Cell_Needs_Reason).
            required: status === 'Blocked',
            maxLength: 255,
            wide: true
        }
    ];
}
