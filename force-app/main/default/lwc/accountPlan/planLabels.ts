// The custom labels of the Account Plan panel and its forms.
import TITLE from '@salesforce/label/c.Atlas_AP_Title';
import NEW_OBJECTIVE from '@salesforce/label/c.Atlas_AP_New_Objective';
import NEW_OBJECTIVE_HEADING from '@salesforce/label/c.Atlas_AP_New_Objective_Heading';
import NEW_STRATEGY_HEADING from '@salesforce/label/c.Atlas_AP_New_Strategy_Heading';
import NEW_ACTION_HEADING from '@salesforce/label/c.Atlas_AP_New_Action_Heading';
import EDIT_OBJECTIVE from '@salesforce/label/c.Atlas_AP_Edit_Objective';
import EDIT_STRATEGY from '@salesforce/label/c.Atlas_AP_Edit_Strategy';
import EDIT_ACTION from '@salesforce/label/c.Atlas_AP_Edit_Action';
import LOADING from '@salesforce/label/c.Atlas_AP_Loading';
import LOAD_FAILED from '@salesforce/label/c.Atlas_AP_Load_Failed';
import EMPTY from '@salesforce/label/c.Atlas_AP_Empty';
import EMPTY_READ_ONLY from '@salesforce/label/c.Atlas_AP_Empty_Read_Only';
import READ_ONLY from '@salesforce/label/c.Atlas_AP_Read_Only';
import SAVED from '@salesforce/label/c.Atlas_AP_Saved';
import NOT_SET from '@salesforce/label/c.Atlas_AP_Not_Set';
import ACTIONS_FOR from '@salesforce/label/c.Atlas_AP_Actions_For';
import ADD_STRATEGY from '@salesforce/label/c.Atlas_AP_Add_Strategy';
import ADD_ACTION from '@salesforce/label/c.Atlas_AP_Add_Action';
import OBJECTIVE_NAME from '@salesforce/label/c.Atlas_AP_Field_Objective_Name';
import STRATEGY_NAME from '@salesforce/label/c.Atlas_AP_Field_Strategy_Name';
import ACTION_NAME from '@salesforce/label/c.Atlas_AP_Field_Action_Name';
import OWNER from '@salesforce/label/c.Atlas_AP_Field_Owner';
import BUYING_CENTER from '@salesforce/label/c.Atlas_AP_Field_Buying_Center';
import MAP from '@salesforce/label/c.Atlas_AP_Field_Map';
import MEASURE from '@salesforce/label/c.Atlas_AP_Field_Measure';
import TARGET from '@salesforce/label/c.Atlas_AP_Field_Target';
import TARGET_MIN from '@salesforce/label/c.Atlas_AP_Field_Target_Min';
import DUE from '@salesforce/label/c.Atlas_AP_Field_Due_Date';
import STATUS from '@salesforce/label/c.Atlas_AP_Field_Status';
import OPPORTUNITY from '@salesforce/label/c.Atlas_AP_Field_Opportunity';
import CAMPAIGN from '@salesforce/label/c.Atlas_AP_Field_Campaign';
import DESCRIPTION from '@salesforce/label/c.Atlas_AP_Field_Description';
import DELETE_CONFIRM from '@salesforce/label/c.Atlas_AP_Delete_Confirm';
import DELETE_CONFIRM_WITH_CHILDREN from '@salesforce/label/c.Atlas_AP_Delete_Confirm_With_Children';
import DELETED from '@salesforce/label/c.Atlas_AP_Deleted';
import DELETE_FAILED from '@salesforce/label/c.Atlas_AP_Delete_Failed';
import MOVE_UP from '@salesforce/label/c.Atlas_AP_Move_Up';
import MOVE_DOWN from '@salesforce/label/c.Atlas_AP_Move_Down';
import MOVE_FAILED from '@salesforce/label/c.Atlas_AP_Move_Failed';

export const PLAN_LABELS = {
    title: TITLE,
    newObjective: NEW_OBJECTIVE,
    newObjectiveHeading: NEW_OBJECTIVE_HEADING,
    newStrategyHeading: NEW_STRATEGY_HEADING,
    newActionHeading: NEW_ACTION_HEADING,
    editObjective: EDIT_OBJECTIVE,
    editStrategy: EDIT_STRATEGY,
    editAction: EDIT_ACTION,
    loading: LOADING,
    loadFailed: LOAD_FAILED,
    empty: EMPTY,
    emptyReadOnly: EMPTY_READ_ONLY,
    readOnly: READ_ONLY,
    saved: SAVED,
    notSet: NOT_SET,
    actionsFor: ACTIONS_FOR,
    addStrategy: ADD_STRATEGY,
    addAction: ADD_ACTION,
    objectiveName: OBJECTIVE_NAME,
    strategyName: STRATEGY_NAME,
    actionName: ACTION_NAME,
    owner: OWNER,
    buyingCenter: BUYING_CENTER,
    map: MAP,
    measure: MEASURE,
    target: TARGET,
    targetMin: TARGET_MIN,
    due: DUE,
    status: STATUS,
    opportunity: OPPORTUNITY,
    campaign: CAMPAIGN,
    description: DESCRIPTION,
    deleteConfirm: DELETE_CONFIRM,
    deleteConfirmWithChildren: DELETE_CONFIRM_WITH_CHILDREN,
    deleted: DELETED,
    deleteFailed: DELETE_FAILED,
    moveUp: MOVE_UP,
    moveDown: MOVE_DOWN,
    moveFailed: MOVE_FAILED
};
