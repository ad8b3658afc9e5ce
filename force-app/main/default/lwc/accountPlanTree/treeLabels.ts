// The custom labels of the account plan tree.
import TREE from '@salesforce/label/c.Atlas_AP_Tree_Label';
import OWNER from '@salesforce/label/c.Atlas_AP_Field_Owner';
import DUE from '@salesforce/label/c.Atlas_AP_Field_Due_Date';
import STATUS from '@salesforce/label/c.Atlas_AP_Field_Status';
import MEASURE from '@salesforce/label/c.Atlas_AP_Field_Measure';
import TARGET from '@salesforce/label/c.Atlas_AP_Field_Target';
import BUYING_CENTER from '@salesforce/label/c.Atlas_AP_Field_Buying_Center';
import MAP from '@salesforce/label/c.Atlas_AP_Field_Map';
import OPPORTUNITY from '@salesforce/label/c.Atlas_AP_Field_Opportunity';
import CAMPAIGN from '@salesforce/label/c.Atlas_AP_Field_Campaign';
import OVERDUE from '@salesforce/label/c.Atlas_AP_Overdue';
import EDIT from '@salesforce/label/c.Atlas_AP_Action_Edit';
import DELETE from '@salesforce/label/c.Atlas_AP_Action_Delete';
import NO_STRATEGIES from '@salesforce/label/c.Atlas_AP_No_Strategies';
import NO_ACTIONS from '@salesforce/label/c.Atlas_AP_No_Actions';
import STRATEGIES from '@salesforce/label/c.Atlas_AP_Strategies_Of';
import ACTIONS from '@salesforce/label/c.Atlas_AP_Actions_Of';

export const TREE_LABELS = {
    tree: TREE,
    owner: OWNER,
    due: DUE,
    status: STATUS,
    measure: MEASURE,
    target: TARGET,
    buyingCenter: BUYING_CENTER,
    map: MAP,
    opportunity: OPPORTUNITY,
    campaign: CAMPAIGN,
    overdue: OVERDUE,
    edit: EDIT,
    delete: DELETE,
    noStrategies: NO_STRATEGIES,
    noActions: NO_ACTIONS,
    strategies: STRATEGIES,
    actions: ACTIONS
};
