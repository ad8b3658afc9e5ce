// The custom labels of the scoring settings form.
import HEADING from '@salesforce/label/c.Atlas_SS_Heading';
import INTRO from '@salesforce/label/c.Atlas_SS_Intro';
import DEFAULTS_IN_USE from '@salesforce/label/c.Atlas_SS_Defaults_In_Use';
import WEIGHTS_HEADING from '@salesforce/label/c.Atlas_SS_Weights_Heading';
import WEIGHTS_TOTAL from '@salesforce/label/c.Atlas_SS_Weights_Total';
import BANDS_HEADING from '@salesforce/label/c.Atlas_SS_Bands_Heading';
import LIMITS_HEADING from '@salesforce/label/c.Atlas_SS_Limits_Heading';
import HISTORY_HEADING from '@salesforce/label/c.Atlas_SS_History_Heading';
import UNKNOWN_HEADING from '@salesforce/label/c.Atlas_SS_Unknown_Heading';
import HISTORY_QUARTERS from '@salesforce/label/c.Atlas_SS_History_Quarters';
import UNKNOWN_EVIDENCE_CREDIT from '@salesforce/label/c.Atlas_SS_Unknown_Evidence_Credit';
import UNKNOWN_QUALIFICATION_CREDIT from '@salesforce/label/c.Atlas_SS_Unknown_Qualification_Credit';
import UNKNOWN_RELATIONSHIPS_CREDIT from '@salesforce/label/c.Atlas_SS_Unknown_Relationships_Credit';
import EVIDENCE_WEIGHT from '@salesforce/label/c.Atlas_SS_Evidence_Weight';
import QUALIFICATION_WEIGHT from '@salesforce/label/c.Atlas_SS_Qualification_Weight';
import RELATIONSHIPS_WEIGHT from '@salesforce/label/c.Atlas_SS_Relationships_Weight';
import HYGIENE_WEIGHT from '@salesforce/label/c.Atlas_SS_Hygiene_Weight';
import AT_RISK_BELOW from '@salesforce/label/c.Atlas_SS_At_Risk_Below';
import WATCH_BELOW from '@salesforce/label/c.Atlas_SS_Watch_Below';
import STALE_ACTIVITY_DAYS from '@salesforce/label/c.Atlas_SS_Stale_Activity_Days';
import STALE_RELATIONSHIP_DAYS from '@salesforce/label/c.Atlas_SS_Stale_Relationship_Days';
import DAYS_IN_STAGE from '@salesforce/label/c.Atlas_SS_Days_In_Stage';
import SAVE from '@salesforce/label/c.Atlas_SS_Save';
import UNDO from '@salesforce/label/c.Atlas_SS_Undo';
import SAVED from '@salesforce/label/c.Atlas_SS_Saved';
import SAVE_FAILED from '@salesforce/label/c.Atlas_SS_Save_Failed';
import FIX_VALUES from '@salesforce/label/c.Atlas_SS_Fix_Values';
import READ_ONLY from '@salesforce/label/c.Atlas_SS_Read_Only';
import SAVED_MEANWHILE from '@salesforce/label/c.Atlas_SS_Saved_Meanwhile';
import PREVIEW_HEADING from '@salesforce/label/c.Atlas_SS_Preview_Heading';
import PREVIEW_INTRO from '@salesforce/label/c.Atlas_SS_Preview_Intro';
import type { SettingField, SettingGroup } from 'c/scoringSettings';

export const FORM_LABELS = {
    heading: HEADING,
    intro: INTRO,
    defaultsInUse: DEFAULTS_IN_USE,
    weightsTotal: WEIGHTS_TOTAL,
    save: SAVE,
    undo: UNDO,
    saved: SAVED,
    saveFailed: SAVE_FAILED,
    fixValues: FIX_VALUES,
    readOnly: READ_ONLY,
    savedMeanwhile: SAVED_MEANWHILE,
    previewHeading: PREVIEW_HEADING,
    previewIntro: PREVIEW_INTRO
};

export const GROUP_HEADINGS: Readonly<Record<SettingGroup, string>> = {
    weights: WEIGHTS_HEADING,
    bands: BANDS_HEADING,
    limits: LIMITS_HEADING,
    history: HISTORY_HEADING,
    unknown: UNKNOWN_HEADING
};

export const FIELD_LABELS: Readonly<Record<SettingField, string>> = {
    Evidence_Weight__c: EVIDENCE_WEIGHT,
    Qualification_Weight__c: QUALIFICATION_WEIGHT,
    Relationships_Weight__c: RELATIONSHIPS_WEIGHT,
    Hygiene_Weight__c: HYGIENE_WEIGHT,
    At_Risk_Below__c: AT_RISK_BELOW,
    Watch_Below__c: WATCH_BELOW,
    Stale_Activity_Days__c: STALE_ACTIVITY_DAYS,
    Stale_Relationship_Days__c: STALE_RELATIONSHIP_DAYS,
    Days_In_Stage__c: DAYS_IN_STAGE,
    History_Quarters__c: HISTORY_QUARTERS,
    Unknown_Evidence_Credit__c: UNKNOWN_EVIDENCE_CREDIT,
    Unknown_Qualification_Credit__c: UNKNOWN_QUALIFICATION_CREDIT,
    Unknown_Relationships_Credit__c: UNKNOWN_RELATIONSHIPS_CREDIT
};
