// The words for a person's last touch, stale mark and profile link, shared by the member cards and
// the relationship map: custom labels, the user's plural rules ("Last touch 124 days ago (entered,
// Aug 5, 2026)"). The judgement itself is c/relationshipFreshness's.
import LAST_TOUCH_TODAY from '@salesforce/label/c.Atlas_RF_Last_Touch_Today';
import LAST_TOUCH_ONE from '@salesforce/label/c.Atlas_RF_Last_Touch_One';
import LAST_TOUCH_OTHER from '@salesforce/label/c.Atlas_RF_Last_Touch_Other';
import NO_TOUCH from '@salesforce/label/c.Atlas_RF_No_Touch';
import FROM_ACTIVITY from '@salesforce/label/c.Atlas_RF_From_Activity';
import FROM_ENTERED from '@salesforce/label/c.Atlas_RF_From_Entered';
import STALE from '@salesforce/label/c.Atlas_RF_Stale';
import STALE_SENTENCE from '@salesforce/label/c.Atlas_RF_Stale_Sentence';
import PROFILE from '@salesforce/label/c.Atlas_RF_Profile';
import PROFILE_OF from '@salesforce/label/c.Atlas_RF_Profile_Of';
import LOCALE from '@salesforce/i18n/locale';
import { formatLabel } from 'c/atlasData';
import type { Freshness } from 'c/relationshipFreshness';

export const FRESHNESS_LABELS = {
    stale: STALE,
    staleSentence: STALE_SENTENCE,
    profile: PROFILE,
    profileOf: PROFILE_OF,
    noTouch: NO_TOUCH
};

const PLURALS = new Intl.PluralRules(LOCALE);

/** "Last touch 124 days ago (entered, Aug 5, 2026)", or "No touch recorded". */
export function touchText(freshness: Freshness, formatDate: (iso: string) => string): string {
    const { touch, days } = freshness;
    if (touch === null || days === null) {
        return NO_TOUCH;
    }
    let ago: string;
    if (days === 0) {
        ago = LAST_TOUCH_TODAY;
    } else {
        ago = formatLabel(
            PLURALS.select(days) === 'one' ? LAST_TOUCH_ONE : LAST_TOUCH_OTHER,
            String(days)
        );
    }
    return formatLabel(
        touch.source === 'activity' ? FROM_ACTIVITY : FROM_ENTERED,
        ago,
        formatDate(touch.date)
    );
}

/** The link's accessible name: whose profile, and that it opens a new tab. */
export function profileLinkLabel(name: string): string {
    return formatLabel(PROFILE_OF, name);
}

/** "Stale relationship: not touched for more than 90 days." */
export function staleSentence(staleAfterDays: number): string {
    return formatLabel(STALE_SENTENCE, String(staleAfterDays));
}
