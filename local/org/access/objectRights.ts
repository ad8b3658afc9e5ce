// What describe, the UI API's object info and GraphQL's objectInfos say the running user may do with
// an object (createable, updateable, deletable): the platform's own limits (objects only the
// platform writes, users are never deleted) narrowed by the user's object permissions.
import type { SObjectDescribe } from '../../../schema/types';
import type { OrgModel } from '../model';
import { restrictedUser } from './runningUser';

export interface ObjectRights {
    readonly createable: boolean;
    readonly updateable: boolean;
    readonly deletable: boolean;
}

export function objectRights(model: OrgModel, object: SObjectDescribe): ObjectRights {
    if (!model.clientWritable(object)) {
        return { createable: false, updateable: false, deletable: false };
    }
    const permissions = restrictedUser()?.access.objectPermissions(object);
    return {
        createable: permissions?.create ?? true,
        updateable: permissions?.edit ?? true,
        deletable: object.name !== 'User' && (permissions?.delete ?? true)
    };
}
