// What the user may do with the records of a panel, read from the UI API object infos
// (lightning/uiObjectInfoApi getObjectInfos): the platform answers from the user's object
// permissions, so a panel shows its create, edit and delete controls only where a write can succeed.
import type { ObjectInfosResult } from 'lightning/uiObjectInfoApi';
import { READ_ONLY } from 'c/atlasRecords';
import type { ObjectAccess } from 'c/atlasRecords';

/** Object API name → what the user may do, from a getObjectInfos result. */
export function accessByObject(data: ObjectInfosResult | undefined): Record<string, ObjectAccess> {
    const access: Record<string, ObjectAccess> = {};
    for (const entry of data?.results ?? []) {
        const info = entry.result;
        if (entry.statusCode !== 200 || typeof info.apiName !== 'string') {
            continue;
        }
        access[info.apiName] = {
            canCreate: info.createable === true,
            canEdit: info.updateable === true,
            canDelete: info.deletable === true
        };
    }
    return access;
}

/** The access to one object, read-only when the object infos do not name it. */
export function accessTo(
    access: Record<string, ObjectAccess>,
    objectApiName: string
): ObjectAccess {
    return access[objectApiName] ?? READ_ONLY;
}
