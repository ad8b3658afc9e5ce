// lightning/uiObjectInfoApi for the preview: getObjectInfo, getObjectInfos and getPicklistValues
// wires over the local org's /ui-api/object-info resources, emitting { data, error } (both
// undefined first, as LDS does before its first answer).
import { callOrg } from './transport';

type Emit = (value: { data: unknown; error: unknown }) => void;

function objectNameOf(value: unknown): string | undefined {
    if (typeof value === 'string') {
        return value;
    }
    const name = (value as { objectApiName?: unknown } | undefined)?.objectApiName;
    return typeof name === 'string' ? name : undefined;
}

function fieldNameOf(value: unknown): string | undefined {
    if (typeof value === 'string') {
        return value.split('.').pop();
    }
    const name = (value as { fieldApiName?: unknown } | undefined)?.fieldApiName;
    return typeof name === 'string' ? name : undefined;
}

/** Shared shape of the three wires: a config → path, one fetch per distinct path. */
abstract class ObjectInfoWire<Config> {
    private readonly emit: Emit;
    private path: string | undefined;
    private connected = false;
    private emitted = false;

    constructor(dataCallback: Emit) {
        this.emit = dataCallback;
    }

    protected abstract pathOf(config: Config): string | undefined;

    update(config: Config): void {
        const path = this.pathOf(config);
        if (path === this.path) {
            return;
        }
        this.path = path;
        if (this.connected) {
            void this.load();
        }
    }

    connect(): void {
        this.connected = true;
        if (!this.emitted) {
            this.emitted = true;
            this.emit({ data: undefined, error: undefined });
        }
        void this.load();
    }

    disconnect(): void {
        this.connected = false;
    }

    private async load(): Promise<void> {
        const path = this.path;
        if (path === undefined) {
            return;
        }
        try {
            const data = await cachedGet(path);
            if (path === this.path) {
                this.emit({ data, error: undefined });
            }
        } catch (error) {
            if (path === this.path) {
                this.emit({ data: undefined, error });
            }
        }
    }
}

// Object metadata does not change while the page is open (LDS caches it too).
const cache = new Map<string, Promise<unknown>>();

function cachedGet(path: string): Promise<unknown> {
    let answer = cache.get(path);
    if (answer === undefined) {
        answer = callOrg('GET', path);
        answer.catch(() => cache.delete(path));
        cache.set(path, answer);
    }
    return answer;
}

export class getObjectInfo extends ObjectInfoWire<{ objectApiName?: unknown }> {
    protected pathOf(config: { objectApiName?: unknown }): string | undefined {
        const name = objectNameOf(config.objectApiName);
        return name === undefined ? undefined : `/ui-api/object-info/${encodeURIComponent(name)}`;
    }
}

export class getObjectInfos extends ObjectInfoWire<{ objectApiNames?: unknown[] }> {
    protected pathOf(config: { objectApiNames?: unknown[] }): string | undefined {
        const names = (config.objectApiNames ?? []).map(objectNameOf);
        if (names.length === 0 || names.some((name) => name === undefined)) {
            return undefined;
        }
        return `/ui-api/object-info/batch/${names.map((name) => encodeURIComponent(name ?? '')).join(',')}`;
    }
}

export class getPicklistValues extends ObjectInfoWire<{
    recordTypeId?: string;
    fieldApiName?: unknown;
}> {
    protected pathOf(config: {
        recordTypeId?: string;
        fieldApiName?: unknown;
    }): string | undefined {
        const object = objectNameOf(config.fieldApiName);
        const field = fieldNameOf(config.fieldApiName);
        if (object === undefined || field === undefined || config.recordTypeId === undefined) {
            return undefined;
        }
        return `/ui-api/object-info/${encodeURIComponent(object)}/picklist-values/${encodeURIComponent(config.recordTypeId)}/${encodeURIComponent(field)}`;
    }
}
