// Every sentence the pipeline assessment says, as messages (a custom label and its parameters): the
// panel words them in the user's labels and locale, `atlas pipeline` and the docs in plain English.
import type { Message, MessageParam } from 'c/atlasMessages';
import { amountOf, dateOf, decimalOf, joined, listOf, percentOf } from 'c/atlasMessages';
import type { Confidence } from './types';
import { hundredths } from './values';
import type { PipelineMessageLabel } from './messageLabels';
import { say, sayCounted } from './messageLabels';

/** A Pipeline Value Factor as shown and used: two decimals ("2.20"). */
export const factorOf = (factor: number): MessageParam => decimalOf(factor, 2);

const CONFIDENCE: Readonly<Record<Confidence, PipelineMessageLabel>> = {
    none: 'Atlas_PHM_Confidence_None',
    low: 'Atlas_PHM_Confidence_Low',
    medium: 'Atlas_PHM_Confidence_Medium',
    high: 'Atlas_PHM_Confidence_High'
};

/** "Learnt from 19 closed deals: high confidence." */
export function learntFrom(count: number, confidence: Confidence): Message {
    return sayCounted(
        'Atlas_PHM_Learnt_From_One',
        'Atlas_PHM_Learnt_From_Other',
        count,
        count,
        say(CONFIDENCE[confidence])
    );
}

/** Sentences one after the other. */
function sentences(parts: readonly Message[]): Message {
    return parts.reduce((text, part) => say('Atlas_MSG_Sentences', text, part));
}

const daysOf = (count: number): Message =>
    sayCounted('Atlas_PHM_Days_One', 'Atlas_PHM_Days_Other', count, count);

// Configuration and input.

/** What a pipeline setting must be, by rule. */
export type SettingRule =
    | 'aboveOne'
    | 'betweenZeroAndOne'
    | 'shareOfOne'
    | 'wholeDays'
    | 'wholeZeroOrMore'
    | 'wholeOneOrMore'
    | 'aboveZero'
    | 'wholeQuarters'
    | 'atLeastMedium';

const SETTING_RULES: Readonly<Record<SettingRule, PipelineMessageLabel>> = {
    aboveOne: 'Atlas_PHM_Rule_Above_One',
    betweenZeroAndOne: 'Atlas_PHM_Rule_Between_Zero_And_One',
    shareOfOne: 'Atlas_PHM_Rule_Share',
    wholeDays: 'Atlas_PHM_Rule_Whole_Days',
    wholeZeroOrMore: 'Atlas_PHM_Rule_Whole_Zero_Or_More',
    wholeOneOrMore: 'Atlas_PHM_Rule_Whole_One_Or_More',
    aboveZero: 'Atlas_PHM_Rule_Above_Zero',
    wholeQuarters: 'Atlas_PHM_Rule_Whole_Quarters',
    atLeastMedium: 'Atlas_PHM_Rule_At_Least_Medium'
};

export function invalidConfig(setting: string, rule: SettingRule, used: number): Message {
    return say('Atlas_PHM_Invalid_Config', setting, say(SETTING_RULES[rule]), used);
}
export const noStages = (): Message => say('Atlas_PHM_No_Stages');
export const duplicateStage = (stage: string): Message => say('Atlas_PHM_Duplicate_Stage', stage);
export function tooManyStages(count: number, max: number): Message {
    return say('Atlas_PHM_Too_Many_Stages', count, max);
}
export function noTarget(given: number | null): Message {
    return given === null
        ? say('Atlas_PHM_No_Target')
        : say('Atlas_PHM_Target_Not_Positive', amountOf(given));
}
export function invalidPeriod(start: string | null, end: string | null): Message {
    return start && end
        ? say('Atlas_PHM_Period_Ends_Before_Start', end, start)
        : say('Atlas_PHM_Period_Invalid');
}
export function invalidAsOf(value: unknown): Message {
    return typeof value === 'string'
        ? say('Atlas_PHM_As_Of_Not_A_Date', value)
        : say('Atlas_PHM_As_Of_Missing');
}
export function invalidRecords(count: number): Message {
    return sayCounted(
        'Atlas_PHM_Invalid_Records_One',
        'Atlas_PHM_Invalid_Records_Other',
        count,
        count
    );
}
export function duplicateOpportunity(id: string): Message {
    return say('Atlas_PHM_Duplicate_Opportunity', id);
}
export function unknownLossReason(name: string, reason: string): Message {
    return say('Atlas_PHM_Unknown_Loss_Reason', name, reason);
}
export function historyUnknownOpportunity(id: string): Message {
    return say('Atlas_PHM_History_Unknown_Opportunity', id);
}
export function historyUnknownStage(name: string, stage: string): Message {
    return say('Atlas_PHM_History_Unknown_Stage', name, stage);
}
export function lostWithoutHistory(count: number, firstStage: string): Message {
    return sayCounted(
        'Atlas_PHM_Lost_Without_History_One',
        'Atlas_PHM_Lost_Without_History_Other',
        count,
        count,
        firstStage
    );
}

