// Reads the Deal Score panel's answer (DEAL_SCORE_TEXT) into the typed records the dealScoring
// helper takes: the opportunity with its evidence, last review, plan steps and score snapshots, the
// agreed actions, every stage criterion, the members of the deal's buying center, the account's
// contacts (who can verify evidence), the sales process, the settings and the user's access.
import type {
    AgreedActionRecord,
    BuyingCenterMemberRecord,
    ContactRecord,
    DealEvidenceRecord,
    DealReviewRecord,
    DealScoreSnapshotRecord,
    FrameworkGroupRecord,
    IsoDate,
    OpportunityRecord,
    RecordId,
    StageCriterionRecord
} from 'c/atlasModel';
import { DEAL_COMPETITOR_OBJECT, dealCompetitorsOf } from './competitorRecords';
import type { DealCompetitorView } from './competitorRecords';
import { stageHistoryFromSnapshots } from 'c/dealScoring';
import type { DealScoringInput, PlanStepInput } from 'c/dealScoring';
import { SCORING_SETTINGS_FIELDS } from 'c/scoringSettings';
import type { AdvocateCandidate } from 'c/referenceSuggestions';
import { isRecord } from 'c/atlasValues';
import type { ScoringSettings } from 'c/scoringSettings';
import {
    childNodesOf,
    flattenNode,
    hiddenFieldsOf,
    nodesOf,
    parentText,
    queryConnection,
    recordOf,
    uniqueHiddenFields
} from './graphqlRecords';
import type { GraphQLNode, HiddenField, OptionalFields } from './graphqlRecords';
import {
    AGREED_ACTION_FIELDS,
    BUYING_CENTER_MEMBER_FIELDS,
    CONTACT_FIELDS,
    DEAL_COMPETITOR_FIELDS,
    DEAL_EVIDENCE_FIELDS,
    DEAL_REVIEW_FIELDS,
    DEAL_SCORE_SNAPSHOT_FIELDS,
    FRAMEWORK_GROUP_FIELDS,
    MUTUAL_PLAN_STEP_FIELDS,
    OPPORTUNITY_FIELDS,
    STAGE_CRITERION_FIELDS,
    optionalFieldsOf
} from './objectFields';
import {
    fieldsUpdateable,
    objectAccessOf,
    picklistEntriesOf,
    salesProcessOf
} from './salesProcess';
import { hiddenSettingsFieldsOf, scoringSettingsFromGraphQL } from './scoringSettingsRecords';
import { scoringInputOf } from './dealInputs';

export const DEAL_EVIDENCE_OBJECT = 'Deal_Evidence__c';
export const DEAL_SCORE_SNAPSHOT_OBJECT = 'Deal_Score_Snapshot__c';
export const DEAL_SCORE_FIELDS = ['Deal_Score__c', 'Deal_Score_Band__c', 'Deal_Scored_At__c'];

/** The fields DEAL_SCORE_TEXT marks @optional: field-level security may hide them from a user. */
export const DEAL_SCORE_OPTIONAL_FIELDS: OptionalFields = {
    ...optionalFieldsOf(
        OPPORTUNITY_FIELDS,
        DEAL_EVIDENCE_FIELDS,
        DEAL_SCORE_SNAPSHOT_FIELDS,
        DEAL_REVIEW_FIELDS,
        AGREED_ACTION_FIELDS,
        MUTUAL_PLAN_STEP_FIELDS,
        DEAL_COMPETITOR_FIELDS,
        STAGE_CRITERION_FIELDS,
        FRAMEWORK_GROUP_FIELDS,
        BUYING_CENTER_MEMBER_FIELDS,
        CONTACT_FIELDS
    ),
    // The deal's industry and named competitor: does it need a reference (c/referenceSuggestions).
    Account: ['Industry'],
    Buying_Center__c: ['Primary_Competitor__c'],
    // The settings the panel scores with: the same list as SCORING_SETTINGS_FIELDS.
    Scoring_Settings__c: SCORING_SETTINGS_FIELDS
};

/** A criterion as the checklist shows it (with its guidance). */
export type StageCriterionView = StageCriterionRecord;

