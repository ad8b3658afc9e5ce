// Loads the project's source-format metadata (objects, fields, validation rules, global value sets)
// into a typed, queryable schema, merged with the standard-object catalog. Used by the offline
// metadata checks and meant for the local Salesforce-compatible server too.
//
//   const schema = loadSchema('/work/main');
//   schema.object('Buying_Center__c')?.label            // 'Buying Center'
//   schema.field('Buying_Center__c', 'Wallet_Share__c') // { type: 'Percent', precision: 5, … }
//   schema.relationship('Buying_Center__c', 'Account__r')  // parent → Account
//   schema.relationship('Account', 'Buying_Centers__r')    // children ← Buying_Center__c.Account__c
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { listFiles, projectPath } from './files';
import {
    STANDARD_OBJECTS,
    standardField,
    systemFields,
    type StandardObjectSpec
} from './standardObjects';
import type {
    ChildRelationship,
    DeleteConstraint,
    LoadIssue,
    NameField,
    ParentRelationship,
    Picklist,
    PicklistValue,
    Relationship,
    SObjectDescribe,
    SObjectField,
    ValidationRule
} from './types';
import { FIELD_TYPES } from './types';
import { projectLayout } from './projectConfig';
import {
    bool,
    childNode,
    childNodes,
    num,
    parseMetadataXml,
    text,
    texts,
    type XmlNode
} from './xml';

export type * from './types';

export interface LookupOptions {
    /** Match API names case-insensitively, as SOQL and the REST API do (GraphQL does not). */
    readonly ignoreCase?: boolean;
}

/** The result of following a dotted path such as 'Contact__r.Account.Name' from an object. */
export type PathResolution =
    | { readonly ok: true; readonly field: SObjectField; readonly objectName: string }
    | { readonly ok: false; readonly error: string };

/** An immutable, queryable view of every object the project defines or relies on. */
export class Schema {
    readonly projectDir: string;
    /** Problems met while loading (unparsable files, unknown types, dangling references). */
    readonly issues: readonly LoadIssue[];
    private readonly byName: ReadonlyMap<string, SObjectDescribe>;
    private readonly lowerCaseNames: ReadonlyMap<string, string>;

    constructor(
        projectDir: string,
        objects: readonly SObjectDescribe[],
        issues: readonly LoadIssue[]
    ) {
        this.projectDir = projectDir;
        this.issues = issues;
        this.byName = new Map(objects.map((object) => [object.name, object]));
        this.lowerCaseNames = new Map(
            objects.map((object) => [object.name.toLowerCase(), object.name])
        );
    }

    /** Every object, standard ones first, then custom ones, each group by name. */
    objects(): readonly SObjectDescribe[] {
        return [...this.byName.values()].sort(
            (a, b) => Number(a.custom) - Number(b.custom) || a.name.localeCompare(b.name)
        );
    }

    object(name: string, options: LookupOptions = {}): SObjectDescribe | undefined {
        const exact = this.byName.get(name);
        if (exact !== undefined || options.ignoreCase !== true) {
            return exact;
        }
        const canonical = this.lowerCaseNames.get(name.toLowerCase());
        return canonical === undefined ? undefined : this.byName.get(canonical);
    }

    fields(objectName: string): readonly SObjectField[] {
        return this.object(objectName)?.fields ?? [];
    }

    field(
        objectName: string,
        fieldName: string,
        options: LookupOptions = {}
    ): SObjectField | undefined {
        const object = this.object(objectName, options);
        return object === undefined ? undefined : findByName(object.fields, fieldName, options);
    }

    /** A parent ('Account__r', 'Owner') or child ('Buying_Centers__r', 'Contacts') relationship. */
    relationship(
        objectName: string,
        name: string,
        options: LookupOptions = {}
    ): Relationship | undefined {
        return (
            this.parentRelationship(objectName, name, options) ??
            this.childRelationship(objectName, name, options)
        );
    }

    parentRelationship(
        objectName: string,
        name: string,
        options: LookupOptions = {}
    ): ParentRelationship | undefined {
        const object = this.object(objectName, options);
        return object === undefined
            ? undefined
            : findByName(object.parentRelationships, name, options);
    }

    childRelationship(
        objectName: string,
        name: string,
        options: LookupOptions = {}
    ): ChildRelationship | undefined {
        const object = this.object(objectName, options);
        return object === undefined
            ? undefined
            : findByName(object.childRelationships, name, options);
    }

