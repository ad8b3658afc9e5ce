// The custom labels of the Stage Criteria Setup page's container and the wording it prepares.
import TITLE from '@salesforce/label/c.Atlas_SC_Title';
import LOADING from '@salesforce/label/c.Atlas_SC_Loading';
import LOAD_FAILED from '@salesforce/label/c.Atlas_SC_Load_Failed';
import READ_ONLY from '@salesforce/label/c.Atlas_SC_Read_Only';
import EMPTY from '@salesforce/label/c.Atlas_SC_Empty';
import NEW_BUTTON from '@salesforce/label/c.Atlas_SC_New';
import NEW_HEADING from '@salesforce/label/c.Atlas_SC_New_Heading';
import EDIT_HEADING from '@salesforce/label/c.Atlas_SC_Edit_Heading';
import SAVED from '@salesforce/label/c.Atlas_SC_Saved';
import REORDERED from '@salesforce/label/c.Atlas_SC_Reordered';
import ACTIVATED from '@salesforce/label/c.Atlas_SC_Activated';
import DEACTIVATED from '@salesforce/label/c.Atlas_SC_Deactivated';
import ACTION_FAILED from '@salesforce/label/c.Atlas_SC_Action_Failed';
import TOO_MANY_STAGES from '@salesforce/label/c.Atlas_SC_Too_Many_Stages';
import QUALIFICATION_HEADING from '@salesforce/label/c.Atlas_SC_Qualification_Heading';
import UNKNOWN_STAGE_HEADING from '@salesforce/label/c.Atlas_SC_Unknown_Stage_Heading';
import NO_CATEGORY from '@salesforce/label/c.Atlas_SC_No_Category';
import CATEGORY_OPPORTUNITY from '@salesforce/label/c.Atlas_SC_Category_Is_There_An_Opportunity';
import CATEGORY_COMPETE from '@salesforce/label/c.Atlas_SC_Category_Can_We_Compete';
import CATEGORY_WIN from '@salesforce/label/c.Atlas_SC_Category_Can_We_Win';
import CATEGORY_WORTH from '@salesforce/label/c.Atlas_SC_Category_Is_It_Worth_Winning';
import CATEGORY_OUTCOME from '@salesforce/label/c.Atlas_SC_Category_Verifiable_Outcome';
import CATEGORY_RELATIONSHIP from '@salesforce/label/c.Atlas_SC_Category_Relationship';
import NICE_TO_HAVE from '@salesforce/label/c.Atlas_DS_Importance_Nice_To_Have';
import IMPORTANT from '@salesforce/label/c.Atlas_DS_Importance_Important';
import VERY_IMPORTANT from '@salesforce/label/c.Atlas_DS_Importance_Very_Important';
import ESSENTIAL from '@salesforce/label/c.Atlas_DS_Importance_Essential';
import PREVIEW_RUN_NAME from '@salesforce/label/c.Atlas_SC_Preview_Run_Name';

export const SETUP_LABELS = {
    previewRunName: PREVIEW_RUN_NAME,
    title: TITLE,
    loading: LOADING,
    loadFailed: LOAD_FAILED,
    readOnly: READ_ONLY,
    empty: EMPTY,
    newButton: NEW_BUTTON,
    newHeading: NEW_HEADING,
    editHeading: EDIT_HEADING,
    saved: SAVED,
    reordered: REORDERED,
    activated: ACTIVATED,
    deactivated: DEACTIVATED,
    actionFailed: ACTION_FAILED,
    tooManyStages: TOO_MANY_STAGES,
    qualificationHeading: QUALIFICATION_HEADING,
    unknownStageHeading: UNKNOWN_STAGE_HEADING,
    noCategory: NO_CATEGORY,
    categories: {
        'Is there an opportunity?': CATEGORY_OPPORTUNITY,
        'Can we compete?': CATEGORY_COMPETE,
        'Can we win?': CATEGORY_WIN,
        'Is it worth winning?': CATEGORY_WORTH,
        'Verifiable Outcome': CATEGORY_OUTCOME,
        Relationship: CATEGORY_RELATIONSHIP
    } as Record<string, string>,
    importances: {
        'Nice to Have': NICE_TO_HAVE,
        Important: IMPORTANT,
        'Very Important': VERY_IMPORTANT,
        Essential: ESSENTIAL
    } as Record<string, string>
};
