// The standard objects and fields as the platform defines them, which the schema loader merges with the
// project's metadata (which only holds custom fields): generated from a real org's describes where one
// was recorded, written from the Object Reference otherwise. Also the fields every record carries.
import { DESCRIBED_STANDARD_OBJECTS } from './describedStandardObjects';
import { DOCUMENTED_STANDARD_OBJECTS } from './documentedStandardObjects';
import type { StandardFieldSpec, StandardObjectSpec } from './standardObjectSpec';
import type { NameField, SObjectField } from './types';

export type { StandardFieldSpec, StandardObjectSpec } from './standardObjectSpec';

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

/** What this project holds fixed where an org may differ (see OPPORTUNITY_STAGES). */
function withProjectRules(spec: StandardObjectSpec): StandardObjectSpec {
    if (spec.name !== 'Opportunity') {
        return spec;
    }
    return {
        ...spec,
        fields: spec.fields.map((field) =>
            field.name === 'StageName'
                ? { ...field, picklistValues: OPPORTUNITY_STAGES, restricted: true }
                : field
        )
    };
}

/**
 * The catalog: objects generated from a real org's describes, then those written from the Object
 * Reference (describedStandardObjects.ts and documentedStandardObjects.ts say which is which).
 */
export const STANDARD_OBJECTS: readonly StandardObjectSpec[] = [
    ...DESCRIBED_STANDARD_OBJECTS,
    ...DOCUMENTED_STANDARD_OBJECTS
].map(withProjectRules);

/** Options for the fields every record of an object carries. */
export interface SystemFieldOptions {
    readonly objectName: string;
    readonly custom: boolean;
    /** OwnerId's targets: custom objects may be owned by queues (Group) as well as users. */
    readonly owner: 'User' | 'UserOrGroup' | 'none';
    readonly name: NameField | 'Text' | 'Compound' | 'None' | undefined;
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
    } else if (name !== undefined && typeof name !== 'string' && name.type === 'AutoNumber') {
        fields.push({
            ...platformSet,
            name: 'Name',
            label: name.label,
            type: 'AutoNumber',
            length: 30
        });
    } else if (name !== undefined && name !== 'None' && options.custom) {
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
