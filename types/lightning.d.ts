// Type declarations for the platform modules the components import that @salesforce/lightning-types
// (0.8, loaded in salesforce.d.ts) does not declare, or declares wrongly: each says which. The shapes
// are written from the documented APIs; keep them to what the project uses.

// Not in @salesforce/lightning-types 0.8 (it has no data modules): lightning/graphql,
// lightning/uiRecordApi, lightning/uiObjectInfoApi, lightning/navigation,
// lightning/platformShowToastEvent, lightning/refresh, lightning/messageService, and the scoped
// imports @salesforce/label, @salesforce/schema, @salesforce/customPermission,
// @salesforce/userPermission and @salesforce/messageChannel.

declare module 'lightning/graphql' {
    /** Tags a GraphQL query; the platform parses it at compile time. */
    export function gql(strings: TemplateStringsArray, ...values: unknown[]): unknown;
    /**
     * Wire adapter: emits { data, errors, refresh } — data undefined until the first response. Typed
     * as emitting unknown data: a wired method reads the response shape defensively.
     */
    export const graphql: import('lwc').WireAdapterConstructor<
        { query: unknown; variables?: Record<string, unknown>; operationName?: string },
        GraphQLWireResult<unknown>
    >;
    /** Runs a GraphQL mutation imperatively (API 66.0+). */
    export function executeMutation(config: {
        query: unknown;
        variables?: Record<string, unknown>;
    }): Promise<{ data?: unknown; errors?: unknown[] }>;
    export interface GraphQLError {
        message: string;
        locations?: { line: number; column: number }[];
        path?: (string | number)[];
        extensions?: Record<string, unknown>;
    }
    export interface GraphQLWireResult<T> {
        data?: T;
        errors?: GraphQLError[];
        refresh?: () => Promise<void>;
    }
}

declare module 'lightning/uiRecordApi' {
    export interface FieldValueRepresentation {
        value: unknown;
        displayValue: string | null;
    }
    export interface RecordRepresentation {
        id: string;
        apiName: string;
        fields: Record<string, FieldValueRepresentation>;
    }
    export interface RecordInput {
        apiName?: string;
        fields: Record<string, unknown>;
    }
    export function createRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
    export function updateRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
    export function deleteRecord(recordId: string): Promise<void>;
    export function notifyRecordUpdateAvailable(items: { recordId: string }[]): Promise<void>;
    export interface RecordWithTypeRepresentation extends RecordRepresentation {
        /** The record's record type (the master record type when the object has none). */
        recordTypeId: string | null;
    }
    /** Wire adapter: one record's fields, cached by Lightning Data Service. */
    export const getRecord: import('lwc').WireAdapterConstructor<
        { recordId: string | undefined; fields?: unknown[]; optionalFields?: unknown[] },
        { data?: RecordWithTypeRepresentation; error?: unknown }
    >;
    export function getFieldValue(record: RecordRepresentation, field: unknown): unknown;
}

declare module 'lightning/navigation' {
    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        state?: Record<string, unknown>;
    }
    // A mixin constructor type must take `...args: any[]`, or a class cannot extend the mixin.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Constructor<T = object> = new (...args: any[]) => T;
    export function NavigationMixin<T extends Constructor>(
        base: T
    ): T &
        Constructor<{
            [NavigationMixin.Navigate](pageReference: PageReference, replace?: boolean): void;
            [NavigationMixin.GenerateUrl](pageReference: PageReference): Promise<string>;
        }>;
    export namespace NavigationMixin {
        const Navigate: unique symbol;
        const GenerateUrl: unique symbol;
    }
    /** Wire adapter: emits the reference of the page that is open (its state holds c__ values). */
    export const CurrentPageReference: import('lwc').WireAdapterConstructor<
        Record<string, never>,
        PageReference | undefined
    >;
}

declare module 'lightning/platformShowToastEvent' {
    export class ShowToastEvent extends CustomEvent<unknown> {
        constructor(init: {
            title: string;
            message?: string;
            variant?: 'info' | 'success' | 'warning' | 'error';
            mode?: 'dismissible' | 'pester' | 'sticky';
        });
    }
}

