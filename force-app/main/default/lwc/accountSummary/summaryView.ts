// What the Account Summary renders: the figures of summaryFigures and the risks of summaryRisks,
// with their sentences worded by custom labels ({0}… filled in) and keys for the template.
import { formatLabel } from 'c/atlasData';
import type { AccountSummaryData } from 'c/atlasData';
import type { IsoDate } from 'c/atlasModel';
import { summaryFigures } from './summaryFigures';
import type { ShareDifference, SummaryFigures } from './summaryFigures';
import { topRisks } from './summaryRisks';
import { BAND_LABELS, FLAG_LABELS, SUMMARY_LABELS as LABELS } from './summaryLabels';
import LOCALE from '@salesforce/i18n/locale';

/** The day a score was taken, in the user's locale (UTC, as the snapshot's week is dated). */
const SCORED_ON = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'UTC' });

export interface RiskView {
    key: string;
    text: string;
    recordId: string;
    objectApiName: string;
}

export interface SummaryView {
    figures: SummaryFigures;
    walletHelp: string;
    currentHelp: string;
    hasMap: boolean;
    dealCountText: string;
    bands: { key: string; text: string; amount: number }[];
    shareDifferences: (ShareDifference & { key: string })[];
    hasShareDifferences: boolean;
    relationshipText: string;
    planText: string;
    risks: RiskView[];
    hasRisks: boolean;
}

function riskText(risk: ReturnType<typeof topRisks>[number]): string {
    if (risk.kind === 'deal') {
        const scoredOn = risk.scoredAt ? SCORED_ON.format(new Date(risk.scoredAt)) : '';
        return formatLabel(LABELS.riskDeal, risk.name, risk.score ?? '', scoredOn);
    }
    if (risk.kind === 'relationship') {
        return formatLabel(
            LABELS.riskRelationship,
            risk.name,
            FLAG_LABELS[risk.flagCode ?? ''] ?? ''
        );
    }
    return formatLabel(LABELS.riskOverdue, risk.name);
}

export function summaryView(data: AccountSummaryData, today: IsoDate): SummaryView {
    const figures = summaryFigures(data, today);
    const { Red, Amber, Green } = figures.relationship;
    const risks = topRisks(data, figures.statuses, today).map((risk) => ({
        key: `${risk.kind}:${risk.recordId}`,
        text: riskText(risk),
        recordId: risk.recordId,
        objectApiName: risk.objectApiName
    }));
    return {
        figures,
        walletHelp: formatLabel(LABELS.walletHelp, figures.buyingCenterCount),
        currentHelp: formatLabel(LABELS.currentHelp, figures.mapName ?? ''),
        hasMap: figures.mapName !== null,
        dealCountText:
            figures.openDealCount === 1
                ? LABELS.pipelineDeal
                : formatLabel(LABELS.pipelineDeals, figures.openDealCount),
        bands: figures.bands.map((band) => ({
            key: band.band,
            text: formatLabel(LABELS.bandCount, BAND_LABELS[band.band] ?? band.band, band.count),
            amount: band.amount
        })),
        shareDifferences: figures.shareDifferences.map((difference) => ({
            ...difference,
            key: difference.buyingCenterId
        })),
        hasShareDifferences: figures.shareDifferences.length > 0,
        relationshipText: formatLabel(
            LABELS.relationshipCounts,
            Red,
            Amber,
            Green,
            figures.statuses.length
        ),
        planText:
            figures.planPercent === null
                ? ''
                : formatLabel(LABELS.planOverall, figures.planPercent),
        risks,
        hasRisks: risks.length > 0
    };
}
