// Reads the scoring input into one canonical, typed form: input order never matters, junk is read as
// blank or skipped, and everything that had to be guessed becomes a warning. Never throws.
import type { BuyingCenterMemberRecord } from 'c/atlasModel';
import type { DealScoringConfig, DealScoringInput, DealWarning } from './types';
import { dayNumber } from './dates';
import { blanksAsNull, isFiniteNumber, isRecord, text } from './values';
import { sharedCriteria } from './sharedCriteria';
import type { PreparedCriteria } from './prepareCriteria';
import { prepareEvidence } from './prepareEvidence';
import type { Answers } from './prepareEvidence';
import { contactNames, prepareMembers } from './preparePeople';
import { prepareHistory } from './prepareHistory';
import { answersAgainstCompetitors, competitorPositions } from './competitorPositions';
import type { CompetitorPosition } from './competitorPositions';
import type { PreparedHistory } from './prepareHistory';
import {
    badAmount,
    badAsOf,
    badField,
    badStageName,
    closeBeforeCreated,
    dateAfterAsOf,
    duplicateStage,
    noOpportunity,
    noStageOrder,
    readAsBlank,
    unknownStage
} from './warningMessages';

/** The opportunity fields the score reads, each in its expected type (null = blank). */
export interface DealFacts {
    id: string;
    name: string;
    stage: string | null;
    amount: number | null;
    closeDate: string | null;
    closeDay: number | null;
    /** LastActivityDate, else CreatedDate: when someone last did something on the deal. */
    lastActivityDay: number | null;
    buyingCenterId: string | null;
}

export interface PreparedDeal {
    deal: DealFacts;
    /** Closed deals are scored as they stood: see dealScoring.ts. */
    closed: boolean;
    won: boolean;
    stageOrder: string[];
    /** The stage whose criteria (and those before it) apply; -1 when unknown. */
    stageIndex: number;
    criteria: PreparedCriteria;
    /** The deal's answers, each competition question capped by the deal's competitors. */
    answers: Answers;
    /** The deal's competitors and our position against each, in id order (none: none listed). */
    competitors: CompetitorPosition[];
    members: BuyingCenterMemberRecord[];
    /**
     * Contact id → name: a map, not a record, as ids are new keys with every deal (an object given
     * each deal's ids as keys makes the engine build a new shape for each; bulk scoring slowed).
     */
    contactNames: ReadonlyMap<string, string>;
    buyingCenterName: string | null;
    history: PreparedHistory;
    /** Today as the caller said it ('YYYY-MM-DD'), and as a day number; null when not a date. */
    asOf: string | null;
    asOfDay: number | null;
    warnings: DealWarning[];
}

function stageOrderOf(value: unknown, warnings: DealWarning[]): string[] {
    if (!Array.isArray(value) || value.length === 0) {
        warnings.push({ code: 'NO_STAGE_ORDER', message: noStageOrder() });
        return [];
    }
    const stages: string[] = [];
    for (const stage of value as unknown[]) {
        if (typeof stage !== 'string' || !stage) {
            warnings.push({ code: 'NO_STAGE_ORDER', message: badStageName(stage) });
        } else if (stages.includes(stage)) {
            warnings.push({ code: 'NO_STAGE_ORDER', message: duplicateStage(stage) });
        } else {
            stages.push(stage);
        }
    }
    return stages;
}

/** The field's value as read (null = blank); a value that had to be read as blank is a warning. */
function checked<T>(
    raw: Record<string, unknown>,
    field: string,
    read: T | null,
    id: string,
    warnings: DealWarning[]
): T | null {
    const value = raw[field];
    if (read === null && value !== null && value !== undefined) {
        warnings.push({
            code: 'BAD_FIELD',
            message: badField('Opportunity', id, field, value, readAsBlank()),
            ...(id ? { recordId: id } : {})
        });
    }
    return read;
}

function nonBlankText(value: unknown): string | null {
    return typeof value === 'string' && value ? value : null;
}
function dateText(value: unknown): string | null {
    return dayNumber(value) === null ? null : (value as string);
}

function opportunityOf(
    value: unknown,
    asOfDay: number | null,
    warnings: DealWarning[]
): { facts: DealFacts; closed: boolean; won: boolean } {
    if (!isRecord(value)) {
        warnings.push({ code: 'NO_OPPORTUNITY', message: noOpportunity() });
    }
    const raw = isRecord(value) ? blanksAsNull(value) : {};
    const id = text(raw.Id) ?? '';
    const stage = checked(raw, 'StageName', nonBlankText(raw.StageName), id, warnings);
    const closeDate = checked(raw, 'CloseDate', dateText(raw.CloseDate), id, warnings);
    const createdDay = dayNumber(
        checked(raw, 'CreatedDate', dateText(raw.CreatedDate), id, warnings)
    );
    const activityDay = dayNumber(
        checked(raw, 'LastActivityDate', dateText(raw.LastActivityDate), id, warnings)
    );
    const closeDay = dayNumber(closeDate);

    let amount: number | null = null;
    if (isFiniteNumber(raw.Amount) && raw.Amount >= 0) {
        amount = raw.Amount;
    } else if (raw.Amount !== null && raw.Amount !== undefined) {
        warnings.push({ code: 'BAD_AMOUNT', message: badAmount(raw.Amount) });
    }
    if (closeDay !== null && createdDay !== null && closeDay < createdDay) {
        warnings.push({
            code: 'DATES_OUT_OF_ORDER',
            message: closeBeforeCreated(closeDate ?? '', String(raw.CreatedDate).slice(0, 10))
        });
    }
    if (asOfDay !== null && createdDay !== null && createdDay > asOfDay) {
        warnings.push({
            code: 'DATES_OUT_OF_ORDER',
            message: dateAfterAsOf('CreatedDate', String(raw.CreatedDate).slice(0, 10))
        });
    }
    if (asOfDay !== null && activityDay !== null && activityDay > asOfDay) {
        warnings.push({
            code: 'DATES_OUT_OF_ORDER',
            message: dateAfterAsOf('LastActivityDate', String(raw.LastActivityDate).slice(0, 10))
        });
    }
    // IsClosed decides; when it was not queried, the standard closed stage names do.
    const isClosed = checked(
        raw,
        'IsClosed',
        typeof raw.IsClosed === 'boolean' ? raw.IsClosed : null,
        id,
        warnings
    );
    const closedByName = stage === 'Closed Won' || stage === 'Closed Lost';
    const closed = isClosed === true || (isClosed === null && closedByName);
    const won = closed && (raw.IsWon === true || (raw.IsWon !== false && stage === 'Closed Won'));
    return {
        facts: {
            id,
            name: text(raw.Name) ?? '',
            stage,
            amount,
            closeDate,
            closeDay,
            lastActivityDay: activityDay ?? createdDay,
            buyingCenterId: checked(
                raw,
                'Buying_Center__c',
                nonBlankText(raw.Buying_Center__c),
                id,
                warnings
            )
        },
        closed,
        won
    };
}

