// Salesforce record ids: a 3-character key prefix, 12 more characters, and a 3-character case-safe
// suffix that lets case-insensitive tools tell 'a' from 'A' (the 15-character id is case-sensitive).

import { STANDARD_OBJECTS } from '../../schema/standardObjects';

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID_CHARS = /^[0-9A-Za-z]+$/;

/** Key prefixes the platform fixes: the standard-object catalog's, and the platform objects' the tools see. */
export const STANDARD_KEY_PREFIXES: Readonly<Record<string, string>> = {
    ...Object.fromEntries(
        STANDARD_OBJECTS.flatMap((spec) =>
            spec.keyPrefix === undefined ? [] : [[spec.name, spec.keyPrefix]]
        )
    ),
    Organization: '00D',
    PermissionSet: '0PS',
    PermissionSetAssignment: '0Pa',
    AsyncApexJob: '707',
    BulkJob: '750',
    QueryLocator: '01g'
};

/** The three suffix characters for a 15-character id. */
export function caseSafeSuffix(id15: string): string {
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk++) {
        let bits = 0;
        for (let i = 0; i < 5; i++) {
            const char = id15.charAt(chunk * 5 + i);
            if (char >= 'A' && char <= 'Z') {
                bits |= 1 << i;
            }
        }
        suffix += SUFFIX_ALPHABET.charAt(bits);
    }
    return suffix;
}

/**
 * The canonical 18-character form of a 15- or 18-character id, or undefined when the text is not
 * an id. An 18-character id is case-insensitive: its suffix restores the case of the first 15.
 */
export function normalizeId(text: string): string | undefined {
    if (!ID_CHARS.test(text)) {
        return undefined;
    }
    if (text.length === 15) {
        return text + caseSafeSuffix(text);
    }
    if (text.length !== 18) {
        return undefined;
    }
    const suffix = text.slice(15).toUpperCase();
    let restored = '';
    for (let chunk = 0; chunk < 3; chunk++) {
        const bits = SUFFIX_ALPHABET.indexOf(suffix.charAt(chunk));
        if (bits < 0) {
            return undefined;
        }
        for (let i = 0; i < 5; i++) {
            const char = text.charAt(chunk * 5 + i);
            const upper = (bits & (1 << i)) !== 0;
            if (/[A-Za-z]/.test(char)) {
                restored += upper ? char.toUpperCase() : char.toLowerCase();
            } else if (upper) {
                return undefined; // the suffix claims a letter where there is a digit
            } else {
                restored += char;
            }
        }
    }
    return restored + suffix;
}

/** The key prefix of an id (its first three characters). */
export function keyPrefixOf(id: string): string {
    return id.slice(0, 3);
}

/**
 * Builds an 18-character id from a prefix and a counter: prefix, a fixed pod-like '0L0' (so ids
 * look like a real org's), the counter in base 62 over 9 characters, then the suffix.
 */
export function makeId(prefix: string, counter: number): string {
    let digits = '';
    let value = counter;
    for (let i = 0; i < 9; i++) {
        digits = BASE62.charAt(value % 62) + digits;
        value = Math.floor(value / 62);
    }
    const id15 = `${prefix}0L0${digits}`;
    return id15 + caseSafeSuffix(id15);
}

/** The n-th custom-object key prefix: a00, a01 … a0Z, a0a … (what orgs hand out, in order). */
export function customKeyPrefix(index: number): string {
    const second = Math.floor(index / 62);
    const third = index % 62;
    return `a${BASE62.charAt(second)}${BASE62.charAt(third)}`;
}
