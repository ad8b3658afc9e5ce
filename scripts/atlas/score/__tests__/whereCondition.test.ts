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
        ['Amount > 1 ORDER BY Name', /brings a clause of its own/],
        ['Amount > 1 LIMIT 10', /brings a clause of its own/],
        ['Amount > 1) OR (Amount < 0', /unbalanced parentheses/],
        ["Name = 'open", /unclosed quote/],
        ['Amount >', /ends with an operator: add the value/],
        ['StageName = "Closed Won"', /single quotes \(StageName = 'Closed Won'\)/],
        ['Amount == 5', /compare with = and != written once/],
        ["Amount > 5 && StageName = 'Prospecting'", /AND and OR, not && and \|\|/],
        ['Amount > 5 AND', /ends with AND, OR or NOT/],
        ['Amount five', /could not be read as field, operator and value/]
    ])('refuses %p', (where, message) => {
        const checked = checkWhereCondition(where);
        expect(checked.ok).toBe(false);
        expect(checked.ok ? '' : checked.message).toMatch(message);
        // Plain words with a condition that works, never the parser's own wording.
        expect(checked.ok ? '' : checked.message).toMatch(/e\.g\. --where|A condition that works:/);
        expect(checked.ok ? '' : checked.message).not.toMatch(/token|Expecting|MismatchedToken/i);
    });
});
