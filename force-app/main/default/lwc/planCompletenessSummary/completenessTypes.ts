// What the plan completeness summary shows (built by the Account Plan container from the
// planCompleteness helper, worded with custom labels).

export interface CompletenessTierView {
    tier: string;
    label: string;
    percent: number;
    /** "3 of 5 done", in words. */
    summary: string;
}

export interface MissingItemView {
    key: string;
    text: string;
    /** The check (planCompleteness CheckCode). */
    code: string;
    objectApiName: string;
    recordId: string;
    field: string;
    /** Every field to fill, comma-separated ('' when the fix is to add records). */
    fields: string;
}

export interface CompletenessView {
    overall: number;
    overallText: string;
    tiers: CompletenessTierView[];
    groups: { tier: string; label: string; items: MissingItemView[] }[];
}
