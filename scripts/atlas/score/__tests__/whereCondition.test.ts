/** @jest-environment node */
import { checkWhereCondition } from '../whereCondition';

describe('--where conditions', () => {
    it.each([
        "StageName = 'Proposal/Price Quote' AND Amount > 50000",
        "(StageName = 'Qualification' OR StageName = 'Prospecting') AND CloseDate = THIS_QUARTER",
        "Name LIKE '%(pilot)%'",
        "Name = 'it\\'s (odd'",
        'Buying_Center__c IN (SELECT Id FROM Buying_Center__c WHERE Wallet_Size__c > 100)'
    ])('takes %s', (where) => {
        expect(checkWhereCondition(`  ${where} `)).toEqual({ ok: true, condition: where });
    });

    it.each([
        ['', /needs a SOQL condition/],
        ['SELECT Id FROM Opportunity WHERE Amount > 1', /not a whole query/],
        ['Amount > 1 ORDER BY Name', /not a SOQL condition/],
        ['Amount > 1 LIMIT 10', /not a SOQL condition/],
        ['Amount > 1) OR (Amount < 0', /unbalanced parentheses/],
        ["Name = 'open", /unclosed quote/],
        ['Amount >', /not a SOQL condition/]
    ])('refuses %p', (where, message) => {
        const checked = checkWhereCondition(where);
        expect(checked.ok).toBe(false);
        expect(checked.ok ? '' : checked.message).toMatch(message);
    });
});
