/** @jest-environment node */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "check*"] }] */
// Every sentence the deal score says is a custom label with its parameters: each label the helpers can
// name exists (both forms of a counted one), every placeholder is filled and every parameter placed,
// and nothing shown keeps a "{0}" — over generated deals, well-formed and malformed, in English and
// German.
import fc from 'fast-check';
import { join } from 'node:path';
import { localeStyle, renderMessage } from 'c/atlasMessages';
import type { Message } from 'c/atlasMessages';
import { DEAL_MESSAGE_LABELS, DEAL_WARNING_LABELS, scoreDeal } from 'c/dealScoring';
import type { DealScore } from 'c/dealScoring';
import { readLabels } from '../../../../../../local/preview/labels';
import { englishStyle, inEnglish } from '../../../../../../scripts/messages/englishMessages';
import {
    messageProblems,
    placeholdersOf,
    withPlainRecordTexts
} from '../../../../../../scripts/messages/messageProblems';
import { dealArb, malformedDealArb } from './arbitraries';
import { sampleOpenDeals } from './sampleDeals';

const LABELS = readLabels(join(__dirname, '..', '..', '..', '..', '..', '..'));
const SHOWN: ReadonlySet<string> = new Set(DEAL_MESSAGE_LABELS);
const KNOWN: ReadonlySet<string> = new Set([...DEAL_MESSAGE_LABELS, ...DEAL_WARNING_LABELS]);

/** Every message a result carries, by where the panel shows it (warnings: the CLI only). */
function messagesOf(result: DealScore): { shown: Message[]; warnings: Message[] } {
    return {
        shown: [
            ...result.factors.flatMap((f) => [f.label, f.reason, ...f.details.map((d) => d.text)]),
            ...result.risks.map((risk) => risk.message),
            result.stageGate.reason,
            ...result.nextActions.map((action) => action.message),
            ...(result.note ? [result.note] : [])
        ],
        warnings: result.warnings.map((warning) => warning.message)
    };
}

function checkMessage(message: Message, allowed: ReadonlySet<string>): void {
    expect(messageProblems(message, allowed, LABELS)).toEqual([]);
}

const GERMAN = localeStyle(Object.fromEntries(LABELS), 'de-DE');

function checkResult(result: DealScore): void {
    const { shown, warnings } = messagesOf(result);
    for (const message of shown) {
        checkMessage(message, SHOWN);
    }
    for (const message of warnings) {
        checkMessage(message, KNOWN);
    }
    for (const message of [...shown, ...warnings]) {
        // A placeholder left unfilled would be {0}, {1}… (record text, which may read "{0}" too,
        // is put as a plain word first).
        const plain = withPlainRecordTexts(message);
        expect(inEnglish(plain)).not.toMatch(/\{\d+\}/);
        expect(renderMessage(plain, GERMAN)).not.toMatch(/\{\d+\}/);
    }
}

describe('deal score messages', () => {
    it('has a custom label file for every label the helpers can name', () => {
        const missing = [...KNOWN].filter((label) => !LABELS.has(label));
        expect(missing).toEqual([]);
    });

    it('numbers each label’s placeholders {0}, {1}… without a gap', () => {
        for (const label of KNOWN) {
            const used = placeholdersOf(LABELS.get(label) ?? '');
            expect([label, used]).toEqual([label, used.map((_, index) => index)]);
        }
    });

    it('words every sample deal with listed labels, one placeholder per parameter', () => {
        for (const deal of sampleOpenDeals()) {
            checkResult(scoreDeal(deal));
        }
    });

    it('names only listed labels and fills every placeholder of generated deals, in English and German', () => {
        fc.assert(
            fc.property(fc.oneof(dealArb, malformedDealArb), (deal) => {
                checkResult(scoreDeal(deal));
            }),
            { numRuns: 500 }
        );
        expect(englishStyle().text('Atlas_DSM_Action_Log_Activity')).toBe(
            'Talk to the customer and log it: the deal has gone quiet.'
        );
    });
});
