// Check (b-v): the sample data plan (data/*-plan.json for `sf data import tree --plan`) would import:
// every sobject and field exists and may be set, picklist values are allowed, values fit their types,
// required fields are present, every @Ref resolves to a record imported before it (the CLI resolves
// refs within one file only for ids shaped <SObject>Ref<n>), and no two records collide on a
// flow-computed unique key.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles, projectPath } from '../../../schema/files';
import {
    evaluateCondition,
    formulaIdentifiers,
    formulaValue,
    type FormulaValue
} from '../../../schema/formulas';
import { FLOW_KEYS } from '../policy';
import { suggestion, type Schema } from '../../../schema/schema';
import type { SObjectField } from '../../../schema/types';
import type { Check, CheckContext, Finding } from './check';
import { isRecord } from '../../../force-app/main/default/lwc/atlasValues/atlasValues';

interface PlanPart {
    readonly sobject: string;
    readonly files: readonly string[];
}

interface ImportedRecord {
    readonly type: string;
    readonly referenceId: string;
    readonly file: string;
    readonly values: Readonly<Record<string, unknown>>;
}

const DATA_DIR = 'data';

/** A record's JSON value for a field, matching the field name case-insensitively as the API does. */
function rawValue(record: ImportedRecord, fieldName: string): unknown {
    if (fieldName in record.values) {
        return record.values[fieldName];
    }
    const lower = fieldName.toLowerCase();
    const key = Object.keys(record.values).find((candidate) => candidate.toLowerCase() === lower);
    return key === undefined ? undefined : record.values[key];
}

function readJson(path: string): { ok: true; value: unknown } | { ok: false; error: string } {
    try {
        return { ok: true, value: JSON.parse(readFileSync(path, 'utf8')) };
    } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
}

/** A JSON array of { sobject, files } steps is a plan. */
function asPlan(value: unknown): PlanPart[] | undefined {
    if (!Array.isArray(value) || value.length === 0) {
        return undefined;
    }
    const parts: PlanPart[] = [];
    for (const item of value) {
        if (!isRecord(item) || typeof item.sobject !== 'string' || !Array.isArray(item.files)) {
            return undefined;
        }
        parts.push({
            sobject: item.sobject,
            files: item.files.filter((file): file is string => typeof file === 'string')
        });
    }
    return parts;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Why a value does not fit a field's type, or undefined when it fits. */
function typeProblem(field: SObjectField, value: unknown): string | undefined {
    if (value === null) {
        return field.required ? 'is null but required' : undefined;
    }
    switch (field.type) {
        case 'Checkbox':
            return typeof value === 'boolean' ? undefined : 'must be true or false';
        case 'Number':
        case 'Currency':
        case 'Percent': {
            if (typeof value !== 'number') {
                return 'must be a JSON number';
            }
            const scale = field.scale ?? 0;
            const integerDigits = (field.precision ?? 18) - scale;
            if (Math.abs(Math.trunc(value)).toString().length > integerDigits) {
                return `has more than ${integerDigits} digits before the decimal point`;
            }
            return undefined;
        }
        case 'Date':
            return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value))
                ? undefined
                : 'must be a date YYYY-MM-DD';
        case 'DateTime':
            return typeof value === 'string' && DATE_TIME.test(value)
                ? undefined
                : 'must be an ISO date-time such as 2026-11-22T09:30:00.000Z';
        case 'Text':
        case 'TextArea':
        case 'LongTextArea':
        case 'Html':
        case 'Email':
        case 'Phone':
        case 'Url':
        case 'EncryptedText':
            if (typeof value !== 'string') {
                return 'must be a string';
            }
            return field.length !== undefined && value.length > field.length
                ? `is ${value.length} characters, longer than ${field.length}`
                : undefined;
        default:
            return undefined;
    }
}

class PlanChecker {
    readonly findings: Finding[] = [];
    private readonly schema: Schema;
    /** Records already sent, by referenceId. */
    private readonly imported = new Map<string, ImportedRecord>();
    private readonly keys = new Map<string, string>();

    constructor(schema: Schema) {
        this.schema = schema;
    }

    private report(file: string, message: string, fix: string): void {
        this.findings.push({ file, message, fix });
    }

