// Generates schema/describedStandardObjects.ts from sObject describe results of a real org, so the standard
// objects the local org serves have the platform's own fields, types, lengths and relationships.
//
// Usage: npx tsx scripts/metadata/generateStandardCatalog.ts <dir of describe JSON files>
// Each file is what `GET /services/data/vXX.X/sobjects/{Object}/describe` answers, or the output of
// `sf sobject describe --sobject {Object} --json` (its `result`). The committed catalog was generated
// from the describes recorded from a Salesforce org in CumulusCI's test cassettes (see the header the
// script writes); any org's describes regenerate it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTED_STANDARD_OBJECTS } from '../../schema/documentedStandardObjects';
import type { StandardFieldSpec, StandardObjectSpec } from '../../schema/standardObjects';
import type { FieldType } from '../../schema/types';

/** The parts of a describe result this generator reads. */
interface DescribeField {
    readonly name: string;
    readonly label: string;
    readonly type: string;
    readonly custom: boolean;
    readonly deprecatedAndHidden: boolean;
    readonly length: number;
    readonly digits: number;
    readonly precision: number;
    readonly scale: number;
    readonly nillable: boolean;
    readonly defaultedOnCreate: boolean;
    readonly createable: boolean;
    readonly updateable: boolean;
    readonly unique: boolean;
    readonly externalId: boolean;
    readonly calculated: boolean;
    readonly autoNumber: boolean;
    readonly extraTypeInfo: string | null;
    readonly referenceTo: readonly string[];
    readonly relationshipName: string | null;
    readonly restrictedPicklist: boolean;
    readonly picklistValues: readonly { value: string; active: boolean }[];
}

interface DescribeResult {
    readonly name: string;
    readonly label: string;
    readonly labelPlural: string;
    readonly keyPrefix: string | null;
    readonly fields: readonly DescribeField[];
    readonly childRelationships: readonly {
        childSObject: string;
        field: string;
        relationshipName: string | null;
    }[];
}

/** Fields every object gets from systemFields() (standardObjects.ts), so never listed per object. */
const SYSTEM_FIELDS = new Set([
    'Id',
    'IsDeleted',
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById',
    'SystemModstamp',
    'OwnerId'
]);

/**
 * Fields left out on purpose: RecordTypeId exists only once an object has record types (the org the
 * describes came from had them on Account; a new org and this project have none).
 */
const ORG_SPECIFIC_FIELDS = new Set(['RecordTypeId']);

function readDescribe(file: string): DescribeResult {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { result?: DescribeResult };
    return parsed.result ?? (parsed as DescribeResult);
}

/** The catalog type of a describe field type, or undefined for types the local org cannot store. */
function fieldType(field: DescribeField): FieldType | undefined {
    if (field.autoNumber) {
        return 'AutoNumber';
    }
    switch (field.type) {
        case 'id':
            return 'Id';
        case 'string':
        case 'combobox':
            return 'Text';
        case 'textarea':
            if (field.extraTypeInfo === 'richtextarea') {
                return 'Html';
            }
            return field.length > 255 ? 'LongTextArea' : 'TextArea';
        case 'picklist':
            return 'Picklist';
        case 'multipicklist':
            return 'MultiselectPicklist';
        case 'reference':
            return 'Lookup';
        case 'boolean':
            return 'Checkbox';
        case 'currency':
            return 'Currency';
        case 'percent':
            return 'Percent';
        case 'double':
        case 'int':
            return 'Number';
        case 'date':
            return 'Date';
        case 'datetime':
            return 'DateTime';
        case 'time':
            return 'Time';
        case 'email':
            return 'Email';
        case 'phone':
            return 'Phone';
        case 'url':
            return 'Url';
        case 'encryptedstring':
            return 'EncryptedText';
        default:
            // address and location (compound fields over columns listed separately), base64, anyType
            return undefined;
    }
}

function fieldSpec(
    field: DescribeField,
    objectName: string,
    catalog: ReadonlySet<string>,
    childNames: ReadonlyMap<string, string>,
    leftOut: string[]
): StandardFieldSpec | undefined {
    const type = fieldType(field);
    if (type === undefined) {
        leftOut.push(`${field.name} (${field.type})`);
        return undefined;
    }
    const spec: Record<string, unknown> = { name: field.name, label: field.label, type };
    if (
        type === 'Text' ||
        type === 'TextArea' ||
        type === 'LongTextArea' ||
        type === 'Html' ||
        type === 'AutoNumber'
    ) {
        spec.length = field.length;
    } else if (type === 'Email' || type === 'Phone' || type === 'Url' || type === 'EncryptedText') {
        spec.length = field.length;
    } else if (type === 'Currency' || type === 'Percent' || type === 'Number') {
        spec.precision = field.type === 'int' ? field.digits : field.precision;
        spec.scale = field.type === 'int' ? 0 : field.scale;
    }
    if (field.createable && !field.nillable && !field.defaultedOnCreate) {
        spec.required = true;
    }
    if (!field.createable) {
        spec.createable = false;
    }
    if (field.updateable !== field.createable) {
        spec.updateable = field.updateable;
    }
    if (type === 'Lookup') {
        const targets = field.referenceTo.filter((target) => catalog.has(target));
        if (targets.length === 0) {
            leftOut.push(`${field.name} (→ ${field.referenceTo.join(', ')})`);
            return undefined;
        }
        spec.referenceTo = targets;
        if (field.relationshipName !== null) {
            spec.relationshipName = field.relationshipName;
        }
        const childName = childNames.get(`${objectName}.${field.name}`);
        if (childName !== undefined) {
            spec.childRelationshipName = childName;
        }
    }
    if (type === 'Picklist' || type === 'MultiselectPicklist') {
        // Unrestricted standard picklists are edited per org (Industry, LeadSource…): their values
        // are not judged. Restricted ones are the platform's own lists.
        spec.restricted = field.restrictedPicklist;
        if (field.restrictedPicklist) {
            spec.picklistValues = field.picklistValues
                .filter((value) => value.active)
                .map((value) => value.value);
        }
    }
    if (field.unique) {
        spec.unique = true;
    }
    if (field.externalId) {
        spec.externalId = true;
    }
    return spec as unknown as StandardFieldSpec;
}

