// The standard objects and fields Account Atlas relies on, as the platform defines them. The project's
// metadata only holds custom fields, so the schema loader merges this catalog in. Add a field here when
// the project starts relying on another standard field (a check naming an unknown standard field says so).
import type { FieldType, NameField, SObjectField } from './types';

/** One standard field as the catalog states it; loadSchema() fills in the rest. */
export interface StandardFieldSpec {
    readonly name: string;
    readonly label: string;
    readonly type: FieldType;
    readonly length?: number;
    readonly precision?: number;
    readonly scale?: number;
    readonly required?: boolean;
    /** Defaults to true for non-system fields. */
    readonly createable?: boolean;
    readonly updateable?: boolean;
    readonly referenceTo?: readonly string[];
    readonly relationshipName?: string;
    readonly childRelationshipName?: string;
    /** Known values of a picklist whose values are the same in every org. */
    readonly picklistValues?: readonly string[];
    /** For picklists: the values are fixed (see StageName below). */
    readonly restricted?: boolean;
    readonly externalId?: boolean;
    readonly unique?: boolean;
}

export interface StandardObjectSpec {
    readonly name: string;
    readonly label: string;
    readonly pluralLabel: string;
    /** Who owns records: OwnerId → User (Account…), or no OwnerId at all (User, Product2). */
    readonly owner: 'User' | 'none';
    /** Name is an ordinary text field, or composed from other fields (Contact, User). */
    readonly nameKind: 'Text' | 'Compound';
    readonly enableActivities?: boolean;
    readonly fields: readonly StandardFieldSpec[];
}

/**
 * Sales stages present in every new org. Treated as fixed: IsClosed, IsWon and Probability come from
 * the stage's definition, so a record with any other stage is a defect for this project even where an
 * org would store it.
 */
export const OPPORTUNITY_STAGES: readonly string[] = [
    'Prospecting',
    'Qualification',
    'Needs Analysis',
    'Value Proposition',
    'Id. Decision Makers',
    'Perception Analysis',
    'Proposal/Price Quote',
    'Negotiation/Review',
    'Closed Won',
    'Closed Lost'
];

const readOnly = { createable: false, updateable: false } as const;