    /** One plan file's records, in the order the CLI sends them. */
    file(file: string, sobject: string, content: unknown): void {
        if (!isRecord(content) || !Array.isArray(content.records)) {
            this.report(
                file,
                'is not a tree-format data file ({ "records": [ … ] })',
                'export it with sf data export tree or fix its shape'
            );
            return;
        }
        const records = content.records.filter(isRecord);
        // The CLI resolves a ref to a record of the same file only when it is shaped <sobject>Ref<n>.
        const sameFileRef = new RegExp(`^@${sobject}Ref\\d+$`);
        const inThisFile = new Map<string, ImportedRecord>();
        const collected: ImportedRecord[] = [];
        for (const record of records) {
            this.collect(file, record, sobject, collected);
        }
        for (const record of collected) {
            inThisFile.set(record.referenceId, record);
        }
        for (const record of records) {
            this.record(
                file,
                record,
                sobject,
                (ref) => {
                    const earlier = this.imported.get(ref.slice(1));
                    if (earlier !== undefined) {
                        return earlier;
                    }
                    const sibling = inThisFile.get(ref.slice(1));
                    if (sibling !== undefined && sameFileRef.test(ref)) {
                        return sibling;
                    }
                    return sibling === undefined ? undefined : 'same-file';
                },
                undefined
            );
        }
        for (const record of collected) {
            if (this.imported.has(record.referenceId)) {
                this.report(
                    file,
                    `reuses referenceId ${record.referenceId} (already used in ${this.imported.get(record.referenceId)?.file ?? 'an earlier file'})`,
                    'give every record a referenceId unique across the plan'
                );
            } else {
                this.imported.set(record.referenceId, record);
            }
        }
    }

