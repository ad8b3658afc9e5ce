// The data model is consistent before any code uses it: every metadata file loads, field definitions
// carry what the platform requires (and what DATA_MODEL.md's conventions ask), relationship limits
// hold, and validation rules, formula fields, flows, layouts and tabs name fields and objects that exist, and report types, reports, dashboards
// and their folders name what exists (reports.ts, dashboards.ts).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { listFiles, projectPath } from '../../../schema/files';
import { checkFormula } from '../../../schema/formulas';
import { checkDashboard, checkFolderShares } from '../dashboards';
import { checkReport, checkReportType, reportTypeOffer } from '../reports';
import type { Schema } from '../../../schema/schema';
import type { SObjectDescribe, SObjectField } from '../../../schema/types';
import {
    childNode,
    childNodes,
    parseMetadataXml,
    text,
    texts,
    type XmlNode,
    type XmlValue
} from '../../../schema/xml';
import type { Check, CheckContext, Finding } from './check';

const MAX_MASTER_DETAIL = 2;
const MAX_RELATIONSHIPS = 40;
const MAX_TRACKED_FIELDS = 20;

function fieldFile(field: SObjectField): string {
    return field.source ?? `objects/${field.objectName}/fields/${field.name}.field-meta.xml`;
}

function checkObject(object: SObjectDescribe, findings: Finding[]): void {
    const file = object.source ?? object.folder ?? `objects/${object.name}`;
    const declared = object.fields.filter((field) => field.custom);
    const masters = declared.filter((field) => field.type === 'MasterDetail');
    const references = declared.filter((field) => field.referenceTo.length > 0);
    const tracked = object.fields.filter((field) => field.trackHistory);
    if (object.custom) {
        for (const [tag, value] of [
            ['label', object.label === object.name ? undefined : object.label],
            ['pluralLabel', object.pluralLabel === object.name ? undefined : object.pluralLabel],
            ['description', object.description]
        ] as const) {
            if (value === undefined || value.trim() === '') {
                findings.push({
                    file,
                    message: `${object.name} has no <${tag}>`,
                    fix: `add <${tag}> (DATA_MODEL.md asks for label, pluralLabel and description on every object)`
                });
            }
        }
        if (
            masters.length > 0 &&
            object.source !== undefined &&
            object.sharingModel !== 'ControlledByParent'
        ) {
            findings.push({
                file,
                message: `${object.name} has a master-detail field but sharingModel ${object.sharingModel ?? '(none)'}; the platform requires ControlledByParent`,
                fix: 'set <sharingModel>ControlledByParent</sharingModel> (and externalSharingModel)'
            });
        }
    }
    if (masters.length > MAX_MASTER_DETAIL) {
        findings.push({
            file,
            message: `${object.name} has ${masters.length} master-detail fields; the platform allows ${MAX_MASTER_DETAIL}`,
            fix: 'turn one into a lookup'
        });
    }
    if (references.length > MAX_RELATIONSHIPS) {
        findings.push({
            file,
            message: `${object.name} has ${references.length} relationship fields; the platform allows ${MAX_RELATIONSHIPS}`,
            fix: 'remove relationship fields'
        });
    }
    if (tracked.length > MAX_TRACKED_FIELDS) {
        findings.push({
            file,
            message: `${object.name} tracks history on ${tracked.length} fields; the platform allows ${MAX_TRACKED_FIELDS}`,
            fix: 'set <trackHistory>false</trackHistory> on the least useful ones'
        });
    }
    if (tracked.length > 0 && !object.enableHistory && object.custom) {
        findings.push({
            file,
            message: `${object.name} has fields with trackHistory but <enableHistory> is not true; the platform rejects that`,
            fix: 'set <enableHistory>true</enableHistory> on the object'
        });
    }
}