    validationRules(objectName: string): readonly ValidationRule[] {
        return this.object(objectName)?.validationRules ?? [];
    }

    /** The API names of a picklist's values, or undefined when the field is not a picklist. */
    picklistValues(objectName: string, fieldName: string): readonly string[] | undefined {
        return this.field(objectName, fieldName)?.picklist?.values.map((value) => value.value);
    }

    /**
     * Whether a name ending in __c or __r is a custom object, custom field or custom relationship
     * somewhere in the schema (what a free-standing token in source code may refer to).
     */
    isKnownCustomName(name: string): boolean {
        return this.customNames().has(name);
    }

    private customNameCache: ReadonlySet<string> | undefined;

    private customNames(): ReadonlySet<string> {
        if (this.customNameCache === undefined) {
            const names = new Set<string>();
            for (const object of this.byName.values()) {
                if (object.custom) {
                    names.add(object.name);
                }
                for (const field of object.fields) {
                    if (field.custom) {
                        names.add(field.name);
                    }
                }
                for (const relationship of [
                    ...object.parentRelationships,
                    ...object.childRelationships
                ]) {
                    if (relationship.name.endsWith('__r')) {
                        names.add(relationship.name);
                    }
                }
            }
            this.customNameCache = names;
        }
        return this.customNameCache;
    }

    /**
     * Follows a dotted path of parent relationships to a field: 'Contact__r.AccountId' from
     * Buying_Center_Member__c. Polymorphic relationships resolve only fields every target has.
     */
    resolvePath(objectName: string, path: string, options: LookupOptions = {}): PathResolution {
        const parts = path.split('.');
        let current = [objectName];
        for (let i = 0; i < parts.length - 1; i++) {
            const part = parts[i] ?? '';
            const next: string[] = [];
            for (const candidate of current) {
                const relationship = this.parentRelationship(candidate, part, options);
                if (relationship === undefined) {
                    return {
                        ok: false,
                        error: `${candidate} has no parent relationship ${part}${suggestion(
                            part,
                            (this.object(candidate)?.parentRelationships ?? []).map((r) => r.name)
                        )}`
                    };
                }
                next.push(...relationship.referenceTo);
            }
            current = next;
        }
        const fieldName = parts[parts.length - 1] ?? '';
        let found: SObjectField | undefined;
        for (const candidate of current) {
            const field = this.field(candidate, fieldName, options);
            if (field === undefined) {
                return {
                    ok: false,
                    error: `${candidate} has no field ${fieldName}${suggestion(
                        fieldName,
                        this.fields(candidate).map((f) => f.name)
                    )}`
                };
            }
            found ??= field;
        }
        if (found === undefined) {
            return { ok: false, error: `${path} leads nowhere` };
        }
        return { ok: true, field: found, objectName: found.objectName };
    }
}

function findByName<T extends { readonly name: string }>(
    items: readonly T[],
    name: string,
    options: LookupOptions
): T | undefined {
    const exact = items.find((item) => item.name === name);
    if (exact !== undefined || options.ignoreCase !== true) {
        return exact;
    }
    const lower = name.toLowerCase();
    return items.find((item) => item.name.toLowerCase() === lower);
}

/** ' (did you mean X?)' for the closest candidate within a small edit distance, else ''. */
export function suggestion(name: string, candidates: readonly string[]): string {
    const best = closest(name, candidates);
    return best === undefined ? '' : ` (did you mean ${best}?)`;
}

/** The candidate nearest to name by edit distance (case-insensitive), if near enough to be a typo. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
    // The same name with another suffix (Members → Members__r, Account__c → Account__r) is the best hint.
    const stem = (value: string): string => value.toLowerCase().replace(/__[cr]$/, '');
    const sameStem = candidates.find(
        (candidate) => candidate !== name && stem(candidate) === stem(name)
    );
    if (sameStem !== undefined) {
        return sameStem;
    }
    let best: string | undefined;
    let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
    for (const candidate of candidates) {
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Loading

/** Mutable object under construction. */
interface ObjectDraft {
    name: string;
    label: string;
    pluralLabel: string;
    custom: boolean;
    nameField?: NameField;
    sharingModel?: string;
    enableHistory: boolean;
    enableActivities: boolean;
    description?: string;
    source?: string;
    folder?: string;
    standard?: StandardObjectSpec;
    fields: Map<string, SObjectField>;
    validationRules: ValidationRule[];
}