    /** Gathers a record and its nested children (their referenceIds count once the request succeeds). */
    private collect(
        file: string,
        record: Record<string, unknown>,
        type: string,
        into: ImportedRecord[]
    ): void {
        const attributes = isRecord(record.attributes) ? record.attributes : {};
        const referenceId =
            typeof attributes.referenceId === 'string' ? attributes.referenceId : '';
        const values: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(record)) {
            if (key === 'attributes') {
                continue;
            }
            const child = this.schema.childRelationship(type, key, { ignoreCase: true });
            if (child !== undefined && isRecord(value) && Array.isArray(value.records)) {
                for (const nested of value.records.filter(isRecord)) {
                    this.collect(file, nested, child.childObject, into);
                }
            } else {
                values[key] = value;
            }
        }
        if (referenceId !== '') {
            into.push({
                type: typeof attributes.type === 'string' ? attributes.type : type,
                referenceId,
                file,
                values
            });
        }
    }

    private record(
        file: string,
        record: Record<string, unknown>,
        sobject: string,
        resolve: (ref: string) => ImportedRecord | 'same-file' | undefined,
        parentField: SObjectField | undefined
    ): void {
        const attributes = isRecord(record.attributes) ? record.attributes : undefined;
        const type = typeof attributes?.type === 'string' ? attributes.type : undefined;
        const referenceId =
            typeof attributes?.referenceId === 'string' ? attributes.referenceId : undefined;
        const label = referenceId ?? '(a record without referenceId)';
        if (referenceId === undefined) {
            this.report(
                file,
                `has a ${sobject} record without attributes.referenceId`,
                'add "attributes": { "type": "…", "referenceId": "…Ref1" } to every record'
            );
        }
        if (type !== sobject) {
            this.report(
                file,
                `record ${label} has attributes.type ${String(type)}, but it is sent as ${sobject}`,
                `set attributes.type to ${sobject}`
            );
        }
        const object = this.schema.object(sobject);
        if (object === undefined) {
            return;
        }
        const present = new Set<string>();
        for (const [key, value] of Object.entries(record)) {
            if (key === 'attributes') {
                continue;
            }
            const child = this.schema.childRelationship(sobject, key, { ignoreCase: true });
            if (child !== undefined && isRecord(value)) {
                for (const nested of Array.isArray(value.records)
                    ? value.records.filter(isRecord)
                    : []) {
                    this.record(file, nested, child.childObject, resolve, child.field);
                }
                continue;
            }
            const field = this.schema.field(sobject, key, { ignoreCase: true });
            if (field === undefined) {
                this.report(
                    file,
                    `record ${label} sets ${sobject}.${key}, which does not exist${suggestion(
                        key,
                        object.fields.map((f) => f.name)
                    )}`,
                    `correct or remove ${key} (a standard field the project now uses goes into schema/standardObjects.ts)`
                );
                continue;
            }
            present.add(field.name);
            this.value(file, label, field, value, resolve);
        }
        for (const field of object.fields) {
            const implied = parentField !== undefined && field.name === parentField.name;
            if (
                field.required &&
                field.createable &&
                !present.has(field.name) &&
                !implied &&
                field.defaultValue === undefined
            ) {
                this.report(
                    file,
                    `record ${label} lacks ${sobject}.${field.name}, which is required`,
                    `add "${field.name}" to record ${label}`
                );
            }
        }
        this.flowKeys(file, label, sobject, record);
    }

    private value(
        file: string,
        label: string,
        field: SObjectField,
        value: unknown,
        resolve: (ref: string) => ImportedRecord | 'same-file' | undefined
    ): void {
        const name = `${field.objectName}.${field.name}`;
        if (!field.createable) {
            const why = field.system
                ? 'set by the platform'
                : field.formula !== undefined
                  ? 'a formula'
                  : `a ${field.type} field`;
            this.report(
                file,
                `record ${label} sets ${name}, which is ${why} and cannot be set on create`,
                `remove ${field.name} from record ${label}`
            );
            return;
        }
        if (field.referenceTo.length > 0) {
            if (typeof value !== 'string' || value === '') {
                if (value !== null) {
                    this.report(
                        file,
                        `record ${label} sets reference ${name} to ${JSON.stringify(value)}`,
                        'use "@<referenceId>" of a record imported earlier'
                    );
                }
                return;
            }
            if (!value.startsWith('@')) {
                this.report(
                    file,
                    `record ${label} sets ${name} to the literal id ${value}, which differs in every org`,
                    'use "@<referenceId>" of a record imported earlier in the plan'
                );
                return;
            }
            const target = resolve(value);
            if (target === undefined) {
                this.report(
                    file,
                    `record ${label} sets ${name} to ${value}, which no earlier record of the plan defines`,
                    `import the record with referenceId ${value.slice(1)} in an earlier plan step, or correct the ref`
                );
            } else if (target === 'same-file') {
                this.report(
                    file,
                    `record ${label} sets ${name} to ${value}, a record of the same file; sf data import tree resolves such refs only when they are named <SObject>Ref<n>`,
                    `rename the referenceId to the <SObject>Ref<n> form or move the referenced record to an earlier plan step`
                );
            } else if (!field.referenceTo.includes(target.type)) {
                this.report(
                    file,
                    `record ${label} sets ${name} to ${value}, a ${target.type}, but ${field.name} references ${field.referenceTo.join(' or ')}`,
                    'point the ref at a record of the right object'
                );
            }
            return;
        }
        const picklist = field.picklist;
        if (picklist !== undefined) {
            if (value === null) {
                return;
            }
            if (typeof value !== 'string') {
                this.report(
                    file,
                    `record ${label} sets picklist ${name} to ${JSON.stringify(value)}`,
                    'use one of the picklist values as a string'
                );
                return;
            }
            const allowed = picklist.values.map((v) => v.value);
            const chosen = field.type === 'MultiselectPicklist' ? value.split(';') : [value];
            for (const item of chosen) {
                if (picklist.valuesKnown && !allowed.includes(item)) {
                    this.report(
                        file,
                        `record ${label} sets ${name} to '${item}', which is not one of its values${suggestion(item, allowed)}`,
                        `use one of: ${allowed.join(', ')}`
                    );
                }
            }
            return;
        }
        const problem = typeProblem(field, value);
        if (problem !== undefined) {
            this.report(
                file,
                `record ${label}: ${name} = ${JSON.stringify(value)} ${problem}`,
                `give ${field.name} a ${field.type} value`
            );
        }
    }

    /**
     * Evaluates every active validation rule on every imported record (after the whole plan, so
     * parent paths such as Contact__r.AccountId resolve). Rules formulon cannot evaluate — global
     * variables, unsupported functions, literal ids — are skipped, not failed.
     */
    validationRules(): void {
        for (const record of this.imported.values()) {
            for (const rule of this.schema.validationRules(record.type)) {
                if (!rule.active) {
                    continue;
                }
                const substitutions: Record<string, FormulaValue> = {};
                const names = formulaIdentifiers(rule.errorConditionFormula);
                const values = names.map((name) => this.valueAt(record, name));
                if (names.length === 0 || values.some((value) => value === undefined)) {
                    continue;
                }
                names.forEach((name, index) => {
                    const value = values[index];
                    if (value !== undefined) {
                        substitutions[name] = value;
                    }
                });
                if (evaluateCondition(rule.errorConditionFormula, substitutions) === true) {
                    this.report(
                        record.file,
                        `record ${record.referenceId} fails validation rule ${record.type}.${rule.name}: "${rule.errorMessage}"`,
                        'change the record so the rule holds (the import would be rejected)'
                    );
                }
            }
        }
    }

    /** The value at a field path of an imported record, following @Refs to parents. */
    private valueAt(record: ImportedRecord, path: string): FormulaValue | undefined {
        if (path.startsWith('$')) {
            return undefined;
        }
        const parts = path.split('.');
        let current = record;
        for (const part of parts.slice(0, -1)) {
            const relationship = this.schema.parentRelationship(current.type, part);
            if (relationship === undefined || relationship.polymorphic) {
                return undefined;
            }
            const raw = rawValue(current, relationship.field.name);
            if (raw === null || raw === undefined) {
                return { type: 'literal', dataType: 'null', value: null, options: {} };
            }
            const parent =
                typeof raw === 'string' && raw.startsWith('@')
                    ? this.imported.get(raw.slice(1))
                    : undefined;
            if (parent === undefined) {
                return undefined;
            }
            current = parent;
        }
        const fieldName = parts[parts.length - 1] ?? '';
        if (fieldName === 'Id') {
            return {
                type: 'literal',
                dataType: 'text',
                value: `@${current.referenceId}`,
                options: { length: 18 }
            };
        }
        const field = this.schema.field(current.type, fieldName);
        if (field === undefined) {
            return undefined;
        }
        const raw = rawValue(current, field.name);
        if (raw !== undefined) {
            return formulaValue(field, raw);
        }
        // Absent on create: the platform applies the default.
        if (field.type === 'Checkbox') {
            return formulaValue(field, field.defaultValue === 'true');
        }
        return formulaValue(
            field,
            field.picklist?.values.find((value) => value.isDefault)?.value ?? null
        );
    }

    /** Two records with the same flow-key parts would both get the same unique key. */
    private flowKeys(
        file: string,
        label: string,
        sobject: string,
        record: Record<string, unknown>
    ): void {
        for (const key of FLOW_KEYS) {
            if (key.objectName !== sobject) {
                continue;
            }
            const parts = key.parts.map((part) => record[part]);
            if (parts.some((part) => typeof part !== 'string')) {
                continue;
            }
            const signature = `${sobject}:${parts.join(':')}`;
            const first = this.keys.get(signature);
            if (first !== undefined) {
                this.report(
                    file,
                    `record ${label} repeats ${key.parts.join(' + ')} of record ${first}; the flow would give both the same ${key.field} and the second insert fails as a duplicate`,
                    `remove record ${label} or change its ${key.parts.join('/')}`
                );
            } else {
                this.keys.set(signature, label);
            }
        }
    }
}

