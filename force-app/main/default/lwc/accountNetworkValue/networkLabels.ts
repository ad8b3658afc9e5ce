// The custom labels of the customer network value section.
import DEALS from '@salesforce/label/c.Atlas_NV_Deals';
import EMPTY from '@salesforce/label/c.Atlas_NV_Empty';
import INSIDE from '@salesforce/label/c.Atlas_NV_Inside';
import INTRODUCED from '@salesforce/label/c.Atlas_NV_Introduced';
import LOAD_FAILED from '@salesforce/label/c.Atlas_NV_Load_Failed';
import LOADING from '@salesforce/label/c.Atlas_NV_Loading';
import NETWORK from '@salesforce/label/c.Atlas_NV_Network';
import NETWORK_HELP from '@salesforce/label/c.Atlas_NV_Network_Help';
import OPEN from '@salesforce/label/c.Atlas_NV_Open';
import OWN from '@salesforce/label/c.Atlas_NV_Own';
import OWN_HELP from '@salesforce/label/c.Atlas_NV_Own_Help';
import REFERRED from '@salesforce/label/c.Atlas_NV_Referred';
import STATUS_OPEN from '@salesforce/label/c.Atlas_NV_Status_Open';
import STATUS_WON from '@salesforce/label/c.Atlas_NV_Status_Won';
import TITLE from '@salesforce/label/c.Atlas_NV_Title';
import WON from '@salesforce/label/c.Atlas_NV_Won';

export const NETWORK_LABELS = {
    deals: DEALS,
    empty: EMPTY,
    inside: INSIDE,
    introduced: INTRODUCED,
    loadFailed: LOAD_FAILED,
    loading: LOADING,
    network: NETWORK,
    networkHelp: NETWORK_HELP,
    open: OPEN,
    own: OWN,
    ownHelp: OWN_HELP,
    referred: REFERRED,
    statusOpen: STATUS_OPEN,
    statusWon: STATUS_WON,
    title: TITLE,
    won: WON
} as const;