/** What the platform requires of a field definition, and the data model's conventions. */
function checkField(field: SObjectField, findings: Finding[]): void {
    const file = fieldFile(field);
    const name = `${field.objectName}.${field.name}`;
    const problem = (message: string, fix: string): void => {
        findings.push({ file, message: `${name} ${message}`, fix });
    };
    const calculated = field.formula !== undefined;
    if (field.label === field.name) {
        problem('has no <label>', 'add <label>');
    }
    if (field.description === undefined || field.description.trim() === '') {
        problem(
            'has no <description>',
            'add <description> (DATA_MODEL.md asks for one on every custom field)'
        );
    }
    if (field.inlineHelpText === undefined || field.inlineHelpText.trim() === '') {
        problem(
            'has no <inlineHelpText>',
            'add <inlineHelpText> (DATA_MODEL.md asks for help text on every custom field)'
        );
    }
    switch (field.type) {
        case 'Text':
        case 'EncryptedText':
            if (
                !calculated &&
                (field.length === undefined || field.length < 1 || field.length > 255)
            ) {
                problem(
                    'is Text without a <length> between 1 and 255',
                    'set <length> (the platform requires it)'
                );
            }
            break;
        case 'LongTextArea':
        case 'Html':
            if (field.length === undefined || field.length < 256 || field.length > 131072) {
                problem(
                    `is ${field.type} without a <length> between 256 and 131072`,
                    'set <length>32768</length>'
                );
            }
            if (field.visibleLines === undefined) {
                problem(
                    `is ${field.type} without <visibleLines>`,
                    'set <visibleLines> (the platform requires it)'
                );
            }
            break;
        case 'Number':
        case 'Currency':
        case 'Percent':
            if (field.precision === undefined || field.scale === undefined) {
                problem(
                    `is ${field.type} without <precision> and <scale>`,
                    'set both (the platform requires them)'
                );
            } else if (field.type === 'Currency' && (field.precision !== 16 || field.scale !== 2)) {
                problem(
                    `is Currency(${field.precision}, ${field.scale})`,
                    'use precision 16 scale 2 (DATA_MODEL.md)'
                );
            } else if (field.type === 'Percent' && (field.precision !== 5 || field.scale !== 2)) {
                problem(
                    `is Percent(${field.precision}, ${field.scale})`,
                    'use precision 5 scale 2 (DATA_MODEL.md)'
                );
            }
            break;
        case 'Lookup':
            if (field.required && field.deleteConstraint === 'SetNull') {
                problem(
                    'is a required lookup with deleteConstraint SetNull; the platform rejects that',
                    'set <deleteConstraint>Restrict</deleteConstraint>'
                );
            }
            break;
        case 'Picklist':
        case 'MultiselectPicklist': {
            const picklist = field.picklist;
            if (picklist !== undefined && picklist.valueSetName === undefined) {
                const values = picklist.values.map((value) => value.value);
                const duplicates = values.filter((value, index) => values.indexOf(value) !== index);
                if (values.length === 0) {
                    problem(
                        'has no picklist values',
                        'add <value> entries to <valueSetDefinition>'
                    );
                }
                if (duplicates.length > 0) {
                    problem(
                        `lists ${[...new Set(duplicates)].join(', ')} twice`,
                        'remove the duplicate <value>'
                    );
                }
                if (picklist.values.filter((value) => value.isDefault).length > 1) {
                    problem(
                        'has more than one default value',
                        'keep <default>true</default> on one value'
                    );
                }
            }
            break;
        }
        default:
            break;
    }
    if (
        (field.unique || field.externalId) &&
        !['Text', 'Number', 'Email', 'AutoNumber'].includes(field.type)
    ) {
        problem(
            `is ${field.type} but marked unique/externalId; only Text, Number, Email and AutoNumber fields can be`,
            'remove <unique>/<externalId> or change the type'
        );
    }
}

function checkChildRelationshipNames(schema: Schema, findings: Finding[]): void {
    for (const object of schema.objects()) {
        const seen = new Map<string, SObjectField>();
        for (const child of object.childRelationships) {
            const first = seen.get(child.name);
            if (first !== undefined && first !== child.field) {
                findings.push({
                    file: fieldFile(child.field),
                    message: `${child.childObject}.${child.field.name} names child relationship ${child.name} on ${object.name}, which ${first.objectName}.${first.name} already uses`,
                    fix: 'give <relationshipName> a name unique among the children of the parent object'
                });
            } else {
                seen.set(child.name, child.field);
            }
        }
    }
}

function checkFormulas(schema: Schema, findings: Finding[]): void {
    for (const object of schema.objects()) {
        for (const rule of object.validationRules) {
            for (const problem of checkFormula(schema, object.name, rule.errorConditionFormula)) {
                findings.push({
                    file: rule.source,
                    message: `validation rule ${rule.name}: ${problem.message}`,
                    fix: problem.fix
                });
            }
            if (
                rule.errorDisplayField !== undefined &&
                schema.field(object.name, rule.errorDisplayField) === undefined
            ) {
                findings.push({
                    file: rule.source,
                    message: `validation rule ${rule.name} shows its error on ${rule.errorDisplayField}, which ${object.name} does not have`,
                    fix: 'correct <errorDisplayField> or remove it to show the error at the top'
                });
            }
        }
        for (const field of object.fields) {
            if (field.formula !== undefined) {
                for (const problem of checkFormula(schema, object.name, field.formula)) {
                    findings.push({
                        file: fieldFile(field),
                        message: `formula field ${field.name}: ${problem.message}`,
                        fix: problem.fix
                    });
                }
            }
        }
    }
}

