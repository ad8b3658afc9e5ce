// The shape of the standard-object catalog: what standardObjects.ts and the catalogs it merges
// (describedStandardObjects.ts, generated; documentedStandardObjects.ts) state about an object and
// its fields. Its own module so that the catalogs import it without importing what merges them.
import type { FieldType } from './types';

/** One standard field as the catalog states it; loadSchema() fills in the rest. */
export interface StandardFieldSpec {
    readonly name: string;
    readonly label: string;
    readonly type: FieldType;
    readonly length?: number;
    readonly precision?: number;
    readonly scale?: number;
    readonly required?: boolean;
    /** Defaults to true for non-system fields. */
    readonly createable?: boolean;
    readonly updateable?: boolean;
    readonly referenceTo?: readonly string[];
    readonly relationshipName?: string;
    readonly childRelationshipName?: string;
    /** Known values of a picklist whose values are the same in every org. */
    readonly picklistValues?: readonly string[];
    /** For picklists: the values are fixed (see StageName below). */
    readonly restricted?: boolean;
    readonly externalId?: boolean;
    readonly unique?: boolean;
}

export interface StandardObjectSpec {
    readonly name: string;
    readonly label: string;
    readonly pluralLabel: string;
    /** The platform's key prefix (the first three characters of every record id). */
    readonly keyPrefix?: string;
    /** Who owns records: OwnerId → User, → Group or User (queues), or no OwnerId at all. */
    readonly owner: 'User' | 'UserOrGroup' | 'none';
    /** Name is an ordinary text field, composed from other fields (Contact, User), or absent (Task). */
    readonly nameKind: 'Text' | 'Compound' | 'None';
    readonly enableActivities?: boolean;
    /**
     * On the UI API's supported-objects list (User Interface API Developer Guide, "All Supported
     * Objects"), which the GraphQL API follows: objects that are not answer as a real org does.
     */
    readonly uiApi: boolean;
    /** Records are written by the platform only (OpportunityHistory): no create, update or delete. */
    readonly platformWritten?: boolean;
    /** Where the facts come from: 'describe' (generated) or the Object Reference page. */
    readonly source: string;
    readonly fields: readonly StandardFieldSpec[];
}
