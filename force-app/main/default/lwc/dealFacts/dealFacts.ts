// The deal in view at the top of the Deal Score panel: amount, close date, owner, stage and a link
// to its account, so the rep sees which deal the score is about without leaving the panel.
import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import HEADING from '@salesforce/label/c.Atlas_DS_Facts_Heading';
import AMOUNT from '@salesforce/label/c.Atlas_DS_Facts_Amount';
import NO_AMOUNT from '@salesforce/label/c.Atlas_DS_Facts_No_Amount';
import CLOSE_DATE from '@salesforce/label/c.Atlas_DS_Facts_Close_Date';
import NO_CLOSE_DATE from '@salesforce/label/c.Atlas_DS_Facts_No_Close_Date';
import OWNER from '@salesforce/label/c.Atlas_DS_Facts_Owner';
import STAGE from '@salesforce/label/c.Atlas_DS_Facts_Stage';
import ACCOUNT from '@salesforce/label/c.Atlas_DS_Facts_Account';

export default class DealFacts extends NavigationMixin(LightningElement) {
    @api amount: number | null = null;
    /** 'YYYY-MM-DD' */
    @api closeDate: string | null = null;
    @api ownerName: string | null = null;
    @api stageLabel = '';
    @api accountId: string | null = null;
    @api accountName: string | null = null;

    labels = {
        heading: HEADING,
        amount: AMOUNT,
        noAmount: NO_AMOUNT,
        closeDate: CLOSE_DATE,
        noCloseDate: NO_CLOSE_DATE,
        owner: OWNER,
        stage: STAGE,
        account: ACCOUNT
    };
    accountUrl: string | null = null;

    override connectedCallback(): void {
        if (this.accountId) {
            this[NavigationMixin.GenerateUrl]({
                type: 'standard__recordPage',
                attributes: {
                    recordId: this.accountId,
                    objectApiName: 'Account',
                    actionName: 'view'
                }
            }).then((url) => {
                this.accountUrl = url;
            });
        }
    }

    get hasAccountLink(): boolean {
        return !!this.accountUrl && !!this.accountName;
    }

    get hasAmount(): boolean {
        return typeof this.amount === 'number';
    }

    get closeDateValue(): string | null {
        // A date-only value read at noon UTC shows the same calendar day in every time zone.
        return this.closeDate ? `${this.closeDate}T12:00:00Z` : null;
    }

    handleOpenAccount(event: Event): void {
        if (!this.accountId) {
            return;
        }
        event.preventDefault();
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId: this.accountId, objectApiName: 'Account', actionName: 'view' }
        });
    }
}
