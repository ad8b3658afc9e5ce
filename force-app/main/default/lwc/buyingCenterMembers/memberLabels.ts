// The custom labels of the buying center member list and form (with its champion tests).
import HEADING from '@salesforce/label/c.Atlas_BC_Members_Heading';
import BACK from '@salesforce/label/c.Atlas_BC_Members_Back';
import ADD from '@salesforce/label/c.Atlas_BC_Members_Add';
import EMPTY from '@salesforce/label/c.Atlas_BC_Members_Empty';
import NO_CONTACTS from '@salesforce/label/c.Atlas_BC_Members_No_Contacts';
import LIST from '@salesforce/label/c.Atlas_BC_Members_List';
import NEW_HEADING from '@salesforce/label/c.Atlas_BC_Member_New';
import EDIT_HEADING from '@salesforce/label/c.Atlas_BC_Member_Edit';
import SAVED from '@salesforce/label/c.Atlas_BC_Member_Saved';
import DUPLICATE from '@salesforce/label/c.Atlas_BC_Member_Duplicate';
import REMOVED from '@salesforce/label/c.Atlas_BC_Member_Removed';
import REMOVE_CONFIRM from '@salesforce/label/c.Atlas_BC_Member_Remove_Confirm';
import REMOVE_FAILED from '@salesforce/label/c.Atlas_BC_Member_Remove_Failed';
import EDIT from '@salesforce/label/c.Atlas_BC_Action_Edit';
import REMOVE from '@salesforce/label/c.Atlas_BC_Action_Remove';
import ACTIONS_FOR from '@salesforce/label/c.Atlas_BC_Actions_For';
import NOT_SET from '@salesforce/label/c.Atlas_BC_Not_Set';
import CONTACT from '@salesforce/label/c.Atlas_BC_Member_Contact';
import CONTACT_SEARCH from '@salesforce/label/c.Atlas_BC_Member_Contact_Search';
import NEW_CONTACT from '@salesforce/label/c.Atlas_BC_Contact_New_Button';
import CONTACT_CREATED from '@salesforce/label/c.Atlas_BC_Contact_Created';
import ROLE from '@salesforce/label/c.Atlas_BC_Member_Role';
import INFLUENCE from '@salesforce/label/c.Atlas_BC_Member_Influence';
import SUPPORT from '@salesforce/label/c.Atlas_BC_Member_Support';
import COVERAGE from '@salesforce/label/c.Atlas_BC_Member_Coverage';
import ORIENTATION from '@salesforce/label/c.Atlas_BC_Member_Orientation';
import OWNER from '@salesforce/label/c.Atlas_BC_Member_Owner';
import INFLUENCES from '@salesforce/label/c.Atlas_BC_Member_Influences';
import ADVOCACY from '@salesforce/label/c.Atlas_BC_Member_Advocacy';
import LAST_REFERENCE from '@salesforce/label/c.Atlas_BC_Member_Last_Reference';
import INTRODUCED_BY from '@salesforce/label/c.Atlas_BC_Member_Introduced_By';
import OTHER_ACCOUNT from '@salesforce/label/c.Atlas_BC_Member_Other_Account';
import LAST_TOUCH from '@salesforce/label/c.Atlas_BC_Member_Last_Touch';
import LAST_TOUCH_HELP from '@salesforce/label/c.Atlas_BC_Member_Last_Touch_Help';
import PROFILE_URL from '@salesforce/label/c.Atlas_BC_Member_Profile_Url';
import PROFILE_URL_HELP from '@salesforce/label/c.Atlas_BC_Member_Profile_Url_Help';
import PROFILE_URL_NOT_WEB from '@salesforce/label/c.Atlas_BC_Member_Profile_Url_Not_Web';
import PROFILE_URL_MALFORMED from '@salesforce/label/c.Atlas_BC_Member_Profile_Url_Malformed';
import FRESHNESS from '@salesforce/label/c.Atlas_BC_Member_Freshness';
import CH_ACCESS from '@salesforce/label/c.Atlas_BC_Champion_Access';
import CH_SELLS from '@salesforce/label/c.Atlas_BC_Champion_Sells';
import CH_GAINS from '@salesforce/label/c.Atlas_BC_Champion_Gains';
import CH_ACCESS_HELP from '@salesforce/label/c.Atlas_BC_Champion_Access_Help';
import CH_SELLS_HELP from '@salesforce/label/c.Atlas_BC_Champion_Sells_Help';
import CH_GAINS_HELP from '@salesforce/label/c.Atlas_BC_Champion_Gains_Help';
import CH_ACCESS_BY from '@salesforce/label/c.Atlas_BC_Champion_Access_By';
import CH_SELLS_BY from '@salesforce/label/c.Atlas_BC_Champion_Sells_By';
import CH_GAINS_BY from '@salesforce/label/c.Atlas_BC_Champion_Gains_By';
import CH_ACCESS_ON from '@salesforce/label/c.Atlas_BC_Champion_Access_On';
import CH_SELLS_ON from '@salesforce/label/c.Atlas_BC_Champion_Sells_On';
import CH_GAINS_ON from '@salesforce/label/c.Atlas_BC_Champion_Gains_On';
import CH_NOT_YET from '@salesforce/label/c.Atlas_BC_Champion_Not_Yet';
import CH_PASSED from '@salesforce/label/c.Atlas_BC_Champion_Passed';
import CH_FAILED from '@salesforce/label/c.Atlas_BC_Champion_Failed';
import CH_COUNTER from '@salesforce/label/c.Atlas_BC_Champion_Counter';
import CH_COUNTER_HELP from '@salesforce/label/c.Atlas_BC_Champion_Counter_Help';
import CH_NEEDS_VERIFIER from '@salesforce/label/c.Atlas_BC_Champion_Needs_Verifier';
import CH_NEEDS_DATE from '@salesforce/label/c.Atlas_BC_Champion_Needs_Date';
import CH_NEEDS_RESULT from '@salesforce/label/c.Atlas_BC_Champion_Needs_Result';