function objectSpec(
    describe: DescribeResult,
    catalog: ReadonlySet<string>,
    childNames: ReadonlyMap<string, string>
): { spec: StandardObjectSpec; leftOut: string[] } {
    const leftOut: string[] = [];
    const byName = new Map(describe.fields.map((field) => [field.name, field]));
    const nameField = byName.get('Name');
    const compound = nameField !== undefined && !nameField.createable && byName.has('LastName');
    const owner = byName.get('OwnerId');
    const ownerTargets = owner?.referenceTo.filter((target) => catalog.has(target)) ?? [];
    const fields: StandardFieldSpec[] = [];
    for (const field of describe.fields) {
        if (
            field.custom ||
            field.name.includes('__') ||
            field.deprecatedAndHidden ||
            SYSTEM_FIELDS.has(field.name) ||
            ORG_SPECIFIC_FIELDS.has(field.name) ||
            (compound && field.name === 'Name')
        ) {
            continue;
        }
        const spec = fieldSpec(field, describe.name, catalog, childNames, leftOut);
        if (spec !== undefined) {
            fields.push(spec);
        }
    }
    const activities = describe.childRelationships.some(
        (child) =>
            (child.childSObject === 'Task' || child.childSObject === 'Event') &&
            (child.field === 'WhatId' || child.field === 'WhoId')
    );
    return {
        spec: {
            name: describe.name,
            label: describe.label,
            pluralLabel: describe.labelPlural,
            keyPrefix: describe.keyPrefix ?? undefined,
            owner:
                ownerTargets.length === 0
                    ? 'none'
                    : ownerTargets.includes('Group')
                      ? 'UserOrGroup'
                      : 'User',
            nameKind: compound ? 'Compound' : nameField === undefined ? 'None' : 'Text',
            enableActivities: activities,
            uiApi: true,
            source: 'describe',
            fields
        },
        leftOut
    };
}

function main(): void {
    const dir = process.argv[2];
    if (dir === undefined) {
        console.error(
            'usage: tsx scripts/metadata/generateStandardCatalog.ts <dir of describe JSON files>'
        );
        process.exit(2);
    }
    const describes = readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => readDescribe(join(dir, file)));
    const catalog = new Set([
        ...describes.map((describe) => describe.name),
        ...DOCUMENTED_STANDARD_OBJECTS.map((spec) => spec.name)
    ]);
    // A child relationship's name is stated on the parent's describe.
    const childNames = new Map<string, string>();
    for (const describe of describes) {
        for (const child of describe.childRelationships) {
            if (child.relationshipName !== null) {
                childNames.set(`${child.childSObject}.${child.field}`, child.relationshipName);
            }
        }
    }
    const results = describes.map((describe) => objectSpec(describe, catalog, childNames));
    const lines = [
        '// GENERATED by scripts/metadata/generateStandardCatalog.ts from sObject describe results of a',
        '// Salesforce org: the describes recorded in CumulusCI (repository SFDO-Tooling/CumulusCI, BSD-3,',
        '// cumulusci/tests/shared_cassettes/GET_sobjects_*_describe.yaml, commit 598cda5). Do not edit:',
        '// regenerate. Left out: custom fields of that org (some recorded without their custom flag),',
        '// RecordTypeId, fields pointing at objects outside the catalog, and compound fields (the local',
        '// org stores their parts):',
        ...results.map(
            ({ spec, leftOut }) => `//   ${spec.name}: ${leftOut.join(', ') || 'nothing left out'}`
        ),
        "import type { StandardObjectSpec } from './standardObjectSpec';",
        '',
        `export const DESCRIBED_STANDARD_OBJECTS: readonly StandardObjectSpec[] = ${JSON.stringify(
            results.map((result) => result.spec),
            null,
            4
        )};`,
        ''
    ];
    const target = join(__dirname, '..', '..', 'schema', 'describedStandardObjects.ts');
    writeFileSync(target, lines.join('\n'));
    console.log(`wrote ${target}: ${results.length} objects`);
}

main();