/** The package directories named in sfdx-project.json (['force-app'] when it names none). */
export function packageDirectories(projectDir: string): string[] {
    return [...projectLayout(projectDir).packageDirs];
}

const OBJECT_FILE = /(?:^|\/)objects\/([^/]+)\/\1\.object-meta\.xml$/;
const FIELD_FILE = /(?:^|\/)objects\/([^/]+)\/fields\/([^/]+)\.field-meta\.xml$/;
const RULE_FILE = /(?:^|\/)objects\/([^/]+)\/validationRules\/([^/]+)\.validationRule-meta\.xml$/;
const VALUE_SET_FILE = /(?:^|\/)globalValueSets\/([^/]+)\.globalValueSet-meta\.xml$/;

/**
 * Reads every package directory of the project (see sfdx-project.json) and returns the schema.
 * Never throws on bad metadata: what it cannot read lands in `schema.issues`.
 */
export function loadSchema(projectDir: string): Schema {
    const issues: LoadIssue[] = [];
    const drafts = new Map<string, ObjectDraft>();
    for (const spec of STANDARD_OBJECTS) {
        drafts.set(spec.name, {
            name: spec.name,
            label: spec.label,
            pluralLabel: spec.pluralLabel,
            custom: false,
            enableHistory: false,
            enableActivities: spec.enableActivities ?? false,
            standard: spec,
            fields: new Map(
                spec.fields.map((field) => [field.name, standardField(spec.name, field)])
            ),
            validationRules: []
        });
    }

    const files = packageDirectories(projectDir).flatMap((dir) => listFiles(join(projectDir, dir)));
    const relative = (file: string): string => projectPath(projectDir, file);
    const draftFor = (objectName: string, folder: string): ObjectDraft => {
        let draft = drafts.get(objectName);
        if (draft === undefined) {
            draft = {
                name: objectName,
                label: objectName,
                pluralLabel: objectName,
                custom: objectName.endsWith('__c'),
                enableHistory: false,
                enableActivities: false,
                fields: new Map(),
                validationRules: []
            };
            drafts.set(objectName, draft);
        }
        draft.folder ??= folder;
        return draft;
    };

    const valueSets = new Map<string, PicklistValue[]>();
    for (const file of files) {
        const match = VALUE_SET_FILE.exec(relative(file));
        if (match?.[1] !== undefined) {
            const root = readRoot(file, relative(file), 'GlobalValueSet', issues);
            if (root !== undefined) {
                valueSets.set(match[1], readValues(childNodes(root, 'customValue')));
            }
        }
    }

    for (const file of files) {
        const path = relative(file);
        const objectMatch = OBJECT_FILE.exec(path);
        if (objectMatch?.[1] !== undefined) {
            const draft = draftFor(objectMatch[1], dirname(path));
            const root = readRoot(file, path, 'CustomObject', issues);
            if (root !== undefined) {
                applyObject(draft, root, path, issues);
            }
        }
    }

    for (const file of files) {
        const path = relative(file);
        const fieldMatch = FIELD_FILE.exec(path);
        const ruleMatch = RULE_FILE.exec(path);
        if (fieldMatch?.[1] !== undefined && fieldMatch[2] !== undefined) {
            const draft = draftFor(fieldMatch[1], dirname(dirname(path)));
            const root = readRoot(file, path, 'CustomField', issues);
            if (root !== undefined) {
                const field = readField(draft.name, fieldMatch[2], root, path, valueSets, issues);
                if (field !== undefined) {
                    const existing = draft.fields.get(field.name);
                    // A standard field in the project (e.g. to add history tracking) keeps the catalog's
                    // facts and only takes what the file states.
                    draft.fields.set(
                        field.name,
                        existing !== undefined && !field.custom
                            ? { ...existing, trackHistory: field.trackHistory, source: path }
                            : field
                    );
                }
            }
        } else if (ruleMatch?.[1] !== undefined && ruleMatch[2] !== undefined) {
            const draft = draftFor(ruleMatch[1], dirname(dirname(path)));
            const root = readRoot(file, path, 'ValidationRule', issues);
            if (root !== undefined) {
                draft.validationRules.push(readRule(draft.name, ruleMatch[2], root, path, issues));
            }
        }
    }

    for (const draft of drafts.values()) {
        if (draft.custom && draft.source === undefined) {
            issues.push({
                file: draft.folder ?? `objects/${draft.name}`,
                message: `${draft.name} has fields or rules but no ${draft.name}.object-meta.xml`,
                fix: `add ${draft.folder ?? 'objects/' + draft.name}/${draft.name}.object-meta.xml or remove the folder`
            });
        } else if (!draft.custom && draft.standard === undefined) {
            issues.push({
                file: draft.folder ?? `objects/${draft.name}`,
                message: `${draft.name} is a standard object the catalog does not describe`,
                fix: `add ${draft.name} and the standard fields the project uses to schema/standardObjects.ts`
            });
        }
    }

    addActivityTargets(drafts);
    return new Schema(projectDir, finish(drafts, issues), issues);
}

