// Every sentence the white-space helper says, in one place. Panels may map the codes that come
// with them to custom labels; these are the English defaults.

/** 1250000 → "1,250,000": whole units, no locale, so output is the same on every machine. */
export function amount(value: number): string {
    const rounded = Math.round(value);
    const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return rounded < 0 ? `-${digits}` : digits;
}

function records(count: number, kind: string): string {
    return count === 1 ? `One ${kind} is` : `${count} ${kind}s are`;
}

// Input.
export function invalidRecords(count: number, kind: string): string {
    return `${records(count, kind)} not a record with an Id; left out.`;
}
export function duplicateRecord(kind: string, id: string): string {
    return `The ${kind} ${id} appears more than once; it is counted once.`;
}
export function severalMaps(count: number): string {
    return `The cells come from ${count} different opportunity maps; the totals mix them.`;
}
export function unknownStatus(cellId: string, status: string): string {
    return `Cell ${cellId} has the status "${status}", which is not one of Current, Pursuing, Potential, Competitor, Blocked, Not a Fit; it is left out of the totals.`;
}
export function invalidValue(cellId: string, field: string, value: string): string {
    return `Cell ${cellId} has ${field} ${value}, which is not a value of 0 or more; it counts as 0.`;
}
export function unknownBuyingCenter(cellId: string, buyingCenterId: string): string {
    return `Cell ${cellId} names the buying center ${buyingCenterId || '(none)'}, which is not on this account's list; it counts in the map total but in no row.`;
}
export function unknownSolution(cellId: string, solutionId: string): string {
    return `Cell ${cellId} names the solution ${solutionId || '(none)'}, which is not on the solution list; it counts in the map total but in no column.`;
}
export function inactiveSolution(cellId: string, solution: string): string {
    return `Cell ${cellId} is on ${solution}, which is no longer an active solution; it counts in the totals but has no column on the grid.`;
}
export function duplicateCell(buyingCenter: string, solution: string, shown: string): string {
    return `${buyingCenter} has more than one cell for ${solution}; both count in the totals and ${shown} is shown.`;
}
export function parentNotFound(name: string, parentId: string): string {
    return `${name} hangs under the buying center ${parentId}, which is not on the list; it is shown at the top level.`;
}
export function parentCycle(names: readonly string[]): string {
    return `The buying centers ${names.join(', ')} are each other's parents; ${names[0] ?? ''} is shown at the top level.`;
}

// Openings.
export function opening(buyingCenter: string, solution: string, value: number): string {
    return value > 0
        ? `${solution} for ${buyingCenter}: ${amount(value)} of white space.`
        : `${solution} for ${buyingCenter}: white space with no value estimated yet.`;
}

// Conflicts.
export function opportunityNotFound(): string {
    return 'The linked opportunity was not found: it may have been deleted or be hidden from you.';
}
export function pursuingButClosed(opportunity: string, outcome: 'won' | 'lost'): string {
    return outcome === 'won'
        ? `Marked Pursuing, but ${opportunity} was won: mark the cell Current.`
        : `Marked Pursuing, but ${opportunity} was lost: mark the cell Potential, or Competitor if a competitor won it.`;
}
export function currentWithOpenOpportunity(opportunity: string): string {
    return `Marked Current while ${opportunity} is still open: is this an expansion (keep Current) or should it be Pursuing?`;
}
export function potentialWithOpenOpportunity(opportunity: string): string {
    return `Marked Potential but ${opportunity} is open: mark the cell Pursuing.`;
}