export const MEMBER_LABELS = {
    heading: HEADING,
    back: BACK,
    add: ADD,
    empty: EMPTY,
    noContacts: NO_CONTACTS,
    list: LIST,
    newHeading: NEW_HEADING,
    editHeading: EDIT_HEADING,
    saved: SAVED,
    duplicate: DUPLICATE,
    removed: REMOVED,
    removeConfirm: REMOVE_CONFIRM,
    removeFailed: REMOVE_FAILED,
    edit: EDIT,
    remove: REMOVE,
    actionsFor: ACTIONS_FOR,
    notSet: NOT_SET,
    contact: CONTACT,
    contactSearch: CONTACT_SEARCH,
    newContact: NEW_CONTACT,
    contactCreated: CONTACT_CREATED,
    role: ROLE,
    influence: INFLUENCE,
    support: SUPPORT,
    coverage: COVERAGE,
    orientation: ORIENTATION,
    owner: OWNER,
    influences: INFLUENCES,
    advocacy: ADVOCACY,
    lastReference: LAST_REFERENCE,
    introducedBy: INTRODUCED_BY,
    otherAccount: OTHER_ACCOUNT,
    lastTouch: LAST_TOUCH,
    lastTouchHelp: LAST_TOUCH_HELP,
    profileUrl: PROFILE_URL,
    profileUrlHelp: PROFILE_URL_HELP,
    profileUrlProblems: { 'not-web': PROFILE_URL_NOT_WEB, malformed: PROFILE_URL_MALFORMED },
    freshness: FRESHNESS,
    champion: {
        tests: {
            access: { test: CH_ACCESS, help: CH_ACCESS_HELP, by: CH_ACCESS_BY, on: CH_ACCESS_ON },
            sells: { test: CH_SELLS, help: CH_SELLS_HELP, by: CH_SELLS_BY, on: CH_SELLS_ON },
            gains: { test: CH_GAINS, help: CH_GAINS_HELP, by: CH_GAINS_BY, on: CH_GAINS_ON }
        },
        results: { Passed: CH_PASSED, Failed: CH_FAILED },
        notYet: CH_NOT_YET,
        counter: CH_COUNTER,
        counterHelp: CH_COUNTER_HELP
    },
    championProblems: {
        needsVerifier: CH_NEEDS_VERIFIER,
        needsDate: CH_NEEDS_DATE,
        needsResult: CH_NEEDS_RESULT
    }
};
