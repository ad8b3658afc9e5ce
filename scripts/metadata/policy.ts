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
        // The deal's competitors and our position against each are the account team's to keep.
        Deal_Competitor__c: CRUD,
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
        Deal_Competitor__c: CRUD,
        Coaching_Question__c: CRUD,
        Sales_Framework__c: CRUD,
        Framework_Group__c: CRUD
    },
    // On top of Atlas_User: waiving a required criterion (the waiver fields of an evidence record,
    // which it may also create for a criterion nobody has answered yet). Never deletes evidence.
    Atlas_Sales_Manager: {
        Deal_Evidence__c: { ...CRUD, delete: false }
    }
};

/**
 * Permission sets that add to Atlas_User instead of standing alone: the check holds them to the
 * object access above and to the guarded fields below, not to covering every field.
 */
export const ADD_ON_PERMISSION_SETS: readonly string[] = ['Atlas_Sales_Manager'];

/**
 * Fields only holders of a custom permission may edit, so field-level security enforces what the
 * panel hides: read-only in every permission set without it, editable in those with it.
 */
export const GUARDED_FIELDS: readonly {
    readonly objectName: string;
    readonly fields: readonly string[];
    readonly customPermission: string;
}[] = [
    {
        // A waiver is a manager's decision: reps see it, never set it (docs/deal-scoring.md).
        objectName: 'Deal_Evidence__c',
        fields: ['Waived__c', 'Waiver_Reason__c', 'Waived_By__c', 'Waived_On__c'],
        customPermission: 'Atlas_Waive_Required_Criteria'
    }
];

/** The custom permission a field's edits need, if it is guarded. */
export function guardOf(objectName: string, fieldName: string): string | undefined {
    return GUARDED_FIELDS.find(
        (guard) => guard.objectName === objectName && guard.fields.includes(fieldName)
    )?.customPermission;
}

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
