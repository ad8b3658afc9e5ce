// The custom labels of the framework setup (c/salesFrameworkSetup): its headings, buttons, status
// sentences and the messages of a switch or import that did not finish.
import HEADING from '@salesforce/label/c.Atlas_SF_Heading';
import INTRO from '@salesforce/label/c.Atlas_SF_Intro';
import ACTIVE from '@salesforce/label/c.Atlas_SF_Active';
import NONE_ACTIVE from '@salesforce/label/c.Atlas_SF_None_Active';
import TWO_ACTIVE from '@salesforce/label/c.Atlas_SF_Two_Active';
import BUILT_IN from '@salesforce/label/c.Atlas_SF_Built_In';
import VIEW_LABEL from '@salesforce/label/c.Atlas_SF_View_Label';
import OPTION_ACTIVE from '@salesforce/label/c.Atlas_SF_Option_Active';
import GROUPS_HEADING from '@salesforce/label/c.Atlas_SF_Groups_Heading';
import GROUP_WEIGHT from '@salesforce/label/c.Atlas_SF_Group_Weight';
import GROUP_NO_QUESTIONS from '@salesforce/label/c.Atlas_SF_Group_No_Questions';
import MAPPING_NOTE from '@salesforce/label/c.Atlas_SF_Mapping_Note';
import UNMAPPED from '@salesforce/label/c.Atlas_SF_Unmapped';
import EDIT from '@salesforce/label/c.Atlas_SF_Edit';
import EDIT_GROUP from '@salesforce/label/c.Atlas_SF_Edit_Group';
import IMPORT_HEADING from '@salesforce/label/c.Atlas_SF_Import_Heading';
import IMPORT_INTRO from '@salesforce/label/c.Atlas_SF_Import_Intro';
import IMPORT_BUTTON from '@salesforce/label/c.Atlas_SF_Import_Button';
import IMPORTED from '@salesforce/label/c.Atlas_SF_Imported';
import IMPORTED_COPY from '@salesforce/label/c.Atlas_SF_Imported_Copy';
import IMPORT_FAILED from '@salesforce/label/c.Atlas_SF_Import_Failed';
import BACK_TO_TAS from '@salesforce/label/c.Atlas_SF_Back_To_TAS';
import GROUP_SAVED from '@salesforce/label/c.Atlas_SF_Group_Saved';

export const FRAMEWORK_LABELS = {
    heading: HEADING,
    intro: INTRO,
    active: ACTIVE,
    noneActive: NONE_ACTIVE,
    twoActive: TWO_ACTIVE,
    builtIn: BUILT_IN,
    viewLabel: VIEW_LABEL,
    optionActive: OPTION_ACTIVE,
    groupsHeading: GROUPS_HEADING,
    groupWeight: GROUP_WEIGHT,
    groupNoQuestions: GROUP_NO_QUESTIONS,
    mappingNote: MAPPING_NOTE,
    unmapped: UNMAPPED,
    edit: EDIT,
    editGroup: EDIT_GROUP,
    importHeading: IMPORT_HEADING,
    importIntro: IMPORT_INTRO,
    importButton: IMPORT_BUTTON,
    imported: IMPORTED,
    importedCopy: IMPORTED_COPY,
    importFailed: IMPORT_FAILED,
    backToTas: BACK_TO_TAS,
    groupSaved: GROUP_SAVED
};
