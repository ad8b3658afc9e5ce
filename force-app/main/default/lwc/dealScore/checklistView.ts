// The deal's evidence checklist as sections: every stage of the sales process (earlier and later
// stages folded, with how many criteria are met), the current and next stage open, and the
// qualification questions. Each answer shows the state the score counts (a Yes without the
// customer's words or a verifier counts as In Progress, and says so). A closed deal shows only what
// was recorded, folded and read-only: today's criteria never re-judge it.
import type { CriterionImportance } from 'c/atlasModel';
import { yesFallsShortOf } from 'c/dealScoring';
import { frameworkGroupsOf, groupOfCriterion, groupTitle } from 'c/salesFramework';
import type { DealScore, FactorDetail } from 'c/dealScoring';
import { formatLabel } from 'c/atlasData';
import type { DealEvidenceView, DealScoreData, StageCriterionView } from 'c/atlasData';
import { evidenceTextHidden } from 'c/atlasData';
import type { EvidenceItemView } from 'c/stageEvidenceItem';
import type { ChecklistSection } from 'c/stageEvidenceChecklist';
import { DEAL_SCORE_LABELS as LABELS } from './dealScoreLabels';
import { stageLabel } from './dealScoreView';
import { canWaive, waiverText } from './waiverView';

const IMPORTANCE_LABELS: Record<CriterionImportance, string> = {
    'Nice to Have': LABELS.importanceNiceToHave,
    Important: LABELS.importanceImportant,
    'Very Important': LABELS.importanceVeryImportant,
    Essential: LABELS.importanceEssential
};

const bySortOrder = (a: StageCriterionView, b: StageCriterionView): number =>
    (a.Sort_Order__c ?? Number.MAX_SAFE_INTEGER) - (b.Sort_Order__c ?? Number.MAX_SAFE_INTEGER) ||
    a.Question__c.localeCompare(b.Question__c);

const SHORT_OF_NOTES = {
    evidence: LABELS.countedWithoutEvidence,
    verifier: LABELS.countedWithoutVerifier
};

/** Who may waive, for the open deal in view (closed deals show what was recorded only). */
interface WaiveContext {
    result: DealScore;
    mayWaive: boolean;
    /** The score's lines a competitor's position set (FactorDetail.against), by criterion id. */
    capped: ReadonlyMap<string, FactorDetail>;
}

/** The score's lines whose state a competitor set: the checklist says what the score counted. */
function cappedLines(result: DealScore): ReadonlyMap<string, FactorDetail> {
    const capped = new Map<string, FactorDetail>();
    for (const factor of result.factors) {
        for (const detail of factor.details) {
            if (detail.against !== undefined) {
                capped.set(detail.key, detail);
            }
        }
    }
    return capped;
}

/**
 * What the score counted instead of the recorded answer, or null: a competitor's position (the
 * score's own line says which), else a Yes short of its evidence or verifier.
 */
function countedNoteOf(
    criterionId: string,
    shortOf: keyof typeof SHORT_OF_NOTES | null,
    waive: WaiveContext | undefined
): string | null {
    const capped = waive?.capped.get(criterionId);
    if (capped?.against !== undefined) {
        // A cap only lowers an answer: to No, or to In Progress.
        const label =
            capped.status === 'not met' ? LABELS.countedAgainstNo : LABELS.countedAgainstInProgress;
        return formatLabel(label, capped.against);
    }
    return shortOf ? SHORT_OF_NOTES[shortOf] : null;
}

/**
 * The deal as the checklist reads it, worked out once for all its sections: each criterion's
 * evidence (the first record that answers it, as a search of the list in order finds it) and
 * whether its words are hidden, rather than a search of the evidence for every criterion drawn.
 */
interface ChecklistDeal {
    deal: DealScoreData;
    evidenceOf: ReadonlyMap<string, DealEvidenceView>;
    textHidden: boolean;
}

