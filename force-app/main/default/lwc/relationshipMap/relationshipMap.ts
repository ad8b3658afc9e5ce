// The Relationship Map panel on an Account page: an org chart of the account's contacts laid out by
// the relationshipGraph helper (reporting lines, influence lines, roles, support, influence, our
// relationship owners), each buying center's red / amber / green status and coaching flags, a
// buying center filter, and downloads as PNG or SVG. Read-only: people are edited in Buying Centers.
import { LightningElement, api, wire } from 'lwc';
import { PanelTiming } from 'c/panelTiming';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import { layoutRelationshipMap, placeExternalIntroducers } from 'c/relationshipGraph';
import type { RelationshipLayout } from 'c/relationshipGraph';
import { BUYING_CENTERS_QUERY, buyingCentersFromGraphQL, formatLabel, todayIso } from 'c/atlasData';
import { localeStyle } from 'c/atlasMessages';
import LOCALE from '@salesforce/i18n/locale';
import { profileLinkLabel, staleSentence, touchText } from 'c/freshnessText';
import type { BuyingCentersData, HiddenField } from 'c/atlasData';
import type { CanvasModel } from 'c/relationshipMapCanvas';
import type { StatusEntry } from 'c/relationshipMapStatus';
import { canvasModel } from './canvasModel';
import { coverageStatusEntries } from './coverageStatus';
import { MAP_LABELS as LABELS } from './mapLabels';

/** Record dates in the user's locale (Aug 5, 2026). */
const DATES = localeStyle({}, LOCALE);

type Canvas = HTMLElement & {
    downloadSvg(fileName: string): void;
    downloadPng(fileName: string): Promise<void>;
};

export default class RelationshipMap extends LightningElement {
    private readonly timing = new PanelTiming('relationshipMap');
    @api recordId: string | undefined;

    labels = LABELS;
    data: BuyingCentersData | undefined;
    loadErrors: unknown;
    downloadErrors: unknown;
    /** The buying center shown; blank for everyone. */
    filterId = '';

    get variables(): Record<string, unknown> {
        return { accountId: this.recordId };
    }

    @wire(graphql, { query: BUYING_CENTERS_QUERY, variables: '$variables' })
    wiredPeople(result: GraphQLWireResult<unknown>): void {
        this.loadErrors = result.errors && result.errors.length > 0 ? result.errors : undefined;
        if (result.data) {
            this.timing.answered();
            this.data = buyingCentersFromGraphQL(result.data);
        }
    }

    /** Fields the panel's query asked for that field-level security hides from this user. */
    get hiddenFields(): HiddenField[] {
        return this.data?.hiddenFields ?? [];
    }

    get isLoading(): boolean {
        return this.data === undefined && !this.loadErrors;
    }

    get layout(): RelationshipLayout | undefined {
        const data = this.data;
        if (!data) {
            return undefined;
        }
        return layoutRelationshipMap(
            data.contacts,
            data.buyingCenters.flatMap((center) => center.members),
            data.buyingCenters,
            this.filterId ? { buyingCenterId: this.filterId } : {}
        );
    }

    get model(): CanvasModel | undefined {
        const layout = this.layout;
        const data = this.data;
        return layout && data
            ? canvasModel(
                  layout,
                  data.buyingCenters,
                  LABELS,
                  placeExternalIntroducers(
                      layout,
                      data.buyingCenters.flatMap((center) => center.members)
                  ),
                  {
                      contacts: data.contacts,
                      asOf: todayIso(),
                      staleAfterDays: data.staleRelationshipDays,
                      touchText: (freshness) => touchText(freshness, (iso) => DATES.date(iso)),
                      staleSentence: staleSentence(data.staleRelationshipDays),
                      profileLabel: profileLinkLabel
                  }
              )
            : undefined;
    }

    get hasPeople(): boolean {
        return (this.layout?.nodes.length ?? 0) > 0;
    }

    get noContacts(): boolean {
        return this.data !== undefined && this.data.contacts.length === 0;
    }

    get noOneInFilter(): boolean {
        return !!this.filterId && !this.hasPeople && !this.noContacts;
    }

    get statusEntries(): StatusEntry[] {
        return this.layout ? coverageStatusEntries(this.layout.buyingCenters) : [];
    }

    get hasStatuses(): boolean {
        return this.statusEntries.length > 0;
    }

    get filterOptions(): { label: string; value: string }[] {
        return [
            { label: LABELS.filterAll, value: '' },
            ...(this.data?.buyingCenters ?? []).map((center) => ({
                label: center.Name,
                value: center.Id
            }))
        ];
    }

    get showFilter(): boolean {
        return (this.data?.buyingCenters.length ?? 0) > 0;
    }

    get fileName(): string {
        const center = this.data?.buyingCenters.find((candidate) => candidate.Id === this.filterId);
        return formatLabel(
            LABELS.fileName,
            center ? `${this.data?.accountName} - ${center.Name}` : this.data?.accountName
        );
    }

    handleFilterChange(event: CustomEvent<{ value: string }>): void {
        this.filterId = event.detail.value ?? '';
    }

    handleDownloadSvg(): void {
        this.downloadErrors = undefined;
        try {
            this.canvas()?.downloadSvg(`${this.fileName}.svg`);
        } catch (error) {
            this.downloadErrors = error;
        }
    }

    async handleDownloadPng(): Promise<void> {
        this.downloadErrors = undefined;
        try {
            await this.canvas()?.downloadPng(`${this.fileName}.png`);
        } catch (error) {
            this.downloadErrors = error;
        }
    }

    private canvas(): Canvas | null {
        return (this.template?.querySelector('c-relationship-map-canvas') as Canvas | null) ?? null;
    }

    override renderedCallback(): void {
        this.timing.rendered();
    }
}