/**
 * Task.WhatId and Event.WhatId may point at every object that enables activities: the standard ones
 * the catalog lists, and each custom object whose metadata says <enableActivities>true.
 */
function addActivityTargets(drafts: ReadonlyMap<string, ObjectDraft>): void {
    const enabled = [...drafts.values()]
        .filter((draft) => draft.custom && draft.enableActivities)
        .map((draft) => draft.name);
    for (const activity of ['Task', 'Event']) {
        const whatId = drafts.get(activity)?.fields.get('WhatId');
        if (whatId !== undefined) {
            const targets = [
                ...whatId.referenceTo,
                ...enabled.filter((name) => !whatId.referenceTo.includes(name))
            ];
            drafts.get(activity)?.fields.set('WhatId', { ...whatId, referenceTo: targets });
        }
    }
}

function readRoot(
    file: string,
    path: string,
    expectedTag: string,
    issues: LoadIssue[]
): XmlNode | undefined {
    const parsed = parseMetadataXml(readFileSync(file, 'utf8'));
    if (parsed === null) {
        issues.push({
            file: path,
            message: 'is not well-formed XML, so the schema lacks what it defines',
            fix: 'fix the XML syntax'
        });
        return undefined;
    }
    if (parsed.rootTag !== expectedTag) {
        issues.push({
            file: path,
            message: `has root element <${parsed.rootTag}>, expected <${expectedTag}>`,
            fix: `make the root element <${expectedTag} xmlns="http://soap.sforce.com/2006/04/metadata">`
        });
        return undefined;
    }
    return parsed.root;
}

function applyObject(draft: ObjectDraft, root: XmlNode, path: string, issues: LoadIssue[]): void {
    draft.source = path;
    draft.label = text(root, 'label') ?? draft.label;
    draft.pluralLabel = text(root, 'pluralLabel') ?? draft.pluralLabel;
    draft.sharingModel = text(root, 'sharingModel');
    draft.enableHistory = bool(root, 'enableHistory');
    draft.enableActivities = bool(root, 'enableActivities', draft.enableActivities);
    draft.description = text(root, 'description');
    const nameField = childNode(root, 'nameField');
    if (draft.custom) {
        const type = nameField === undefined ? undefined : text(nameField, 'type');
        if (nameField === undefined || (type !== 'Text' && type !== 'AutoNumber')) {
            issues.push({
                file: path,
                message: `${draft.name} has no <nameField> of type Text or AutoNumber`,
                fix: 'add <nameField><label>…</label><type>Text</type></nameField>'
            });
        } else {
            draft.nameField = {
                label: text(nameField, 'label') ?? 'Name',
                type,
                displayFormat: text(nameField, 'displayFormat')
            };
        }
    }
}

function readValues(values: readonly XmlNode[]): PicklistValue[] {
    return values.map((value) => {
        const name = text(value, 'fullName') ?? '';
        return {
            value: name,
            label: text(value, 'label') ?? name,
            isDefault: bool(value, 'default')
        };
    });
}

function readPicklist(
    root: XmlNode,
    path: string,
    valueSets: ReadonlyMap<string, PicklistValue[]>,
    issues: LoadIssue[]
): Picklist {
    const valueSet = childNode(root, 'valueSet');
    if (valueSet === undefined) {
        issues.push({
            file: path,
            message: 'is a picklist without a <valueSet>',
            fix: 'add <valueSet><restricted>true</restricted><valueSetDefinition>…</valueSetDefinition></valueSet>'
        });
        return { restricted: false, valuesKnown: false, values: [] };
    }
    const valueSetName = text(valueSet, 'valueSetName');
    if (valueSetName !== undefined) {
        const values = valueSets.get(valueSetName);
        if (values === undefined) {
            issues.push({
                file: path,
                message: `uses global value set ${valueSetName}, which the project does not define`,
                fix: `add globalValueSets/${valueSetName}.globalValueSet-meta.xml`
            });
        }
        // A global value set is always restricted.
        return {
            restricted: true,
            valuesKnown: values !== undefined,
            values: values ?? [],
            valueSetName
        };
    }
    const definition = childNode(valueSet, 'valueSetDefinition');
    return {
        restricted: bool(valueSet, 'restricted'),
        valuesKnown: true,
        values: definition === undefined ? [] : readValues(childNodes(definition, 'value'))
    };
}

