// Customer evidence: the stage criteria of the deal's stage and every stage before it, each worth
// its importance × the state of its evidence, over what they would be worth all met.
import type { DealScoringConfig, DetailStatus, Factor, FactorDetail } from './types';
import type { PreparedDeal } from './prepare';
import { weighedPoints } from './weigh';
import type { Weighing, WeighedLine } from './weigh';
import { criterionLine, evidenceReason } from './criterionMessages';
import { noCriteriaReason } from './messages';

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
        possible: (points * line.possible) / possibleUnits
    }));
}

/** Nothing to weigh is unknown, not bad: the unknown credit's share, and the reason says why. */
export function unknownPoints(
    key: 'evidence' | 'qualification',
    label: string,
    points: number,
    credit: number,
    reason: string,
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
export function evidenceFactor(
    deal: PreparedDeal,
    config: DealScoringConfig,
    weighing: Weighing
): Factor {
    const points = config.weights.evidence;
    const stage = deal.stageOrder[deal.stageIndex] ?? null;
    if (weighing.possible === 0) {
        const credit = config.unknownCredits.evidence;
        return unknownPoints(
            'evidence',
            'Customer evidence',
            points,
            credit,
            noCriteriaReason(deal.stageIndex < 0, stage, credit),
            deal.stageIndex < 0 ? 'unknown' : 'not configured'
        );
    }
    return {
        key: 'evidence',
        label: 'Customer evidence',
        earned: weighedPoints(points, weighing, config.unknownCredits.evidence),
        possible: points,
        reason: evidenceReason(weighing, stage ?? ''),
        details: criterionDetails(weighing.lines, points, weighing.possible, deal)
    };
}