/** Evidence with the verifying contact's name and the waiving manager's. */
export interface DealEvidenceView extends DealEvidenceRecord {
    verifiedByName: string | null;
    waivedByName?: string | null;
}

/**
 * A contact of the deal's account as the evidence form offers it (who can verify evidence), with
 * the platform's last activity date: half of a person's last touch (stale relationships).
 */
export type ContactOption = Pick<ContactRecord, 'Id' | 'Name' | 'Title'> & {
    LastActivityDate?: IsoDate | null;
};

function contactOption(node: GraphQLNode): ContactOption {
    const contact = recordOf(node, CONTACT_FIELDS);
    const activity = flattenNode(node).LastActivityDate;
    return {
        Id: contact.Id,
        Name: contact.Name,
        Title: contact.Title,
        LastActivityDate: typeof activity === 'string' ? activity : null
    };
}

/** An advocate node (with its contact, buying center and account) as a reference candidate. */
function advocateOf(node: GraphQLNode): AdvocateCandidate {
    const member = recordOf(node, BUYING_CENTER_MEMBER_FIELDS);
    const flat = flattenNode(node);
    const center = isRecord(flat.Buying_Center__r) ? flat.Buying_Center__r : {};
    return {
        memberId: member.Id,
        contactId: member.Contact__c,
        name: parentText(flat, 'Contact__r', 'Name') ?? '',
        advocacy: member.Advocacy__c ?? null,
        lastReferenceDate: member.Last_Reference_Date__c ?? null,
        buyingCenterId: member.Buying_Center__c,
        buyingCenterName: typeof center.Name === 'string' ? center.Name : '',
        accountId: typeof center.Account__c === 'string' ? center.Account__c : '',
        accountName: parentText(center, 'Account__r', 'Name') ?? '',
        industry: parentText(center, 'Account__r', 'Industry')
    };
}

/** What the user may do on the panel (object and field access; record sharing is the server's). */
export interface DealAccess {
    canRecordEvidence: boolean;
    canEditEvidence: boolean;
    canAdvanceStage: boolean;
    canStoreScore: boolean;
    canSnapshot: boolean;
    /** Create, edit and delete the deal's competitors (Deal_Competitor__c). */
    canAddCompetitor?: boolean;
    canEditCompetitor?: boolean;
    canDeleteCompetitor?: boolean;
}

/** The deal's parents, by name, for the deal in view and the scoring messages. */
export interface DealParents {
    accountName: string | null;
    ownerName: string | null;
    buyingCenterName: string | null;
}

/** The deal's last review, as the panel shows it. */
export interface DealReviewView extends DealReviewRecord {
    Id: RecordId;
    reviewerName: string | null;
}

/** An agreed action of one of the deal's reviews, with the assignee's name. */
export interface DealAgreedActionView extends AgreedActionRecord {
    assignedToName: string | null;
}

export interface DealScoreData extends DealParents {
    opportunity: OpportunityRecord | null;
    /** The latest deal review, or null when the deal was never reviewed. */
    lastReview: DealReviewView | null;
    /** The agreed actions of all the deal's reviews, soonest due first. */
    agreedActions: DealAgreedActionView[];
    /** The deal's mutual plan steps by due date: the plan's risks (c/dealScoring planStepRisks). */
    planSteps: PlanStepInput[];
    /** The deal's competitors, in record-name order: they cap the competition questions. */
    competitors?: DealCompetitorView[];
    evidence: DealEvidenceView[];
    criteria: StageCriterionView[];
    /** The active sales framework's groups; none: the TAS template. */
    frameworkGroups: FrameworkGroupRecord[];
    members: BuyingCenterMemberRecord[];
    contacts: ContactOption[];
    /** Oldest first. */
    snapshots: DealScoreSnapshotRecord[];
    stageOrder: string[];
    stageLabels: Record<string, string>;
    /** Loss_Reason__c value → its label. */
    lossReasonLabels: Record<string, string>;
    access: DealAccess;
    /** Fields the query asked for that field-level security hides from this user. */
    hiddenFields: HiddenField[];
    /** The scoring settings in force (the defaults when none are saved). */
    settings: ScoringSettings;
    /** The account's industry and the competitor its buying center names: does it need a reference. */
    accountIndustry?: string | null;
    primaryCompetitor?: string | null;
    /** Advocates the user can see, least recently asked first (c/referenceSuggestions picks). */
    advocates?: AdvocateCandidate[];
}

