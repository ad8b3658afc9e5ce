// The custom labels of the Opportunity Map panel.
import TITLE from '@salesforce/label/c.Atlas_OM_Title';
import MAP_PICKER from '@salesforce/label/c.Atlas_OM_Map_Picker';
import NEW_MAP from '@salesforce/label/c.Atlas_OM_New_Map';
import NEW_MAP_HEADING from '@salesforce/label/c.Atlas_OM_New_Map_Heading';
import LOADING from '@salesforce/label/c.Atlas_OM_Loading';
import LOAD_FAILED from '@salesforce/label/c.Atlas_OM_Load_Failed';
import EMPTY_MAPS from '@salesforce/label/c.Atlas_OM_Empty_Maps';
import EMPTY_MAPS_READ_ONLY from '@salesforce/label/c.Atlas_OM_Empty_Maps_Read_Only';
import NO_BUYING_CENTERS from '@salesforce/label/c.Atlas_OM_No_Buying_Centers';
import NO_SOLUTIONS from '@salesforce/label/c.Atlas_OM_No_Solutions';
import READ_ONLY from '@salesforce/label/c.Atlas_OM_Read_Only';
import MAP_SAVED from '@salesforce/label/c.Atlas_OM_Map_Saved';
import MAP_NOT_SAVED from '@salesforce/label/c.Atlas_OM_Map_Not_Saved';
import CELL_SAVED from '@salesforce/label/c.Atlas_OM_Cell_Saved';
import CELL_DUPLICATE from '@salesforce/label/c.Atlas_OM_Cell_Duplicate';
import OPPORTUNITY_CREATED from '@salesforce/label/c.Atlas_OM_Opportunity_Created';
import OPPORTUNITY_NOT_LINKED from '@salesforce/label/c.Atlas_OM_Opportunity_Not_Linked';
import OPPORTUNITY_DEFAULT_NAME from '@salesforce/label/c.Atlas_OM_Opportunity_Default_Name';
import MAP_NAME from '@salesforce/label/c.Atlas_OM_Map_Field_Name';
import MAP_START from '@salesforce/label/c.Atlas_OM_Map_Field_Start';
import MAP_END from '@salesforce/label/c.Atlas_OM_Map_Field_End';
import MAP_STATUS from '@salesforce/label/c.Atlas_OM_Map_Field_Status';
import PERIOD from '@salesforce/label/c.Atlas_OM_Period';
import LEGEND from '@salesforce/label/c.Atlas_OM_Legend';
import PENETRATION_HELP from '@salesforce/label/c.Atlas_OM_Penetration_Help';
import LEFT_OUT_HEADING from '@salesforce/label/c.Atlas_OM_Left_Out_Heading';
import INACTIVE_SOLUTION from '@salesforce/label/c.Atlas_OM_Left_Out_INACTIVE_SOLUTION';
import UNKNOWN_SOLUTION from '@salesforce/label/c.Atlas_OM_Left_Out_UNKNOWN_SOLUTION';
import UNKNOWN_BUYING_CENTER from '@salesforce/label/c.Atlas_OM_Left_Out_UNKNOWN_BUYING_CENTER';
import DUPLICATE_CELL from '@salesforce/label/c.Atlas_OM_Left_Out_DUPLICATE_CELL';
import TOTAL_CURRENT from '@salesforce/label/c.Atlas_OM_Total_Current';
import TOTAL_OPEN from '@salesforce/label/c.Atlas_OM_Total_Open';
import STATUS_CURRENT from '@salesforce/label/c.Atlas_OM_Status_Current';
import STATUS_PURSUING from '@salesforce/label/c.Atlas_OM_Status_Pursuing';
import STATUS_POTENTIAL from '@salesforce/label/c.Atlas_OM_Status_Potential';
import STATUS_COMPETITOR from '@salesforce/label/c.Atlas_OM_Status_Competitor';
import STATUS_BLOCKED from '@salesforce/label/c.Atlas_OM_Status_Blocked';
import STATUS_NOT_A_FIT from '@salesforce/label/c.Atlas_OM_Status_Not_A_Fit';
import STATUS_EMPTY from '@salesforce/label/c.Atlas_OM_Status_Empty';
import PURSUING_BUT_CLOSED from '@salesforce/label/c.Atlas_OM_Conflict_PURSUING_BUT_CLOSED';
import CURRENT_WITH_OPEN_OPPORTUNITY from '@salesforce/label/c.Atlas_OM_Conflict_CURRENT_WITH_OPEN_OPPORTUNITY';
import POTENTIAL_WITH_OPEN_OPPORTUNITY from '@salesforce/label/c.Atlas_OM_Conflict_POTENTIAL_WITH_OPEN_OPPORTUNITY';
import OPPORTUNITY_NOT_FOUND from '@salesforce/label/c.Atlas_OM_Conflict_OPPORTUNITY_NOT_FOUND';

export const MAP_LABELS = {
    title: TITLE,
    mapPicker: MAP_PICKER,
    newMap: NEW_MAP,
    newMapHeading: NEW_MAP_HEADING,
    loading: LOADING,
    loadFailed: LOAD_FAILED,
    emptyMaps: EMPTY_MAPS,
    emptyMapsReadOnly: EMPTY_MAPS_READ_ONLY,
    noBuyingCenters: NO_BUYING_CENTERS,
    noSolutions: NO_SOLUTIONS,
    readOnly: READ_ONLY,
    mapSaved: MAP_SAVED,
    mapNotSaved: MAP_NOT_SAVED,
    cellSaved: CELL_SAVED,
    cellDuplicate: CELL_DUPLICATE,
    opportunityCreated: OPPORTUNITY_CREATED,
    opportunityNotLinked: OPPORTUNITY_NOT_LINKED,
    opportunityDefaultName: OPPORTUNITY_DEFAULT_NAME,
    mapName: MAP_NAME,
    mapStart: MAP_START,
    mapEnd: MAP_END,
    mapStatus: MAP_STATUS,
    period: PERIOD,
    legend: LEGEND,
    penetrationHelp: PENETRATION_HELP,
    leftOutHeading: LEFT_OUT_HEADING,
    totalCurrent: TOTAL_CURRENT,
    totalOpen: TOTAL_OPEN
};

/** Why business the map holds is not in the grid's totals ({0} = the solution or record). */
export const LEFT_OUT_TEXT: Record<string, string> = {
    INACTIVE_SOLUTION,
    UNKNOWN_SOLUTION,
    UNKNOWN_BUYING_CENTER,
    DUPLICATE_CELL
};

/** Each cell status in words: shown in the cell and the legend, so colour is never the only cue. */
export const STATUS_TEXT: Record<string, string> = {
    Current: STATUS_CURRENT,
    Pursuing: STATUS_PURSUING,
    Potential: STATUS_POTENTIAL,
    Competitor: STATUS_COMPETITOR,
    Blocked: STATUS_BLOCKED,
    'Not a Fit': STATUS_NOT_A_FIT,
    '': STATUS_EMPTY
};

/** whiteSpace's status conflicts in words ({0} = the opportunity's name). */
export const CONFLICT_TEXT: Record<string, string> = {
    PURSUING_BUT_CLOSED,
    CURRENT_WITH_OPEN_OPPORTUNITY,
    POTENTIAL_WITH_OPEN_OPPORTUNITY,
    OPPORTUNITY_NOT_FOUND
};
