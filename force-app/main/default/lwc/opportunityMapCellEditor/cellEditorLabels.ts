// The custom labels of the opportunity map cell editor.
import HEADING from '@salesforce/label/c.Atlas_OM_Cell_Heading';
import EDIT_HEADING from '@salesforce/label/c.Atlas_OM_Cell_Edit_Heading';
import BLOCK_HEADING from '@salesforce/label/c.Atlas_OM_Cell_Block_Heading';
import OPPORTUNITY_HEADING from '@salesforce/label/c.Atlas_OM_Cell_Opportunity_Heading';
import CREATE_OPPORTUNITY from '@salesforce/label/c.Atlas_OM_Cell_Create_Opportunity';
import OPEN_OPPORTUNITY from '@salesforce/label/c.Atlas_OM_Cell_Open_Opportunity';
import BLOCK from '@salesforce/label/c.Atlas_OM_Cell_Block';
import CLOSE from '@salesforce/label/c.Atlas_OM_Cell_Close';
import STATUS from '@salesforce/label/c.Atlas_OM_Field_Status';
import POTENTIAL_VALUE from '@salesforce/label/c.Atlas_OM_Field_Potential_Value';
import CURRENT_VALUE from '@salesforce/label/c.Atlas_OM_Field_Current_Value';
import COMPETITOR from '@salesforce/label/c.Atlas_OM_Field_Competitor';
import RENEWAL_DATE from '@salesforce/label/c.Atlas_OM_Field_Renewal_Date';
import BLOCKED_REASON from '@salesforce/label/c.Atlas_OM_Field_Blocked_Reason';
import OPPORTUNITY_NAME from '@salesforce/label/c.Atlas_OM_Field_Opportunity_Name';
import STAGE from '@salesforce/label/c.Atlas_OM_Field_Stage';
import CLOSE_DATE from '@salesforce/label/c.Atlas_OM_Field_Close_Date';
import AMOUNT from '@salesforce/label/c.Atlas_OM_Field_Amount';

export const CELL_EDITOR_LABELS = {
    heading: HEADING,
    editHeading: EDIT_HEADING,
    blockHeading: BLOCK_HEADING,
    opportunityHeading: OPPORTUNITY_HEADING,
    createOpportunity: CREATE_OPPORTUNITY,
    openOpportunity: OPEN_OPPORTUNITY,
    block: BLOCK,
    close: CLOSE,
    status: STATUS,
    potentialValue: POTENTIAL_VALUE,
    currentValue: CURRENT_VALUE,
    competitor: COMPETITOR,
    renewalDate: RENEWAL_DATE,
    blockedReason: BLOCKED_REASON,
    opportunityName: OPPORTUNITY_NAME,
    stage: STAGE,
    closeDate: CLOSE_DATE,
    amount: AMOUNT
};
