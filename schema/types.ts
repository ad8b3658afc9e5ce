// The typed shape of the schema that loadSchema() builds from force-app and the standard-object
// catalog. Names and semantics follow the sObject describe API, so a local server can reuse them.

/** Field types: the Metadata API's CustomField types, plus 'Id' for the record id. */
export type FieldType =
    | 'Id'
    | 'AutoNumber'
    | 'Checkbox'
    | 'Currency'
    | 'Date'
    | 'DateTime'
    | 'Email'
    | 'EncryptedText'
    | 'ExternalLookup'
    | 'Hierarchy'
    | 'Html'
    | 'IndirectLookup'
    | 'Location'
    | 'LongTextArea'
    | 'Lookup'
    | 'MasterDetail'
    | 'MetadataRelationship'
    | 'MultiselectPicklist'
    | 'Number'
    | 'Percent'
    | 'Phone'
    | 'Picklist'
    | 'Summary'
    | 'Text'
    | 'TextArea'
    | 'Time'
    | 'Url';

export const FIELD_TYPES: readonly FieldType[] = [
    'Id',
    'AutoNumber',
    'Checkbox',
    'Currency',
    'Date',
    'DateTime',
    'Email',
    'EncryptedText',
    'ExternalLookup',
    'Hierarchy',
    'Html',
    'IndirectLookup',
    'Location',
    'LongTextArea',
    'Lookup',
    'MasterDetail',
    'MetadataRelationship',
    'MultiselectPicklist',
    'Number',
    'Percent',
    'Phone',
    'Picklist',
    'Summary',
    'Text',
    'TextArea',
    'Time',
    'Url'
];

export type DeleteConstraint = 'SetNull' | 'Restrict' | 'Cascade';

export interface PicklistValue {
    /** The API name (what records store). */
    readonly value: string;
    readonly label: string;
    readonly isDefault: boolean;
}

export interface Picklist {
    /** A restricted picklist rejects any value not in `values`. */
    readonly restricted: boolean;
    /**
     * False when the values vary per org (e.g. Account.Industry): then `values` is empty and no
     * value can be judged.
     */
    readonly valuesKnown: boolean;
    readonly values: readonly PicklistValue[];
    /** Set when the field uses a global value set. */
    readonly valueSetName?: string;
}

export interface SObjectField {
    /** The object the field belongs to, e.g. 'Buying_Center__c'. */
    readonly objectName: string;
    /** The API name, e.g. 'Wallet_Share__c' or 'StageName'. */
    readonly name: string;
    readonly label: string;
    readonly type: FieldType;
    readonly custom: boolean;
    /** Set by the platform (Id, audit fields, IsDeleted…), never by a client. */
    readonly system: boolean;
    readonly length?: number;
    readonly precision?: number;
    readonly scale?: number;
    readonly visibleLines?: number;
    /** A value must be present on create (required custom field, master-detail, or e.g. LastName). */
    readonly required: boolean;
    readonly unique: boolean;
    readonly externalId: boolean;
    readonly caseSensitive: boolean;
    readonly defaultValue?: string;
    /** The formula of a formula field (calculated, read-only). */
    readonly formula?: string;
    readonly picklist?: Picklist;
    /** The objects a reference field points to (several for a polymorphic field). */
    readonly referenceTo: readonly string[];
    /** The parent relationship's API name as seen from this object: 'Account__r', 'Owner'. */
    readonly relationshipName?: string;
    readonly relationshipKind?: 'Lookup' | 'MasterDetail';
    readonly deleteConstraint?: DeleteConstraint;
    /**
     * The child relationship's API name as seen from the referenced object: 'Buying_Centers__r'
     * (metadata's <relationshipName>Buying_Centers</relationshipName> plus '__r'), 'Contacts'.
     */
    readonly childRelationshipName?: string;
    readonly relationshipLabel?: string;
    /** Whether a master-detail field may be changed after create. */
    readonly reparentable?: boolean;
    /**
     * Master-detail only: true lets a user with Read on the master record create, edit and delete
     * this record; false asks for Read/Write on the master (Metadata API, CustomField).
     */
    readonly writeRequiresMasterRead?: boolean;
    readonly trackHistory: boolean;
    /** A client may set it on create (not formula, auto-number, roll-up or system). */
    readonly createable: boolean;
    /** A client may change it on update. */
    readonly updateable: boolean;
    readonly description?: string;
    readonly inlineHelpText?: string;
    /** The project file that defines it, relative to the project; undefined for catalog fields. */
    readonly source?: string;
}

export interface ValidationRule {
    readonly objectName: string;
    readonly name: string;
    readonly active: boolean;
    readonly errorConditionFormula: string;
    readonly errorMessage: string;
    readonly errorDisplayField?: string;
    readonly description?: string;
    readonly source: string;
}

export interface NameField {
    readonly label: string;
    readonly type: 'Text' | 'AutoNumber';
    readonly displayFormat?: string;
}

/** Child → parent: Buying_Center__c.Account__r. */
export interface ParentRelationship {
    readonly kind: 'parent';
    /** 'Account__r', 'Owner', 'ReportsTo'. */
    readonly name: string;
    /** The object the relationship is read from (the child side). */
    readonly objectName: string;
    readonly field: SObjectField;
    readonly referenceTo: readonly string[];
    readonly polymorphic: boolean;
}

/** Parent → children: Account.Buying_Centers__r. */
export interface ChildRelationship {
    readonly kind: 'child';
    /** 'Buying_Centers__r', 'Contacts'. */
    readonly name: string;
    /** The object the relationship is read from (the parent side). */
    readonly objectName: string;
    /** The object whose records are the children. */
    readonly childObject: string;
    /** The reference field on the child that points back to the parent. */
    readonly field: SObjectField;
    readonly masterDetail: boolean;
    readonly cascadeDelete: boolean;
}

export type Relationship = ParentRelationship | ChildRelationship;

export interface SObjectDescribe {
    readonly name: string;
    readonly label: string;
    readonly pluralLabel: string;
    readonly custom: boolean;
    readonly nameField?: NameField;
    readonly sharingModel?: string;
    readonly enableHistory: boolean;
    readonly enableActivities: boolean;
    readonly description?: string;
    /** The project's .object-meta.xml, relative to the project; undefined when not in the project. */
    readonly source?: string;
    /** The object's folder under objects/, relative to the project, when the project has one. */
    readonly folder?: string;
    readonly fields: readonly SObjectField[];
    readonly validationRules: readonly ValidationRule[];
    readonly parentRelationships: readonly ParentRelationship[];
    readonly childRelationships: readonly ChildRelationship[];
}

/** Something the loader could not make sense of; the metadata check reports these. */
export interface LoadIssue {
    /** Project-relative file. */
    readonly file: string;
    readonly message: string;
    readonly fix: string;
}
