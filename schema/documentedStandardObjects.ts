// Standard objects for which no recorded describe was at hand, written from Salesforce's Object
// Reference and Field Reference Guide (page per object, cited below): their commonly queried standard
// fields with the documented types, lengths and relationships. Not every field of these objects is
// here (Profile's hundreds of Permissions* flags, User's preference flags…); add one with its page.
import type { StandardFieldSpec, StandardObjectSpec } from './standardObjectSpec';

const readOnly = { createable: false, updateable: false } as const;
const createOnly = { updateable: false } as const;

/** Activities' shared fields (Task here; Event comes from its describe with the same facts). */
const activityFields: readonly StandardFieldSpec[] = [
    {
        name: 'WhoId',
        label: 'Name ID',
        type: 'Lookup',
        referenceTo: ['Contact', 'Lead'],
        relationshipName: 'Who',
        childRelationshipName: 'Tasks'
    },
    {
        // Extended at load time with every custom object whose metadata enables activities.
        name: 'WhatId',
        label: 'Related To ID',
        type: 'Lookup',
        referenceTo: ['Account', 'Campaign', 'Case', 'Opportunity', 'Product2'],
        relationshipName: 'What',
        childRelationshipName: 'Tasks'
    },
    { name: 'Subject', label: 'Subject', type: 'Text', length: 255 },
    { name: 'ActivityDate', label: 'Due Date Only', type: 'Date' },
    {
        name: 'AccountId',
        label: 'Account ID',
        type: 'Lookup',
        referenceTo: ['Account'],
        relationshipName: 'Account',
        ...readOnly
    },
    { name: 'Description', label: 'Description', type: 'LongTextArea', length: 32000 },
    { name: 'IsReminderSet', label: 'Reminder Set', type: 'Checkbox' },
    { name: 'ReminderDateTime', label: 'Reminder Date/Time', type: 'DateTime' },
    { name: 'IsArchived', label: 'Archived', type: 'Checkbox', ...readOnly },
    { name: 'IsRecurrence', label: 'Create Recurring Series of Tasks', type: 'Checkbox' }
];