type Source = Partial<Record<keyof DealScoringInput, unknown>>;

/**
 * One input's preparation, kept so that a changed copy of the input (a next action tried on it:
 * applyActionChange replaces one list or the opportunity and keeps every other field as it was)
 * can take the parts it did not change instead of reading them again. Only within one scoreDeal
 * call, where nothing edits the input meanwhile.
 */
export interface Preparation {
    source: Source;
    deal: PreparedDeal;
    opportunity: ReturnType<typeof opportunityOf>;
    ownAnswers: Answers;
}

export function prepareDeal(input: DealScoringInput, config: DealScoringConfig): PreparedDeal {
    return preparation(input, config, null).deal;
}

/**
 * prepareDeal's work, taking from `base` (the original input's preparation) every part whose
 * input fields are the very same values. The warnings of the parts taken are not repeated: a deal
 * prepared from a base is for its score alone (next actions), which no warning changes.
 */
export function preparation(
    input: DealScoringInput,
    config: DealScoringConfig,
    base: Preparation | null
): Preparation {
    const warnings: DealWarning[] = [];
    const source: Source = isRecord(input) ? blanksAsNull(input) : {};
    const same = (...fields: (keyof DealScoringInput)[]): boolean =>
        base !== null && fields.every((field) => source[field] === base.source[field]);
    const asOfDay = dayNumber(source.asOf);
    if (asOfDay === null) {
        warnings.push({ code: 'BAD_AS_OF', message: badAsOf() });
    }
    const opportunity =
        base && same('opportunity', 'asOf')
            ? base.opportunity
            : opportunityOf(source.opportunity, asOfDay, warnings);
    const { facts, closed, won } = opportunity;
    const stageOrder =
        base && same('stageOrder')
            ? base.deal.stageOrder
            : stageOrderOf(source.stageOrder, warnings);
    const criteria = sharedCriteria(
        source.criteria,
        stageOrder,
        config,
        warnings,
        source.frameworkGroups
    );
    const sameCriteria = base !== null && criteria === base.deal.criteria;
    const ownAnswers =
        base &&
        sameCriteria &&
        opportunity === base.opportunity &&
        same('evidence', 'evidenceTextHidden')
            ? base.ownAnswers
            : prepareEvidence(
                  source.evidence,
                  criteria.indexById,
                  facts.id,
                  asOfDay,
                  warnings,
                  source.evidenceTextHidden === true
              );
    // No competitor listed is not "no competition": the deal's own answers stand, as before.
    const competitors =
        base && same('competitors')
            ? base.deal.competitors
            : competitorPositions(source.competitors);
    const answers =
        base && ownAnswers === base.ownAnswers && competitors === base.deal.competitors
            ? base.deal.answers
            : answersAgainstCompetitors(
                  ownAnswers,
                  criteria.qualification,
                  competitors,
                  facts.id,
                  config
              );
    const members =
        base && same('members') ? base.deal.members : prepareMembers(source.members, warnings);
    const names =
        base && same('contacts') ? base.deal.contactNames : contactNames(source.contacts, warnings);
    const history =
        base &&
        opportunity === base.opportunity &&
        stageOrder === base.deal.stageOrder &&
        same('stageHistory')
            ? base.deal.history
            : prepareHistory(
                  source.stageHistory,
                  stageOrder,
                  facts.stage,
                  closed,
                  asOfDay,
                  warnings
              );

    let stageIndex = facts.stage ? stageOrder.indexOf(facts.stage) : -1;
    if (closed) {
        // A closed deal is judged up to the last open stage its history shows, else on the whole
        // process: a won deal passed every stage, and a lost one should have.
        stageIndex =
            history.lastOpenStageIndex >= 0 ? history.lastOpenStageIndex : stageOrder.length - 1;
    } else if (stageIndex < 0 && stageOrder.length > 0) {
        warnings.push({ code: 'UNKNOWN_STAGE', message: unknownStage(facts.stage) });
    }
    const deal: PreparedDeal = {
        deal: facts,
        closed,
        won,
        stageOrder,
        stageIndex,
        criteria,
        answers,
        competitors,
        members,
        contactNames: names,
        buyingCenterName: text(source.buyingCenterName)?.trim() || null,
        history,
        asOf: asOfDay === null ? null : String(source.asOf).slice(0, 10),
        asOfDay,
        warnings
    };
    return { source, deal, opportunity, ownAnswers };
}