/** All text nodes of an XML element, depth first. */
function allTexts(value: XmlValue): string[] {
    if (typeof value === 'string') {
        return [value];
    }
    if (Array.isArray(value)) {
        return (value as readonly XmlValue[]).flatMap(allTexts);
    }
    return Object.values(value as XmlNode).flatMap(allTexts);
}

interface MetadataFile {
    readonly path: string;
    readonly absolute: string;
    readonly rootTag: string;
    readonly root: XmlNode;
}

function metadataFiles(context: CheckContext, suffix: string): MetadataFile[] {
    const files: MetadataFile[] = [];
    for (const dir of [...context.packageDirs, ...context.postInstallDirs]) {
        for (const absolute of listFiles(join(context.projectDir, dir))) {
            if (!absolute.endsWith(suffix)) {
                continue;
            }
            const parsed = parseMetadataXml(readFileSync(absolute, 'utf8'));
            if (parsed !== null) {
                files.push({
                    path: projectPath(context.projectDir, absolute),
                    absolute,
                    ...parsed
                });
            }
        }
    }
    return files;
}

const RECORD_REFERENCE = /\$Record(?:__Prior)?\.([A-Za-z0-9_.]+)/g;

/** Record-triggered flows: the start object exists and every $Record.<path> resolves on it. */
function checkFlows(context: CheckContext, findings: Finding[]): void {
    const { schema } = context;
    for (const flow of metadataFiles(context, '.flow-meta.xml')) {
        const start = childNode(flow.root, 'start');
        const objectName = start === undefined ? undefined : text(start, 'object');
        if (objectName === undefined) {
            continue;
        }
        if (schema.object(objectName) === undefined) {
            findings.push({
                file: flow.path,
                message: `flow starts on object ${objectName}, which does not exist`,
                fix: 'correct <start><object>'
            });
            continue;
        }
        const reported = new Set<string>();
        for (const value of allTexts(flow.root)) {
            for (const match of value.matchAll(RECORD_REFERENCE)) {
                const path = match[1] ?? '';
                const resolution = schema.resolvePath(objectName, path);
                if (!resolution.ok && !reported.has(path)) {
                    reported.add(path);
                    findings.push({
                        file: flow.path,
                        message: `flow uses $Record.${path}, but ${resolution.error}`,
                        fix: 'correct the field reference'
                    });
                }
            }
        }
        // Elements that name an object and its fields directly (recordLookups, recordUpdates…).
        for (const [tag, fieldTags] of [
            ['recordLookups', ['queriedFields']],
            ['recordCreates', []],
            ['recordUpdates', []]
        ] as const) {
            for (const element of childNodes(flow.root, tag)) {
                const target = text(element, 'object');
                if (target === undefined) {
                    continue;
                }
                if (schema.object(target) === undefined) {
                    findings.push({
                        file: flow.path,
                        message: `flow element ${text(element, 'name') ?? tag} names object ${target}, which does not exist`,
                        fix: 'correct <object>'
                    });
                    continue;
                }
                const fieldNames = [
                    ...fieldTags.flatMap((fieldTag) => texts(element, fieldTag)),
                    ...childNodes(element, 'filters').flatMap((filter) => texts(filter, 'field')),
                    ...childNodes(element, 'inputAssignments').flatMap((assignment) =>
                        texts(assignment, 'field')
                    )
                ];
                for (const fieldName of fieldNames) {
                    if (schema.field(target, fieldName) === undefined) {
                        findings.push({
                            file: flow.path,
                            message: `flow element ${text(element, 'name') ?? tag} names ${target}.${fieldName}, which does not exist`,
                            fix: 'correct the field name'
                        });
                    }
                }
            }
        }
    }
}