function readField(
    objectName: string,
    fileName: string,
    root: XmlNode,
    path: string,
    valueSets: ReadonlyMap<string, PicklistValue[]>,
    issues: LoadIssue[]
): SObjectField | undefined {
    const fullName = text(root, 'fullName') ?? fileName;
    if (fullName !== fileName) {
        issues.push({
            file: path,
            message: `declares <fullName>${fullName}</fullName> but the file is named ${fileName}`,
            fix: `rename the file or set <fullName>${fileName}</fullName>`
        });
    }
    const custom = fileName.endsWith('__c');
    const typeText = text(root, 'type');
    const type = FIELD_TYPES.find((candidate) => candidate === typeText);
    if (type === undefined) {
        if (custom) {
            issues.push({
                file: path,
                message: typeText === undefined ? 'has no <type>' : `has unknown type ${typeText}`,
                fix: `set <type> to one of ${FIELD_TYPES.filter((t) => t !== 'Id').join(', ')}`
            });
            return undefined;
        }
        // A standard field file (history tracking, help text) carries no type: the catalog has it.
        return {
            objectName,
            name: fileName,
            label: fileName,
            type: 'Text',
            custom: false,
            system: false,
            required: false,
            unique: false,
            externalId: false,
            caseSensitive: false,
            referenceTo: [],
            trackHistory: bool(root, 'trackHistory'),
            createable: true,
            updateable: true,
            source: path
        };
    }
    const formula = text(root, 'formula');
    const isReference = type === 'Lookup' || type === 'MasterDetail';
    const masterDetail = type === 'MasterDetail';
    const referenceTo = texts(root, 'referenceTo');
    const metadataRelationshipName = text(root, 'relationshipName');
    if (isReference && referenceTo.length === 0) {
        issues.push({
            file: path,
            message: `is a ${type} without <referenceTo>`,
            fix: 'add <referenceTo>ParentObject</referenceTo>'
        });
    }
    if (isReference && metadataRelationshipName === undefined) {
        issues.push({
            file: path,
            message: `is a ${type} without <relationshipName>`,
            fix: 'add <relationshipName>Children</relationshipName> (the child relationship name)'
        });
    }
    const constraintText = text(root, 'deleteConstraint');
    const deleteConstraint: DeleteConstraint | undefined = masterDetail
        ? 'Cascade'
        : isReference
          ? constraintText === 'Restrict' || constraintText === 'Cascade'
              ? constraintText
              : 'SetNull'
          : undefined;
    const reparentable = masterDetail ? bool(root, 'reparentableMasterDetail') : undefined;
    const calculated = formula !== undefined || type === 'AutoNumber' || type === 'Summary';
    const createable = !calculated;
    return {
        objectName,
        name: fileName,
        label: text(root, 'label') ?? fileName,
        type,
        custom,
        system: false,
        length: num(root, 'length'),
        precision: num(root, 'precision'),
        scale: num(root, 'scale'),
        visibleLines: num(root, 'visibleLines'),
        required: masterDetail || bool(root, 'required'),
        unique: bool(root, 'unique'),
        externalId: bool(root, 'externalId'),
        caseSensitive: bool(root, 'caseSensitive'),
        defaultValue: text(root, 'defaultValue'),
        formula,
        picklist:
            type === 'Picklist' || type === 'MultiselectPicklist'
                ? readPicklist(root, path, valueSets, issues)
                : undefined,
        referenceTo,
        relationshipName: isReference ? fileName.replace(/__c$/, '__r') : undefined,
        relationshipKind: isReference ? (masterDetail ? 'MasterDetail' : 'Lookup') : undefined,
        deleteConstraint,
        childRelationshipName:
            isReference && metadataRelationshipName !== undefined
                ? `${metadataRelationshipName}__r`
                : undefined,
        relationshipLabel: text(root, 'relationshipLabel'),
        reparentable,
        writeRequiresMasterRead: masterDetail ? bool(root, 'writeRequiresMasterRead') : undefined,
        trackHistory: bool(root, 'trackHistory'),
        createable,
        updateable: createable && (!masterDetail || reparentable === true),
        description: text(root, 'description'),
        inlineHelpText: text(root, 'inlineHelpText'),
        source: path
    };
}