export const DOCUMENTED_STANDARD_OBJECTS: readonly StandardObjectSpec[] = [
    {
        // Object Reference, Task: developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_task.htm
        // Field Reference Guide, Task (types and lengths). UI API: on the All Supported Objects list;
        // GraphQL: "Event and Task (Beta) available in API v59.0 and later" (GraphQL API guide,
        // Polymorphic Relationship Filters).
        name: 'Task',
        label: 'Task',
        pluralLabel: 'Tasks',
        keyPrefix: '00T',
        owner: 'User',
        nameKind: 'None',
        uiApi: true,
        source: 'Object Reference: Task',
        fields: [
            ...activityFields,
            // Defaulted on create ('Not Started', 'Normal'): not required through the API.
            { name: 'Status', label: 'Status', type: 'Picklist', restricted: false },
            { name: 'Priority', label: 'Priority', type: 'Picklist', restricted: false },
            { name: 'IsHighPriority', label: 'High Priority', type: 'Checkbox', ...readOnly },
            { name: 'IsClosed', label: 'Closed', type: 'Checkbox', ...readOnly },
            { name: 'Type', label: 'Type', type: 'Picklist', restricted: false },
            {
                name: 'TaskSubtype',
                label: 'Task Subtype',
                type: 'Picklist',
                restricted: true,
                picklistValues: ['Task', 'Email', 'ListEmail', 'Cadence', 'Call', 'LinkedIn'],
                ...createOnly
            },
            {
                name: 'CompletedDateTime',
                label: 'Completed Date/Time',
                type: 'DateTime',
                ...readOnly
            },
            {
                name: 'CallDurationInSeconds',
                label: 'Call Duration',
                type: 'Number',
                precision: 8,
                scale: 0
            },
            {
                name: 'CallType',
                label: 'Call Type',
                type: 'Picklist',
                restricted: true,
                picklistValues: ['Internal', 'Inbound', 'Outbound']
            },
            { name: 'CallDisposition', label: 'Call Result', type: 'Text', length: 255 },
            { name: 'CallObject', label: 'Call Object Identifier', type: 'Text', length: 255 },
            {
                name: 'WhoCount',
                label: 'Related Count',
                type: 'Number',
                precision: 9,
                scale: 0,
                ...readOnly
            },
            {
                name: 'WhatCount',
                label: 'Related To Count',
                type: 'Number',
                precision: 9,
                scale: 0,
                ...readOnly
            }
        ]
    },
    {
        // Object Reference, User: …/sforce_api_objects_user.htm. UI API: supported.
        name: 'User',
        label: 'User',
        pluralLabel: 'Users',
        keyPrefix: '005',
        owner: 'none',
        nameKind: 'Compound',
        uiApi: true,
        source: 'Object Reference: User',
        fields: [
            { name: 'Username', label: 'Username', type: 'Text', length: 80, required: true },
            { name: 'FirstName', label: 'First Name', type: 'Text', length: 40 },
            { name: 'LastName', label: 'Last Name', type: 'Text', length: 80, required: true },
            { name: 'Email', label: 'Email', type: 'Email', length: 128, required: true },
            { name: 'Alias', label: 'Alias', type: 'Text', length: 8, required: true },
            { name: 'CommunityNickname', label: 'Nickname', type: 'Text', length: 40 },
            { name: 'Title', label: 'Title', type: 'Text', length: 80 },
            { name: 'CompanyName', label: 'Company Name', type: 'Text', length: 80 },
            { name: 'Division', label: 'Division', type: 'Text', length: 80 },
            { name: 'Department', label: 'Department', type: 'Text', length: 80 },
            { name: 'EmployeeNumber', label: 'Employee Number', type: 'Text', length: 20 },
            { name: 'Street', label: 'Street', type: 'TextArea', length: 255 },
            { name: 'City', label: 'City', type: 'Text', length: 40 },
            { name: 'State', label: 'State/Province', type: 'Text', length: 80 },
            { name: 'PostalCode', label: 'Zip/Postal Code', type: 'Text', length: 20 },
            { name: 'Country', label: 'Country', type: 'Text', length: 80 },
            { name: 'Phone', label: 'Phone', type: 'Phone', length: 40 },
            { name: 'MobilePhone', label: 'Mobile', type: 'Phone', length: 40 },
            { name: 'AboutMe', label: 'About Me', type: 'TextArea', length: 1000 },
            { name: 'IsActive', label: 'Active', type: 'Checkbox' },
            {
                // Required on create in a real org; the local org creates its users itself.
                name: 'ProfileId',
                label: 'Profile ID',
                type: 'Lookup',
                referenceTo: ['Profile'],
                relationshipName: 'Profile'
            },
            {
                name: 'UserRoleId',
                label: 'Role ID',
                type: 'Lookup',
                referenceTo: ['UserRole'],
                relationshipName: 'UserRole',
                childRelationshipName: 'Users'
            },
            {
                name: 'ManagerId',
                label: 'Manager ID',
                type: 'Lookup',
                referenceTo: ['User'],
                relationshipName: 'Manager',
                childRelationshipName: 'ManagedUsers'
            },
            {
                name: 'UserType',
                label: 'User Type',
                type: 'Picklist',
                restricted: true,
                ...readOnly
            },
            // Restricted picklists whose values are the platform's locale lists (not listed here).
            { name: 'TimeZoneSidKey', label: 'Time Zone', type: 'Picklist', restricted: true },
            { name: 'LocaleSidKey', label: 'Locale', type: 'Picklist', restricted: true },
            {
                name: 'EmailEncodingKey',
                label: 'Email Encoding',
                type: 'Picklist',
                restricted: true
            },
            { name: 'LanguageLocaleKey', label: 'Language', type: 'Picklist', restricted: true },
            { name: 'LastLoginDate', label: 'Last Login', type: 'DateTime', ...readOnly }
        ]
    },
    {
        // Object Reference, Profile: …/sforce_api_objects_profile.htm (a setup object: not in the
        // UI API's supported objects).
        name: 'Profile',
        label: 'Profile',
        pluralLabel: 'Profiles',
        keyPrefix: '00e',
        owner: 'none',
        nameKind: 'Text',
        uiApi: false,
        source: 'Object Reference: Profile',
        fields: [
            { name: 'Name', label: 'Name', type: 'Text', length: 255, required: true },
            { name: 'Description', label: 'Description', type: 'Text', length: 255 },
            {
                name: 'UserType',
                label: 'User Type',
                type: 'Picklist',
                restricted: true,
                ...readOnly
            }
        ]
    },
    {
        // Object Reference, UserRole: …/sforce_api_objects_userrole.htm (setup object; not in the
        // UI API's supported objects).
        name: 'UserRole',
        label: 'Role',
        pluralLabel: 'Roles',
        keyPrefix: '00E',
        owner: 'none',
        nameKind: 'Text',
        uiApi: false,
        source: 'Object Reference: UserRole',
        fields: [
            { name: 'Name', label: 'Name', type: 'Text', length: 80, required: true },
            { name: 'DeveloperName', label: 'Developer Name', type: 'Text', length: 80 },
            {
                name: 'ParentRoleId',
                label: 'Parent Role ID',
                type: 'Lookup',
                referenceTo: ['UserRole']
            },
            { name: 'RollupDescription', label: 'Description', type: 'Text', length: 80 },
            {
                name: 'OpportunityAccessForAccountOwner',
                label: 'Opportunity Access Level',
                type: 'Picklist',
                restricted: true,
                picklistValues: ['None', 'Read', 'Edit']
            },
            {
                name: 'ContactAccessForAccountOwner',
                label: 'Contact Access Level',
                type: 'Picklist',
                restricted: true,
                picklistValues: ['None', 'Read', 'Edit']
            },
            {
                name: 'CaseAccessForAccountOwner',
                label: 'Case Access Level',
                type: 'Picklist',
                restricted: true,
                picklistValues: ['None', 'Read', 'Edit']
            },
            {
                name: 'ForecastUserId',
                label: 'Forecast Manager ID',
                type: 'Lookup',
                referenceTo: ['User']
            }
        ]
    },
    {
        // Object Reference, RecordType: …/sforce_api_objects_recordtype.htm (record types are
        // created through the Metadata API, not records; not checked against the UI API list).
        name: 'RecordType',
        label: 'Record Type',
        pluralLabel: 'Record Types',
        keyPrefix: '012',
        owner: 'none',
        nameKind: 'Text',
        uiApi: false,
        source: 'Object Reference: RecordType',
        fields: [
            { name: 'Name', label: 'Record Type Label', type: 'Text', length: 80, required: true },
            { name: 'DeveloperName', label: 'Record Type Name', type: 'Text', length: 80 },
            {
                name: 'NamespacePrefix',
                label: 'Namespace Prefix',
                type: 'Text',
                length: 15,
                ...readOnly
            },
            { name: 'Description', label: 'Description', type: 'Text', length: 255 },
            { name: 'SobjectType', label: 'SObject Type Name', type: 'Picklist', restricted: true },
            { name: 'IsActive', label: 'Active', type: 'Checkbox' }
        ]
    },
    {
        // Object Reference, OpportunityHistory: …/sforce_api_objects_opportunityhistory.htm. Read-only:
        // the platform writes it; not in the UI API's supported objects (history objects are not).
        name: 'OpportunityHistory',
        label: 'Opportunity History',
        pluralLabel: 'Opportunity History',
        keyPrefix: '008',
        owner: 'none',
        nameKind: 'None',
        uiApi: false,
        platformWritten: true,
        source: 'Object Reference: OpportunityHistory',
        fields: [
            {
                name: 'OpportunityId',
                label: 'Opportunity ID',
                type: 'Lookup',
                referenceTo: ['Opportunity'],
                relationshipName: 'Opportunity',
                childRelationshipName: 'OpportunityHistories',
                ...readOnly
            },
            { name: 'StageName', label: 'Stage Name', type: 'Picklist', ...readOnly },
            {
                name: 'Amount',
                label: 'Amount',
                type: 'Currency',
                precision: 18,
                scale: 2,
                ...readOnly
            },
            {
                name: 'ExpectedRevenue',
                label: 'Expected Revenue',
                type: 'Currency',
                precision: 18,
                scale: 2,
                ...readOnly
            },
            { name: 'CloseDate', label: 'Close Date', type: 'Date', ...readOnly },
            {
                name: 'Probability',
                label: 'Probability (%)',
                type: 'Percent',
                precision: 3,
                scale: 0,
                ...readOnly
            },
            { name: 'ForecastCategory', label: 'Forecast Category', type: 'Picklist', ...readOnly },
            {
                name: 'PrevAmount',
                label: 'Previous Amount',
                type: 'Currency',
                precision: 18,
                scale: 2,
                ...readOnly
            },
            { name: 'PrevCloseDate', label: 'Previous Close Date', type: 'Date', ...readOnly }
        ]
    },
    {
        // Object Reference, Group: …/sforce_api_objects_group.htm. Whether the UI API supports Group
        // was not confirmed; it stays offered (custom objects' Owner is Group or User).
        name: 'Group',
        label: 'Group',
        pluralLabel: 'Groups',
        keyPrefix: '00G',
        owner: 'none',
        nameKind: 'Text',
        uiApi: true,
        source: 'Object Reference: Group',
        fields: [
            { name: 'Name', label: 'Name', type: 'Text', length: 40, required: true },
            { name: 'DeveloperName', label: 'Developer Name', type: 'Text', length: 80 },
            { name: 'Type', label: 'Type', type: 'Picklist', restricted: true }
        ]
    },
    {
        // Object Reference, Product2: …/sforce_api_objects_product2.htm. UI API: supported.
        name: 'Product2',
        label: 'Product',
        pluralLabel: 'Products',
        keyPrefix: '01t',
        owner: 'none',
        nameKind: 'Text',
        enableActivities: true,
        uiApi: true,
        source: 'Object Reference: Product2',
        fields: [
            { name: 'Name', label: 'Product Name', type: 'Text', length: 255, required: true },
            { name: 'ProductCode', label: 'Product Code', type: 'Text', length: 255 },
            { name: 'Family', label: 'Product Family', type: 'Picklist', restricted: false },
            { name: 'IsActive', label: 'Active', type: 'Checkbox' },
            { name: 'Description', label: 'Product Description', type: 'TextArea', length: 4000 }
        ]
    },
    {
        // Object Reference, Pricebook2: …/sforce_api_objects_pricebook2.htm (Opportunity.Pricebook2Id).
        name: 'Pricebook2',
        label: 'Price Book',
        pluralLabel: 'Price Books',
        keyPrefix: '01s',
        owner: 'none',
        nameKind: 'Text',
        uiApi: true,
        source: 'Object Reference: Pricebook2',
        fields: [
            { name: 'Name', label: 'Price Book Name', type: 'Text', length: 255, required: true },
            { name: 'IsActive', label: 'Active', type: 'Checkbox' },
            { name: 'IsStandard', label: 'Is Standard Price Book', type: 'Checkbox', ...readOnly },
            { name: 'Description', label: 'Description', type: 'Text', length: 255 }
        ]
    },
    {
        // Object Reference, Campaign: …/sforce_api_objects_campaign.htm. UI API: supported.
        name: 'Campaign',
        label: 'Campaign',
        pluralLabel: 'Campaigns',
        keyPrefix: '701',
        owner: 'User',
        nameKind: 'Text',
        enableActivities: true,
        uiApi: true,
        source: 'Object Reference: Campaign',
        fields: [
            { name: 'Name', label: 'Name', type: 'Text', length: 80, required: true },
            { name: 'Type', label: 'Type', type: 'Picklist', restricted: false },
            { name: 'Status', label: 'Status', type: 'Picklist', restricted: false },
            { name: 'StartDate', label: 'Start Date', type: 'Date' },
            { name: 'EndDate', label: 'End Date', type: 'Date' },
            { name: 'IsActive', label: 'Active', type: 'Checkbox' },
            {
                name: 'ParentId',
                label: 'Parent Campaign ID',
                type: 'Lookup',
                referenceTo: ['Campaign'],
                relationshipName: 'Parent',
                childRelationshipName: 'ChildCampaigns'
            },
            { name: 'Description', label: 'Description', type: 'LongTextArea', length: 32000 }
        ]
    }
];
