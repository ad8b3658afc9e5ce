// What Lightning Data Service does with its normalized cache, reduced to what the panels can see:
// after a record write, every live wire whose last answer mentions that record fetches again (on
// the platform the changed record re-emits through every wire holding it).

type RecordListener = (recordIds: readonly string[]) => void;

const listeners = new Set<RecordListener>();

export function onRecordsChanged(listener: RecordListener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
}

export function recordsChanged(recordIds: readonly string[]): void {
    const ids = recordIds.filter((id) => typeof id === 'string' && id.length >= 15);
    if (ids.length === 0) {
        return;
    }
    for (const listener of [...listeners]) {
        listener(ids);
    }
}

/** True when a JSON answer mentions one of the ids (15- or 18-character forms). */
export function mentionsAny(answerText: string, recordIds: readonly string[]): boolean {
    return recordIds.some((id) => answerText.includes(id.slice(0, 15)));
}
