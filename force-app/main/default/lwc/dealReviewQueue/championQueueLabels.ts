// The custom labels of the deal review's champion and economic buyer questions and their gaps
// (c/dealCoaching's coachingQuestions.ts), spread into queueLabels' maps.
import Atlas_DRQ_Champion_Failed from '@salesforce/label/c.Atlas_DRQ_Champion_Failed';
import Atlas_DRQ_Champion_Untested from '@salesforce/label/c.Atlas_DRQ_Champion_Untested';
import Atlas_DRQ_No_Champion from '@salesforce/label/c.Atlas_DRQ_No_Champion';
import Atlas_DRQ_No_Economic_Buyer from '@salesforce/label/c.Atlas_DRQ_No_Economic_Buyer';
import Atlas_DRG_CHAMPION_FAILED from '@salesforce/label/c.Atlas_DRG_CHAMPION_FAILED';
import Atlas_DRG_CHAMPION_UNTESTED from '@salesforce/label/c.Atlas_DRG_CHAMPION_UNTESTED';
import Atlas_DRG_NO_CHAMPION from '@salesforce/label/c.Atlas_DRG_NO_CHAMPION';
import Atlas_DRG_NO_ECONOMIC_BUYER from '@salesforce/label/c.Atlas_DRG_NO_ECONOMIC_BUYER';

export const CHAMPION_COACHING_TEXTS = {
    Atlas_DRQ_Champion_Failed,
    Atlas_DRQ_Champion_Untested,
    Atlas_DRQ_No_Champion,
    Atlas_DRQ_No_Economic_Buyer
};

export const CHAMPION_GAP_TEXTS = {
    CHAMPION_FAILED: Atlas_DRG_CHAMPION_FAILED,
    CHAMPION_UNTESTED: Atlas_DRG_CHAMPION_UNTESTED,
    NO_CHAMPION: Atlas_DRG_NO_CHAMPION,
    NO_ECONOMIC_BUYER: Atlas_DRG_NO_ECONOMIC_BUYER
};
