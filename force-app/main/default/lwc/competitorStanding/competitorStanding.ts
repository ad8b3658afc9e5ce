// A deal's competitors as a rep keeps them (Deal_Competitor__c): the form's draft and its checks,
// the fields a save writes, and where we stand against each competitor, as codes a panel words.
export * from './competitorDraft';
export * from './standing';