declare module 'lightning/refresh' {
    export class RefreshEvent extends CustomEvent<unknown> {
        constructor();
    }
    export function registerRefreshHandler(
        element: unknown,
        handler: () => Promise<boolean> | boolean
    ): string;
    export function unregisterRefreshHandler(id: string): void;
}

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

// The user's locale ('en-US', 'de-DE'…), language, currency and time zone.
declare module '@salesforce/i18n/*' {
    const value: string;
    export default value;
}

declare module '@salesforce/schema/*' {
    const field: { objectApiName: string; fieldApiName?: string };
    export default field;
}

declare module '@salesforce/customPermission/*' {
    const hasPermission: boolean | undefined;
    export default hasPermission;
}

declare module '@salesforce/userPermission/*' {
    const hasPermission: boolean | undefined;
    export default hasPermission;
}

// Not a platform module: the template import LWC's compiler resolves.
declare module 'lightning/messageService' {
    /** Who publishes or subscribes (lightning/messageService: an opaque object). */
    export type MessageContext = object;
    export interface Subscription {
        readonly channel: unknown;
    }
    /** For a module without a template, which cannot @wire(MessageContext). */
    export function createMessageContext(): MessageContext;
    export function releaseMessageContext(context: MessageContext): void;
    export function publish(context: MessageContext, channel: unknown, message?: object): void;
    export function subscribe<T = Record<string, unknown>>(
        context: MessageContext,
        channel: unknown,
        listener: (message: T) => void,
        options?: { scope?: symbol }
    ): Subscription;
    export function unsubscribe(subscription: Subscription): void;
    export const APPLICATION_SCOPE: symbol;
}

declare module '@salesforce/messageChannel/*' {
    /** A Lightning message channel (messageChannels/<Name>.messageChannel-meta.xml). */
    const channel: unknown;
    export default channel;
}

declare module '*.html' {
    const template: unknown;
    export default template;
}

declare module 'lightning/uiObjectInfoApi' {
    /** The part of a UI API Object Info the components read: what the user may do with records. */
    export interface ObjectInfoRepresentation {
        apiName: string;
        createable: boolean;
        updateable: boolean;
        deletable: boolean;
    }
    export interface ObjectInfosResult {
        results: {
            statusCode: number;
            result: ObjectInfoRepresentation | Record<string, unknown>;
        }[];
    }
    /** Wire adapter: object metadata for several objects, cached by Lightning Data Service. */
    export const getObjectInfos: import('lwc').WireAdapterConstructor<
        { objectApiNames: (string | { objectApiName: string })[] },
        { data?: ObjectInfosResult; error?: unknown }
    >;
    /** The part of an object info field the forms read: its type and size. */
    export interface FieldInfoRepresentation {
        apiName?: string;
        dataType?: string;
        length?: number;
        precision?: number;
        scale?: number;
    }
    /** Wire adapter: one object's metadata (fields with their types and sizes), cached by LDS. */
    export const getObjectInfo: import('lwc').WireAdapterConstructor<
        { objectApiName: string | { objectApiName: string } | undefined },
        {
            data?: ObjectInfoRepresentation & { fields?: Record<string, FieldInfoRepresentation> };
            error?: unknown;
        }
    >;
    /** Wire adapter: a picklist field's values for a record type, cached by Lightning Data Service. */
    export const getPicklistValues: import('lwc').WireAdapterConstructor<
        { recordTypeId: string | undefined; fieldApiName: unknown },
        { data?: unknown; error?: unknown }
    >;
}

// Wrong in @salesforce/lightning-types 0.8: it declares lightning/confirm as the component class
// (label, message, variant, theme, close) without the static open() the LWC docs define and the
// components call, and a class cannot gain a static member from another file, so this is ours.
declare module 'lightning/confirm' {
    /** The confirm modal of the base components: open() resolves true when the user confirms. */
    const LightningConfirm: {
        open(config: {
            message: string;
            label?: string;
            variant?: 'header' | 'headerless';
            theme?: 'default' | 'warning' | 'error' | 'success' | 'info' | 'alt-inverse';
        }): Promise<boolean>;
    };
    export default LightningConfirm;
}