function evidenceView(node: GraphQLNode): DealEvidenceView {
    return {
        ...recordOf(node, DEAL_EVIDENCE_FIELDS),
        verifiedByName: parentText(flattenNode(node), 'Verified_By__r', 'Name'),
        waivedByName: parentText(flattenNode(node), 'Waived_By__r', 'Name')
    };
}

function reviewView(node: GraphQLNode): DealReviewView {
    return {
        ...recordOf(node, DEAL_REVIEW_FIELDS),
        reviewerName: parentText(flattenNode(node), 'Reviewer__r', 'Name')
    };
}

function agreedActionView(node: GraphQLNode): DealAgreedActionView {
    return {
        ...recordOf(node, AGREED_ACTION_FIELDS),
        assignedToName: parentText(flattenNode(node), 'Assigned_To__r', 'Name')
    };
}

const byTakenAt = (a: DealScoreSnapshotRecord, b: DealScoreSnapshotRecord): number =>
    String(a.Taken_At__c ?? '').localeCompare(String(b.Taken_At__c ?? ''));

/** Reads the DealScore response; a missing part reads as no records and no access. */
export function dealScoreFromGraphQL(data: unknown): DealScoreData {
    const [node] = nodesOf(queryConnection(data, 'Opportunity'));
    const child = (relationship: string): GraphQLNode[] => {
        return node ? childNodesOf(node, relationship) : [];
    };
    const evidenceNodes = child('Deal_Evidence__r');
    const snapshotNodes = child('Deal_Score_Snapshots__r');
    const [reviewNode] = child('Deal_Reviews__r');
    const planStepNodes = child('Mutual_Plan_Steps__r');
    const competitorNodes = child('Deal_Competitors__r');
    const actionNodes = nodesOf(queryConnection(data, 'Agreed_Action__c'));
    const criterionNodes = nodesOf(queryConnection(data, 'Stage_Criterion__c'));
    const groupNodes = nodesOf(queryConnection(data, 'Framework_Group__c'));
    const memberNodes = nodesOf(queryConnection(data, 'Buying_Center_Member__c'));
    const contactNodes = nodesOf(queryConnection(data, 'Contact'));
    const advocateNodes = nodesOf(queryConnection(data, 'Advocates'));
    const hidden = (nodes: GraphQLNode[], objectApiName: string): HiddenField[] =>
        hiddenFieldsOf(nodes, objectApiName, DEAL_SCORE_OPTIONAL_FIELDS[objectApiName]);
    const opportunity = node ? recordOf(node, OPPORTUNITY_FIELDS) : null;
    const { stageOrder, stageLabels } = salesProcessOf(
        data,
        opportunity?.IsClosed === true && opportunity.StageName ? [opportunity.StageName] : []
    );
    const evidenceAccess = objectAccessOf(data, DEAL_EVIDENCE_OBJECT);
    const opportunityAccess = objectAccessOf(data, 'Opportunity');
    const flat = node ? flattenNode(node) : {};
    return {
        opportunity,
        accountName: parentText(flat, 'Account', 'Name'),
        accountIndustry: parentText(flat, 'Account', 'Industry'),
        primaryCompetitor: parentText(flat, 'Buying_Center__r', 'Primary_Competitor__c'),
        advocates: advocateNodes.map(advocateOf),
        ownerName: parentText(flat, 'Owner', 'Name'),
        buyingCenterName: parentText(flat, 'Buying_Center__r', 'Name'),
        lastReview: reviewNode ? reviewView(reviewNode) : null,
        agreedActions: actionNodes.map(agreedActionView),
        planSteps: planStepNodes.map((step) => recordOf(step, MUTUAL_PLAN_STEP_FIELDS)),
        competitors: node ? dealCompetitorsOf(node) : [],
        evidence: evidenceNodes.map(evidenceView),
        criteria: criterionNodes.map((criterion) => recordOf(criterion, STAGE_CRITERION_FIELDS)),
        frameworkGroups: groupNodes.map((group) => recordOf(group, FRAMEWORK_GROUP_FIELDS)),
        members: memberNodes.map((member) => recordOf(member, BUYING_CENTER_MEMBER_FIELDS)),
        contacts: contactNodes.map(contactOption),
        snapshots: snapshotNodes
            .map((snapshot) => recordOf(snapshot, DEAL_SCORE_SNAPSHOT_FIELDS))
            .sort(byTakenAt),
        stageOrder,
        stageLabels,
        lossReasonLabels: Object.fromEntries(
            picklistEntriesOf(data, 'Opportunity', 'Loss_Reason__c').map((entry) => [
                entry.value,
                entry.label
            ])
        ),
        settings: scoringSettingsFromGraphQL(data),
        access: {
            canRecordEvidence: evidenceAccess.canCreate,
            canEditEvidence: evidenceAccess.canEdit,
            canAdvanceStage:
                opportunityAccess.canEdit && fieldsUpdateable(data, 'Opportunity', ['StageName']),
            canStoreScore:
                opportunityAccess.canEdit &&
                fieldsUpdateable(data, 'Opportunity', DEAL_SCORE_FIELDS),
            canSnapshot: objectAccessOf(data, DEAL_SCORE_SNAPSHOT_OBJECT).canCreate,
            ...competitorAccessOf(data)
        },
        hiddenFields: uniqueHiddenFields(
            hidden(node ? [node] : [], 'Opportunity'),
            hidden(evidenceNodes, DEAL_EVIDENCE_OBJECT),
            hidden(snapshotNodes, DEAL_SCORE_SNAPSHOT_OBJECT),
            hidden(reviewNode ? [reviewNode] : [], 'Deal_Review__c'),
            hidden(actionNodes, 'Agreed_Action__c'),
            hidden(planStepNodes, 'Mutual_Plan_Step__c'),
            hidden(competitorNodes, DEAL_COMPETITOR_OBJECT),
            hidden(criterionNodes, 'Stage_Criterion__c'),
            hidden(groupNodes, 'Framework_Group__c'),
            hidden(memberNodes, 'Buying_Center_Member__c'),
            hidden(advocateNodes, 'Buying_Center_Member__c'),
            hidden(contactNodes, 'Contact'),
            hiddenSettingsFieldsOf(data)
        )
    };
}

