// Whose pipeline the panel shows and against what: the user, one owner, or "My team" (every owner
// whose targets the user can see: the platform's sharing decides), the target periods they have,
// and the chosen period's target — one owner's record, or the sum of the team's — worded.
import type { IsoDate, RecordId, SalesTargetRecord } from 'c/atlasModel';
import { currentTargetPeriod, targetPeriods, teamTarget } from 'c/pipelineHealth';
import type { PeriodTarget, TargetPeriod, TeamTarget } from 'c/pipelineHealth';
import { formatLabel } from 'c/atlasData';
import { moneyFormatter } from 'c/atlasMessages';
import type { OwnerOption } from 'c/atlasData';
import CURRENCY from '@salesforce/i18n/currency';
import LOCALE from '@salesforce/i18n/locale';
import { PIPELINE_MESSAGE_STYLE } from './pipelineView';
import { SCOPE_LABELS as LABELS } from './scopeLabels';

/** The owner choice that stands for the whole team. */
export const TEAM = 'team';

const money = moneyFormatter(LOCALE, CURRENCY);

/** "My team" first, then each owner by name. */
export function ownerChoices(owners: readonly OwnerOption[]): { label: string; value: string }[] {
    return [
        { label: LABELS.myTeam, value: TEAM },
        ...[...owners]
            .sort((a, b) => a.name.localeCompare(b.name, LOCALE))
            .map((owner) => ({ label: owner.name, value: owner.id }))
    ];
}

function periodLabel(period: TargetPeriod): string {
    const dates = formatLabel(
        LABELS.periodDates,
        PIPELINE_MESSAGE_STYLE.date(period.start),
        PIPELINE_MESSAGE_STYLE.date(period.end)
    );
    return period.names.length === 1
        ? formatLabel(LABELS.periodNamed, period.names[0] ?? '', dates)
        : dates;
}

export function periodChoices(
    targets: readonly SalesTargetRecord[],
    ownerIds: readonly RecordId[]
): { label: string; value: string }[] {
    return targetPeriods(targets, ownerIds).map((period) => ({
        label: periodLabel(period),
        value: period.key
    }));
}

/** The target the panel shows and assesses against, for the chosen owners and period. */
export interface ScopeTarget {
    period: TargetPeriod | null;
    team: TeamTarget | null;
    /**
     * What assessPipeline takes: one owner's single target record as it is (with its learnt
     * history), otherwise the summed amount over the period; null when there is no period.
     */
    assessed: SalesTargetRecord | PeriodTarget | null;
}

export function scopeTarget(
    targets: readonly SalesTargetRecord[],
    ownerIds: readonly RecordId[],
    chosenPeriod: string | null,
    asOf: IsoDate
): ScopeTarget {
    const period =
        targetPeriods(targets, ownerIds).find((candidate) => candidate.key === chosenPeriod) ??
        currentTargetPeriod(targets, ownerIds, asOf);
    if (period === null) {
        return { period: null, team: null, assessed: null };
    }
    const team = teamTarget(targets, ownerIds, period);
    const single = team.targets.length === 1 ? team.targets[0] : undefined;
    return {
        period,
        team,
        assessed: single ?? {
            amount: team.amount,
            periodStart: period.start,
            periodEnd: period.end
        }
    };
}

/** "Strategic Accounts 2026-Q4: Oct 1, 2026 to Dec 31, 2026", or that there is no target. */
export function periodText(target: ScopeTarget): string {
    return target.period ? periodLabel(target.period) : LABELS.noPeriod;
}

/** "Target: $1,200,000", or null when the chosen owners have no target for the period. */
export function targetFigureText(target: ScopeTarget): string | null {
    const amount = target.team?.amount ?? null;
    return amount === null ? null : formatLabel(LABELS.targetFigure, money(amount));
}

/** How the target adds up: one owner's, or the sum of several, naming who has none. */
export function targetBasisText(
    target: ScopeTarget,
    owners: readonly OwnerOption[],
    isTeam: boolean
): string {
    const team = target.team;
    if (team === null || team.amount === null) {
        return '';
    }
    const nameOf = (id: RecordId) => owners.find((owner) => owner.id === id)?.name ?? id;
    const withTarget = team.ownersWithTarget.map(nameOf);
    const basis =
        isTeam || withTarget.length > 1
            ? formatLabel(
                  withTarget.length === 1 ? LABELS.targetSumOne : LABELS.targetSum,
                  withTarget.length,
                  withTarget.join(', ')
              )
            : formatLabel(LABELS.targetOfOwner, withTarget[0] ?? '');
    if (team.ownersWithout.length === 0) {
        return basis;
    }
    return `${basis} ${formatLabel(LABELS.targetMissing, team.ownersWithout.map(nameOf).join(', '))}`;
}

/** What the panel says about the target: the period, the figure and how it adds up, or who sets it. */
export interface TargetView {
    periodText: string;
    /** "Target: $1,200,000"; null when there is none. */
    figureText: string | null;
    basisText: string;
    /** Without a target: that sales ops set it here (for someone who cannot). */
    noTargetText: string;
    /** Without a target, the user may set one for this owner here. */
    canSet: boolean;
    ownerId: RecordId;
    ownerName: string;
    /** The period a new target starts with: the chosen one, else the calendar quarter of today. */
    newPeriod: { start: IsoDate; end: IsoDate };
}

/** The calendar quarter of a day: what a new target's period starts as, for sales ops to change. */
export function calendarQuarterOf(asOf: IsoDate): { start: IsoDate; end: IsoDate } {
    const year = asOf.slice(0, 4);
    const quarter = Math.floor((Number(asOf.slice(5, 7)) - 1) / 3);
    const months = [
        ['01-01', '03-31'],
        ['04-01', '06-30'],
        ['07-01', '09-30'],
        ['10-01', '12-31']
    ][quarter] ?? ['01-01', '03-31'];
    return { start: `${year}-${months[0]}`, end: `${year}-${months[1]}` };
}

export function targetViewOf(
    target: ScopeTarget,
    owners: readonly OwnerOption[],
    context: { isTeam: boolean; canSetTargets: boolean; ownerId: RecordId; asOf: IsoDate }
): TargetView {
    const figureText = targetFigureText(target);
    const canSet = figureText === null && context.canSetTargets && !context.isTeam;
    return {
        periodText: periodText(target),
        figureText,
        basisText: targetBasisText(target, owners, context.isTeam),
        noTargetText: figureText === null && !canSet ? LABELS.askSalesOps : '',
        canSet,
        ownerId: context.ownerId,
        ownerName: owners.find((owner) => owner.id === context.ownerId)?.name ?? '',
        newPeriod: target.period ?? calendarQuarterOf(context.asOf)
    };
}
