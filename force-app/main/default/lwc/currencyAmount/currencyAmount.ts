// An amount of money as the panels show it: the user's currency, whole units. Light DOM, so the
// number stays in its panel's tree for tests, styles and screen readers.
import { LightningElement, api } from 'lwc';

export default class CurrencyAmount extends LightningElement {
    static override renderMode = 'light' as const;

    @api value: number | null = null;
    /** An ISO code where the figures are in one currency the org chose; absent: the user's. */
    @api currencyCode?: string;
}
