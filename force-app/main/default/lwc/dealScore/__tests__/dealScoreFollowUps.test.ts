// The Deal Score panel's follow-ups that add no points: a coach not touched for longer than the
// settings allow is a risk with "Meet …" after the scored actions, and a deal that competes with no
// reference lined up suggests advocates to ask (other buying centers of the account, other accounts
// of its industry, never its own buying center's people), least recently asked first.
import { flushPromises, pinClock, shadowQuery } from './panelTestUtils';
import { NOW, copy, mountPanel, opportunityNode, withStoredScore } from './dealFixture';
import type { Fixture, Node } from './dealFixture';
import { clearPage } from '../../../../../../jest/panelTests';

jest.mock(
    '@salesforce/label/c.Atlas_DSM_Risk_Stale_Relationship',
    () => ({
        default:
            'Stale relationship: {0}, last touch {1} ago ({2}), longer than the {3} days a relationship stays fresh.'
    }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DSM_Action_Meet_Stale',
    () => ({ default: 'Meet {0} — last touch {1} ago.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Atlas_DSM_Days_Other', () => ({ default: '{0} days' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Atlas_DSM_Person_With_Role', () => ({ default: '{0} ({1})' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Atlas_DS_Action_Ask_Reference',
    () => ({ default: 'Ask {0} ({1}, last a reference {2}) to speak for us against {3}.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DS_Action_Ask_Reference_New',
    () => ({ default: 'Ask {0} ({1}, not a reference yet) to speak for us against {2}.' }),
    { virtual: true }
);

const HANNAH_MEMBER = 'a02Dn0000000038AAA';

function advocate(
    id: string,
    contactId: string,
    name: string,
    advocacy: string,
    lastReference: string | null,
    center: { id: string; name: string; accountId: string; account: string; industry: string }
): { node: Node } {
    return {
        node: {
            Id: id,
            Buying_Center__c: { value: center.id },
            Contact__c: { value: contactId },
            Advocacy__c: { value: advocacy },
            Last_Reference_Date__c: { value: lastReference },
            Contact__r: { Name: { value: name } },
            Buying_Center__r: {
                Name: { value: center.name },
                Account__c: { value: center.accountId },
                Account__r: {
                    Name: { value: center.account },
                    Industry: { value: center.industry }
                }
            }
        }
    };
}

/** The Digital Channels deal facing Helix Data, its coach last touched on 21 Jul, and advocates. */
function competitiveDeal(referenceLinedUp = false): Fixture {
    const data = copy();
    const opportunity = opportunityNode(data);
    const accountId = String((opportunity.AccountId as { value: string }).value);
    opportunity.Account = {
        Name: { value: 'Meridian Global Bank' },
        Industry: { value: 'Banking' }
    };
    opportunity.Buying_Center__r = {
        Name: { value: 'Retail Banking - Digital Channels' },
        Primary_Competitor__c: { value: 'Helix Data' }
    };
    opportunity.Reference_Member__c = { value: referenceLinedUp ? 'a02Dn0000000099AAA' : null };
    const members = data.uiapi.query.Buying_Center_Member__c.edges as unknown as { node: Node }[];
    members.find((edge) => edge.node.Id === HANNAH_MEMBER)!.node.Last_Touch__c = {
        value: '2026-07-21'
    };
    const dealCenter = String((members[0]!.node.Buying_Center__c as { value: string }).value);
    const meridian = (id: string, name: string) => ({
        id,
        name,
        accountId,
        account: 'Meridian Global Bank',
        industry: 'Banking'
    });
    (data.uiapi.query as Record<string, unknown>).Advocates = {
        edges: [
            advocate(
                'a02Dn0000000003AAA',
                '003Dn0000000024AAA',
                'Marcus Bell',
                'Reference',
                '2026-09-15',
                meridian(dealCenter, 'Retail Banking - Digital Channels')
            ),
            advocate(
                'a02Dn0000000012AAA',
                '003Dn0000000013AAA',
                'Olivia Grant',
                'Advocate',
                null,
                meridian('a01Dn0000000004AAA', 'Group Risk & Compliance')
            ),
            advocate(
                'a02Dn0000000090AAA',
                '003Dn0000000090AAA',
                'Ada Park',
                'Reference',
                '2026-10-14',
                {
                    id: 'a01Dn0000000090AAA',
                    name: 'Treasury',
                    accountId: '001Dn00000Hbr01AAE',
                    account: 'Harbor Trust',
                    industry: 'Banking'
                }
            ),
            advocate(
                'a02Dn0000000016AAA',
                '003Dn0000000040AAA',
                'Lukas Brandt',
                'Reference',
                '2026-01-02',
                {
                    id: 'a01Dn0000000006AAA',
                    name: 'Plant Operations',
                    accountId: '001Dn00000Kes01AAE',
                    account: 'Kestrel Precision Manufacturing',
                    industry: 'Manufacturing'
                }
            )
        ]
    };
    return withStoredScore(data);
}

function texts(element: HTMLElement, part: string, selector: string): string[] {
    const child = shadowQuery(element, part)!;
    return [...child.shadowRoot!.querySelectorAll(selector)].map((item) =>
        (item.textContent ?? '').replace(/\s+/g, ' ').trim()
    );
}

describe('c-deal-score follow-ups', () => {
    beforeEach(() => pinClock(NOW));
    afterEach(() => {
        clearPage();
        jest.useRealTimers();
        jest.clearAllMocks();
    });

    it('names a stale coach as a risk and asks to meet her after the scored actions', async () => {
        const { element } = await mountPanel(competitiveDeal());
        await flushPromises();

        expect(texts(element, 'c-deal-risks', 'li')).toContain(
            'Stale relationship: Hannah Cho (Coach), last touch 124 days ago (Jul 21, 2026), longer than the 90 days a relationship stays fresh.'
        );
        // Each action's badge, then its words (the badge is its own element, read without a space).
        const actions = texts(element, 'c-deal-next-actions', '.next-action');
        expect(actions).toContain(
            'c.Atlas_DS_Action_Follow_UpMeet Hannah Cho — last touch 124 days ago.'
        );
        await expect(element).toBeAccessible();
    });

    it('suggests advocates of the account and its industry, least recently asked first, never its own people', async () => {
        const { element } = await mountPanel(competitiveDeal());
        await flushPromises();

        const asks = texts(element, 'c-deal-next-actions', '.next-action').filter((text) =>
            text.startsWith('c.Atlas_DS_Action_Reference')
        );
        expect(asks).toEqual([
            'c.Atlas_DS_Action_ReferenceAsk Olivia Grant (Group Risk & Compliance, not a reference yet) to speak for us against Helix Data.',
            'c.Atlas_DS_Action_ReferenceAsk Ada Park (Harbor Trust, last a reference Oct 14, 2026) to speak for us against Helix Data.'
        ]);
    });

    it('suggests nobody once a reference is lined up', async () => {
        const { element } = await mountPanel(competitiveDeal(true));
        await flushPromises();

        expect(
            texts(element, 'c-deal-next-actions', '.next-action').filter((text) =>
                text.includes('Ask ')
            )
        ).toEqual([]);
    });
});