export const dataPlan: Check = {
    name: 'the sample data plan imports: objects, createable fields, picklist values, types and @Refs',
    run(context: CheckContext) {
        const findings: Finding[] = [];
        const dataDir = join(context.projectDir, DATA_DIR);
        const jsonFiles = listFiles(dataDir).filter((file) => file.endsWith('.json'));
        const plans: { file: string; parts: PlanPart[] }[] = [];
        const inPlans = new Set<string>();
        for (const file of jsonFiles) {
            const json = readJson(file);
            if (!json.ok) {
                findings.push({
                    file: projectPath(context.projectDir, file),
                    message: `is not valid JSON: ${json.error}`,
                    fix: 'fix the JSON syntax'
                });
                continue;
            }
            const parts = asPlan(json.value);
            if (parts !== undefined) {
                plans.push({ file, parts });
                for (const part of parts) {
                    for (const name of part.files) {
                        inPlans.add(join(dirname(file), name));
                    }
                }
            }
        }
        if (jsonFiles.length > 0 && plans.length === 0) {
            findings.push({
                file: DATA_DIR,
                message: 'has data files but no plan ([{ "sobject": …, "files": […] }])',
                fix: 'add data/sample-data-plan.json listing the files parents first'
            });
        }
        for (const plan of plans) {
            const checker = new PlanChecker(context.schema);
            const planPath = projectPath(context.projectDir, plan.file);
            for (const part of plan.parts) {
                if (context.schema.object(part.sobject) === undefined) {
                    findings.push({
                        file: planPath,
                        message: `imports sobject ${part.sobject}, which does not exist${suggestion(
                            part.sobject,
                            context.schema.objects().map((o) => o.name)
                        )}`,
                        fix: 'correct the sobject name'
                    });
                }
                for (const name of part.files) {
                    const absolute = join(dirname(plan.file), name);
                    const path = projectPath(context.projectDir, absolute);
                    if (!existsSync(absolute)) {
                        findings.push({
                            file: planPath,
                            message: `names ${name}, which does not exist`,
                            fix: `add ${path} or remove it from the plan`
                        });
                        continue;
                    }
                    const json = readJson(absolute);
                    if (json.ok) {
                        checker.file(path, part.sobject, json.value);
                    }
                }
            }
            checker.validationRules();
            findings.push(...checker.findings);
        }
        for (const file of jsonFiles) {
            const json = readJson(file);
            if (
                json.ok &&
                isRecord(json.value) &&
                Array.isArray(json.value.records) &&
                !inPlans.has(file)
            ) {
                findings.push({
                    file: projectPath(context.projectDir, file),
                    message: 'holds records but no plan imports it',
                    fix: 'add it to the plan (after the files it refers to) or delete it'
                });
            }
        }
        return Promise.resolve(findings);
    }
};
