// Why a buying center's current business may erode: the named risks of one piece of it, from the
// buying center (trend, relationship, people) and from its opportunity map cell (competitor,
// a retired solution), and when the cell renews. Each risk carries what it found, so the panel can say which competitor, date or person.
import { compareText } from 'c/atlasValues';
import type { GrowthCell, GrowthCenter, GrowthInput, GrowthRisk } from './types';

/** Coverage at which we count a person as a thread into the buying center. */
const IN_CONTACT = new Set(['Brief', 'Multiple', 'In Depth']);

function names(values: readonly string[]): string {
    return [...new Set(values.filter((value) => value !== ''))].sort(compareText).join(', ');
}

/** The risks every piece of a buying center's business shares. */
export function centerRisks(center: GrowthCenter, cells: readonly GrowthCell[]): GrowthRisk[] {
    const risks: GrowthRisk[] = [];
    if (center.Growth_Trend__c === 'Declining') {
        risks.push({ code: 'DECLINING', detail: '' });
    }
    const adjacent = cells
        .filter((cell) => cell.Buying_Center__c === center.Id && cell.Status__c === 'Competitor')
        .map((cell) => (cell.Competitor__c ?? '').trim());
    if (adjacent.length > 0) {
        risks.push({ code: 'COMPETITOR_ADJACENT', detail: names(adjacent) });
    }
    const status = center.Relationship_Status__c ?? null;
    if (status === null || status === 'Vendor') {
        risks.push({ code: 'WEAK_RELATIONSHIP', detail: status ?? '' });
    }
    const threads = center.members.filter((member) => IN_CONTACT.has(member.Coverage__c ?? ''));
    if (threads.length <= 1) {
        risks.push({ code: 'SINGLE_THREADED', detail: threads[0]?.name ?? '' });
    }
    const detractors = center.members.filter(
        (member) => member.Advocacy__c === 'Detractor' && member.Influence__c === 'High'
    );
    if (detractors.length > 0) {
        risks.push({ code: 'DETRACTOR', detail: names(detractors.map((member) => member.name)) });
    }
    return risks;
}

/** The cell's renewal date when it falls inside the plan period, else null. A renewal coming up
 *  is when a named risk bites, not a risk of its own: a renewal not yet won is not lost revenue. */
export function renewalInPeriod(
    cell: GrowthCell,
    period: Pick<GrowthInput, 'periodStart' | 'periodEnd'>
): string | null {
    const renewal = cell.Renewal_Date__c ?? null;
    return renewal !== null &&
        period.periodStart !== null &&
        period.periodEnd !== null &&
        period.periodStart <= renewal &&
        renewal <= period.periodEnd
        ? renewal
        : null;
}

/** The risks of a Current cell itself: a competitor named on it, a retired solution. */
export function cellRisks(cell: GrowthCell): GrowthRisk[] {
    const risks: GrowthRisk[] = [];
    const competitor = (cell.Competitor__c ?? '').trim();
    if (competitor !== '') {
        risks.push({ code: 'COMPETITOR_PURSUING', detail: competitor });
    }
    if (cell.solutionRetired === true) {
        risks.push({ code: 'RETIRED_SOLUTION', detail: cell.solutionName });
    }
    return risks;
}