/** Page layouts and compact layouts name fields of their object. */
function checkLayouts(context: CheckContext, findings: Finding[]): void {
    const { schema } = context;
    for (const layout of metadataFiles(context, '.layout-meta.xml')) {
        const objectName = basename(layout.absolute).split('-')[0] ?? '';
        if (schema.object(objectName) === undefined) {
            findings.push({
                file: layout.path,
                message: `is a layout for ${objectName}, which does not exist`,
                fix: 'name the file <Object>-<Layout Name>.layout-meta.xml'
            });
            continue;
        }
        const fields = childNodes(layout.root, 'layoutSections')
            .flatMap((section) => childNodes(section, 'layoutColumns'))
            .flatMap((column) => childNodes(column, 'layoutItems'))
            .flatMap((item) => texts(item, 'field'));
        for (const fieldName of fields) {
            if (schema.field(objectName, fieldName) === undefined) {
                findings.push({
                    file: layout.path,
                    message: `places ${objectName}.${fieldName}, which does not exist`,
                    fix: 'correct or remove the layout item'
                });
            }
        }
    }
    for (const layout of metadataFiles(context, '.compactLayout-meta.xml')) {
        const objectName = /objects\/([^/]+)\/compactLayouts\//.exec(layout.path)?.[1] ?? '';
        for (const fieldName of texts(layout.root, 'fields')) {
            if (
                schema.object(objectName) !== undefined &&
                schema.field(objectName, fieldName) === undefined
            ) {
                findings.push({
                    file: layout.path,
                    message: `shows ${objectName}.${fieldName}, which does not exist`,
                    fix: 'correct or remove the field'
                });
            }
        }
    }
    for (const tab of metadataFiles(context, '.tab-meta.xml')) {
        const name = basename(tab.absolute, '.tab-meta.xml');
        if (text(tab.root, 'customObject') === 'true' && schema.object(name) === undefined) {
            findings.push({
                file: tab.path,
                message: `is a custom object tab for ${name}, which does not exist`,
                fix: 'name the tab after its object'
            });
        }
    }
}

/** The folder and name of a file under reports/ or dashboards/ ('Account_Atlas', 'Atlas_White_Space'). */
function folderAndName(path: string, suffix: string): { folder: string; name: string } {
    const parts = path.slice(0, -suffix.length).split('/');
    return { folder: parts[parts.length - 2] ?? '', name: parts[parts.length - 1] ?? '' };
}

/**
 * Report types, reports, dashboards and their folders name what exists: objects, relationships,
 * fields and picklist values; the columns a report type offers; the reports a dashboard shows; the
 * folders and public groups they are filed in and shared with.
 */
function checkReports(context: CheckContext, findings: Finding[]): void {
    const { schema } = context;
    const reportTypes = metadataFiles(context, '.reportType-meta.xml');
    const offers = new Map(
        reportTypes.map((file) => [
            basename(file.path, '.reportType-meta.xml'),
            reportTypeOffer(schema, file.root)
        ])
    );
    for (const reportType of reportTypes) {
        for (const problem of checkReportType(schema, reportType.root)) {
            findings.push({ file: reportType.path, ...problem });
        }
    }
    const groups = new Set(
        metadataFiles(context, '.group-meta.xml').map((file) =>
            basename(file.path, '.group-meta.xml')
        )
    );
    const folderNames = (suffix: string): Set<string> => {
        const folders = metadataFiles(context, suffix);
        for (const folder of folders) {
            for (const problem of checkFolderShares(folder.root, groups)) {
                findings.push({ file: folder.path, ...problem });
            }
        }
        return new Set(folders.map((folder) => basename(folder.path, suffix)));
    };
    const reportFolders = folderNames('.reportFolder-meta.xml');
    const dashboardFolders = folderNames('.dashboardFolder-meta.xml');
    const reports = new Map<string, XmlNode>();
    for (const report of metadataFiles(context, '.report-meta.xml')) {
        const { folder, name } = folderAndName(report.path, '.report-meta.xml');
        reports.set(`${folder}/${name}`, report.root);
        if (!reportFolders.has(folder)) {
            findings.push({
                file: report.path,
                message: `is in folder ${folder}, which has no reports/${folder}.reportFolder-meta.xml`,
                fix: 'add the ReportFolder file (a deploy cannot create the folder otherwise)'
            });
        }
        for (const problem of checkReport(schema, report.root, offers)) {
            findings.push({ file: report.path, ...problem });
        }
    }
    for (const dashboard of metadataFiles(context, '.dashboard-meta.xml')) {
        const { folder } = folderAndName(dashboard.path, '.dashboard-meta.xml');
        for (const problem of checkDashboard(dashboard.root, reports, dashboardFolders, folder)) {
            findings.push({ file: dashboard.path, ...problem });
        }
    }
}

export const schemaIntegrity: Check = {
    name: 'the data model is consistent: definitions, limits, formulas, flows, layouts, tabs, reports and dashboards name what exists',
    run(context) {
        const findings: Finding[] = context.schema.issues.map((issue) => ({ ...issue }));
        for (const object of context.schema.objects()) {
            checkObject(object, findings);
            for (const field of object.fields) {
                if (field.custom) {
                    checkField(field, findings);
                }
            }
        }
        checkChildRelationshipNames(context.schema, findings);
        checkFormulas(context.schema, findings);
        checkFlows(context, findings);
        checkLayouts(context, findings);
        checkReports(context, findings);
        return Promise.resolve(findings);
    }
};
