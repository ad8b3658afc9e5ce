// The follow-ups the Deal Score panel lists after the scored next actions: they add no points, so each
// carries a badge ("Follow-up", "Reference") instead of a gain. Meet a decision maker or coach gone
// stale (c/dealScoring relationshipFollowUps, with the settings the score uses), and, for a deal that
// competes with no reference lined up, the advocates to ask (c/referenceSuggestions).
import { relationshipFollowUps } from 'c/dealScoring';
import { dealScoringInputOf, formatLabel } from 'c/atlasData';
import type { DealScoreData } from 'c/atlasData';
import type { NextActionView } from 'c/dealNextActions';
import { referenceSuggestions } from 'c/referenceSuggestions';
import type { AdvocateCandidate } from 'c/referenceSuggestions';
import { dealScoringConfigFor } from 'c/scoringSettingsText';
import { localeStyle } from 'c/atlasMessages';
import LOCALE from '@salesforce/i18n/locale';
import { DEAL_SCORE_LABELS as LABELS } from './dealScoreLabels';
import { words } from './dealScoreView';

/** Record dates in the user's locale (Sep 15, 2026). */
const DATES = localeStyle({}, LOCALE);

export function followUpViews(deal: DealScoreData, asOf: string): NextActionView[] {
    const input = dealScoringInputOf(deal, asOf);
    if (!input || deal.opportunity?.IsClosed === true) {
        return [];
    }
    return relationshipFollowUps(input, dealScoringConfigFor(deal.settings)).map((followUp) => ({
        key: `${followUp.code}-${followUp.memberId}`,
        message: words(followUp.message),
        gainText: LABELS.actionFollowUp,
        criterionId: null,
        linkLabel: ''
    }));
}

/** The advocates to ask, least recently asked first, as next actions. */
export function referenceViews(deal: DealScoreData): NextActionView[] {
    const opportunity = deal.opportunity;
    if (!opportunity) {
        return [];
    }
    const competitor = deal.primaryCompetitor ?? '';
    const suggestions = referenceSuggestions(
        {
            isClosed: opportunity.IsClosed === true,
            stage: opportunity.StageName ?? null,
            accountId: opportunity.AccountId ?? null,
            industry: deal.accountIndustry ?? null,
            buyingCenterId: opportunity.Buying_Center__c ?? null,
            primaryCompetitor: competitor,
            referenceMemberId: opportunity.Reference_Member__c ?? null,
            dealContactIds: deal.members.map((member) => member.Contact__c)
        },
        deal.criteria,
        deal.advocates ?? []
    );
    return suggestions.map((advocate) => ({
        key: `ASK_REFERENCE-${advocate.memberId}`,
        message: askMessage(advocate, opportunity.AccountId ?? null, competitor),
        gainText: LABELS.actionReference,
        criterionId: null,
        linkLabel: ''
    }));
}

/** "Ask Marcus Bell (Retail Banking - Digital Channels, last a reference Sep 15, 2026) …" */
function askMessage(advocate: AdvocateCandidate, accountId: string | null, competitor: string) {
    // Inside the account the buying center says where they sit; elsewhere their company does.
    const where =
        advocate.accountId === accountId ? advocate.buyingCenterName : advocate.accountName;
    return advocate.lastReferenceDate
        ? formatLabel(
              LABELS.askReference,
              advocate.name,
              where,
              DATES.date(advocate.lastReferenceDate),
              competitor
          )
        : formatLabel(LABELS.askReferenceNew, advocate.name, where, competitor);
}
