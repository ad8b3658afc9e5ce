// The relationship coverage of a buying center: its red / amber / green status and coaching flags.
import type { BuyingRole, RecordId } from 'c/atlasModel';
import type { Message } from 'c/atlasMessages';

export type RelationshipMapStatus = 'Red' | 'Amber' | 'Green';

export type CoachingFlagCode =
    | 'NO_DECISION_MAKER'
    | 'NO_SUPPORTIVE_DECISION_MAKER'
    | 'NO_COACH'
    | 'NO_OPPOSITION_IDENTIFIED'
    | 'ENEMY_WITH_HIGH_INFLUENCE'
    | 'SINGLE_THREADED'
    | 'ROLE_NOT_COVERED'
    | 'UNKNOWN_VALUES';

export interface CoachingFlag {
    code: CoachingFlagCode;
    severity: 'high' | 'medium' | 'low';
    /** A plain sentence an account manager can act on, as a custom label and its parameters. */
    message: Message;
    /** The members the flag is about (sorted), empty when it is about someone not yet found. */
    memberIds: string[];
}

/** Optional words for the messages; the assessment itself never depends on them. */
export interface CoverageOptions {
    /** Names the buying center in messages: "No decision maker identified in Finance …". */
    buyingCenterName?: string | null;
    /** Contact id → the person's name, so messages can name people instead of roles. */
    contactNames?: Readonly<Record<RecordId, string>> | ReadonlyMap<RecordId, string> | null;
}

export interface BuyingCenterCoverage {
    mapStatus: RelationshipMapStatus;
    /** In a fixed order: the order of CoachingFlagCode above. */
    flags: CoachingFlag[];
    /** Members assessed (records without an id are left out and flagged). */
    memberCount: number;
    /** A Decision Maker or Economic Buyer (or Approver) is identified. */
    hasDecisionMaker: boolean;
    /** A Decision Maker or Approver who supports us (Mentor, Supporter) and whom we engage. */
    supportiveDecisionMakerEngaged: boolean;
    /** Someone guides us from the inside: buying role Coach, or support Mentor. */
    hasCoach: boolean;
    decisionMakerIds: string[];
    supportiveDecisionMakerIds: string[];
    coachIds: string[];
    /** Everyone marked Enemy or Non-Supporter. */
    oppositionIds: string[];
    /** High-influence opponents we have not engaged (see isUnaddressed). */
    unaddressedOpposition: string[];
    /** Distinct people we engage (coverage Multiple or In Depth). */
    engagedMemberCount: number;
    engagedMemberIds: string[];
    /** Buying roles somebody holds, in picklist order. */
    rolesCovered: BuyingRole[];
    /** Core roles of a buying decision that nobody holds yet. */
    rolesMissing: BuyingRole[];
    /** Members with buying role Champion, by how their MEDDICC tests stand (see champion.ts). */
    champions: Record<'tested' | 'untested' | 'failed', RecordId[]>;
    /** Members with buying role Economic Buyer (or Approver, its earlier name). */
    economicBuyerIds: RecordId[];
}