export const STANDARD_OBJECTS: readonly StandardObjectSpec[] = [
    {
        name: 'Account',
        label: 'Account',
        pluralLabel: 'Accounts',
        owner: 'User',
        nameKind: 'Text',
        enableActivities: true,
        fields: [
            { name: 'Name', label: 'Account Name', type: 'Text', length: 255, required: true },
            {
                name: 'Industry',
                label: 'Industry',
                type: 'Picklist',
                // Values are editable per org: not judged.
                restricted: false
            },
            {
                name: 'AnnualRevenue',
                label: 'Annual Revenue',
                type: 'Currency',
                precision: 18,
                scale: 0
            },
            {
                name: 'NumberOfEmployees',
                label: 'Employees',
                type: 'Number',
                precision: 8,
                scale: 0
            },
            { name: 'Type', label: 'Account Type', type: 'Picklist', restricted: false },
            {
                name: 'ParentId',
                label: 'Parent Account ID',
                type: 'Lookup',
                referenceTo: ['Account'],
                relationshipName: 'Parent',
                childRelationshipName: 'ChildAccounts'
            },
            { name: 'Website', label: 'Website', type: 'Url', length: 255 },
            {
                name: 'Description',
                label: 'Account Description',
                type: 'LongTextArea',
                length: 32000
            },
            { name: 'LastActivityDate', label: 'Last Activity', type: 'Date', ...readOnly }
        ]
    },
    {
        name: 'Contact',
        label: 'Contact',
        pluralLabel: 'Contacts',
        owner: 'User',
        nameKind: 'Compound',
        enableActivities: true,
        fields: [
            { name: 'FirstName', label: 'First Name', type: 'Text', length: 40 },
            { name: 'LastName', label: 'Last Name', type: 'Text', length: 80, required: true },
            { name: 'Title', label: 'Title', type: 'Text', length: 128 },
            { name: 'Email', label: 'Email', type: 'Email', length: 80 },
            { name: 'Phone', label: 'Business Phone', type: 'Phone', length: 40 },
            {
                name: 'AccountId',
                label: 'Account ID',
                type: 'Lookup',
                referenceTo: ['Account'],
                relationshipName: 'Account',
                childRelationshipName: 'Contacts'
            },
            {
                name: 'ReportsToId',
                label: 'Reports To ID',
                type: 'Lookup',
                referenceTo: ['Contact'],
                relationshipName: 'ReportsTo'
            },
            { name: 'LastActivityDate', label: 'Last Activity', type: 'Date', ...readOnly }
        ]
    },
    {
        name: 'Opportunity',
        label: 'Opportunity',
        pluralLabel: 'Opportunities',
        owner: 'User',
        nameKind: 'Text',
        enableActivities: true,
        fields: [
            { name: 'Name', label: 'Name', type: 'Text', length: 120, required: true },
            {
                name: 'AccountId',
                label: 'Account ID',
                type: 'Lookup',
                referenceTo: ['Account'],
                relationshipName: 'Account',
                childRelationshipName: 'Opportunities'
            },
            {
                name: 'StageName',
                label: 'Stage',
                type: 'Picklist',
                required: true,
                picklistValues: OPPORTUNITY_STAGES,
                restricted: true
            },
            { name: 'Amount', label: 'Amount', type: 'Currency', precision: 18, scale: 2 },
            { name: 'CloseDate', label: 'Close Date', type: 'Date', required: true },
            {
                name: 'Probability',
                label: 'Probability (%)',
                type: 'Percent',
                precision: 3,
                scale: 0
            },
            { name: 'IsClosed', label: 'Closed', type: 'Checkbox', ...readOnly },
            { name: 'IsWon', label: 'Won', type: 'Checkbox', ...readOnly },
            { name: 'Type', label: 'Opportunity Type', type: 'Picklist', restricted: false },
            { name: 'LeadSource', label: 'Lead Source', type: 'Picklist', restricted: false },
            { name: 'NextStep', label: 'Next Step', type: 'Text', length: 255 },
            { name: 'Description', label: 'Description', type: 'LongTextArea', length: 32000 },
            { name: 'ForecastCategoryName', label: 'Forecast Category', type: 'Picklist' },
            { name: 'LastActivityDate', label: 'Last Activity', type: 'Date', ...readOnly },
            {
                name: 'CampaignId',
                label: 'Campaign ID',
                type: 'Lookup',
                referenceTo: ['Campaign'],
                relationshipName: 'Campaign',
                childRelationshipName: 'Opportunities'
            }
        ]
    },
    {
        name: 'User',
        label: 'User',
        pluralLabel: 'Users',
        owner: 'none',
        nameKind: 'Compound',
        fields: [
            { name: 'FirstName', label: 'First Name', type: 'Text', length: 40 },
            { name: 'LastName', label: 'Last Name', type: 'Text', length: 80, required: true },
            { name: 'Email', label: 'Email', type: 'Email', length: 128, required: true },
            { name: 'Username', label: 'Username', type: 'Text', length: 80, required: true },
            { name: 'Alias', label: 'Alias', type: 'Text', length: 8, required: true },
            { name: 'Title', label: 'Title', type: 'Text', length: 80 },
            { name: 'IsActive', label: 'Active', type: 'Checkbox' }
        ]
    },
    {
        name: 'Group',
        label: 'Group',
        pluralLabel: 'Groups',
        owner: 'none',
        nameKind: 'Text',
        fields: [
            { name: 'Name', label: 'Name', type: 'Text', length: 40, required: true },
            { name: 'DeveloperName', label: 'Developer Name', type: 'Text', length: 80 },
            { name: 'Type', label: 'Type', type: 'Picklist', restricted: true }
        ]
    },
    {
        name: 'Product2',
        label: 'Product',
        pluralLabel: 'Products',
        owner: 'none',
        nameKind: 'Text',
        fields: [
            { name: 'Name', label: 'Product Name', type: 'Text', length: 255, required: true },
            { name: 'ProductCode', label: 'Product Code', type: 'Text', length: 255 },
            { name: 'Family', label: 'Product Family', type: 'Picklist', restricted: false },
            { name: 'IsActive', label: 'Active', type: 'Checkbox' },
            { name: 'Description', label: 'Product Description', type: 'TextArea', length: 4000 }
        ]
    },
    {
        name: 'Campaign',
        label: 'Campaign',
        pluralLabel: 'Campaigns',
        owner: 'User',
        nameKind: 'Text',
        enableActivities: true,
        fields: [
            { name: 'Name', label: 'Name', type: 'Text', length: 80, required: true },
            { name: 'Type', label: 'Type', type: 'Picklist', restricted: false },
            { name: 'Status', label: 'Status', type: 'Picklist', restricted: false },
            { name: 'StartDate', label: 'Start Date', type: 'Date' },
            { name: 'EndDate', label: 'End Date', type: 'Date' },
            { name: 'IsActive', label: 'Active', type: 'Checkbox' }
        ]
    }
];

