// The custom labels of the stage criteria list.
import EMPTY_GROUP from '@salesforce/label/c.Atlas_SC_Empty_Group';
import UNKNOWN_STAGE from '@salesforce/label/c.Atlas_SC_Unknown_Stage_Help';
import REQUIRED from '@salesforce/label/c.Atlas_SC_Badge_Required';
import INACTIVE from '@salesforce/label/c.Atlas_SC_Badge_Inactive';
import EDIT from '@salesforce/label/c.Atlas_SC_Edit';
import EDIT_CRITERION from '@salesforce/label/c.Atlas_SC_Edit_Criterion';
import MOVE_UP from '@salesforce/label/c.Atlas_SC_Move_Up';
import MOVE_DOWN from '@salesforce/label/c.Atlas_SC_Move_Down';
import DEACTIVATE from '@salesforce/label/c.Atlas_SC_Deactivate';
import ACTIVATE from '@salesforce/label/c.Atlas_SC_Activate';
import DEACTIVATE_CRITERION from '@salesforce/label/c.Atlas_SC_Deactivate_Criterion';
import ACTIVATE_CRITERION from '@salesforce/label/c.Atlas_SC_Activate_Criterion';

export const LIST_LABELS = {
    emptyGroup: EMPTY_GROUP,
    unknownStage: UNKNOWN_STAGE,
    required: REQUIRED,
    inactive: INACTIVE,
    edit: EDIT,
    editCriterion: EDIT_CRITERION,
    moveUp: MOVE_UP,
    moveDown: MOVE_DOWN,
    deactivate: DEACTIVATE,
    activate: ACTIVATE,
    deactivateCriterion: DEACTIVATE_CRITERION,
    activateCriterion: ACTIVATE_CRITERION
};
