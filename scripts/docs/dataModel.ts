// DATA_MODEL.md from the object metadata (through the schema library) and the access policy
// (scripts/metadata/policy.ts), so the document the checks cite never says something the metadata
// does not. `npm run docs:data-model` writes it (writeDataModel.ts); a test fails when it is stale.
import type { Schema } from '../../schema/schema';
import type { SObjectDescribe, SObjectField } from '../../schema/types';
import { FLOW_KEYS, PERMISSION_SETS, type ObjectAccess } from '../metadata/policy';

export const DATA_MODEL_FILE = 'DATA_MODEL.md';

const INTRO = `# Account Atlas — the data model

Generated from the object metadata in \`force-app/main/default/objects\` and the access policy in
\`scripts/metadata/policy.ts\` by \`npm run docs:data-model\`; a test fails when this file and the
metadata disagree. To change the model, change the metadata (and the policy), then regenerate.

## Conventions (\`npm run check:metadata\` enforces them)

- Every custom object has a label, a plural label and a description; every custom field has a
  label, a description and help text (\`inlineHelpText\`).
- Money is Currency(16, 2); shares are Percent(5, 2), stored as 0–100.
- Picklists are restricted and each value's API name is its label. The code knows each value list
  once: the \`as const\` lists of \`c/atlasModel\`, bound to their fields by \`PICKLIST_FIELDS\`
  (the \`picklistValues\` check compares them with the metadata).
- Uniqueness keys are computed by before-save flows from other fields, read-only for every user,
  and unique (listed below). A deal score snapshot's key, \`Snapshot_Key__c\`, is written by the
  scorer as the opportunity id, a colon and \`Taken_At__c\`, so a re-run upserts.
- A child owned by its parent is master-detail (\`sharingModel\` ControlledByParent); other links are
  lookups. Record names are what a user reads in lists; history is tracked where an audit matters.
`;

function cell(value: string): string {
    return value.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function fieldType(field: SObjectField): string {
    if (field.formula !== undefined) {
        return `Formula (${field.type})`;
    }
    switch (field.type) {
        case 'Text':
            return field.length === undefined ? 'Text' : `Text(${field.length})`;
        case 'Number':
        case 'Currency':
        case 'Percent':
            return `${field.type}(${field.precision ?? '?'}, ${field.scale ?? '?'})`;
        case 'Lookup':
        case 'MasterDetail':
            return `${field.type === 'Lookup' ? 'Lookup' : 'Master-detail'} → ${field.referenceTo.join(', ')}`;
        case 'Picklist':
        case 'MultiselectPicklist':
            return `${field.type}: ${(field.picklist?.values ?? []).map((value) => value.value).join(', ')}`;
        default:
            return field.type;
    }
}

function fieldRow(field: SObjectField): string {
    const notes = [
        field.required ? 'required' : '',
        field.unique ? 'unique' : '',
        field.externalId ? 'external id' : '',
        field.trackHistory ? 'history' : ''
    ].filter((note) => note !== '');
    return `| \`${field.name}\` | ${cell(field.label)} | ${cell(fieldType(field))} | ${notes.join(', ')} | ${cell(field.description ?? '')} |`;
}

function objectSection(object: SObjectDescribe): string {
    const declared = object.fields.filter((field) => field.custom && field.source !== undefined);
    const lines = [`### ${object.label} (\`${object.name}\`)`, ''];
    if (object.description !== undefined) {
        lines.push(object.description, '');
    }
    if (object.custom) {
        const name = object.nameField;
        lines.push(
            `Record name: ${name === undefined ? '(none)' : `${name.label} (${name.type}${name.displayFormat ? `, ${name.displayFormat}` : ''})`}. Sharing: ${object.sharingModel ?? '(none)'}. Field history: ${object.enableHistory ? 'on' : 'off'}.`,
            ''
        );
    } else {
        lines.push('A standard object; the package adds these fields.', '');
    }
    const children = object.childRelationships
        .filter((relationship) => relationship.field.custom)
        .map((relationship) => `\`${relationship.name}\` (${relationship.childObject})`);
    if (children.length > 0 && object.custom) {
        lines.push(`Children: ${children.join(', ')}.`, '');
    }
    lines.push(
        '| Field | Label | Type | Notes | Description |',
        '| --- | --- | --- | --- | --- |',
        ...declared.map(fieldRow),
        ''
    );
    return lines.join('\n');
}

function accessLetters(access: ObjectAccess | undefined): string {
    if (access === undefined) {
        return '—';
    }
    const letters = [
        access.create ? 'C' : '',
        access.read ? 'R' : '',
        access.edit ? 'E' : '',
        access.delete ? 'D' : '',
        access.viewAll ? ' View All' : '',
        access.modifyAll ? ' Modify All' : ''
    ];
    return letters.join('').trim();
}

function accessSection(): string {
    const sets = Object.keys(PERMISSION_SETS);
    const objects = [
        ...new Set(sets.flatMap((set) => Object.keys(PERMISSION_SETS[set] ?? {})))
    ].sort();
    return [
        '## Access (permission sets)',
        '',
        'Object access each permission set grants (C create, R read, E edit, D delete); every field is',
        'readable and, where the platform allows, editable by a set that may edit its object.',
        '',
        `| Object | ${sets.join(' | ')} |`,
        `| --- | ${sets.map(() => '---').join(' | ')} |`,
        ...objects.map(
            (object) =>
                `| \`${object}\` | ${sets.map((set) => accessLetters(PERMISSION_SETS[set]?.[object])).join(' | ')} |`
        ),
        '',
        '## Keys computed by flows',
        '',
        '| Object | Key | From |',
        '| --- | --- | --- |',
        ...FLOW_KEYS.map(
            (key) =>
                `| \`${key.objectName}\` | \`${key.field}\` | ${key.parts.map((part) => `\`${part}\``).join(', ')} |`
        ),
        ''
    ].join('\n');
}

/** The document as markdown, before formatting. */
export function dataModelMarkdown(schema: Schema): string {
    const objects = schema
        .objects()
        .filter((object) => object.fields.some((field) => field.custom && field.source));
    return [
        INTRO,
        '## Objects',
        '',
        ...objects.filter((object) => object.custom).map(objectSection),
        '## Fields the package adds to standard objects',
        '',
        ...objects.filter((object) => !object.custom).map(objectSection),
        accessSection()
    ].join('\n');
}
