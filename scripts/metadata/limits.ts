// The length limits Salesforce documents for metadata text, one row per element with the page that
// states it, applied to the text exactly as a deploy sends it, and the picklist size limit. Only limits
// found in Salesforce's own documentation are listed: a limit we could not find stated stays out
// rather than being guessed. Searched for and not found stated in a Salesforce page we could read
// (2026-12): CustomField inlineHelpText and description lengths, a custom picklist value's length,
// Flow description length.

export interface LengthLimit {
    /** The Metadata API type that owns the element (as @salesforce/types names it). */
    readonly type: string;
    readonly element: string;
    readonly max: number;
    /** Where Salesforce states the limit. */
    readonly source: string;
    /** A suffix the limit does not count (custom field API names: the limit excludes `__c`). */
    readonly uncountedSuffix?: string;
}

export const LENGTH_LIMITS: readonly LengthLimit[] = [
    {
        type: 'CustomField',
        element: 'label',
        max: 40,
        source: 'Salesforce Help, knowledge article 000381913 ("the character limit for creating field names and labels is 40 characters")'
    },
    {
        type: 'CustomField',
        element: 'fullName',
        max: 40,
        uncountedSuffix: '__c',
        source: 'Salesforce Help, knowledge article 000381913 (field names: 40 characters, then "__c" is suffixed)'
    },
    {
        type: 'ValidationRule',
        element: 'errorMessage',
        max: 255,
        source: 'Tooling API Developer Guide, ValidationRule.ErrorMessage ("must be 255 characters or less")'
    },
    {
        type: 'CustomPermission',
        element: 'label',
        max: 80,
        source: 'Metadata API Developer Guide, CustomPermission.label ("Limit: 80 characters")'
    },
    {
        type: 'CustomPermission',
        element: 'description',
        max: 255,
        source: 'Metadata API Developer Guide, CustomPermission.description ("Limit: 255 characters")'
    },
    {
        type: 'Report',
        element: 'name',
        max: 40,
        source: 'Salesforce Field Reference, Report.Name (string, length 40)'
    },
    {
        type: 'Report',
        element: 'description',
        max: 255,
        source: 'Object Reference, Report.Description ("Limit: 255 characters")'
    },
    {
        type: 'Dashboard',
        element: 'description',
        max: 255,
        source: 'Salesforce Field Reference, Dashboard.Description (string, length 255)'
    },
    {
        type: 'PermissionSet',
        element: 'label',
        max: 80,
        source: 'Salesforce Field Reference, PermissionSet.Label (string, length 80)'
    },
    {
        type: 'PermissionSet',
        element: 'description',
        max: 255,
        source: 'Salesforce Field Reference, PermissionSet.Description (string, length 255)'
    },
    {
        type: 'CustomLabel',
        element: 'value',
        max: 1000,
        source: 'Metadata API Developer Guide, CustomLabels ("custom text values, up to 1,000 characters")'
    },
    {
        type: 'CustomLabel',
        element: 'categories',
        max: 255,
        source: 'Tooling API Developer Guide, ExternalString.Category ("limited to 255 characters")'
    }
];

/** How many values one custom picklist field may list. */
export const PICKLIST_VALUE_LIMIT = {
    max: 1000,
    source: 'Salesforce Help, Picklist Limitations ("Restricted picklists have a combined active and inactive limit of 1,000 values"; unrestricted picklists: 1,000 active values)'
} as const;

/** The limit on an element of a type, if Salesforce documents one. */
export function lengthLimit(type: string, element: string): LengthLimit | undefined {
    return LENGTH_LIMITS.find((limit) => limit.type === type && limit.element === element);
}

/** The length the limit counts: the characters of the text as sent, less an uncounted suffix. */
export function countedLength(limit: LengthLimit, text: string): number {
    return limit.uncountedSuffix !== undefined && text.endsWith(limit.uncountedSuffix)
        ? text.length - limit.uncountedSuffix.length
        : text.length;
}
