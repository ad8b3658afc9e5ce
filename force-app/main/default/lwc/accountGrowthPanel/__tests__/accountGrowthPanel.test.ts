// The Account Growth tab: what it renders from one GraphQL answer (the account's figures, each
// buying center's items with their named risks, the growth targets) and a failed load said as such.
import { createElement } from 'lwc';
import AccountGrowthPanel from 'c/accountGrowthPanel';
import { graphql } from 'lightning/graphql';
import { flushPromises } from '../../planningRecordForm/__tests__/planningTestHelpers';

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown): void;
    emitErrors(errors: unknown[]): void;
};
const ACCOUNT_ID = '001Dn00000Mgb01AAE';

type Fields = Record<string, unknown>;
const node = (fields: Fields) => ({
    node: Object.fromEntries(
        Object.entries(fields).map(([name, value]) => [
            name,
            name === 'Id' || (typeof value === 'object' && value !== null) ? value : { value }
        ])
    )
});
const connection = (nodes: Fields[]) => ({ edges: nodes.map(node) });

// Shaped as ACCOUNT_GROWTH_TEXT selects (c/atlasRecords): every plainly selected field is present.
// Retail declines: its 100,000 of current business renews inside the plan period, and a renewal
// deal scored 50 protects it (50,000 kept); an upsell of 200,000 scored 40 adds 80,000.
const ANSWER = {
    uiapi: {
        query: {
            Account: connection([{ Id: ACCOUNT_ID, Name: 'Meridian' }]),
            Buying_Center__c: connection([
                {
                    Id: 'bc1',
                    Name: 'Retail',
                    Account__c: ACCOUNT_ID,
                    Growth_Trend__c: 'Declining',
                    Relationship_Status__c: 'Problem Solver',
                    Members__r: connection([])
                }
            ]),
            Opportunity_Map__c: connection([
                {
                    Id: 'map1',
                    Name: 'FY',
                    Account__c: ACCOUNT_ID,
                    Period_Start__c: '2000-01-01',
                    Period_End__c: '2999-12-31',
                    Status__c: 'Active',
                    Cells__r: connection([
                        {
                            Id: 'cell1',
                            Opportunity_Map__c: 'map1',
                            Buying_Center__c: 'bc1',
                            Solution__c: 'sol1',
                            Status__c: 'Current',
                            Current_Value__c: 100000,
                            Renewal_Date__c: '2500-06-30',
                            Opportunity__c: 'opp1',
                            Solution__r: { Id: 'sol1', Name: { value: 'Analytics Cloud' } }
                        },
                        {
                            Id: 'cell2',
                            Opportunity_Map__c: 'map1',
                            Buying_Center__c: 'bc1',
                            Solution__c: 'sol2',
                            Status__c: 'Potential',
                            Potential_Value__c: 30000,
                            Solution__r: { Id: 'sol2', Name: { value: 'CDP' } }
                        }
                    ])
                }
            ]),
            Marketing_Objective__c: connection([
                {
                    Id: 'obj1',
                    Name: 'Keep Retail',
                    Account__c: ACCOUNT_ID,
                    OwnerId: '005Dn000001Own1AAA',
                    Buying_Center__c: 'bc1',
                    Growth_Kind__c: 'Retain',
                    Growth_Target__c: 100000
                }
            ]),
            Opportunity: connection([
                {
                    Id: 'opp1',
                    Name: 'Retail renewal',
                    Amount: 100000,
                    CloseDate: '2500-05-31',
                    IsClosed: false,
                    IsWon: false,
                    Buying_Center__c: 'bc1',
                    Deal_Score__c: 50,
                    Deal_Score_Snapshots__r: connection([])
                },
                {
                    Id: 'opp2',
                    Name: 'Retail upsell',
                    Amount: 200000,
                    CloseDate: '2500-05-31',
                    IsClosed: false,
                    IsWon: false,
                    Buying_Center__c: 'bc1',
                    Deal_Score__c: 10,
                    Deal_Score_Snapshots__r: connection([
                        { Id: 'snap1', Opportunity__c: 'opp2', Score__c: 40 }
                    ])
                }
            ])
        }
    }
};

function mount() {
    const element = createElement('c-account-growth-panel', { is: AccountGrowthPanel });
    (element as unknown as { recordId: string }).recordId = ACCOUNT_ID;
    document.body.appendChild(element);
    return element;
}

const figure = (root: ShadowRoot, name: string): unknown =>
    (
        root.querySelector(`[data-figure="${name}"] lightning-formatted-number`) as unknown as {
            value: unknown;
        } | null
    )?.value;

describe('c-account-growth-panel', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows the account figures, which add up as shown', async () => {
        const element = mount();
        graphqlAdapter.emit(ANSWER);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(figure(root, 'base')).toBe(100000);
        expect(figure(root, 'renewing')).toBe(100000);
        expect(figure(root, 'at-risk')).toBe(100000);
        expect(figure(root, 'kept')).toBe(50000);
        expect(figure(root, 'not-kept')).toBe(50000);
        expect(figure(root, 'weighted-pipeline')).toBe(80000);
        expect(figure(root, 'white-space')).toBe(30000);
        expect(figure(root, 'new-business')).toBe(110000);
        expect(figure(root, 'net-growth')).toBe(130000);
        expect(figure(root, 'net-growth-share')).toBe(130);
    });

    it('names each risk of a piece of current business, and the deal that keeps it', async () => {
        const element = mount();
        graphqlAdapter.emit(ANSWER);
        await flushPromises();
        const item = element.shadowRoot!.querySelector('[data-base-item="Analytics Cloud"]')!;
        const risks = [...item.querySelectorAll('.ag-risk')].map((risk) =>
            risk.textContent?.trim()
        );
        expect(risks).toEqual([
            'c.Atlas_AG_Risk_DECLINING',
            // No member is in contact at all.
            'c.Atlas_AG_Risk_SINGLE_THREADED'
        ]);
        // Its renewal is said, but as a date, not as a risk.
        expect(item.querySelector('[data-renewal]')?.textContent?.trim()).toBe(
            'c.Atlas_AG_Renews Jun 30, 2500'
        );
        expect(item.textContent).toContain('Retail renewal (50%)');
        const deal = element.shadowRoot!.querySelector('[data-deal="Retail upsell"]')!;
        expect(deal.textContent).toContain('c.Atlas_AG_At_Score 40');
    });

    it('shows a growth target with its progress', async () => {
        const element = mount();
        graphqlAdapter.emit(ANSWER);
        await flushPromises();
        const target = element.shadowRoot!.querySelector('[data-objective="obj1"]')!;
        expect(target.textContent).toContain('Keep Retail');
        expect(target.textContent).toContain('c.Atlas_AG_Kind_Retain');
        expect(
            (target.querySelector('lightning-progress-bar') as unknown as { value: number }).value
        ).toBe(50);
    });

    it('says when the growth could not be loaded', async () => {
        const element = mount();
        graphqlAdapter.emitErrors([{ message: 'Cannot query field' }]);
        await flushPromises();
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
    });
});
