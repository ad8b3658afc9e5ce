// Hard-coded references to one org: record ids and org or instance URLs. A package must work in
// every org it is installed in, so neither may appear in what we deploy.
import { lineOf, type RuleHit } from './findings';

/**
 * Key prefixes (the first three characters of a record id) of the standard objects and metadata a
 * package is likely to name by mistake. Custom object and custom metadata records are matched by
 * shape instead (a or m, a digit, one more character), because their prefixes differ per org.
 */
export const STANDARD_KEY_PREFIXES: ReadonlySet<string> = new Set([
    '001', // Account
    '002', // Note
    '003', // Contact
    '005', // User
    '006', // Opportunity
    '00D', // Organization
    '00E', // UserRole
    '00G', // Group / Queue
    '00J', // OpportunityCompetitor
    '00K', // OpportunityContactRole
    '00N', // CustomField
    '00O', // Report
    '00P', // Attachment
    '00Q', // Lead
    '00T', // Task
    '00U', // Event
    '00X', // EmailTemplate
    '00b', // WebLink
    '00e', // Profile
    '00h', // Layout
    '00k', // OpportunityLineItem
    '00l', // Folder
    '00v', // CampaignMember
    '011', // GroupMember
    '012', // RecordType
    '015', // Document
    '01I', // CustomObject
    '01Z', // Dashboard
    '01p', // ApexClass
    '01q', // ApexTrigger
    '01s', // Pricebook2
    '01t', // Product2
    '01u', // PricebookEntry
    '02i', // Asset
    '033', // Package
    '03d', // ValidationRule
    '04t', // SubscriberPackageVersion
    '068', // ContentVersion
    '069', // ContentDocument
    '0Ho', // Package2
    '0PS', // PermissionSet
    '0Pa', // PermissionSetAssignment
    '0CP', // CustomPermission
    '300', // Flow
    '301', // FlowDefinition
    '500', // Case
    '701', // Campaign
    '800', // Contract
    '801' // Order
]);

const CUSTOM_KEY_PREFIX = /^[am][0-9][0-9A-Za-z]$/;
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The 3-character case-safe suffix Salesforce appends to a 15-character id. */
export function caseSafeSuffix(id15: string): string {
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk++) {
        let bits = 0;
        for (let index = 0; index < 5; index++) {
            const character = id15.charAt(chunk * 5 + index);
            if (character >= 'A' && character <= 'Z') {
                bits |= 1 << index;
            }
        }
        suffix += SUFFIX_ALPHABET.charAt(bits);
    }
    return suffix;
}

/**
 * A token is taken for a record id when it is 15 or 18 letters and digits, starts with a known key
 * prefix, has '0' in the sixth place (reserved by Salesforce, always 0 so far) and, at 18
 * characters, ends with the right case-safe suffix. Those three together keep ordinary words,
 * hashes and numbers out. Ids that are all zeros after the prefix are platform constants.
 */
export function isRecordId(token: string): boolean {
    if (!/^[A-Za-z0-9]+$/.test(token) || (token.length !== 15 && token.length !== 18)) {
        return false;
    }
    const prefix = token.slice(0, 3);
    if (!STANDARD_KEY_PREFIXES.has(prefix) && !CUSTOM_KEY_PREFIX.test(prefix)) {
        return false;
    }
    if (token.charAt(5) !== '0') {
        return false;
    }
    // All zeros after the prefix is a platform constant, the same in every org (the master record
    // type 012000000000000AAA), not a record of one org.
    if (/^0{12}$/.test(token.slice(3, 15))) {
        return false;
    }
    return token.length === 15 || caseSafeSuffix(token.slice(0, 15)) === token.slice(15);
}

export function findOrgIds(text: string): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const match of text.matchAll(/[A-Za-z0-9]+/g)) {
        if (isRecordId(match[0])) {
            hits.push({
                rule: 'org-id',
                line: lineOf(text, match.index),
                found: `record id ${match[0]}`
            });
        }
    }
    return hits;
}

// Hosts that name one org: My Domain, Lightning, Experience Cloud sites, Visualforce and file hosts.
const ORG_HOST =
    /\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.(?:my\.salesforce\.com|lightning\.force\.com|my\.site\.com|my\.salesforce-sites\.com|vf\.force\.com|visualforce\.com|file\.force\.com|content\.force\.com)\b/gi;
// Classic instance hosts (na12, cs42, eu5, ap4, um1, usa3s …) name one org's server.
const INSTANCE_HOST =
    /\b(?:na|cs|eu|ap|um|gs|usa|can|aus|ind)\d+[a-z]?\.(?:salesforce|force)\.com\b/gi;
// Any other URL on salesforce.com or force.com is an org's unless it is one of the public hosts.
const SALESFORCE_URL = /\bhttps?:\/\/([a-z0-9.-]+)\.(?:salesforce|force)\.com\b/gi;
const PUBLIC_HOSTS = new Set([
    'login',
    'test',
    'www',
    'help',
    'developer',
    'trailhead',
    'appexchange',
    'status',
    'trust',
    'admin',
    'architect',
    'security'
]);

export function findOrgUrls(text: string): RuleHit[] {
    // Host start offset → host, so a URL matched by two patterns is reported once.
    const hosts = new Map<number, string>();
    for (const pattern of [ORG_HOST, INSTANCE_HOST]) {
        for (const match of text.matchAll(pattern)) {
            hosts.set(match.index, match[0].toLowerCase());
        }
    }
    for (const match of text.matchAll(SALESFORCE_URL)) {
        const hostStart = match.index + match[0].indexOf('//') + 2;
        const host = match[0].slice(hostStart - match.index).toLowerCase();
        const firstLabel = (match[1] ?? '').toLowerCase();
        if (!PUBLIC_HOSTS.has(firstLabel) && !hosts.has(hostStart)) {
            hosts.set(hostStart, host);
        }
    }
    return [...hosts.entries()]
        .sort(([left], [right]) => left - right)
        .map(([offset, host]) => ({
            rule: 'org-url',
            line: lineOf(text, offset),
            found: `org URL ${host}`
        }));
}