function readRule(
    objectName: string,
    fileName: string,
    root: XmlNode,
    path: string,
    issues: LoadIssue[]
): ValidationRule {
    const formula = text(root, 'errorConditionFormula');
    const message = text(root, 'errorMessage');
    if (formula === undefined || message === undefined) {
        issues.push({
            file: path,
            message: 'lacks <errorConditionFormula> or <errorMessage>',
            fix: 'add both: the platform rejects a validation rule without them'
        });
    }
    return {
        objectName,
        name: text(root, 'fullName') ?? fileName,
        active: bool(root, 'active'),
        errorConditionFormula: formula ?? '',
        errorMessage: message ?? '',
        errorDisplayField: text(root, 'errorDisplayField'),
        description: text(root, 'description'),
        source: path
    };
}

/** Adds system fields, then links every reference field into parent and child relationships. */
function finish(drafts: ReadonlyMap<string, ObjectDraft>, issues: LoadIssue[]): SObjectDescribe[] {
    const fieldsByObject = new Map<string, SObjectField[]>();
    for (const draft of drafts.values()) {
        const declared = [...draft.fields.values()];
        const hasMaster = declared.some((field) => field.type === 'MasterDetail');
        const owner =
            draft.standard?.owner ?? (hasMaster ? 'none' : draft.custom ? 'UserOrGroup' : 'User');
        const system = systemFields({
            objectName: draft.name,
            custom: draft.custom,
            owner,
            name: draft.standard?.nameKind ?? draft.nameField
        }).filter((field) => !draft.fields.has(field.name));
        fieldsByObject.set(draft.name, [...system, ...declared]);
    }

    const parents = new Map<string, ParentRelationship[]>();
    const childrenOf = new Map<string, ChildRelationship[]>();
    for (const [objectName, fields] of fieldsByObject) {
        const parentList: ParentRelationship[] = [];
        for (const field of fields) {
            if (field.relationshipName === undefined || field.referenceTo.length === 0) {
                continue;
            }
            parentList.push({
                kind: 'parent',
                name: field.relationshipName,
                objectName,
                field,
                referenceTo: field.referenceTo,
                polymorphic: field.referenceTo.length > 1
            });
            for (const target of field.referenceTo) {
                if (!drafts.has(target)) {
                    issues.push({
                        file: field.source ?? `objects/${objectName}`,
                        message: `${objectName}.${field.name} references ${target}, which is neither in the project nor in the standard-object catalog`,
                        fix: `correct <referenceTo> or add ${target} to schema/standardObjects.ts`
                    });
                    continue;
                }
                if (field.childRelationshipName !== undefined) {
                    const list = childrenOf.get(target) ?? [];
                    list.push({
                        kind: 'child',
                        name: field.childRelationshipName,
                        objectName: target,
                        childObject: objectName,
                        field,
                        masterDetail: field.type === 'MasterDetail',
                        cascadeDelete: field.deleteConstraint === 'Cascade'
                    });
                    childrenOf.set(target, list);
                }
            }
        }
        parents.set(objectName, parentList);
    }

    return [...drafts.values()].map((draft) => ({
        name: draft.name,
        label: draft.label,
        pluralLabel: draft.pluralLabel,
        custom: draft.custom,
        nameField: draft.nameField,
        sharingModel: draft.sharingModel,
        enableHistory: draft.enableHistory,
        enableActivities: draft.enableActivities,
        description: draft.description,
        source: draft.source,
        folder: draft.folder,
        fields: fieldsByObject.get(draft.name) ?? [],
        validationRules: [...draft.validationRules].sort((a, b) => a.name.localeCompare(b.name)),
        parentRelationships: parents.get(draft.name) ?? [],
        childRelationships: (childrenOf.get(draft.name) ?? []).sort((a, b) =>
            a.name.localeCompare(b.name)
        )
    }));
}

/** The metadata file name a custom field lives in, for fix messages. */
export function fieldFileName(field: SObjectField): string {
    return field.source ?? `objects/${field.objectName}/fields/${field.name}.field-meta.xml`;
}

/** For findings that name a file by its object folder. */
export function objectFileName(object: SObjectDescribe): string {
    return object.source ?? `objects/${object.name}/${basename(object.name)}.object-meta.xml`;
}
