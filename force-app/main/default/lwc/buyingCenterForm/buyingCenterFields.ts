// The fields of a buying center as its forms show them (labels, types, ranges), in one place: the
// Buying Centers panel's form and the Account Plan's "fix what is missing" form both use it. Text
// lengths and number sizes come from the object info (c-planning-record-form reads it).
import { GROWTH_TRENDS, RELATIONSHIP_STATUSES, picklistOptions } from 'c/atlasData';
import type { FormFieldDefinition } from 'c/planningRecordForm';
import NAME from '@salesforce/label/c.Atlas_BC_Field_Name';
import PARENT from '@salesforce/label/c.Atlas_BC_Field_Parent';
import WALLET_SIZE from '@salesforce/label/c.Atlas_BC_Field_Wallet_Size';
import WALLET_SHARE from '@salesforce/label/c.Atlas_BC_Field_Wallet_Share';
import SALES_GOAL from '@salesforce/label/c.Atlas_BC_Field_Sales_Goal';
import RELATIONSHIP_STATUS from '@salesforce/label/c.Atlas_BC_Field_Relationship_Status';
import DESIRED_STATUS from '@salesforce/label/c.Atlas_BC_Field_Desired_Status';
import GROWTH_TREND from '@salesforce/label/c.Atlas_BC_Field_Growth_Trend';
import KEY_INITIATIVES from '@salesforce/label/c.Atlas_BC_Field_Key_Initiatives';
import COMPETITIVE_ENVIRONMENT from '@salesforce/label/c.Atlas_BC_Field_Competitive_Environment';
import PRIMARY_COMPETITOR from '@salesforce/label/c.Atlas_BC_Field_Primary_Competitor';
import LAST_ENGAGEMENT from '@salesforce/label/c.Atlas_BC_Field_Last_Engagement';

/** Every editable field of a buying center; parentOptions are the centers it may hang under. */
export function buyingCenterFields(
    parentOptions: { label: string; value: string }[] = []
): FormFieldDefinition[] {
    const statuses = picklistOptions(RELATIONSHIP_STATUSES);
    return [
        { name: 'Name', label: NAME, type: 'text', required: true },
        {
            name: 'Parent_Buying_Center__c',
            label: PARENT,
            type: 'picklist',
            options: parentOptions
        },
        { name: 'Wallet_Size__c', label: WALLET_SIZE, type: 'currency', min: 0 },
        { name: 'Wallet_Share__c', label: WALLET_SHARE, type: 'percent', min: 0, max: 100 },
        { name: 'Sales_Goal__c', label: SALES_GOAL, type: 'currency', min: 0 },
        {
            name: 'Relationship_Status__c',
            label: RELATIONSHIP_STATUS,
            type: 'picklist',
            options: statuses
        },
        {
            name: 'Desired_Relationship_Status__c',
            label: DESIRED_STATUS,
            type: 'picklist',
            options: statuses
        },
        {
            name: 'Growth_Trend__c',
            label: GROWTH_TREND,
            type: 'picklist',
            options: picklistOptions(GROWTH_TRENDS)
        },
        { name: 'Primary_Competitor__c', label: PRIMARY_COMPETITOR, type: 'text' },
        {
            name: 'Last_Engagement_Date__c',
            label: LAST_ENGAGEMENT,
            type: 'date',
            expectedDate: 'past'
        },
        { name: 'Key_Initiatives__c', label: KEY_INITIATIVES, type: 'textarea', wide: true },
        {
            name: 'Competitive_Environment__c',
            label: COMPETITIVE_ENVIRONMENT,
            type: 'textarea',
            wide: true
        }
    ];
}