function competitorAccessOf(
    data: unknown
): Pick<DealAccess, 'canAddCompetitor' | 'canEditCompetitor' | 'canDeleteCompetitor'> {
    const access = objectAccessOf(data, DEAL_COMPETITOR_OBJECT);
    return {
        canAddCompetitor: access.canCreate,
        canEditCompetitor: access.canEdit,
        canDeleteCompetitor: access.canDelete
    };
}

// Stage history from the snapshots is the scoring core's (one rule for panels and the atlas command).
export { stageHistoryFromSnapshots };

/** The deal as the scoring core takes it, as of the given day. */
export function dealScoringInputOf(deal: DealScoreData, asOf: IsoDate): DealScoringInput | null {
    if (!deal.opportunity) {
        return null;
    }
    return scoringInputOf(
        {
            opportunity: deal.opportunity,
            evidence: deal.evidence,
            // The query reads the members of the deal's buying center through a semi-join.
            members: deal.members,
            competitors: deal.competitors ?? [],
            snapshots: deal.snapshots,
            // People and the buying center by name: reasons, risks and actions say who they mean.
            contacts: deal.contacts,
            buyingCenterName: deal.buyingCenterName,
            evidenceTextHidden: evidenceTextHidden(deal)
        },
        {
            criteria: deal.criteria,
            frameworkGroups: deal.frameworkGroups,
            stageOrder: deal.stageOrder,
            asOf
        }
    );
}

/** Field-level security hides what the customer did or said (Evidence__c) from this user. */
export function evidenceTextHidden(deal: Pick<DealScoreData, 'hiddenFields'>): boolean {
    return deal.hiddenFields.some(
        (field) =>
            field.objectApiName === DEAL_EVIDENCE_OBJECT && field.fieldApiName === 'Evidence__c'
    );
}
