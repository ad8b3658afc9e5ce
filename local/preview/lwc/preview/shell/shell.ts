// The preview's page: a header (app name, links between pages, a record picker of the accounts and
// their opportunities), the toast area, and the page the address names, laid out as its flexipage:
// the account page's summary above its five planning panels in tabs, the opportunity page's Deal
// Score, Mutual Plan and Competitors tabs, the home page's Pipeline Health, the Stage Criteria Setup
// and Deal Review Queue app pages. Panels get recordId as on a record page.
// Leaving through the header asks first while a form holds unsaved changes (unsavedChangesGuard).
import { LightningElement } from 'lwc';
import BUYING_CENTERS_TITLE from '@salesforce/label/c.Atlas_BC_Title';
import OPPORTUNITY_MAP_TITLE from '@salesforce/label/c.Atlas_OM_Title';
import ACCOUNT_PLAN_TITLE from '@salesforce/label/c.Atlas_AP_Title';
import RELATIONSHIP_MAP_TITLE from '@salesforce/label/c.Atlas_RM_Title';
import ACCOUNT_GROWTH_TITLE from '@salesforce/label/c.Atlas_AG_Title';
import DEAL_SCORE_TITLE from '@salesforce/label/c.Atlas_DS_Title';
import MUTUAL_PLAN_TITLE from '@salesforce/label/c.Atlas_MPL_Title';
import COMPETITORS_TITLE from '@salesforce/label/c.Atlas_DCP_Title';
import { SHOW_TOAST_EVENT_NAME } from '../../../platform/platformShowToastEvent';
import type { ToastConfig } from '../../../platform/platformShowToastEvent';
import { REFRESH_EVENT_NAME, runRefreshHandlers } from '../../../platform/refresh';
import { leaveTo } from '../../../platform/unsavedChangesGuard';
import { recordPageUrl, routeOf, type Route } from './routes';
import { loadPickerAccounts, loadRecordName, type PickerAccount } from './sampleRecords';
import { loadStandInRecord, standInFor } from './standIns';

const APP_NAME = 'Account Atlas';
const SETUP_URL = '/lightning/n/Stage_Criteria_Setup';
const REVIEW_QUEUE_URL = '/lightning/n/Deal_Review_Queue';

interface PickerOption {
    key: string;
    value: string;
    label: string;
    selected: boolean;
}

interface PickerGroup {
    key: string;
    label: string;
    options: PickerOption[];
}

export default class Shell extends LightningElement {
    route: Route = routeOf(window.location.pathname);
    // The tab titles of the flexipages ({!$Label.c.…}).
    tabTitles = {
        buyingCenters: BUYING_CENTERS_TITLE,
        opportunityMap: OPPORTUNITY_MAP_TITLE,
        accountPlan: ACCOUNT_PLAN_TITLE,
        relationshipMap: RELATIONSHIP_MAP_TITLE,
        accountGrowth: ACCOUNT_GROWTH_TITLE,
        dealScore: DEAL_SCORE_TITLE,
        mutualPlan: MUTUAL_PLAN_TITLE,
        competitors: COMPETITORS_TITLE
    };
    accounts: PickerAccount[] = [];
    pickerError: string | undefined;
    recordName: string | undefined;
    /** The account page's open tab: a stand-in record page opens the tab that shows the record. */
    activeTab = 'buyingCenters';
    /** Said above the account page when it stands in for another record's page (standIns.ts). */
    standInNote: string | undefined;
    private resolvingStandIn =
        standInFor(this.route.kind === 'unknown' ? this.route.objectApiName : undefined) !==
        undefined;

    private readonly onToast = (event: Event) => {
        const toasts = this.template?.querySelector('preview-toasts') as
            (HTMLElement & { show(config: ToastConfig): void }) | null;
        toasts?.show((event as CustomEvent<ToastConfig>).detail);
    };

    private readonly onRefresh = () => {
        void runRefreshHandlers();
    };

    override connectedCallback(): void {
        // Both events bubble and are composed: they reach this host from any panel inside.
        this.addEventListener(SHOW_TOAST_EVENT_NAME, this.onToast);
        this.addEventListener(REFRESH_EVENT_NAME, this.onRefresh);
        this.setTitle();
        void this.openStandIn().then(() => this.loadPicker());
    }

    override disconnectedCallback(): void {
        this.removeEventListener(SHOW_TOAST_EVENT_NAME, this.onToast);
        this.removeEventListener(REFRESH_EVENT_NAME, this.onRefresh);
    }

    get isHome(): boolean {
        return this.route.kind === 'home';
    }
    get isAccount(): boolean {
        return this.route.kind === 'account';
    }
    get isOpportunity(): boolean {
        return this.route.kind === 'opportunity';
    }
    get isSetup(): boolean {
        return this.route.kind === 'setup';
    }
    get isReviewQueue(): boolean {
        return this.route.kind === 'reviewQueue';
    }
    get isUnknown(): boolean {
        return this.route.kind === 'unknown' && !this.resolvingStandIn;
    }

    get recordId(): string | undefined {
        return 'recordId' in this.route ? this.route.recordId : undefined;
    }

    get unknownMessage(): string {
        const route = this.route;
        if (route.kind !== 'unknown') {
            return '';
        }
        return route.objectApiName === undefined
            ? `The preview has no page at ${route.path}.`
            : `The preview shows Account and Opportunity record pages only; this is a ${route.objectApiName} record (${route.recordId ?? ''}).`;
    }

