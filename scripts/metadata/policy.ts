// What the data model intends beyond what the metadata itself says: which permission sets exist and
// what each may do, and which fields flows compute. The checks compare force-app to this, and
// DATA_MODEL.md shows it (generated from this file and the metadata by npm run docs:data-model).

export interface ObjectAccess {
    readonly create: boolean;
    readonly read: boolean;
    readonly edit: boolean;
    readonly delete: boolean;
    readonly viewAll: boolean;
    readonly modifyAll: boolean;
}

const CRUD: ObjectAccess = {
    create: true,
    read: true,
    edit: true,
    delete: true,
    viewAll: false,
    modifyAll: false
};
// Score snapshots are history: created (and upserted by atlas score) but not deleted. Setting a
// field on create needs it editable, and editable fields need Edit on the object.
const CREATE_READ_EDIT: ObjectAccess = { ...CRUD, delete: false };
const READ: ObjectAccess = { ...CRUD, create: false, edit: false, delete: false };

/** Object access each permission set is meant to grant on the custom objects. */
export const PERMISSION_SETS: Readonly<Record<string, Readonly<Record<string, ObjectAccess>>>> = {
    Atlas_User: {
        Buying_Center__c: CRUD,
        Buying_Center_Member__c: CRUD,
        Opportunity_Map__c: CRUD,
        Opportunity_Map_Cell__c: CRUD,
        Marketing_Objective__c: CRUD,
        Marketing_Strategy__c: CRUD,
        Marketing_Action__c: CRUD,
        Deal_Evidence__c: CRUD,
        Deal_Score_Snapshot__c: CREATE_READ_EDIT,
        Stage_Criterion__c: READ,
        Solution__c: READ,
        Sales_Target__c: READ,
        Scoring_Settings__c: READ,
        // Reviews and their agreed actions are kept and corrected by whoever may see the deal.
        Deal_Review__c: CRUD,
        Agreed_Action__c: CRUD,
        Mutual_Plan_Step__c: CRUD,
        Coaching_Question__c: READ,
        // The sales framework is configuration: account teams read it, sales ops change it.
        Sales_Framework__c: READ,
        Framework_Group__c: READ
    },
    Atlas_Sales_Ops: {
        Buying_Center__c: CRUD,
        Buying_Center_Member__c: CRUD,
        Opportunity_Map__c: CRUD,
        Opportunity_Map_Cell__c: CRUD,
        Marketing_Objective__c: CRUD,
        Marketing_Strategy__c: CRUD,
        Marketing_Action__c: CRUD,
        Deal_Evidence__c: CRUD,
        Deal_Score_Snapshot__c: CREATE_READ_EDIT,
        Stage_Criterion__c: CRUD,
        Solution__c: CRUD,
        // Targets are private to their owner; sales ops set and correct everyone's.
        Sales_Target__c: { ...CRUD, viewAll: true, modifyAll: true },
        // Settings are changed, never deleted: deleting the record would silently bring back the
        // defaults and take its field history with it.
        Scoring_Settings__c: CREATE_READ_EDIT,
        Deal_Review__c: CRUD,
        Agreed_Action__c: CRUD,
        Mutual_Plan_Step__c: CRUD,
        Coaching_Question__c: CRUD,
        Sales_Framework__c: CRUD,
        Framework_Group__c: CRUD
    }
};

/**
 * Uniqueness keys that a before-save flow computes from other fields: read-only for every user, and
 * two records with the same key parts collide on the unique key (so sample data must not have any).
 */
export const FLOW_KEYS: readonly {
    readonly objectName: string;
    readonly field: string;
    readonly parts: readonly string[];
}[] = [
    {
        objectName: 'Buying_Center_Member__c',
        field: 'Member_Key__c',
        parts: ['Buying_Center__c', 'Contact__c']
    },
    {
        objectName: 'Opportunity_Map_Cell__c',
        field: 'Cell_Key__c',
        parts: ['Opportunity_Map__c', 'Buying_Center__c', 'Solution__c']
    },
    {
        objectName: 'Deal_Evidence__c',
        field: 'Evidence_Key__c',
        parts: ['Opportunity__c', 'Stage_Criterion__c']
    }
];

export function isFlowKey(objectName: string, fieldName: string): boolean {
    return FLOW_KEYS.some((key) => key.objectName === objectName && key.field === fieldName);
}
