import { createElement } from 'lwc';
import BuyingCenterMembers from 'c/buyingCenterMembers';
import { influenceOptions } from '../memberFields';
import { buyingCentersFromGraphQL, todayIso } from 'c/atlasData';
import type { BuyingCenterView } from 'c/atlasData';
import { createRecord, deleteRecord, updateRecord } from 'lightning/uiRecordApi';
import LightningConfirm from 'lightning/confirm';
import {
    clickFormButton,
    errorPanelMessages,
    fieldErrorText,
    flushPromises,
    formInputs,
    typeInto
} from '../../planningRecordForm/__tests__/planningTestHelpers';
// The same GraphQL response the Buying Centers panel reads (Meridian Global Bank).
import accountBuyingCenters from '../../buyingCenters/__tests__/data/accountBuyingCenters.json';
import saveErrors from '../../buyingCenters/__tests__/data/saveErrors.json';

const DIGITAL_CHANNELS = 'a01Dn0000000013AAA';
const ACCOUNT = '001Dn00000Mgb01AAE';
const ALREADY_MEMBER = 'This contact is already a member of this buying center.';

jest.mock(
    '@salesforce/label/c.Atlas_BC_Member_Duplicate',
    () => ({ default: 'This contact is already a member of this buying center.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_RF_Last_Touch_Other',
    () => ({ default: 'Last touch {0} days ago' }),
    {
        virtual: true
    }
);
jest.mock('@salesforce/label/c.Atlas_RF_From_Entered', () => ({ default: '{0} (entered, {1})' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Atlas_BC_Member_Profile_Url_Not_Web',
    () => ({ default: 'Enter a web address starting with https:// or http://.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_BC_Champion_Needs_Verifier',
    () => ({
        default:
            'Say who verified this test: pick the colleague who saw the evidence, or set the test back to Not tested yet.'
    }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_CH_Mark_Failed',
    () => ({ default: 'Champion, failed: {0}' }),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/label/c.Atlas_CH_Mark_Partly_Tested',
    () => ({ default: 'Champion, {0} of {1} tests passed' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DSM_Champion_Test_Access',
    () => ({ default: 'access to the economic buyer' }),
    { virtual: true }
);
const { buyingCenters, contacts } = buyingCentersFromGraphQL(accountBuyingCenters);

/** A link that would run script if opened: never saved, never shown. */
const SCRIPT_LINK = ['javascript', 'alert(1)'].join(':');

/** The day `days` before today, by the clock the panel reads. */
function daysAgo(days: number): string {
    const [year, month, day] = todayIso().split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(year, month - 1, day - days)).toISOString().slice(0, 10);
}

function center(id: string): BuyingCenterView {
    return buyingCenters.find((candidate) => candidate.Id === id)!;
}

function mountMembers(
    buyingCenter: BuyingCenterView = center(DIGITAL_CHANNELS),
    access = { canCreate: true, canEdit: true, canDelete: true }
): HTMLElement {
    const element = createElement('c-buying-center-members', { is: BuyingCenterMembers });
    Object.assign(element, {
        buyingCenter,
        buyingCenters,
        contacts,
        accountId: ACCOUNT,
        ...access
    });
    document.body.appendChild(element);
    return element;
}

function memberItem(element: HTMLElement, name: string): HTMLElement {
    const item = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.bc-members__item')].find(
        (candidate) => candidate.querySelector('.slds-text-title_bold')?.textContent === name
    );
    if (!item) {
        throw new Error(`No member named ${name}`);
    }
    return item;
}

function form(element: HTMLElement): HTMLElement | null {
    return element.shadowRoot!.querySelector('c-planning-record-form');
}

/** Opens a member's edit form from the member's menu; returns the form. */
async function editMember(element: HTMLElement, name: string): Promise<HTMLElement> {
    memberItem(element, name)
        .querySelector('lightning-button-menu')!
        .dispatchEvent(new CustomEvent('select', { detail: { value: 'edit' } }));
    await flushPromises();
    return form(element)!;
}

/** updateRecord answers as the platform does for Kenji Watanabe's membership. */
function savesKenjisMembership(): void {
    jest.mocked(updateRecord).mockResolvedValue({
        id: 'a02Dn0000000004AAA',
        apiName: 'Buying_Center_Member__c',
        fields: {}
    });
}

describe('c-buying-center-members', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.resetAllMocks();
        jest.restoreAllMocks();
    });

    it('lists each member with role, influence, support, coverage, owner and influence line', async () => {
        const element = mountMembers();
        await flushPromises();

        const marcus = memberItem(element, 'Marcus Bell');
        const fact = (item: HTMLElement, key: string) =>
            item.querySelector(`[data-fact="${key}"]`)!.textContent;
        expect(fact(marcus, 'role')).toBe('Decision Maker');
        expect(fact(marcus, 'influence')).toBe('High');
        expect(fact(marcus, 'support')).toBe('Supporter');
        expect(fact(marcus, 'coverage')).toBe('In Depth');
        expect(fact(marcus, 'owner')).toBe('Jordan Reyes');
        const hannah = memberItem(element, 'Hannah Cho');
        expect(fact(hannah, 'role')).toBe('Coach');
        expect(fact(hannah, 'support')).toBe('Mentor');
        expect(fact(hannah, 'influences')).toBe('Marcus Bell');
        expect(fact(hannah, 'owner')).toBe('c.Atlas_BC_Not_Set');
        await expect(element).toBeAccessible();
    });

    it('says no one is in an empty buying center yet and offers to add the first member', async () => {
        const element = mountMembers({ ...center(DIGITAL_CHANNELS), members: [] });
        await flushPromises();

        expect(
            element.shadowRoot!.querySelector('[data-message="empty"]')!.textContent!.trim()
        ).toBe('c.Atlas_BC_Members_Empty');
        expect(element.shadowRoot!.querySelector('[data-action="add"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('adds a contact found by searching the account, with their role, influence, support and owner', async () => {
        jest.mocked(createRecord).mockResolvedValue({
            id: 'a02Dn0000000099AAA',
            apiName: 'Buying_Center_Member__c',
            fields: {}
        });
        const element = mountMembers();
        const changed = jest.fn();
        element.addEventListener('membershipchange', changed);
        await flushPromises();

        element.shadowRoot!.querySelector<HTMLElement>('[data-action="add"]')!.click();
        await flushPromises();
        const memberForm = form(element)!;
        // The search covers the account's contacts who are not members yet, by name or title.
        const picker = formInputs(memberForm).get('Contact__c') as unknown as HTMLElement & {
            objectApiName: string;
            filter: { criteria: { fieldPath: string; operator: string; value: unknown }[] };
            matchingInfo: { additionalFields: { fieldPath: string }[] };
        };
        expect(picker.tagName.toLowerCase()).toBe('lightning-record-picker');
        expect(picker.objectApiName).toBe('Contact');
        expect(picker.filter.criteria).toEqual([
            { fieldPath: 'AccountId', operator: 'eq', value: ACCOUNT },
            {
                fieldPath: 'Id',
                operator: 'nin',
                value: center(DIGITAL_CHANNELS).members.map((member) => member.Contact__c)
            }
        ]);
        expect(picker.filter.criteria[1]!.value).toContain('003Dn0000000024AAA'); // Marcus Bell
        expect(picker.matchingInfo.additionalFields).toEqual([{ fieldPath: 'Title' }]);
        typeInto(memberForm, {
            Contact__c: '003Dn0000000001AAA',
            Buying_Role__c: 'Approver',
            Influence__c: 'High',
            Support__c: 'Neutral',
            Coverage__c: 'Brief',
            Decision_Orientation__c: 'Financial',
            Relationship_Owner__c: '005Dn000001JrYAAQ'
        });
        clickFormButton(memberForm, 'save');
        await flushPromises();

        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Buying_Center_Member__c',
            fields: {
                Buying_Role__c: 'Approver',
                Influence__c: 'High',
                Support__c: 'Neutral',
                Coverage__c: 'Brief',
                Decision_Orientation__c: 'Financial',
                Relationship_Owner__c: '005Dn000001JrYAAQ',
                Influences_Member__c: null,
                Advocacy__c: null,
                Last_Reference_Date__c: null,
                Introduced_By__c: null,
                Last_Touch__c: null,
                Buying_Center__c: DIGITAL_CHANNELS,
                Contact__c: '003Dn0000000001AAA'
            }
        });
        expect(changed).toHaveBeenCalledTimes(1);
        expect(form(element)).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('creates a contact who is not in the CRM yet beside the search, and picks them', async () => {
        jest.mocked(createRecord)
            .mockResolvedValueOnce({ id: '003Dn0000000099AAA', apiName: 'Contact', fields: {} })
            .mockResolvedValueOnce({
                id: 'a02Dn0000000099AAA',
                apiName: 'Buying_Center_Member__c',
                fields: {}
            });
        const element = mountMembers();
        const contactsChanged = jest.fn();
        element.addEventListener('contactschange', contactsChanged);
        await flushPromises();

        element.shadowRoot!.querySelector<HTMLElement>('[data-action="add"]')!.click();
        await flushPromises();
        element.shadowRoot!.querySelector<HTMLElement>('[data-action="new-contact"]')!.click();
        await flushPromises();
        const contactForm = element
            .shadowRoot!.querySelector('c-buying-center-new-contact')!
            .shadowRoot!.querySelector('c-planning-record-form')!;
        typeInto(contactForm, { FirstName: 'Ines', LastName: 'Duarte', Title: 'Head of Payments' });
        clickFormButton(contactForm, 'save');
        await flushPromises();

        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Contact',
            fields: {
                FirstName: 'Ines',
                LastName: 'Duarte',
                Title: 'Head of Payments',
                Email: null,
                AccountId: ACCOUNT
            }
        });
        expect(contactsChanged).toHaveBeenCalledTimes(1);
        expect(element.shadowRoot!.querySelector('c-buying-center-new-contact')).toBeNull();
        expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain(
            'c.Atlas_BC_Contact_Created'
        );
        const memberForm = form(element)!;
        typeInto(memberForm, { Buying_Role__c: 'Evaluator' });
        clickFormButton(memberForm, 'save');
        await flushPromises();
        expect(createRecord).toHaveBeenLastCalledWith({
            apiName: 'Buying_Center_Member__c',
            fields: expect.objectContaining({
                Contact__c: '003Dn0000000099AAA',
                Buying_Role__c: 'Evaluator'
            })
        });
        await expect(element).toBeAccessible();
    });

    it('edits a member and writes only the role, support and owner the user changed', async () => {
        savesKenjisMembership();
        const element = mountMembers();
        await flushPromises();

        const memberForm = await editMember(element, 'Kenji Watanabe');
        expect(formInputs(memberForm).has('Contact__c')).toBe(false);
        expect(formInputs(memberForm).get('Buying_Role__c')!.value).toBe('Evaluator');
        typeInto(memberForm, {
            Buying_Role__c: 'Decision Maker',
            Support__c: 'Supporter',
            Relationship_Owner__c: '005Dn000001SkLAAQ'
        });
        clickFormButton(memberForm, 'save');
        await flushPromises();

        expect(updateRecord).toHaveBeenCalledWith({
            fields: {
                Id: 'a02Dn0000000004AAA',
                Buying_Role__c: 'Decision Maker',
                Support__c: 'Supporter',
                Relationship_Owner__c: '005Dn000001SkLAAQ'
            }
        });
        await expect(element).toBeAccessible();
    });

    it('asks a champion for the three tests, dates a result today, and refuses one without who verified it, keeping it', async () => {
        savesKenjisMembership();
        const element = mountMembers();
        await flushPromises();
        const memberForm = await editMember(element, 'Kenji Watanabe');
        // An evaluator is asked no champion tests.
        expect(formInputs(memberForm).has('Champion_Access_Test__c')).toBe(false);

        typeInto(memberForm, { Buying_Role__c: 'Champion' });
        await flushPromises();
        const testFields = [...formInputs(memberForm).keys()].filter((name) =>
            name.startsWith('Champion_')
        );
        expect(testFields).toEqual([
            'Champion_Access_Test__c',
            'Champion_Access_Verified_By__c',
            'Champion_Access_Verified_On__c',
            'Champion_Sells_Test__c',
            'Champion_Sells_Verified_By__c',
            'Champion_Sells_Verified_On__c',
            'Champion_Gains_Test__c',
            'Champion_Gains_Verified_By__c',
            'Champion_Gains_Verified_On__c'
        ]);
        expect(formInputs(memberForm).has('Counter_Champion__c')).toBe(true);

        typeInto(memberForm, { Champion_Access_Test__c: 'Passed' });
        await flushPromises();
        expect(formInputs(memberForm).get('Champion_Access_Verified_On__c')!.value).toBe(
            todayIso()
        );
        clickFormButton(memberForm, 'save');
        await flushPromises();

        expect(updateRecord).not.toHaveBeenCalled();
        expect(fieldErrorText(memberForm, 'Champion_Access_Verified_By__c')).toContain(
            'Say who verified this test'
        );
        expect(formInputs(memberForm).get('Champion_Access_Test__c')!.value).toBe('Passed');
        expect(formInputs(memberForm).get('Buying_Role__c')!.value).toBe('Champion');

        typeInto(memberForm, { Champion_Access_Verified_By__c: '005Dn000001SkLAAQ' });
        clickFormButton(memberForm, 'save');
        await flushPromises();
        expect(updateRecord).toHaveBeenCalledWith({
            fields: {
                Id: 'a02Dn0000000004AAA',
                Buying_Role__c: 'Champion',
                Champion_Access_Test__c: 'Passed',
                Champion_Access_Verified_By__c: '005Dn000001SkLAAQ',
                Champion_Access_Verified_On__c: todayIso()
            }
        });
        await expect(element).toBeAccessible();
    });

    it('marks a champion who failed a test on their card, saying which test, in words', async () => {
        const digital = center(DIGITAL_CHANNELS);
        const element = mountMembers({
            ...digital,
            members: digital.members.map((member) =>
                member.contactName === 'Kenji Watanabe'
                    ? { ...member, Buying_Role__c: 'Champion', Champion_Access_Test__c: 'Failed' }
                    : member
            )
        });
        await flushPromises();
        const mark = memberItem(element, 'Kenji Watanabe').querySelector('[data-mark^="champion"]');
        expect(mark?.getAttribute('data-mark')).toBe('champion-failed');
        expect(mark?.textContent).toBe('Champion, failed: access to the economic buyer');
        expect(
            memberItem(element, 'Marcus Bell').querySelector('[data-mark^="champion"]')
        ).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('marks a champion with some tests passed with how far the testing is (#22)', async () => {
        const digital = center(DIGITAL_CHANNELS);
        const element = mountMembers({
            ...digital,
            members: digital.members.map((member) =>
                member.contactName === 'Kenji Watanabe'
                    ? {
                          ...member,
                          Buying_Role__c: 'Champion',
                          Champion_Access_Test__c: 'Passed',
                          Champion_Gains_Test__c: 'Passed'
                      }
                    : member
            )
        });
        await flushPromises();
        const mark = memberItem(element, 'Kenji Watanabe').querySelector('[data-mark^="champion"]');
        expect(mark?.getAttribute('data-mark')).toBe('champion-untested');
        expect(mark?.textContent).toBe('Champion, 2 of 3 tests passed');
    });

    it('records advocacy, the last reference and who introduced a member, and lists them', async () => {
        savesKenjisMembership();
        const element = mountMembers();
        await flushPromises();
        const kenji = memberItem(element, 'Kenji Watanabe');
        const marcus = center(DIGITAL_CHANNELS).members.find(
            (member) => member.contactName === 'Marcus Bell'
        )!;
        kenji
            .querySelector('lightning-button-menu')!
            .dispatchEvent(new CustomEvent('select', { detail: { value: 'edit' } }));
        await flushPromises();
        const memberForm = form(element)!;
        // Anyone else on the account can be the introducer, named with their buying center.
        const introducers = (
            formInputs(memberForm).get('Introduced_By__c') as unknown as {
                options: { label: string; value: string }[];
            }
        ).options;
        expect(introducers).toContainEqual({
            label: 'Marcus Bell (Retail Banking - Digital Channels)',
            value: marcus.Id
        });
        expect(introducers.map((option) => option.label)).not.toContain(
            'Kenji Watanabe (Retail Banking - Digital Channels)'
        );
        typeInto(memberForm, {
            Advocacy__c: 'Reference',
            Last_Reference_Date__c: '2026-10-14',
            Introduced_By__c: marcus.Id
        });
        clickFormButton(memberForm, 'save');
        await flushPromises();

        expect(updateRecord).toHaveBeenCalledWith({
            fields: {
                Id: 'a02Dn0000000004AAA',
                Advocacy__c: 'Reference',
                Last_Reference_Date__c: '2026-10-14',
                Introduced_By__c: marcus.Id
            }
        });

        // The list shows what is recorded; an introducer from another account is said as such.
        const introduced = {
            ...center(DIGITAL_CHANNELS),
            members: center(DIGITAL_CHANNELS).members.map((member) =>
                member.contactName === 'Kenji Watanabe'
                    ? {
                          ...member,
                          Advocacy__c: 'Reference' as const,
                          Last_Reference_Date__c: '2026-10-14',
                          Introduced_By__c: marcus.Id
                      }
                    : member.contactName === 'Hannah Cho'
                      ? { ...member, Introduced_By__c: 'a02Dn0000000777AAA' }
                      : member
            )
        };
        document.body.removeChild(element);
        const listed = mountMembers(introduced);
        await flushPromises();
        const fact = (name: string, key: string) =>
            memberItem(listed, name).querySelector(`[data-fact="${key}"]`)!.textContent;
        expect(fact('Kenji Watanabe', 'advocacy')).toBe('Reference');
        expect(fact('Kenji Watanabe', 'last-reference')).toBe('Oct 14, 2026');
        expect(fact('Kenji Watanabe', 'introduced-by')).toBe('Marcus Bell');
        expect(fact('Hannah Cho', 'introduced-by')).toBe('c.Atlas_BC_Member_Other_Account');
        expect(fact('Marcus Bell', 'advocacy')).toBe('c.Atlas_BC_Not_Set');
    });

    it('marks a coach not touched for longer than the limit as stale, says since when, and opens profiles in a new tab', async () => {
        const hannahTouched = daysAgo(130);
        const element = mountMembers({
            ...center(DIGITAL_CHANNELS),
            members: center(DIGITAL_CHANNELS).members.map((member) =>
                member.contactName === 'Hannah Cho'
                    ? {
                          ...member,
                          Last_Touch__c: hannahTouched,
                          profileUrl: 'https://www.linkedin.com/in/hannah-cho-example'
                      }
                    : member.contactName === 'Marcus Bell'
                      ? {
                            ...member,
                            Last_Touch__c: daysAgo(90),
                            profileUrl: SCRIPT_LINK
                        }
                      : member
            )
        });
        await flushPromises();

        const hannah = memberItem(element, 'Hannah Cho');
        expect(hannah.querySelector('[data-mark="stale"]')!.textContent).toBe('c.Atlas_RF_Stale');
        const [year, month, day] = hannahTouched.split('-').map(Number) as number[];
        const shown = new Intl.DateTimeFormat('en-US', {
            year: 'numeric',
            month: 'short',
            day: 'numeric',
            timeZone: 'UTC'
        }).format(new Date(Date.UTC(year!, month! - 1, day!)));
        expect(hannah.querySelector('[data-fact="last-touch"]')!.textContent).toBe(
            `Last touch 130 days ago (entered, ${shown})`
        );
        const link = hannah.querySelector<HTMLAnchorElement>('a[data-link="profile"]')!;
        expect(link.getAttribute('href')).toBe('https://www.linkedin.com/in/hannah-cho-example');
        expect(link.getAttribute('target')).toBe('_blank');
        expect(link.getAttribute('rel')).toBe('noopener noreferrer');
        // 90 days is the limit itself: still fresh. A link that is not http(s) is never shown.
        const marcus = memberItem(element, 'Marcus Bell');
        expect(marcus.querySelector('[data-mark="stale"]')).toBeNull();
        expect(marcus.querySelector('a[data-link="profile"]')).toBeNull();
        // Nobody entered a touch for Kenji and the platform logged none: unknown, not stale.
        const kenji = memberItem(element, 'Kenji Watanabe');
        expect(kenji.querySelector('[data-mark="stale"]')).toBeNull();
        expect(kenji.querySelector('[data-fact="last-touch"]')!.textContent).toBe(
            'c.Atlas_RF_No_Touch'
        );
        await expect(element).toBeAccessible();
    });

    it('uses the stale limit it is given', async () => {
        const element = mountMembers({
            ...center(DIGITAL_CHANNELS),
            members: center(DIGITAL_CHANNELS).members.map((member) =>
                member.contactName === 'Hannah Cho'
                    ? { ...member, Last_Touch__c: daysAgo(40) }
                    : member
            )
        });
        Object.assign(element, { staleRelationshipDays: 30 });
        await flushPromises();
        expect(
            memberItem(element, 'Hannah Cho').querySelector('[data-mark="stale"]')
        ).not.toBeNull();
    });

    it('refuses a profile link that is not a web address on its field, and saves a good one on the contact', async () => {
        jest.mocked(updateRecord).mockResolvedValue({
            id: '003Dn0000000012AAA',
            apiName: 'Contact',
            fields: {}
        });
        const element = mountMembers();
        await flushPromises();
        const kenjiMember = center(DIGITAL_CHANNELS).members.find(
            (member) => member.contactName === 'Kenji Watanabe'
        )!;
        const memberForm = await editMember(element, 'Kenji Watanabe');
        typeInto(memberForm, { Profile_URL__c: SCRIPT_LINK });
        clickFormButton(memberForm, 'save');
        await flushPromises();

        expect(updateRecord).not.toHaveBeenCalled();
        expect(fieldErrorText(memberForm, 'Profile_URL__c')).toContain(
            'Enter a web address starting with https:// or http://.'
        );
        expect(formInputs(memberForm).get('Profile_URL__c')!.value).toBe(SCRIPT_LINK);

        typeInto(memberForm, { Profile_URL__c: 'https://www.linkedin.com/in/kenji-example' });
        clickFormButton(memberForm, 'save');
        await flushPromises();

        // The link is the contact's: only the contact is written, the membership is unchanged.
        expect(updateRecord).toHaveBeenCalledTimes(1);
        expect(updateRecord).toHaveBeenCalledWith({
            fields: {
                Id: kenjiMember.Contact__c,
                Profile_URL__c: 'https://www.linkedin.com/in/kenji-example'
            }
        });
        expect(form(element)).toBeNull();
    });

    it('never offers a member themselves as influence or introducer, not even their other membership', () => {
        const [first, second] = buyingCenters.filter((candidate) => candidate.members.length > 0);
        const member = first!.members[0]!;
        // The same person also sits in a second buying center (a membership of their own there).
        const elsewhere = { ...member, Id: 'a02Dn00000Other1AAA' };
        const centers = [first!, { ...second!, members: [...second!.members, elsewhere] }];
        const offered = influenceOptions(centers, member).map((option) => option.value);
        expect(offered).not.toContain(member.Id);
        expect(offered).not.toContain(elsewhere.Id);
        expect(offered).toContain(second!.members[0]!.Id);
        expect(influenceOptions(centers, null).map((option) => option.value)).toContain(
            elsewhere.Id
        );
    });

    it('says in words that the contact is already a member, keeping what was typed', async () => {
        jest.mocked(createRecord).mockRejectedValue(saveErrors.duplicateMember);
        const element = mountMembers();
        const changed = jest.fn();
        element.addEventListener('membershipchange', changed);
        await flushPromises();

        element.shadowRoot!.querySelector<HTMLElement>('[data-action="add"]')!.click();
        await flushPromises();
        typeInto(form(element)!, { Contact__c: '003Dn0000000002AAA', Buying_Role__c: 'Approver' });
        clickFormButton(form(element)!, 'save');
        await flushPromises();

        const memberForm = form(element)!;
        expect(formInputs(memberForm).get('Contact__c')!.value).toBe('003Dn0000000002AAA');
        expect(formInputs(memberForm).get('Buying_Role__c')!.value).toBe('Approver');
        // The platform's "duplicate value found: Member_Key__c …" becomes the label's sentence,
        // above the form and beside the contact the user picked.
        expect(errorPanelMessages(memberForm.shadowRoot!.querySelector('c-error-panel'))).toEqual([
            ALREADY_MEMBER
        ]);
        expect(fieldErrorText(memberForm, 'Contact__c')).toBe(ALREADY_MEMBER);
        expect(changed).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('removes a member once the user confirms', async () => {
        jest.spyOn(LightningConfirm, 'open').mockResolvedValue(true);
        jest.mocked(deleteRecord).mockResolvedValue(undefined);
        const element = mountMembers();
        const changed = jest.fn();
        element.addEventListener('membershipchange', changed);
        await flushPromises();

        memberItem(element, 'Aisha Karim')
            .querySelector('lightning-button-menu')!
            .dispatchEvent(new CustomEvent('select', { detail: { value: 'remove' } }));
        await flushPromises();

        expect(deleteRecord).toHaveBeenCalledWith('a02Dn0000000006AAA');
        expect(changed).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('shows members without add, edit or remove to users who may not change them', async () => {
        const element = mountMembers(center(DIGITAL_CHANNELS), {
            canCreate: false,
            canEdit: false,
            canDelete: false
        });
        await flushPromises();

        expect(element.shadowRoot!.querySelector('[data-action="add"]')).toBeNull();
        expect(element.shadowRoot!.querySelector('lightning-button-menu')).toBeNull();
        expect(element.shadowRoot!.querySelectorAll('.bc-members__item')).toHaveLength(5);
        await expect(element).toBeAccessible();
    });
});
