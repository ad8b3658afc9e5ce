// The deal's evidence checklist as sections: every stage of the sales process (earlier and later
// stages folded, with how many criteria are met), the current and next stage open, and the
// qualification questions. A closed deal shows every stage folded and read-only.
import type { CriterionImportance } from 'c/atlasModel';
import type { DealScore } from 'c/dealScoring';
import { formatLabel } from 'c/atlasData';
import type { DealScoreData, StageCriterionView } from 'c/atlasData';
import type { EvidenceItemView } from 'c/stageEvidenceItem';
import type { ChecklistSection } from 'c/stageEvidenceChecklist';
import { DEAL_SCORE_LABELS as LABELS } from './dealScoreLabels';
import { stageLabel } from './dealScoreView';

const IMPORTANCE_LABELS: Record<CriterionImportance, string> = {
    'Nice to Have': LABELS.importanceNiceToHave,
    Important: LABELS.importanceImportant,
    'Very Important': LABELS.importanceVeryImportant,
    Essential: LABELS.importanceEssential
};

const bySortOrder = (a: StageCriterionView, b: StageCriterionView): number =>
    (a.Sort_Order__c ?? Number.MAX_SAFE_INTEGER) - (b.Sort_Order__c ?? Number.MAX_SAFE_INTEGER) ||
    a.Question__c.localeCompare(b.Question__c);

function itemOf(deal: DealScoreData, criterion: StageCriterionView, closed: boolean) {
    const evidence = deal.evidence.find((record) => record.Stage_Criterion__c === criterion.Id);
    const item: EvidenceItemView = {
        criterionId: criterion.Id,
        evidenceId: evidence?.Id ?? null,
        question: criterion.Question__c,
        guidance: criterion.Guidance__c ?? null,
        importanceLabel:
            IMPORTANCE_LABELS[criterion.Importance__c ?? 'Important'] ?? LABELS.importanceImportant,
        required: criterion.Required__c === true,
        state: evidence?.State__c ?? null,
        evidence: evidence?.Evidence__c ?? null,
        verifiedById: evidence?.Verified_By__c ?? null,
        verifiedByName: evidence?.verifiedByName ?? null,
        verifiedOn: evidence?.Verified_On__c ?? null,
        // A closed deal is finished: its evidence is the record of how it was judged.
        locked: closed || (evidence ? !deal.access.canEditEvidence : !deal.access.canRecordEvidence)
    };
    return item;
}

function itemsOf(deal: DealScoreData, stage: string | null, closed: boolean): EvidenceItemView[] {
    return deal.criteria
        .filter((criterion) => criterion.Active__c !== false)
        .filter((criterion) => (stage ? criterion.Stage__c === stage : !criterion.Stage__c))
        .sort(bySortOrder)
        .map((criterion) => itemOf(deal, criterion, closed));
}

/** "3 of 4 met; 1 required criterion not met", or that sales ops have set none. */
export function sectionSummary(items: readonly EvidenceItemView[]): string {
    if (items.length === 0) {
        return LABELS.checklistEmpty;
    }
    const met = items.filter((item) => item.state === 'Yes').length;
    const requiredUnmet = items.filter((item) => item.required && item.state !== 'Yes').length;
    const parts = [formatLabel(LABELS.sectionMet, met, items.length)];
    if (requiredUnmet === 1) {
        parts.push(LABELS.sectionRequiredUnmetOne);
    } else if (requiredUnmet > 1) {
        parts.push(formatLabel(LABELS.sectionRequiredUnmet, requiredUnmet));
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

/** Every stage's criteria in process order, then the qualification questions. */
export function checklistSections(result: DealScore, deal: DealScoreData): ChecklistSection[] {
    const closed = result.closed;
    const current = deal.opportunity?.StageName ?? null;
    const currentIndex = current ? deal.stageOrder.indexOf(current) : -1;
    const next = closed ? null : result.stageGate.nextStage;
    const sections = deal.stageOrder.map((stage, index) => {
        const name = stageLabel(deal, stage);
        const items = itemsOf(deal, stage, closed);
        if (closed) {
            return section(`stage-${index}`, formatLabel(LABELS.sectionReached, name), items, true);
        }
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
    sections.push(
        section('qualification', LABELS.sectionQualification, itemsOf(deal, null, closed), closed)
    );
    return sections;
}
