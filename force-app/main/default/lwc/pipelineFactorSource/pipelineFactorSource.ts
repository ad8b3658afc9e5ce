// Says where the Pipeline Health panel's stage factors and rates come from: every closed deal of
// the window, learnt by `atlas pipeline --learn` (and when), or the deals this page read, and
// whether that page was full so older closed deals were left out.
import { LightningElement, api } from 'lwc';
import type { HistorySource } from 'c/pipelineHealth';
import { formatLabel } from 'c/atlasData';
import STORED from '@salesforce/label/c.Atlas_PH_Factors_Stored';
import READ from '@salesforce/label/c.Atlas_PH_Factors_Read';
import PAGE_FULL from '@salesforce/label/c.Atlas_PH_Factors_Page_Full';
import STORED_OTHER from '@salesforce/label/c.Atlas_PH_Factors_Stored_Other';

const COUNT = new Intl.NumberFormat();

export default class PipelineFactorSource extends LightningElement {
    @api source: HistorySource | undefined;
    /** The query read a full page of deals: there may be more than it holds. */
    @api pageFull = false;
    /** How many deals one page holds. */
    @api pageSize = 0;

    get sourceText(): string {
        const source = this.source;
        if (!source) {
            return '';
        }
        return formatLabel(
            source.kind === 'stored' ? STORED : READ,
            COUNT.format(source.closedDeals)
        );
    }

    get learntAt(): string | null {
        return this.source?.learntAt ?? null;
    }

    /** Only figures learnt from this page's deals can miss the older ones a full page left out. */
    get pageFullText(): string | null {
        return this.pageFull && this.source?.kind === 'records'
            ? formatLabel(PAGE_FULL, COUNT.format(this.pageSize))
            : null;
    }

    get storedOtherText(): string | null {
        return this.source?.storedIgnored ? STORED_OTHER : null;
    }
}