function checklistDeal(deal: DealScoreData): ChecklistDeal {
    const evidenceOf = new Map<string, DealEvidenceView>();
    for (const record of deal.evidence) {
        if (!evidenceOf.has(record.Stage_Criterion__c)) {
            evidenceOf.set(record.Stage_Criterion__c, record);
        }
    }
    return { deal, evidenceOf, textHidden: evidenceTextHidden(deal) };
}

function itemOf(
    reading: ChecklistDeal,
    criterion: StageCriterionView,
    closed: boolean,
    waive?: WaiveContext
) {
    const { deal } = reading;
    const evidence = reading.evidenceOf.get(criterion.Id);
    const shortOf = evidence ? yesFallsShortOf(evidence, reading.textHidden) : null;
    const item: EvidenceItemView = {
        criterionId: criterion.Id,
        evidenceId: evidence?.Id ?? null,
        question: criterion.Question__c,
        guidance: criterion.Guidance__c ?? null,
        importanceLabel:
            IMPORTANCE_LABELS[criterion.Importance__c ?? 'Important'] ?? LABELS.importanceImportant,
        required: criterion.Required__c === true,
        state: evidence?.State__c ?? null,
        countedNote: countedNoteOf(criterion.Id, shortOf, waive),
        evidence: evidence?.Evidence__c ?? null,
        verifiedById: evidence?.Verified_By__c ?? null,
        verifiedByName: evidence?.verifiedByName ?? null,
        verifiedOn: evidence?.Verified_On__c ?? null,
        // A closed deal is finished: its evidence is the record of how it was judged.
        locked:
            closed || (evidence ? !deal.access.canEditEvidence : !deal.access.canRecordEvidence),
        waiverText: waiverText(evidence),
        canWaive: waive ? canWaive(waive.result, criterion.Id, waive.mayWaive) : false
    };
    return item;
}

function itemsOf(
    reading: ChecklistDeal,
    stage: string | null,
    closed: boolean,
    waive?: WaiveContext
): EvidenceItemView[] {
    // A closed deal keeps the answers it had, to criteria retired since as well.
    return reading.deal.criteria
        .filter((criterion) => closed || criterion.Active__c !== false)
        .filter((criterion) => (stage ? criterion.Stage__c === stage : !criterion.Stage__c))
        .sort(bySortOrder)
        .map((criterion) => itemOf(reading, criterion, closed, waive));
}

/** "3 of 4 met; 1 required criterion not met", or that sales ops have set none. */
export function sectionSummary(items: readonly EvidenceItemView[]): string {
    if (items.length === 0) {
        return LABELS.checklistEmpty;
    }
    // Met as the score and the gate count it: a Yes that falls short or that a competitor's
    // position lowers (countedNote) is not met. A required one not met but waived with a reason
    // (waiverText, read as the gate reads it) no longer holds the gate: it is counted as waived.
    const isMet = (item: EvidenceItemView): boolean => item.state === 'Yes' && !item.countedNote;
    const met = items.filter(isMet).length;
    const requiredNotMet = items.filter((item) => item.required && !isMet(item));
    const requiredWaived = requiredNotMet.filter((item) => item.waiverText !== null).length;
    const requiredUnmet = requiredNotMet.length - requiredWaived;
    const parts = [formatLabel(LABELS.sectionMet, met, items.length)];
    if (requiredUnmet === 1) {
        parts.push(LABELS.sectionRequiredUnmetOne);
    } else if (requiredUnmet > 1) {
        parts.push(formatLabel(LABELS.sectionRequiredUnmet, requiredUnmet));
    }
    if (requiredWaived === 1) {
        parts.push(LABELS.sectionRequiredWaivedOne);
    } else if (requiredWaived > 1) {
        parts.push(formatLabel(LABELS.sectionRequiredWaived, requiredWaived));
    }
    return parts.join('; ');
}

