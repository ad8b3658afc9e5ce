// The custom labels of the deal competitors' messages (c/dealScoring's competitorRisks.ts and the
// qualification line a competitor's position sets).
import Atlas_DSM_Risk_Competitor_Cannot_Win from '@salesforce/label/c.Atlas_DSM_Risk_Competitor_Cannot_Win';
import Atlas_DSM_Risk_Competitor_Cannot_Compete from '@salesforce/label/c.Atlas_DSM_Risk_Competitor_Cannot_Compete';
import Atlas_DSM_State_Against_Competitor from '@salesforce/label/c.Atlas_DSM_State_Against_Competitor';

export const COMPETITOR_TEXTS = {
    Atlas_DSM_Risk_Competitor_Cannot_Win,
    Atlas_DSM_Risk_Competitor_Cannot_Compete,
    Atlas_DSM_State_Against_Competitor
};
