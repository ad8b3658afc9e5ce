// Puts the input in a canonical form: sorted by id so input order never matters, inactive criteria
// dropped, one evidence record per criterion, and a warning for everything that had to be guessed.
import type {
    BuyingCenterMemberRecord,
    DealEvidenceRecord,
    OpportunityRecord,
    StageChange,
    StageCriterionRecord
} from 'c/atlasModel';
import type { DealScoringConfig, DealScoringInput } from './types';
import { compareText, dayNumber } from './dates';

export interface PreparedDeal {
    opportunity: OpportunityRecord;
    stageOrder: string[];
    stageIndex: number;
    /** Active criteria of the current and earlier stages, sorted. */
    stageCriteria: StageCriterionRecord[];
    /** Active qualification questions (no stage), sorted. */
    qualificationCriteria: StageCriterionRecord[];
    /** Criterion id → its evidence. */
    evidenceByCriterion: Map<string, DealEvidenceRecord>;
    members: BuyingCenterMemberRecord[];
    stageHistory: StageChange[];
    amount: number | null;
    asOfDay: number | null;
    /** The input with junk screened out: what next-action simulations start from. */
    sanitized: DealScoringInput;
    warnings: string[];
}

const byId = <T extends { Id?: string | null }>(a: T, b: T): number =>
    compareText(String(a.Id ?? ''), String(b.Id ?? ''));

