// Check: no custom picklist field lists more values than Salesforce allows (PICKLIST_VALUE_LIMIT in
// limits.ts). Counts every value the field's own value set lists, active or not: a restricted
// picklist's limit counts both.
import type { Schema } from '../../../schema/schema';
import { PICKLIST_VALUE_LIMIT } from '../limits';
import type { Check, Finding } from './check';

/** Every custom picklist field whose own value set is over the limit. */
export function picklistsOverLimit(schema: Schema): Finding[] {
    const findings: Finding[] = [];
    for (const object of schema.objects()) {
        for (const field of object.fields) {
            const picklist = field.picklist;
            if (
                !field.custom ||
                picklist === undefined ||
                picklist.valueSetName !== undefined ||
                picklist.values.length <= PICKLIST_VALUE_LIMIT.max
            ) {
                continue;
            }
            findings.push({
                file: field.source ?? `objects/${object.name}`,
                message: `${object.name}.${field.name} lists ${picklist.values.length} values, over the limit of ${PICKLIST_VALUE_LIMIT.max} (${PICKLIST_VALUE_LIMIT.source})`,
                fix: `keep at most ${PICKLIST_VALUE_LIMIT.max} values, or make it a lookup to a custom object`
            });
        }
    }
    return findings;
}

export const picklistSize: Check = {
    name: 'no custom picklist lists more values than Salesforce allows',
    run(context) {
        return Promise.resolve(picklistsOverLimit(context.schema));
    }
};
