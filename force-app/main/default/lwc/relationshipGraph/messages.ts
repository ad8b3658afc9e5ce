// Every sentence the relationship map layout says, in one place. Panels may map the codes that
// come with them to custom labels; these are the English defaults.

export function invalidRecords(count: number, kind: string): string {
    return count === 1
        ? `One ${kind} is not a record with an Id; left out.`
        : `${count} ${kind}s are not records with an Id; left out.`;
}
export function duplicateRecord(kind: string, id: string): string {
    return `The ${kind} ${id} appears more than once; it is counted once.`;
}
export function managerNotFound(name: string, managerId: string): string {
    return `${name} reports to ${managerId}, who is not among this account's contacts; ${name} is drawn at the top of a tree.`;
}
export function reportingLoop(names: readonly string[], top: string): string {
    return `Reporting lines form a loop (${names.join(', ')}); ${top} is drawn at the top.`;
}
export function memberContactNotFound(memberId: string): string {
    return `Member ${memberId} names a contact that is not in this account's list; left off the map.`;
}
export function memberBuyingCenterNotFound(memberId: string): string {
    return `Member ${memberId} belongs to a buying center that is not in this account's list; its role, support and influence are not shown.`;
}
export function unknownValue(memberId: string, field: string, value: string): string {
    return `Member ${memberId} has ${field} "${value}", which this version does not know; it is read as unknown.`;
}
export function influenceTargetNotFound(memberId: string): string {
    return `Member ${memberId} influences a member who is not on this map; the line is left out.`;
}
export function influenceOnSelf(memberId: string): string {
    return `Member ${memberId} is recorded as influencing the same person; the line is left out.`;
}
export function filterNotFound(buyingCenterId: string): string {
    return `The buying center ${buyingCenterId} is not in this account's list, so nobody is shown.`;
}
export function coverageFailed(name: string): string {
    return `The map status of ${name} could not be assessed.`;
}
