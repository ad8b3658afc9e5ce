// The words for a person's champion and economic buyer marks, shared by the member cards and the
// relationship map: custom labels ("Champion, failed: access to the economic buyer"). The
// judgement itself is c/buyingCenterCoverage's (championMarkOf), the deal score's own.
import TESTED from '@salesforce/label/c.Atlas_CH_Mark_Tested';
import UNTESTED from '@salesforce/label/c.Atlas_CH_Mark_Untested';
import PARTLY_TESTED from '@salesforce/label/c.Atlas_CH_Mark_Partly_Tested';
import FAILED from '@salesforce/label/c.Atlas_CH_Mark_Failed';
import ECONOMIC_BUYER from '@salesforce/label/c.Atlas_CH_Mark_Economic_Buyer';
import BADGE_TESTED from '@salesforce/label/c.Atlas_CH_Badge_Tested';
import BADGE_UNTESTED from '@salesforce/label/c.Atlas_CH_Badge_Untested';
import BADGE_FAILED from '@salesforce/label/c.Atlas_CH_Badge_Failed';
import BADGE_ECONOMIC_BUYER from '@salesforce/label/c.Atlas_CH_Badge_Economic_Buyer';
import TEST_ACCESS from '@salesforce/label/c.Atlas_DSM_Champion_Test_Access';
import TEST_SELLS from '@salesforce/label/c.Atlas_DSM_Champion_Test_Sells';
import TEST_GAINS from '@salesforce/label/c.Atlas_DSM_Champion_Test_Gains';
import LIST_COMMA from '@salesforce/label/c.Atlas_MSG_List_Comma';
import LIST_AND from '@salesforce/label/c.Atlas_MSG_List_And';
import { formatLabel } from 'c/atlasData';
import { CHAMPION_TESTS } from 'c/buyingCenterCoverage';
import type { ChampionMark, ChampionStatus, ChampionTestKey } from 'c/buyingCenterCoverage';

/** A mark as shown: its kind (for styling and tests) and its words. */
export interface MarkText {
    key: 'champion-tested' | 'champion-untested' | 'champion-failed' | 'economic-buyer';
    text: string;
}

const TEST_WORDS: Readonly<Record<ChampionTestKey, string>> = {
    access: TEST_ACCESS,
    sells: TEST_SELLS,
    gains: TEST_GAINS
};

const BADGES: Readonly<Record<ChampionStatus, string>> = {
    tested: BADGE_TESTED,
    untested: BADGE_UNTESTED,
    failed: BADGE_FAILED
};

/** "access to the economic buyer and gains from our success". */
function testsInWords(keys: readonly ChampionTestKey[]): string {
    const words = keys.map((key) => TEST_WORDS[key]);
    if (words.length <= 1) {
        return words[0] ?? '';
    }
    const head = words.slice(0, -1).reduce((list, word) => formatLabel(LIST_COMMA, list, word));
    return formatLabel(LIST_AND, head, words[words.length - 1]);
}

/**
 * The marks in words: "Tested champion", "Champion, 2 of 3 tests passed", "Champion, not tested
 * yet", "Champion, failed: …", "Economic buyer".
 */
export function championMarkTexts(mark: ChampionMark): MarkText[] {
    const marks: MarkText[] = [];
    if (mark.champion === 'tested') {
        marks.push({ key: 'champion-tested', text: TESTED });
    } else if (mark.champion === 'untested') {
        // How far the testing is ("Champion, 2 of 3 tests passed"), none passed: "not tested yet".
        const text =
            mark.passedTests > 0
                ? formatLabel(PARTLY_TESTED, mark.passedTests, CHAMPION_TESTS.length)
                : UNTESTED;
        marks.push({ key: 'champion-untested', text });
    } else if (mark.champion === 'failed') {
        marks.push({
            key: 'champion-failed',
            text: formatLabel(FAILED, testsInWords(mark.failedTests))
        });
    }
    if (mark.economicBuyer) {
        marks.push({ key: 'economic-buyer', text: ECONOMIC_BUYER });
    }
    return marks;
}

/**
 * The short word the map's role badge adds ("Champion" + "tested"); the economic buyer's only
 * when the roles (picklist values) do not already say it (Approver, its earlier name). '' for nothing.
 */
export function championBadgeText(mark: ChampionMark, roles: readonly string[]): string {
    if (mark.champion !== null) {
        return BADGES[mark.champion];
    }
    return mark.economicBuyer && !roles.includes('Economic Buyer') ? BADGE_ECONOMIC_BUYER : '';
}