/** Options for the fields every record of an object carries. */
export interface SystemFieldOptions {
    readonly objectName: string;
    readonly custom: boolean;
    /** OwnerId's targets: custom objects may be owned by queues (Group) as well as users. */
    readonly owner: 'User' | 'UserOrGroup' | 'none';
    readonly name: NameField | 'Text' | 'Compound' | undefined;
}

/**
 * Id, Name, OwnerId and the audit fields, shaped like the platform's own: set by the platform, so
 * neither createable nor updateable (except OwnerId and a text Name).
 */
export function systemFields(options: SystemFieldOptions): SObjectField[] {
    const base = {
        objectName: options.objectName,
        custom: false,
        required: false,
        unique: false,
        externalId: false,
        caseSensitive: false,
        referenceTo: [],
        trackHistory: false
    };
    const platformSet = { ...base, system: true, createable: false, updateable: false };
    const auditUser = (name: string, label: string, relationshipName: string): SObjectField => ({
        ...platformSet,
        name,
        label,
        type: 'Lookup',
        referenceTo: ['User'],
        relationshipName,
        relationshipKind: 'Lookup'
    });
    const fields: SObjectField[] = [{ ...platformSet, name: 'Id', label: 'Record ID', type: 'Id' }];
    const name = options.name;
    if (name === 'Compound') {
        fields.push({
            ...platformSet,
            name: 'Name',
            label: 'Full Name',
            type: 'Text',
            length: 121
        });
    } else if (name !== undefined && name !== 'Text' && name.type === 'AutoNumber') {
        fields.push({
            ...platformSet,
            name: 'Name',
            label: name.label,
            type: 'AutoNumber',
            length: 30
        });
    } else if (name !== undefined && options.custom) {
        const label = name === 'Text' ? 'Name' : name.label;
        fields.push({
            ...base,
            system: false,
            createable: true,
            updateable: true,
            required: true,
            name: 'Name',
            label,
            type: 'Text',
            length: 80
        });
    }
    if (options.owner !== 'none') {
        fields.push({
            ...base,
            system: false,
            createable: true,
            updateable: true,
            name: 'OwnerId',
            label: 'Owner ID',
            type: 'Lookup',
            referenceTo: options.owner === 'User' ? ['User'] : ['Group', 'User'],
            relationshipName: 'Owner',
            relationshipKind: 'Lookup'
        });
    }
    fields.push(
        { ...platformSet, name: 'IsDeleted', label: 'Deleted', type: 'Checkbox' },
        { ...platformSet, name: 'CreatedDate', label: 'Created Date', type: 'DateTime' },
        auditUser('CreatedById', 'Created By ID', 'CreatedBy'),
        { ...platformSet, name: 'LastModifiedDate', label: 'Last Modified Date', type: 'DateTime' },
        auditUser('LastModifiedById', 'Last Modified By ID', 'LastModifiedBy'),
        { ...platformSet, name: 'SystemModstamp', label: 'System Modstamp', type: 'DateTime' }
    );
    return fields;
}

/** A catalog field spec as a full schema field. */
export function standardField(objectName: string, spec: StandardFieldSpec): SObjectField {
    const isReference = spec.type === 'Lookup' || spec.type === 'MasterDetail';
    const createable = spec.createable ?? true;
    return {
        objectName,
        name: spec.name,
        label: spec.label,
        type: spec.type,
        custom: false,
        system: false,
        length: spec.length,
        precision: spec.precision,
        scale: spec.scale,
        required: spec.required ?? false,
        unique: spec.unique ?? false,
        externalId: spec.externalId ?? false,
        caseSensitive: false,
        picklist:
            spec.type === 'Picklist' || spec.type === 'MultiselectPicklist'
                ? {
                      restricted: spec.restricted ?? false,
                      valuesKnown: spec.picklistValues !== undefined,
                      values: (spec.picklistValues ?? []).map((value) => ({
                          value,
                          label: value,
                          isDefault: false
                      }))
                  }
                : undefined,
        referenceTo: spec.referenceTo ?? [],
        relationshipName: spec.relationshipName,
        relationshipKind: isReference
            ? spec.type === 'MasterDetail'
                ? 'MasterDetail'
                : 'Lookup'
            : undefined,
        childRelationshipName: spec.childRelationshipName,
        trackHistory: false,
        createable,
        updateable: spec.updateable ?? createable
    };
}
