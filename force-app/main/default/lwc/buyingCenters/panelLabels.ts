// The custom labels of the Buying Centers panel.
import TITLE from '@salesforce/label/c.Atlas_BC_Title';
import NEW_BUTTON from '@salesforce/label/c.Atlas_BC_New';
import NEW_HEADING from '@salesforce/label/c.Atlas_BC_New_Heading';
import EDIT_HEADING from '@salesforce/label/c.Atlas_BC_Edit_Heading';
import LOADING from '@salesforce/label/c.Atlas_BC_Loading';
import LOAD_FAILED from '@salesforce/label/c.Atlas_BC_Load_Failed';
import EMPTY from '@salesforce/label/c.Atlas_BC_Empty';
import EMPTY_READ_ONLY from '@salesforce/label/c.Atlas_BC_Empty_Read_Only';
import READ_ONLY from '@salesforce/label/c.Atlas_BC_Read_Only';
import SAVED from '@salesforce/label/c.Atlas_BC_Saved';
import DELETED from '@salesforce/label/c.Atlas_BC_Deleted';
import DELETE_CONFIRM from '@salesforce/label/c.Atlas_BC_Delete_Confirm';
import DELETE_FAILED from '@salesforce/label/c.Atlas_BC_Delete_Failed';
import NOT_SET from '@salesforce/label/c.Atlas_BC_Not_Set';
import MEMBER_COUNT from '@salesforce/label/c.Atlas_BC_Member_Count';
import MEMBER_COUNT_ONE from '@salesforce/label/c.Atlas_BC_Member_Count_One';
import ACTIONS_FOR from '@salesforce/label/c.Atlas_BC_Actions_For';

export const PANEL_LABELS = {
    title: TITLE,
    newButton: NEW_BUTTON,
    newHeading: NEW_HEADING,
    editHeading: EDIT_HEADING,
    loading: LOADING,
    loadFailed: LOAD_FAILED,
    empty: EMPTY,
    emptyReadOnly: EMPTY_READ_ONLY,
    readOnly: READ_ONLY,
    saved: SAVED,
    deleted: DELETED,
    deleteConfirm: DELETE_CONFIRM,
    deleteFailed: DELETE_FAILED,
    notSet: NOT_SET,
    memberCount: MEMBER_COUNT,
    memberCountOne: MEMBER_COUNT_ONE,
    actionsFor: ACTIONS_FOR
};