// Stages.
export function stageNotEnoughHistory(stage: string): Message {
    return say('Atlas_PHM_Stage_Not_Enough_History', stage);
}
export function stageNeverWon(stage: string, passed: number): Message {
    return sayCounted(
        'Atlas_PHM_Stage_Never_Won_One',
        'Atlas_PHM_Stage_Never_Won_Other',
        passed,
        passed,
        stage
    );
}

/** "3,290,000 of the 7,230,000 that passed Prospecting was won: value factor 7,230,000 ÷ 3,290,000 = 2.20." */
function valueFactorSentence(stage: string, passed: number, won: number, factor: number): Message {
    return say(
        'Atlas_PHM_Stage_Value_Factor',
        amountOf(won),
        amountOf(passed),
        stage,
        factorOf(factor)
    );
}

/** What a stage's value factor rests on, as the stage sentence shows it. */
export interface StageFactorFacts {
    stage: string;
    passedValue: number;
    wonValue: number;
    /** The factor as shown and used (two decimals). */
    factor: number;
    deals: number;
    confidence: Confidence;
}

export function stageNoTarget(facts: StageFactorFacts): Message {
    return sentences([
        valueFactorSentence(facts.stage, facts.passedValue, facts.wonValue, facts.factor),
        say('Atlas_PHM_Stage_Set_Target'),
        learntFrom(facts.deals, facts.confidence)
    ]);
}

/**
 * "Needed in this stage: target 1,200,000 × 2.20 = 2,640,000. In it now: 1,500,000, 57% of that.
 * Short by 1,140,000." Every figure is the one used: needed and there in whole units, short = needed − there.
 */
export function stageCoverage(
    facts: StageFactorFacts,
    target: number,
    needed: number,
    there: number
): Message {
    const shown = Math.round(there);
    const parts: Message[] = [
        valueFactorSentence(facts.stage, facts.passedValue, facts.wonValue, facts.factor),
        say(
            'Atlas_PHM_Stage_Needed',
            amountOf(target),
            factorOf(facts.factor),
            amountOf(needed),
            amountOf(shown),
            // The share of the figures shown, rounded as a reader rounds them.
            percentOf(hundredths(shown, needed) / 100)
        )
    ];
    if (needed > shown) {
        parts.push(say('Atlas_PHM_Stage_Short_By', amountOf(needed - shown)));
    }
    parts.push(learntFrom(facts.deals, facts.confidence));
    return sentences(parts);
}

// Balance.
export const balanceUnknown = (): Message => say('Atlas_PHM_Balance_Unknown');
export function balanced(evenness: number | null): Message {
    return evenness === null
        ? say('Atlas_PHM_Balanced')
        : say('Atlas_PHM_Balanced_Evenness', percentOf(evenness));
}
/** `weakest`: every stage tied at the lowest coverage, in stage order (all named, not one). */
export function thinStages(
    stages: readonly string[],
    weakest: readonly string[],
    coverage: number
): Message {
    if (weakest.length > 1) {
        return say(
            'Atlas_PHM_Thin_Stages_Tied',
            joined(stages, 'comma'),
            listOf(weakest),
            percentOf(coverage)
        );
    }
    return sayCounted(
        'Atlas_PHM_Thin_Stage',
        'Atlas_PHM_Thin_Stages',
        stages.length,
        joined(stages, 'comma'),
        weakest[0] ?? '',
        percentOf(coverage)
    );
}

// Rocks, stones and pebbles.
export const sizeMixEmpty = (): Message => say('Atlas_PHM_Size_Mix_Empty');
export function rockHeavy(share: number, rocks: number, total: number): Message {
    return say('Atlas_PHM_Rock_Heavy', percentOf(share), rocks, total);
}
export function sizeMix(rocks: number, stones: number, pebbles: number, median: number): Message {
    return say(
        'Atlas_PHM_Size_Mix',
        sayCounted('Atlas_PHM_Rocks_One', 'Atlas_PHM_Rocks_Other', rocks, rocks),
        sayCounted('Atlas_PHM_Stones_One', 'Atlas_PHM_Stones_Other', stones, stones),
        sayCounted('Atlas_PHM_Pebbles_One', 'Atlas_PHM_Pebbles_Other', pebbles, pebbles),
        amountOf(median)
    );
}

// Data integrity.
export const noCloseDate = (name: string): Message => say('Atlas_PHM_No_Close_Date', name);
export function closeDatePast(name: string, date: string): Message {
    return say('Atlas_PHM_Close_Date_Past', name, dateOf(date));
}
export function noAmount(name: string, open: boolean): Message {
    return say(open ? 'Atlas_PHM_No_Amount_Open' : 'Atlas_PHM_No_Amount_Closed', name);
}
export function negativeAmount(name: string, value: number): Message {
    return say('Atlas_PHM_Negative_Amount', name, amountOf(value));
}
export function unknownStage(name: string, stage: string | null): Message {
    return stage ? say('Atlas_PHM_Unknown_Stage', name, stage) : say('Atlas_PHM_No_Stage', name);
}
export function stale(name: string, days: number, since: 'activity' | 'created'): Message {
    return say(
        since === 'activity' ? 'Atlas_PHM_Stale_Activity' : 'Atlas_PHM_Stale_Since_Created',
        name,
        days
    );
}
export function closedBeforeCreated(name: string, close: string, created: string): Message {
    return say('Atlas_PHM_Closed_Before_Created', name, dateOf(close), dateOf(created));
}

