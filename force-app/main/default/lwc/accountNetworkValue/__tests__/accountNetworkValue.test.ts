// The customer network value section: what it renders from one GraphQL answer (its own business,
// the business that came through its people with how each deal came, each sum written out) and
// an account whose people have brought nothing yet.
import { createElement } from 'lwc';
import AccountNetworkValue from 'c/accountNetworkValue';
import { graphql } from 'lightning/graphql';
import { flushPromises } from '../../planningRecordForm/__tests__/planningTestHelpers';

const graphqlAdapter = graphql as unknown as { emit(data: unknown): void };
const ACCOUNT = '001Dn00000Mgb01AAE';
const OTHER = '001Dn00000Kes02AAE';

type Fields = Record<string, unknown>;
const wrap = (fields: Fields): Fields =>
    Object.fromEntries(
        Object.entries(fields).map(([name, value]) => [
            name,
            name === 'Id' || (typeof value === 'object' && value !== null) ? value : { value }
        ])
    );
const connection = (nodes: Fields[]) => ({ edges: nodes.map((node) => ({ node: wrap(node) })) });
const parent = (fields: Fields) => wrap(fields);

// Own: two open deals (100,000 and 50,000). Through its people: a deal in another account its
// contact Ana referred (200,000), and a buying center of its own that Ben introduced us to, whose
// 50,000 deal is also its own business.
const ANSWER = {
    uiapi: {
        query: {
            Opportunity: connection([
                {
                    Id: 'opp1',
                    Name: 'Own renewal',
                    AccountId: ACCOUNT,
                    Account: parent({ Name: 'Meridian' }),
                    Amount: 100000,
                    CloseDate: '2999-01-01',
                    IsClosed: false,
                    IsWon: false
                },
                {
                    Id: 'opp2',
                    Name: 'Own upsell',
                    AccountId: ACCOUNT,
                    Account: parent({ Name: 'Meridian' }),
                    Amount: 50000,
                    CloseDate: '2999-02-01',
                    IsClosed: false,
                    IsWon: false,
                    Buying_Center__c: 'bc2'
                },
                {
                    Id: 'opp3',
                    Name: 'Kestrel platform',
                    AccountId: OTHER,
                    Account: parent({ Name: 'Kestrel' }),
                    Amount: 200000,
                    CloseDate: '2999-03-01',
                    IsClosed: false,
                    IsWon: false,
                    Referred_By__c: 'con1',
                    Referred_By__r: parent({ Name: 'Ana Silva', AccountId: ACCOUNT })
                }
            ]),
            Buying_Center__c: connection([
                {
                    Id: 'bc2',
                    Name: 'Wealth',
                    Account__c: ACCOUNT,
                    Account__r: parent({ Name: 'Meridian' }),
                    Members__r: connection([
                        {
                            Id: 'm2',
                            Buying_Center__c: 'bc2',
                            Contact__r: parent({ Name: 'Cy Young' }),
                            Introduced_By__c: 'm1',
                            Introduced_By__r: parent({
                                Buying_Center__c: 'bc1',
                                Contact__r: parent({ Name: 'Ben Okafor' }),
                                Buying_Center__r: parent({ Account__c: ACCOUNT })
                            })
                        }
                    ]),
                    Opportunities__r: connection([
                        {
                            Id: 'opp2',
                            Name: 'Own upsell',
                            AccountId: ACCOUNT,
                            Amount: 50000,
                            CloseDate: '2999-02-01',
                            IsClosed: false,
                            IsWon: false,
                            Buying_Center__c: 'bc2'
                        }
                    ])
                }
            ])
        }
    }
};

function mount() {
    const element = createElement('c-account-network-value', { is: AccountNetworkValue });
    (element as unknown as { recordId: string }).recordId = ACCOUNT;
    document.body.appendChild(element);
    return element;
}

const numbers = (root: ParentNode, selector: string): unknown[] =>
    [...root.querySelectorAll(`${selector} lightning-formatted-number`)].map(
        (number) => (number as unknown as { value: unknown }).value
    );

describe('c-account-network-value', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('sets what came through its people beside its own business, each sum written out', async () => {
        const element = mount();
        graphqlAdapter.emit(ANSWER);
        await flushPromises();
        const root = element.shadowRoot!;
        // Own: 0 won + 150,000 open.
        expect(numbers(root, '[data-figure="own"]')).toEqual([150000, 0, 150000]);
        // Network: the referred 200,000 and the introduced center's 50,000, both open.
        expect(numbers(root, '[data-figure="network"]')).toEqual([250000, 0, 250000, 50000]);
        const deals = [...root.querySelectorAll('[data-network-deal]')].map((deal) => [
            deal.getAttribute('data-network-deal'),
            [...deal.querySelectorAll('[data-reason]')].map((reason) => reason.textContent?.trim())
        ]);
        expect(deals).toEqual([
            ['Kestrel platform', ['c.Atlas_NV_Referred']],
            ['Own upsell', ['c.Atlas_NV_Introduced']]
        ]);
        await expect(element).toBeAccessible();
    });

    it('says how to record referrals when nothing has come through its people yet', async () => {
        const element = mount();
        graphqlAdapter.emit({
            uiapi: {
                query: {
                    Opportunity: { edges: ANSWER.uiapi.query.Opportunity.edges.slice(0, 2) }
                }
            }
        });
        await flushPromises();
        expect(
            element.shadowRoot!.querySelector('[data-message="empty"]')?.textContent?.trim()
        ).toBe('c.Atlas_NV_Empty');
    });
});
