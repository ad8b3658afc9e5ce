// The form fields of an objective, a strategy and an action.
import {
    ACTION_STATUSES,
    OBJECTIVE_STATUSES,
    STRATEGY_STATUSES,
    picklistOptions
} from 'c/atlasData';
import type { PlanLevel } from 'c/atlasData';
import type { FormFieldDefinition, FormFieldOption } from 'c/planningRecordForm';

export interface PlanFieldLabels {
    objectiveName: string;
    strategyName: string;
    actionName: string;
    owner: string;
    buyingCenter: string;
    map: string;
    measure: string;
    target: string;
    /** Said where a target below 0 is typed. */
    targetMin: string;
    due: string;
    status: string;
    opportunity: string;
    campaign: string;
    description: string;
}

export interface PlanFieldChoices {
    buyingCenters: FormFieldOption[];
    maps: FormFieldOption[];
    opportunities: FormFieldOption[];
}

export function planItemFields(
    level: PlanLevel,
    labels: PlanFieldLabels,
    choices: PlanFieldChoices
): FormFieldDefinition[] {
    const description: FormFieldDefinition = {
        name: 'Description__c',
        label: labels.description,
        type: 'textarea',
        wide: true
    };
    const due: FormFieldDefinition = { name: 'Due_Date__c', label: labels.due, type: 'date' };
    if (level === 'objective') {
        return [
            {
                name: 'Name',
                label: labels.objectiveName,
                type: 'text',
                required: true,
                maxLength: 80,
                wide: true
            },
            { name: 'OwnerId', label: labels.owner, type: 'user' },
            {
                name: 'Status__c',
                label: labels.status,
                type: 'picklist',
                required: true,
                options: picklistOptions(OBJECTIVE_STATUSES)
            },
            due,
            { name: 'Measure__c', label: labels.measure, type: 'text', maxLength: 255 },
            {
                name: 'Target_Value__c',
                label: labels.target,
                type: 'number',
                min: 0,
                minMessage: labels.targetMin
            },
            {
                name: 'Buying_Center__c',
                label: labels.buyingCenter,
                type: 'picklist',
                options: choices.buyingCenters
            },
            {
                name: 'Opportunity_Map__c',
                label: labels.map,
                type: 'picklist',
                options: choices.maps
            },
            description
        ];
    }
    if (level === 'strategy') {
        return [
            {
                name: 'Name',
                label: labels.strategyName,
                type: 'text',
                required: true,
                maxLength: 80,
                wide: true
            },
            { name: 'Owner__c', label: labels.owner, type: 'user' },
            {
                name: 'Status__c',
                label: labels.status,
                type: 'picklist',
                required: true,
                options: picklistOptions(STRATEGY_STATUSES)
            },
            due,
            description
        ];
    }
    return [
        {
            name: 'Name',
            label: labels.actionName,
            type: 'text',
            required: true,
            maxLength: 80,
            wide: true
        },
        { name: 'Owner__c', label: labels.owner, type: 'user' },
        {
            name: 'Status__c',
            label: labels.status,
            type: 'picklist',
            required: true,
            options: picklistOptions(ACTION_STATUSES)
        },
        due,
        {
            name: 'Opportunity__c',
            label: labels.opportunity,
            type: 'picklist',
            options: choices.opportunities
        },
        { name: 'Campaign__c', label: labels.campaign, type: 'lookup', objectApiName: 'Campaign' },
        description
    ];
}
