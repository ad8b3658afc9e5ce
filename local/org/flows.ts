// Emulates the project's record-triggered before-save flows by reading them from the metadata: the
// start element (object, create/update), then a chain of assignments that set $Record fields to a
// formula, a field or a literal. A flow that does anything else is listed as not emulated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../schema/files';
import { packageDirectories } from '../../schema/schema';
import { childNode, childNodes, parseMetadataXml, text, type XmlNode } from '../../schema/xml';
import type { OrgModel } from './model';

export interface FlowAssignment {
    /** The field on $Record that is set. */
    readonly field: string;
    /** A formulon formula over the record's fields (merge fields {!$Record.X} rewritten to X). */
    readonly formula: string;
}

export interface BeforeSaveFlow {
    readonly name: string;
    readonly objectName: string;
    readonly onCreate: boolean;
    readonly onUpdate: boolean;
    readonly assignments: readonly FlowAssignment[];
}

export interface FlowLoadResult {
    readonly flows: readonly BeforeSaveFlow[];
    /** Active record-triggered flows the local org does not run, with the reason. */
    readonly skipped: readonly { readonly name: string; readonly reason: string }[];
}

const ELEMENT_KINDS = [
    'actionCalls',
    'apexPluginCalls',
    'collectionProcessors',
    'decisions',
    'loops',
    'recordCreates',
    'recordDeletes',
    'recordLookups',
    'recordUpdates',
    'screens',
    'subflows',
    'waits',
    'customErrors',
    'transforms'
];

/** '{!$Record.A} & ':' & {!$Record.B}' → "A & ':' & B"; undefined when it names anything else. */
function toFormulon(expression: string): string | undefined {
    let unsupported = false;
    const rewritten = expression.replace(/\{!([^}]+)\}/g, (_match, reference: string) => {
        const trimmed = reference.trim();
        if (trimmed.startsWith('$Record.')) {
            return trimmed.slice('$Record.'.length);
        }
        unsupported = true;
        return trimmed;
    });
    return unsupported ? undefined : rewritten.trim();
}

function quoteText(value: string): string {
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function readFlow(name: string, root: XmlNode, model: OrgModel): BeforeSaveFlow | string {
    const start = childNode(root, 'start');
    if (start === undefined) {
        return 'it has no start element';
    }
    if (text(start, 'triggerType') !== 'RecordBeforeSave') {
        return `its trigger type is ${text(start, 'triggerType') ?? 'none'}, not RecordBeforeSave`;
    }
    const objectName = text(start, 'object') ?? '';
    if (model.object(objectName) === undefined) {
        return `its object ${objectName} is not in the schema`;
    }
    if (childNodes(start, 'filters').length > 0 || text(start, 'filterFormula') !== undefined) {
        return 'its start element has entry conditions';
    }
    for (const kind of ELEMENT_KINDS) {
        if (childNodes(root, kind).length > 0) {
            return `it uses <${kind}>`;
        }
    }
    const formulas = new Map(
        childNodes(root, 'formulas').map((formula) => [
            text(formula, 'name') ?? '',
            text(formula, 'expression') ?? ''
        ])
    );
    const assignments = new Map(
        childNodes(root, 'assignments').map((node) => [text(node, 'name') ?? '', node])
    );
    const result: FlowAssignment[] = [];
    let next = text(childNode(start, 'connector') ?? {}, 'targetReference');
    const visited = new Set<string>();
    while (next !== undefined) {
        if (visited.has(next)) {
            return 'its assignments form a loop';
        }
        visited.add(next);
        const node = assignments.get(next);
        if (node === undefined) {
            return `it connects to ${next}, which is not an assignment`;
        }
        for (const item of childNodes(node, 'assignmentItems')) {
            const target = text(item, 'assignToReference') ?? '';
            if (!target.startsWith('$Record.') || text(item, 'operator') !== 'Assign') {
                return `assignment ${next} does something other than assign a $Record field`;
            }
            const value = childNode(item, 'value') ?? {};
            const reference = text(value, 'elementReference');
            let formula: string | undefined;
            if (reference !== undefined) {
                formula = reference.startsWith('$Record.')
                    ? reference.slice('$Record.'.length)
                    : formulas.has(reference)
                      ? toFormulon(formulas.get(reference) ?? '')
                      : undefined;
            } else if (text(value, 'stringValue') !== undefined) {
                formula = quoteText(text(value, 'stringValue') ?? '');
            } else if (
                text(value, 'numberValue') !== undefined ||
                text(value, 'booleanValue') !== undefined
            ) {
                formula = text(value, 'numberValue') ?? text(value, 'booleanValue');
            }
            if (formula === undefined) {
                return `assignment ${next} sets ${target} from something other than a $Record formula or literal`;
            }
            result.push({ field: target.slice('$Record.'.length), formula });
        }
        next = text(childNode(node, 'connector') ?? {}, 'targetReference');
    }
    const trigger = text(start, 'recordTriggerType') ?? 'CreateAndUpdate';
    return {
        name,
        objectName: model.object(objectName)?.name ?? objectName,
        onCreate: trigger === 'Create' || trigger === 'CreateAndUpdate',
        onUpdate: trigger === 'Update' || trigger === 'CreateAndUpdate',
        assignments: result
    };
}

/** Every active record-triggered before-save flow of the project that the local org can run. */
export function loadBeforeSaveFlows(projectDir: string, model: OrgModel): FlowLoadResult {
    const flows: BeforeSaveFlow[] = [];
    const skipped: { name: string; reason: string }[] = [];
    for (const dir of packageDirectories(projectDir)) {
        for (const file of listFiles(join(projectDir, dir))) {
            const match = /([^/\\]+)\.flow-meta\.xml$/.exec(file);
            if (match?.[1] === undefined) {
                continue;
            }
            const parsed = parseMetadataXml(readFileSync(file, 'utf8'));
            if (parsed === null || parsed.rootTag !== 'Flow') {
                skipped.push({ name: match[1], reason: 'its XML does not parse' });
                continue;
            }
            const start = childNode(parsed.root, 'start');
            const recordTriggered = start !== undefined && text(start, 'object') !== undefined;
            if (text(parsed.root, 'status') !== 'Active' || !recordTriggered) {
                continue;
            }
            const flow = readFlow(match[1], parsed.root, model);
            if (typeof flow === 'string') {
                skipped.push({ name: match[1], reason: flow });
            } else {
                flows.push(flow);
            }
        }
    }
    return { flows, skipped };
}
