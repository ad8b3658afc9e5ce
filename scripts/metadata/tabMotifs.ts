// The tab styles (CustomTab.motif) the project may use, each with a Salesforce-maintained project that
// deploys it. The authoritative list is the MotifName picklist of the Tooling API's CustomTab describe,
// which needs an org (`atlas doctor` compares against it); offline, a motif counts as real when a
// trailheadapps sample app ships it. Add a row, with its source, before using another motif.
// check-metadata-ignore-file: the sources name other projects' objects (Order__c, Market__c…).

export interface CitedMotif {
    readonly motif: string;
    /** A trailheadapps repository and file that deploys this motif. */
    readonly source: string;
}

export const CITED_MOTIFS: readonly CitedMotif[] = [
    {
        motif: 'Custom11: Star',
        source: 'trailheadapps/ecars force-app/main/default/tabs/Car_Configurator.tab-meta.xml'
    },
    {
        motif: 'Custom13: Box',
        source: 'trailheadapps/ebikes-lwc force-app/main/default/tabs/Order__c.tab-meta.xml'
    },
    {
        motif: 'Custom18: Form',
        source: 'trailheadapps/ebikes-lwc force-app/main/default/tabs/Product_Family__c.tab-meta.xml'
    },
    {
        motif: 'Custom24: Building',
        source: 'trailheadapps/easy-spaces-lwc es-base-objects/main/default/tabs/Market__c.tab-meta.xml'
    },
    {
        motif: 'Custom26: Flag',
        source: 'trailheadapps/dreaminvest force-app/main/default/tabs/Sector_List.tab-meta.xml'
    },
    {
        motif: 'Custom78: Map',
        source: 'trailheadapps/dreamhouse-lwc force-app/main/default/tabs/Property_Finder.tab-meta.xml'
    }
];
