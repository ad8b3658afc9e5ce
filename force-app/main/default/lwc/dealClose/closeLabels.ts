// The custom labels of the close-the-deal form.
import OPEN from '@salesforce/label/c.Atlas_DS_Close_Open';
import HEADING from '@salesforce/label/c.Atlas_DS_Close_Heading';
import OUTCOME from '@salesforce/label/c.Atlas_DS_Close_Outcome';
import WON from '@salesforce/label/c.Atlas_DS_Close_Won';
import LOST from '@salesforce/label/c.Atlas_DS_Close_Lost';
import STAGE from '@salesforce/label/c.Atlas_DS_Close_Stage';
import LOSS_REASON from '@salesforce/label/c.Atlas_DS_Close_Loss_Reason';
import REASON_NEEDED from '@salesforce/label/c.Atlas_DS_Close_Loss_Reason_Needed';
import COMPETITOR from '@salesforce/label/c.Atlas_DS_Close_Competitor';
import COMPETITOR_NEEDED from '@salesforce/label/c.Atlas_DS_Close_Competitor_Needed';
import COMPETITOR_CHOOSE from '@salesforce/label/c.Atlas_DS_Close_Competitor_Choose';
import COMPETITOR_ANOTHER from '@salesforce/label/c.Atlas_DS_Close_Competitor_Another';
import COMPETITOR_NAME from '@salesforce/label/c.Atlas_DS_Close_Competitor_Name';
import COMPETITOR_NAME_NEEDED from '@salesforce/label/c.Atlas_DS_Close_Competitor_Name_Needed';
import DATE from '@salesforce/label/c.Atlas_DS_Close_Date';
import DATE_NEEDED from '@salesforce/label/c.Atlas_DS_Close_Date_Needed';
import DATE_FUTURE from '@salesforce/label/c.Atlas_DS_Close_Date_Future';
import DATE_LONG_AGO from '@salesforce/label/c.Atlas_DS_Close_Date_Long_Ago';
import SAVE_WON from '@salesforce/label/c.Atlas_DS_Close_Save_Won';
import SAVE_LOST from '@salesforce/label/c.Atlas_DS_Close_Save_Lost';
import CANCEL from '@salesforce/label/c.Atlas_DS_Close_Cancel';
import SAVING from '@salesforce/label/c.Atlas_DS_Close_Saving';
import NO_STAGES from '@salesforce/label/c.Atlas_DS_Close_No_Stages';
import STAGE_NEEDED from '@salesforce/label/c.Atlas_DS_Close_Stage_Needed';

export const CLOSE_LABELS = {
    open: OPEN,
    heading: HEADING,
    outcome: OUTCOME,
    won: WON,
    lost: LOST,
    stage: STAGE,
    lossReason: LOSS_REASON,
    reasonNeeded: REASON_NEEDED,
    competitor: COMPETITOR,
    competitorNeeded: COMPETITOR_NEEDED,
    competitorChoose: COMPETITOR_CHOOSE,
    competitorAnother: COMPETITOR_ANOTHER,
    competitorName: COMPETITOR_NAME,
    competitorNameNeeded: COMPETITOR_NAME_NEEDED,
    date: DATE,
    dateNeeded: DATE_NEEDED,
    dateFuture: DATE_FUTURE,
    dateLongAgo: DATE_LONG_AGO,
    saveWon: SAVE_WON,
    saveLost: SAVE_LOST,
    cancel: CANCEL,
    saving: SAVING,
    noStages: NO_STAGES,
    stageNeeded: STAGE_NEEDED
};