function section(
    key: string,
    heading: string,
    items: EvidenceItemView[],
    collapsed: boolean
): ChecklistSection {
    return { key, heading, items, collapsed, summary: sectionSummary(items) };
}

/** "3 answers recorded before the close": a closed deal's section, judged by nothing of today's. */
function recordedSection(key: string, heading: string, items: EvidenceItemView[]) {
    const summary =
        items.length === 1
            ? LABELS.sectionRecordedOne
            : formatLabel(LABELS.sectionRecorded, items.length);
    return { key, heading, items, collapsed: true, summary };
}

/**
 * A closed deal's evidence as it was recorded, by stage: only the criteria it has evidence for, so
 * criteria added or made required since it closed are not counted against it.
 */
function closedSections(deal: DealScoreData): ChecklistSection[] {
    const reading = checklistDeal(deal);
    const recorded = (items: EvidenceItemView[]) => items.filter((item) => item.evidenceId);
    const sections = deal.stageOrder.map((stage, index) =>
        recordedSection(
            `stage-${index}`,
            formatLabel(LABELS.sectionReached, stageLabel(deal, stage)),
            recorded(itemsOf(reading, stage, true))
        )
    );
    sections.push(
        recordedSection(
            'qualification',
            LABELS.sectionQualification,
            recorded(itemsOf(reading, null, true))
        )
    );
    return sections.filter((candidate) => candidate.items.length > 0);
}

/** Every stage's criteria in process order, then the qualification questions. */
export function checklistSections(
    result: DealScore,
    deal: DealScoreData,
    mayWaive = false
): ChecklistSection[] {
    const waive: WaiveContext = { result, mayWaive, capped: cappedLines(result) };
    if (result.closed) {
        return closedSections(deal);
    }
    const current = deal.opportunity?.StageName ?? null;
    const currentIndex = current ? deal.stageOrder.indexOf(current) : -1;
    const next = result.stageGate.nextStage;
    const reading = checklistDeal(deal);
    const sections = deal.stageOrder.map((stage, index) => {
        const name = stageLabel(deal, stage);
        const items = itemsOf(reading, stage, false, waive);
        if (index === currentIndex) {
            return section('current', formatLabel(LABELS.sectionCurrent, name), items, false);
        }
        if (stage === next) {
            return section('next', formatLabel(LABELS.sectionNext, name), items, false);
        }
        const earlier = currentIndex >= 0 && index < currentIndex;
        return section(
            `stage-${index}`,
            formatLabel(earlier ? LABELS.sectionEarlier : LABELS.sectionLater, name),
            items,
            true
        );
    });
    sections.push(...qualificationSections(reading, waive));
    return sections;
}

/**
 * The qualification questions by the active framework's groups, in the groups' order ("Qualification:
 * I · Identify Pain"), as the score weighs them; questions in no group last, under the plain heading
 * (which also says when sales ops have set no question at all).
 */
function qualificationSections(reading: ChecklistDeal, waive: WaiveContext): ChecklistSection[] {
    const { deal } = reading;
    const items = itemsOf(reading, null, false, waive);
    const groups = frameworkGroupsOf(deal.frameworkGroups);
    const groupOf = (item: EvidenceItemView) => {
        const criterion = deal.criteria.find((candidate) => candidate.Id === item.criterionId);
        return criterion ? groupOfCriterion(criterion, groups) : null;
    };
    const held = items.map(groupOf);
    const sections = groups
        .map((group, index) =>
            section(
                `qualification-${index}`,
                formatLabel(LABELS.sectionQualificationGroup, groupTitle(group)),
                items.filter((_item, at) => held[at] === group),
                false
            )
        )
        .filter((candidate) => candidate.items.length > 0);
    const loose = items.filter((_item, at) => held[at] === null);
    if (loose.length > 0 || sections.length === 0) {
        sections.push(section('qualification', LABELS.sectionQualification, loose, false));
    }
    return sections;
}
