// The two standard profiles the local org's users have, reduced to what Account Atlas touches:
// System Administrator (View All Data and Modify All Data: every object, field and record) and a
// minimal Standard User (the sales objects and read access to the reference objects, every standard
// field of them; no custom object or custom field, which only the permission sets grant).
// Object rights follow Salesforce Help, "Standard Profiles" (Standard User: create, read, edit and
// delete accounts, contacts, opportunities, leads, cases and activities; read products, price books,
// campaigns and users).
import type { SObjectDescribe } from '../../../schema/types';
import type { ObjectPermissions } from './permissionSets';

export type ProfileName = 'System Administrator' | 'Standard User';

export interface Profile {
    readonly name: ProfileName;
    /** View All Data and Modify All Data: sharing never hides or locks a record. */
    readonly allData: boolean;
    /** The object permissions the profile grants (custom objects: none for Standard User). */
    objectPermissions(object: SObjectDescribe): ObjectPermissions | undefined;
    /** Whether the profile grants read (and edit where the field is editable) on a field. */
    grantsField(object: SObjectDescribe, fieldName: string): boolean;
}

const ALL: ObjectPermissions = {
    create: true,
    read: true,
    edit: true,
    delete: true,
    viewAll: true,
    modifyAll: true
};
const FULL: ObjectPermissions = { ...ALL, viewAll: false, modifyAll: false };
const READ: ObjectPermissions = {
    create: false,
    read: true,
    edit: false,
    delete: false,
    viewAll: false,
    modifyAll: false
};

const STANDARD_USER_OBJECTS: Readonly<Record<string, ObjectPermissions>> = {
    Account: FULL,
    Contact: FULL,
    Opportunity: FULL,
    OpportunityContactRole: FULL,
    Lead: FULL,
    Case: FULL,
    Task: FULL,
    Event: FULL,
    OpportunityHistory: READ,
    Campaign: READ,
    Product2: READ,
    Pricebook2: READ,
    User: READ,
    Group: READ,
    Profile: READ,
    UserRole: READ,
    RecordType: READ
};

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
    'System Administrator': {
        name: 'System Administrator',
        allData: true,
        objectPermissions: () => ALL,
        grantsField: () => true
    },
    'Standard User': {
        name: 'Standard User',
        allData: false,
        objectPermissions: (object) =>
            object.custom ? undefined : STANDARD_USER_OBJECTS[object.name],
        grantsField: (object, fieldName) =>
            !object.custom &&
            STANDARD_USER_OBJECTS[object.name] !== undefined &&
            !fieldName.endsWith('__c')
    }
};
