/** @jest-environment node */
import {
    amountOf,
    counted,
    dateOf,
    decimalOf,
    localeStyle,
    msg,
    percentOf,
    plainStyle,
    renderMessage
} from 'c/atlasMessages';

const TEXTS = new Map([
    ['Amount', 'Amount {0}.'],
    ['Close', 'The close date {0} has passed.'],
    ['Share', '{0} of the value was won ({1} the target).'],
    ['Days_One', '{0} day in {1}'],
    ['Days_Other', '{0} days in {1}'],
    ['Person', '{0} ({1})'],
    ['Meet', 'Meet {0} again.'],
    ['Two', '{0} and {1}'],
    ['Missing', 'Needs {0} and {1}.']
]);

describe('renderMessage', () => {
    it('fills each placeholder, nested sentences included, in the plain English of the CLI', () => {
        const style = plainStyle(TEXTS);
        expect(renderMessage(msg('Amount', amountOf(1250000.4)), style)).toBe('Amount 1,250,000.');
        expect(renderMessage(msg('Amount', amountOf(-1250)), style)).toBe('Amount -1,250.');
        expect(renderMessage(msg('Close', dateOf('2026-11-13')), style)).toBe(
            'The close date 2026-11-13 has passed.'
        );
        expect(renderMessage(msg('Share', percentOf(0.745), decimalOf(1.25, 1)), style)).toBe(
            '75% of the value was won (1.3 the target).'
        );
        expect(
            renderMessage(msg('Meet', msg('Person', 'Marcus Bell', 'Decision Maker')), style)
        ).toBe('Meet Marcus Bell (Decision Maker) again.');
    });

    it('words a count with the label for one or for other counts', () => {
        const style = plainStyle(TEXTS);
        const days = (count: number) =>
            renderMessage(counted('Days_One', 'Days_Other', count, count, 'Proposal'), style);
        expect([days(0), days(1), days(2)]).toEqual([
            '0 days in Proposal',
            '1 day in Proposal',
            '2 days in Proposal'
        ]);
    });

    it("formats numbers, money, shares and dates for the reader's locale", () => {
        const german = localeStyle(TEXTS, 'de-DE');
        expect(renderMessage(msg('Amount', amountOf(1250000)), german)).toBe('Amount 1.250.000.');
        expect(renderMessage(msg('Close', dateOf('2026-11-13')), german)).toBe(
            'The close date 13.11.2026 has passed.'
        );
        expect(renderMessage(msg('Share', percentOf(0.745), decimalOf(1.25, 1)), german)).toMatch(
            /^75\s?% of the value was won \(1,3 the target\)\.$/
        );
        const american = localeStyle(TEXTS, 'en-US');
        expect(renderMessage(msg('Amount', amountOf(1250000)), american)).toBe('Amount 1,250,000.');
        expect(renderMessage(msg('Close', dateOf('2026-11-13')), american)).toBe(
            'The close date Nov 13, 2026 has passed.'
        );
        expect(renderMessage(counted('Days_One', 'Days_Other', 1, 1, 'Proposal'), american)).toBe(
            '1 day in Proposal'
        );
    });

    it('refuses a label that does not exist and a placeholder left without a value', () => {
        const style = plainStyle(TEXTS);
        expect(() => renderMessage(msg('Nope'), style)).toThrow('There is no custom label Nope.');
        expect(() => renderMessage(msg('Missing', 'a'), style)).toThrow(
            'The custom label Missing has {1} but only 1 values were given.'
        );
    });
});
