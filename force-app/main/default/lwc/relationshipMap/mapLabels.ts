// The custom labels of the Relationship Map panel.
import TITLE from '@salesforce/label/c.Atlas_RM_Title';
import LOADING from '@salesforce/label/c.Atlas_RM_Loading';
import LOAD_FAILED from '@salesforce/label/c.Atlas_RM_Load_Failed';
import EMPTY from '@salesforce/label/c.Atlas_RM_Empty';
import EMPTY_FILTER from '@salesforce/label/c.Atlas_RM_Empty_Filter';
import FILTER from '@salesforce/label/c.Atlas_RM_Filter';
import FILTER_ALL from '@salesforce/label/c.Atlas_RM_Filter_All';
import DOWNLOAD_PNG from '@salesforce/label/c.Atlas_RM_Download_PNG';
import DOWNLOAD_SVG from '@salesforce/label/c.Atlas_RM_Download_SVG';
import DOWNLOAD_FAILED from '@salesforce/label/c.Atlas_RM_Download_Failed';
import FILE_NAME from '@salesforce/label/c.Atlas_RM_File_Name';
import OWNER from '@salesforce/label/c.Atlas_RM_Owner';
import NO_OWNER from '@salesforce/label/c.Atlas_RM_No_Owner';
import NO_ROLE from '@salesforce/label/c.Atlas_RM_No_Role';
import UNKNOWN from '@salesforce/label/c.Atlas_RM_Unknown';
import PERSON from '@salesforce/label/c.Atlas_RM_Person_Description';
import PERSON_ADVOCACY from '@salesforce/label/c.Atlas_RM_Person_Advocacy';
import EXTERNAL_INTRODUCER from '@salesforce/label/c.Atlas_RM_External_Introducer';
import EXTERNAL_ACCOUNT_UNKNOWN from '@salesforce/label/c.Atlas_RM_External_Introducer_Unknown_Account';

export const MAP_LABELS = {
    title: TITLE,
    loading: LOADING,
    loadFailed: LOAD_FAILED,
    empty: EMPTY,
    emptyFilter: EMPTY_FILTER,
    filter: FILTER,
    filterAll: FILTER_ALL,
    downloadPng: DOWNLOAD_PNG,
    downloadSvg: DOWNLOAD_SVG,
    downloadFailed: DOWNLOAD_FAILED,
    fileName: FILE_NAME,
    owner: OWNER,
    noOwner: NO_OWNER,
    noRole: NO_ROLE,
    unknown: UNKNOWN,
    person: PERSON,
    personAdvocacy: PERSON_ADVOCACY,
    externalIntroducer: EXTERNAL_INTRODUCER,
    externalAccountUnknown: EXTERNAL_ACCOUNT_UNKNOWN
};