// Deliberately not a type guard: records are typed already; this only screens out nulls and junk.
function isRecord(value: unknown): boolean {
    return typeof value === 'object' && value !== null;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The records of a list, skipping anything that is not a record; not a list reads as empty. */
function listOf<T>(value: readonly T[] | unknown): Record<string, unknown>[] {
    return Array.isArray(value) ? (value.filter(isRecord) as Record<string, unknown>[]) : [];
}

/**
 * The record with its named fields as text or null: junk in a picklist must not break a sentence.
 * Well-formed records (the usual case, in bulk) are returned as they are, without a copy.
 */
function withTextFields(
    record: Record<string, unknown>,
    fields: readonly string[]
): Record<string, unknown> {
    const isClean = fields.every((field) => {
        const value = record[field];
        return value === undefined || value === null || typeof value === 'string';
    });
    if (isClean) {
        return record;
    }
    const clean: Record<string, unknown> = { ...record };
    for (const field of fields) {
        clean[field] = text(record[field]);
    }
    return clean;
}

/** The opportunity with every field the score reads in its expected type; odd values read as blank. */
function cleanOpportunity(value: unknown, warnings: string[]): OpportunityRecord {
    if (!isRecord(value)) {
        warnings.push('No opportunity was given; scored as an empty deal.');
        return { Id: '', Name: '' };
    }
    const raw = value as Record<string, unknown>;
    const clean: OpportunityRecord = {
        ...(raw as unknown as OpportunityRecord),
        Id: text(raw.Id) ?? '',
        Name: text(raw.Name) ?? '',
        StageName: text(raw.StageName),
        CloseDate: text(raw.CloseDate),
        LastActivityDate: text(raw.LastActivityDate),
        CreatedDate: text(raw.CreatedDate),
        Buying_Center__c: text(raw.Buying_Center__c),
        IsClosed: raw.IsClosed === true
    };
    if (raw.StageName !== undefined && raw.StageName !== null && clean.StageName === null) {
        warnings.push('The stage is not text; read as blank.');
    }
    return clean;
}

export function prepareDeal(input: DealScoringInput, config: DealScoringConfig): PreparedDeal {
    const warnings: string[] = [];
    const source = isRecord(input) ? input : ({} as DealScoringInput);
    const opportunity = cleanOpportunity(source.opportunity, warnings);
    const stageOrder = Array.isArray(source.stageOrder)
        ? source.stageOrder.filter((stage): stage is string => typeof stage === 'string')
        : [];
    const stageIndex = stageOrder.indexOf(opportunity.StageName ?? '');

    const allCriteria = listOf(source.criteria)
        .map((criterion) => {
            const clean = withTextFields(criterion, [
                'Id',
                'Stage__c',
                'Category__c',
                'Importance__c'
            ]);
            // Required__c and Active__c are read as `=== true` / `!== false`, so only the question
            // needs repair; criteria are shared by every deal in bulk, so avoid copying them.
            return (typeof clean.Question__c === 'string'
                ? clean
                : {
                      ...clean,
                      Question__c: '(no question written)'
                  }) as unknown as StageCriterionRecord;
        })
        .filter((criterion) => criterion.Id !== null)
        .sort(byId);
    const active = allCriteria.filter((criterion) => criterion.Active__c !== false);
    for (const criterion of active) {
        const importance = criterion.Importance__c;
        if (importance && config.importanceWeights[importance] === undefined) {
            warnings.push(
                `Criterion "${criterion.Question__c}" has an unknown importance "${importance}"; weighed as Important.`
            );
        }
        if (criterion.Stage__c && !stageOrder.includes(criterion.Stage__c)) {
            warnings.push(
                `Criterion "${criterion.Question__c}" belongs to stage "${criterion.Stage__c}", which is not in the sales process; it is ignored.`
            );
        }
    }
    const earlierStages = new Set(stageIndex >= 0 ? stageOrder.slice(0, stageIndex + 1) : []);
    const stageCriteria = active.filter(
        (criterion) => !!criterion.Stage__c && earlierStages.has(criterion.Stage__c)
    );
    const qualificationCriteria = active.filter((criterion) => !criterion.Stage__c);

    const knownCriteria = new Set(allCriteria.map((criterion) => criterion.Id));
    const evidenceByCriterion = new Map<string, DealEvidenceRecord>();
    const evidence = listOf(source.evidence)
        .map(
            (record) =>
                withTextFields(record, [
                    'Id',
                    'Stage_Criterion__c',
                    'State__c'
                ]) as unknown as DealEvidenceRecord
        )
        .sort(byId);
    for (const record of evidence) {
        const criterionId = record.Stage_Criterion__c;
        if (!criterionId || !knownCriteria.has(criterionId)) {
            warnings.push(
                `Evidence ${record.Id ?? '(no id)'} answers no known criterion; ignored.`
            );
            continue;
        }
        if (record.State__c && config.stateValues[record.State__c] === undefined) {
            warnings.push(
                `Evidence ${record.Id} has an unknown state "${record.State__c}"; read as No.`
            );
        }
        if (evidenceByCriterion.has(criterionId)) {
            warnings.push(
                `Two evidence records answer the same criterion; ${record.Id} (the later id) is used.`
            );
        }
        evidenceByCriterion.set(criterionId, record);
    }

    const members = listOf(source.members)
        .map(
            (member) =>
                withTextFields(member, [
                    'Id',
                    'Buying_Role__c',
                    'Influence__c',
                    'Support__c',
                    'Coverage__c'
                ]) as unknown as BuyingCenterMemberRecord
        )
        .filter((member) => member.Id !== null)
        .sort(byId);
    const stageHistory = listOf(source.stageHistory)
        .map(
            (change) => withTextFields(change, ['StageName', 'EnteredAt']) as unknown as StageChange
        )
        .filter((change) => change.StageName !== null && dayNumber(change.EnteredAt) !== null)
        .sort(
            (a, b) =>
                (dayNumber(a.EnteredAt) ?? 0) - (dayNumber(b.EnteredAt) ?? 0) ||
                compareText(String(a.StageName), String(b.StageName))
        );

    let amount: number | null = null;
    const rawAmount = opportunity.Amount;
    if (typeof rawAmount === 'number' && Number.isFinite(rawAmount) && rawAmount >= 0) {
        amount = rawAmount;
    } else if (rawAmount !== null && rawAmount !== undefined) {
        warnings.push(`The amount "${String(rawAmount)}" is not a valid amount; read as missing.`);
    }
    const asOfDay = dayNumber(source.asOf);
    if (asOfDay === null) {
        warnings.push('No valid "as of" date was given; date checks were skipped.');
    }
    return {
        opportunity,
        stageOrder,
        stageIndex,
        stageCriteria,
        qualificationCriteria,
        evidenceByCriterion,
        members,
        stageHistory,
        amount,
        asOfDay,
        sanitized: {
            opportunity,
            evidence,
            criteria: allCriteria,
            stageOrder,
            members,
            stageHistory,
            asOf: typeof source.asOf === 'string' ? source.asOf : ''
        },
        warnings
    };
}
