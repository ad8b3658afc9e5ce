// Check: no text a deploy sends is longer than Salesforce's documented limit for its element (the
// table in limits.ts), measured on the converted package untrimmed, as the org receives it.
import { countedLength, lengthLimit, type LengthLimit } from '../limits';
import { metadataTypes, type MetadataTypes } from '../metadataTypes';
import { quoteValue, type SentValue } from '../sentValues';
import { ownerType } from '../typeValidation';
import type { Check, CheckContext, Finding } from './check';
import { sentValueLocation, sentValuesOf } from './textAsSent';

export interface OverLimit {
    readonly value: SentValue;
    readonly limit: LengthLimit;
    readonly length: number;
}

/** Every value longer than its element's limit; the owning type comes from the Metadata API types. */
export function valuesOverLimit(values: readonly SentValue[], types: MetadataTypes): OverLimit[] {
    const over: OverLimit[] = [];
    for (const value of values) {
        const owner = ownerType(types, value.path);
        const element = value.path[value.path.length - 1] ?? '';
        const limit = owner === null ? undefined : lengthLimit(owner, element);
        const length = limit === undefined ? 0 : countedLength(limit, value.text);
        if (limit !== undefined && length > limit.max) {
            over.push({ value, limit, length });
        }
    }
    return over;
}

function finding(context: CheckContext, { value, limit, length }: OverLimit): Finding {
    return {
        ...sentValueLocation(context, value),
        message: `<${limit.element}> of ${limit.type} is ${length} characters as sent, over the limit of ${limit.max} (${limit.source}): ${quoteValue(value.text)}`,
        fix: `shorten it to ${limit.max} characters or fewer${limit.uncountedSuffix === undefined ? '' : ` before ${limit.uncountedSuffix}`}`
    };
}

export const lengthLimits: Check = {
    name: 'no text is longer than the limit Salesforce documents for its element (measured as sent)',
    async run(context) {
        return valuesOverLimit(await sentValuesOf(context), metadataTypes()).map((over) =>
            finding(context, over)
        );
    }
};
