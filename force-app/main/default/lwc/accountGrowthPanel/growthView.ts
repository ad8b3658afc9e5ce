// What the Account Growth tab shows, worked out from the growth helper's result: each risk with
// its sentence, each deal with its weight, each target with its progress, keyed for the template.
import type {
    AccountGrowth,
    BaseItem,
    CenterGrowth,
    GrowthFigures,
    ObjectiveProgress,
    PipelineItem
} from 'c/accountGrowth';
import { localeStyle } from 'c/atlasMessages';
import LOCALE from '@salesforce/i18n/locale';
import { GROWTH_LABELS as LABELS, RISK_LABELS } from './growthLabels';

/** Dates in the user's locale (Sep 30, 2027), as the other panels show them. */
const DATES = localeStyle({}, LOCALE);

export interface RiskView {
    key: string;
    text: string;
    detail: string;
}

export interface BaseItemView extends BaseItem {
    key: string;
    note: string;
    /** The renewal date in the plan period, in the user's locale. */
    renewalText: string | null;
    riskViews: RiskView[];
    hasRisks: boolean;
    /** A deal keeps part of it: only at-risk business can be kept. */
    showKept: boolean;
}

export interface PipelineView extends PipelineItem {
    key: string;
    note: string;
}

/** One of a buying center's figures: its name over the amount. */
export interface CenterFigure {
    key: string;
    valueKey: string;
    label: string;
    value: number | null;
    /** The figure's name for tests and the browser suite, where one is read by name. */
    figure?: string;
}

export interface CenterView extends GrowthFigures {
    key: string;
    name: string;
    figures: CenterFigure[];
    baseViews: BaseItemView[];
    pipelineViews: PipelineView[];
    whiteSpaceItems: CenterGrowth['whiteSpaceItems'];
    hasBase: boolean;
    hasPipeline: boolean;
    hasWhiteSpace: boolean;
}

export interface TargetView extends ObjectiveProgress {
    key: string;
    kindText: string;
    scope: string;
    percentValue: number;
}

export interface GrowthView {
    account: GrowthFigures;
    hasBase: boolean;
    centers: CenterView[];
    targets: TargetView[];
    hasTargets: boolean;
}

function baseView(item: BaseItem): BaseItemView {
    return {
        ...item,
        key: item.Id,
        note: item.kind === 'wonDeal' ? LABELS.wonDeal : '',
        renewalText: item.renewal === null ? null : DATES.date(item.renewal),
        riskViews: item.risks.map((risk) => ({
            key: `${item.Id}:${risk.code}`,
            text: RISK_LABELS[risk.code],
            detail: risk.detail
        })),
        hasRisks: item.risks.length > 0,
        showKept: item.keptBy !== null && item.atRisk > 0
    };
}

function pipelineView(item: PipelineItem): PipelineView {
    return { ...item, key: item.Id, note: item.scored ? '' : LABELS.notScored };
}

/** A center's figures in the order the account's figures add up: base to net growth. */
const CENTER_FIGURES: [keyof GrowthFigures, string][] = [
    ['base', LABELS.base],
    ['renewing', LABELS.renewing],
    ['atRisk', LABELS.atRisk],
    ['kept', LABELS.kept],
    ['weightedPipeline', LABELS.weightedPipeline],
    ['whiteSpace', LABELS.whiteSpace],
    ['netGrowth', LABELS.netGrowth]
];

function centerFigures(center: CenterGrowth): CenterFigure[] {
    return CENTER_FIGURES.map(([key, label]) => ({
        key: `${key}-label`,
        valueKey: key,
        label,
        value: center[key],
        ...(key === 'netGrowth' ? { figure: 'center-net-growth' } : {})
    }));
}

function centerView(center: CenterGrowth): CenterView {
    return {
        ...center,
        key: center.buyingCenterId ?? 'none',
        name: center.buyingCenterId === null ? LABELS.noCenter : center.name,
        figures: centerFigures(center),
        baseViews: center.baseItems.map(baseView),
        pipelineViews: center.pipeline.map(pipelineView),
        hasBase: center.baseItems.length > 0,
        hasPipeline: center.pipeline.length > 0,
        hasWhiteSpace: center.whiteSpaceItems.length > 0
    };
}

export function growthView(growth: AccountGrowth): GrowthView {
    const centerNames = new Map(
        growth.centers.map((center) => [center.buyingCenterId, center.name])
    );
    const targets = growth.objectives.map((objective) => ({
        ...objective,
        key: objective.Id,
        kindText: objective.kind === 'Retain' ? LABELS.kindRetain : LABELS.kindGrow,
        scope:
            objective.buyingCenterId === null
                ? LABELS.wholeAccount
                : (centerNames.get(objective.buyingCenterId) ?? ''),
        percentValue: objective.percent ?? 0
    }));
    return {
        account: growth.account,
        hasBase: growth.account.base > 0,
        centers: growth.centers.map(centerView),
        targets,
        hasTargets: targets.length > 0
    };
}
