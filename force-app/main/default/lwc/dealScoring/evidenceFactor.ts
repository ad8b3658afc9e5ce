// Customer evidence: the stage criteria of the deal's stage and every stage before it, each worth
// its importance × the state of its evidence, over what they would be worth all met.
import type { DealScoringConfig, DetailStatus, Factor, FactorDetail } from './types';
import type { PreparedDeal } from './prepare';
import { say } from './messageLabels';
import { stagedWeighing, weighedPoints } from './weigh';
import type { Weighing, WeighedLine } from './weigh';
import { criterionLine, evidenceReason } from './criterionMessages';
import { noCriteriaReason } from './messages';
import type { Message } from 'c/atlasMessages';
import { defineFactor, unknownCreditOf, weightOf } from './factor';
import { stagedRisks } from './criteriaRisks';
import { criterionCandidates } from './criterionActions';

/** The factor's name: "Customer evidence". */
const factorName = (): Message => say('Atlas_DSM_Factor_Evidence');

const STATUS: Readonly<Record<string, DetailStatus>> = {
    Yes: 'met',
    'In Progress': 'in progress',
    No: 'not met'
};

export function statusOf(line: WeighedLine): DetailStatus {
    return line.state === null ? 'not yet assessed' : (STATUS[line.state] ?? 'not yet assessed');
}

/** One detail per criterion, in points of the factor: they add up to its earned points. */
export function criterionDetails(
    lines: readonly WeighedLine[],
    points: number,
    possibleUnits: number,
    deal: PreparedDeal
): FactorDetail[] {
    return lines.map((line) => ({
        key: line.criterion.record.Id,
        status: statusOf(line),
        text: criterionLine(line, deal.contactNames),
        earned: (points * line.earned) / possibleUnits,
        possible: (points * line.possible) / possibleUnits,
        ...(line.answer?.against !== undefined ? { against: line.answer.against } : {})
    }));
}

/** Nothing to weigh is unknown, not bad: the unknown credit's share, and the reason says why. */
export function unknownPoints(
    key: 'evidence' | 'qualification',
    label: Message,
    points: number,
    credit: number,
    reason: Message,
    status: DetailStatus
): Factor {
    return {
        key,
        label,
        earned: points * credit,
        possible: points,
        reason,
        details: [
            {
                key: 'NO_CRITERIA',
                status,
                text: reason,
                earned: points * credit,
                possible: points
            }
        ]
    };
}

/** `weighing`: the criteria of the deal's stage and the stages before it. */
function evidenceFactor(deal: PreparedDeal, config: DealScoringConfig, weighing: Weighing): Factor {
    const points = weightOf(config, 'evidence');
    const stage = deal.stageOrder[deal.stageIndex] ?? null;
    if (weighing.possible === 0) {
        const credit = unknownCreditOf(config, 'evidence');
        return unknownPoints(
            'evidence',
            factorName(),
            points,
            credit,
            noCriteriaReason(deal.stageIndex < 0, stage, credit),
            deal.stageIndex < 0 ? 'unknown' : 'not configured'
        );
    }
    return {
        key: 'evidence',
        label: factorName(),
        earned: weighedPoints(points, weighing, unknownCreditOf(config, 'evidence')),
        possible: points,
        reason: evidenceReason(weighing, stage ?? ''),
        details: criterionDetails(weighing.lines, points, weighing.possible, deal)
    };
}

export const EVIDENCE = defineFactor({
    key: 'evidence',
    // 40 of 100: customer-verifiable outcomes per stage are the most objective signal there is —
    // what the customer did or said, not what the rep believes (the "customer-evidenced
    // deliverables" of Dealmaker; MEDDICC's Metrics, Decision criteria, Decision process and Paper
    // process are all verified this way). It is also the factor the rep can move fastest.
    weight: { field: 'Evidence_Weight__c', defaultValue: 40 },
    // Unknown is not bad: half the points until sales ops set criteria up for the stage.
    unknownCredit: { field: 'Unknown_Evidence_Credit__c', defaultValue: 0.5, most: 1 },
    points(deal, config) {
        return weighedPoints(
            weightOf(config, 'evidence'),
            stagedWeighing(deal, config),
            unknownCreditOf(config, 'evidence')
        );
    },
    assess(deal, config) {
        const staged = stagedWeighing(deal, config);
        return {
            factor: evidenceFactor(deal, config, staged),
            risks: stagedRisks(deal, staged),
            actions: () => criterionCandidates(staged)
        };
    }
});
