// Every sentence the deal score says, in one place (panels may map the codes to custom labels).

export function invalidConfig(setting: string, expected: string): string {
    return `Deal scoring configuration: ${setting} must be ${expected}.`;
}

export const percent = (ratio: number): string => `${Math.round(ratio * 100)}%`;

export function evidenceReason(
    met: number,
    total: number,
    unassessed: number,
    ratio: number
): string {
    if (total === 0) {
        return 'No stage criteria are configured for this stage or the ones before it, so evidence earns half its points until sales ops add some.';
    }
    const notAssessed =
        unassessed > 0 ? ` ${unassessed} not yet assessed (unknown, counted as not met).` : '';
    return `${met} of ${total} stage criteria met with customer evidence, ${percent(ratio)} of their weight.${notAssessed}`;
}

export function qualificationReason(total: number, unassessed: number, ratio: number): string {
    if (total === 0) {
        return 'No qualification questions are configured, so qualification earns half its points.';
    }
    const notAssessed = unassessed > 0 ? ` ${unassessed} not yet answered.` : '';
    return `Qualification answered at ${percent(ratio)} of its weight across ${total} questions.${notAssessed}`;
}

export const RELATIONSHIPS_UNKNOWN =
    'Relationships unknown: nobody from the buying center is mapped to this deal yet, so only a small share of the points is given.';

export function unknownStage(stage: string | null | undefined): string {
    return stage
        ? `Stage "${stage}" is not in the sales process; stage criteria could not be applied.`
        : 'The deal has no stage; stage criteria could not be applied.';
}