// Figures. They rest on the deals closed in the history window (`inWindow`), or on every closed
// deal when there is no window.

/** "the 19 deals closed in the window" / "the 1 deal closed". */
function closedDeals(count: number, inWindow: boolean): Message {
    return inWindow
        ? sayCounted(
              'Atlas_PHM_Closed_In_Window_One',
              'Atlas_PHM_Closed_In_Window_Other',
              count,
              count
          )
        : sayCounted('Atlas_PHM_Closed_One', 'Atlas_PHM_Closed_Other', count, count);
}

/** The figure that cannot be measured without closed deals. */
export type MeasuredWhat =
    'winRate' | 'noDecisionRate' | 'competitiveLossRate' | 'cycle' | 'averageWon';

const WHAT: Readonly<Record<MeasuredWhat, PipelineMessageLabel>> = {
    winRate: 'Atlas_PHM_What_Win_Rate',
    noDecisionRate: 'Atlas_PHM_What_No_Decision_Rate',
    competitiveLossRate: 'Atlas_PHM_What_Competitive_Loss_Rate',
    cycle: 'Atlas_PHM_What_Cycle',
    averageWon: 'Atlas_PHM_What_Average_Won'
};

export function noClosedDeals(what: MeasuredWhat, inWindow = false): Message {
    return say(
        inWindow ? 'Atlas_PHM_No_Closed_Deals_In_Window' : 'Atlas_PHM_No_Closed_Deals',
        say(WHAT[what])
    );
}
export function winRate(
    outcomes: {
        closed: number;
        won: number;
        noDecision: number;
        competitive: number;
        otherLost: number;
    },
    inWindow: boolean
): Message {
    const { closed, won, noDecision, competitive, otherLost } = outcomes;
    return say(
        'Atlas_PHM_Win_Rate',
        won,
        closedDeals(closed, inWindow),
        noDecision,
        competitive,
        otherLost
    );
}
export function noDecisionRate(noDecision: number, closed: number, inWindow: boolean): Message {
    return say('Atlas_PHM_No_Decision_Rate', noDecision, closedDeals(closed, inWindow));
}
export function competitiveLossRate(
    competitive: number,
    closed: number,
    inWindow: boolean,
    competitors: readonly { name: string; deals: number }[],
    unnamed: number
): Message {
    const named: MessageParam[] = competitors.map((competitor) =>
        say('Atlas_PHM_Competitor_Deals', competitor.name, competitor.deals)
    );
    if (unnamed > 0 && named.length > 0) {
        named.push(say('Atlas_PHM_Competitor_Unnamed', unnamed));
    }
    return named.length > 0
        ? say(
              'Atlas_PHM_Competitive_Loss_Rate_Named',
              competitive,
              closedDeals(closed, inWindow),
              joined(named, 'comma')
          )
        : say('Atlas_PHM_Competitive_Loss_Rate', competitive, closedDeals(closed, inWindow));
}
export function noDatedDeals(closed: number, inWindow = false): Message {
    return say('Atlas_PHM_No_Dated_Deals', closedDeals(closed, inWindow));
}
export function averageCycle(measured: number, closed: number, inWindow = false): Message {
    const left = closed - measured;
    // A deal loaded after it began (imported) has stage history older than the record, hence the
    // earlier of the two dates.
    return left > 0
        ? say('Atlas_PHM_Average_Cycle_Left_Out', closedDeals(measured, inWindow), left)
        : say('Atlas_PHM_Average_Cycle', closedDeals(measured, inWindow));
}
export const noWonAmounts = (): Message => say('Atlas_PHM_No_Won_Amounts');
export function averageWon(count: number, inWindow = false): Message {
    return inWindow
        ? sayCounted(
              'Atlas_PHM_Average_Won_In_Window_One',
              'Atlas_PHM_Average_Won_In_Window_Other',
              count,
              count
          )
        : sayCounted('Atlas_PHM_Average_Won_One', 'Atlas_PHM_Average_Won_Other', count, count);
}
export const velocityInputs = (): Message => say('Atlas_PHM_Velocity_Inputs');

/**
 * "15 open deals × 53% win rate × 329,000 average won ÷ 59 days.": the figures as shown (whole
 * percent, whole units, whole days), which are the ones the velocity is computed from.
 */
export function velocity(open: number, percent: number, won: number, cycleDays: number): Message {
    return sayCounted(
        'Atlas_PHM_Velocity_One',
        'Atlas_PHM_Velocity_Other',
        open,
        open,
        percentOf(percent / 100),
        amountOf(won),
        daysOf(cycleDays)
    );
}
export const velocityPeriodInputs = (): Message => say('Atlas_PHM_Velocity_Period_Inputs');
export function velocityPerPeriod(perDay: number, days: number): Message {
    return say('Atlas_PHM_Velocity_Per_Period', amountOf(perDay), days);
}
