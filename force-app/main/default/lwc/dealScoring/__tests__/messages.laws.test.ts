/** @jest-environment node */
// Every sentence the deal score says is a custom label with its parameters: each label the helpers can
// name exists, every placeholder is filled, and nothing shown keeps a "{".
import fc from 'fast-check';
import { join } from 'node:path';
import { labelsOf, localeStyle, renderMessage } from 'c/atlasMessages';
import type { Message } from 'c/atlasMessages';
import { DEAL_MESSAGE_LABELS, scoreDeal } from 'c/dealScoring';
import type { DealScore } from 'c/dealScoring';
import { readLabels } from '../../../../../../local/preview/labels';
import { englishStyle, inEnglish } from '../../../../../../scripts/messages/englishMessages';
import { dealArb, malformedDealArb } from './arbitraries';

const LABELS = readLabels(join(__dirname, '..', '..', '..', '..', '..', '..'));
const KNOWN: ReadonlySet<string> = new Set(DEAL_MESSAGE_LABELS);

/** Every message a result carries. */
function messagesOf(result: DealScore): Message[] {
    return result.nextActions.map((action) => action.message);
}

describe('deal score messages', () => {
    it('has a custom label file for every label the helpers can name', () => {
        const missing = DEAL_MESSAGE_LABELS.filter((label) => !LABELS.has(label));
        expect(missing).toEqual([]);
    });

    it('numbers each label’s placeholders {0}, {1}… without a gap', () => {
        for (const label of DEAL_MESSAGE_LABELS) {
            const used = [...(LABELS.get(label) ?? '').matchAll(/\{(\d+)\}/g)].map((m) =>
                Number(m[1])
            );
            const highest = used.length === 0 ? -1 : Math.max(...used);
            expect([label, new Set(used).size]).toEqual([label, highest + 1]);
        }
    });

    it('names only listed labels, fills every placeholder and leaves no "{", in English and German', () => {
        const german = localeStyle(Object.fromEntries(LABELS), 'de-DE');
        fc.assert(
            fc.property(fc.oneof(dealArb, malformedDealArb), (deal) => {
                for (const message of messagesOf(scoreDeal(deal))) {
                    for (const label of labelsOf(message)) {
                        expect(KNOWN.has(label)).toBe(true);
                    }
                    expect(inEnglish(message)).not.toContain('{');
                    expect(renderMessage(message, german)).not.toContain('{');
                }
            }),
            { numRuns: 300 }
        );
        expect(englishStyle().text('Atlas_DSM_Action_Log_Activity')).toBe(
            'Talk to the customer and log it: the deal has gone quiet.'
        );
    });
});