    /** The header's page links; the open page's link is marked current. */
    get navItems() {
        const pages = [
            { key: 'home', label: 'Home', href: '/', active: this.isHome },
            { key: 'setup', label: 'Stage Criteria Setup', href: SETUP_URL, active: this.isSetup },
            {
                key: 'review-queue',
                label: 'Deal Review Queue',
                href: REVIEW_QUEUE_URL,
                active: this.isReviewQueue
            }
        ];
        return pages.map((page) => ({
            ...page,
            itemClass: page.active
                ? 'slds-context-bar__item slds-is-active'
                : 'slds-context-bar__item',
            current: page.active ? 'page' : null
        }));
    }

    get pickerGroups(): PickerGroup[] {
        const current = this.recordId;
        return this.accounts.map((account) => ({
            key: account.id,
            label: account.name,
            options: [
                {
                    key: `a-${account.id}`,
                    value: recordPageUrl('Account', account.id),
                    label: account.name,
                    selected: account.id === current
                },
                ...account.opportunities.map((opportunity) => ({
                    key: `o-${opportunity.id}`,
                    value: recordPageUrl('Opportunity', opportunity.id),
                    label: `${account.name} › ${opportunity.name}`,
                    selected: opportunity.id === current
                }))
            ]
        }));
    }

    get nothingPicked(): boolean {
        const current = this.recordId;
        return (
            current === undefined ||
            !this.accounts.some(
                (account) =>
                    account.id === current ||
                    account.opportunities.some((opportunity) => opportunity.id === current)
            )
        );
    }

    get pageHeading(): string {
        switch (this.route.kind) {
            case 'home':
                return 'Home';
            case 'setup':
                return 'Stage Criteria Setup';
            case 'reviewQueue':
                return 'Deal Review Queue';
            case 'account':
            case 'opportunity':
                return this.recordName ?? '';
            default:
                return 'Page not in the preview';
        }
    }

    get objectLabel(): string {
        return this.route.kind === 'account'
            ? 'Account'
            : this.route.kind === 'opportunity'
              ? 'Opportunity'
              : '';
    }

    get hasObjectLabel(): boolean {
        return this.objectLabel !== '';
    }

    async handlePick(event: Event): Promise<void> {
        const select = event.target as HTMLSelectElement;
        const url = select.value;
        if (url && !(await leaveTo(url))) {
            // Staying: the picker shows the page that is still open.
            select.value = this.currentPickerValue;
        }
    }

    /** A plain click on a header link asks first when a form holds unsaved changes. */
    async handleLink(event: MouseEvent): Promise<void> {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
            return; // a new tab or window leaves this page as it is
        }
        event.preventDefault();
        const href = (event.currentTarget as HTMLAnchorElement).getAttribute('href');
        if (href) {
            await leaveTo(href);
        }
    }

    private get currentPickerValue(): string {
        const picked = this.pickerGroups
            .flatMap((group) => group.options)
            .find((option) => option.selected);
        return picked?.value ?? '';
    }

    /** A buying center's or plan item's address: its account's page, at the tab that shows it. */
    private async openStandIn(): Promise<void> {
        const route = this.route;
        const standIn = standInFor(route.kind === 'unknown' ? route.objectApiName : undefined);
        if (route.kind !== 'unknown' || !standIn || !route.objectApiName || !route.recordId) {
            return;
        }
        try {
            const record = await loadStandInRecord(route.objectApiName, route.recordId, standIn);
            if (record !== null) {
                const tab = this.tabTitles[standIn.tab];
                this.standInNote = `In Salesforce this opens the record page of the ${standIn.noun} ${record.name}; the preview shows it where it is worked on, on its account's ${tab} tab.`;
                this.activeTab = standIn.tab;
                this.route = { kind: 'account', recordId: record.accountId };
            }
        } catch {
            // Unreadable for this user: the page says the preview has no page for it.
        } finally {
            this.resolvingStandIn = false;
        }
    }

    private async loadPicker(): Promise<void> {
        try {
            this.accounts = await loadPickerAccounts();
            this.pickerError = undefined;
        } catch (error) {
            this.pickerError = `The record list could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
        }
        await this.resolveRecordName();
    }

    private async resolveRecordName(): Promise<void> {
        const route = this.route;
        if (route.kind !== 'account' && route.kind !== 'opportunity') {
            return;
        }
        const id = route.recordId.slice(0, 15);
        for (const account of this.accounts) {
            if (route.kind === 'account' && account.id.startsWith(id)) {
                this.recordName = account.name;
            }
            const opportunity = account.opportunities.find((entry) => entry.id.startsWith(id));
            if (route.kind === 'opportunity' && opportunity !== undefined) {
                this.recordName = opportunity.name;
            }
        }
        if (this.recordName === undefined) {
            try {
                this.recordName = await loadRecordName(
                    route.kind === 'account' ? 'Account' : 'Opportunity',
                    route.recordId
                );
            } catch {
                this.recordName = route.recordId;
            }
        }
        this.setTitle();
    }

    private setTitle(): void {
        const parts =
            this.route.kind === 'account' || this.route.kind === 'opportunity'
                ? [this.recordName ?? 'Loading…', this.objectLabel]
                : [this.pageHeading];
        document.title = [...parts, APP_NAME].join(' | ');
    }
}
