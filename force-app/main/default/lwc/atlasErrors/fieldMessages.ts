// What a form shows next to a field the server refused: a sentence that says what to do (a custom
// label chosen by the UI API error code), with the server's own words kept as secondary text. A
// validation rule's message is the admin's sentence for users, so it is shown as it is.
import TOO_LONG from '@salesforce/label/c.Atlas_Error_Field_Too_Long';
import TOO_LARGE from '@salesforce/label/c.Atlas_Error_Field_Too_Large';
import BAD_VALUE from '@salesforce/label/c.Atlas_Error_Field_Bad_Value';
import REQUIRED from '@salesforce/label/c.Atlas_Error_Field_Required';
import DUPLICATE from '@salesforce/label/c.Atlas_Error_Field_Duplicate';
import OTHER from '@salesforce/label/c.Atlas_Error_Field_Other';

export interface ExplainedFieldError {
    message: string;
    /** The server's words, when the message is ours. */
    detail?: string;
}

/** UI API error codes (Salesforce "StatusCode" values) → what the user should do. */
const BY_CODE: Readonly<Record<string, string>> = {
    STRING_TOO_LONG: TOO_LONG,
    NUMBER_OUTSIDE_VALID_RANGE: TOO_LARGE,
    INVALID_TYPE_ON_FIELD_IN_RECORD: BAD_VALUE,
    INVALID_EMAIL_ADDRESS: BAD_VALUE,
    JSON_PARSER_ERROR: BAD_VALUE,
    REQUIRED_FIELD_MISSING: REQUIRED,
    DUPLICATE_VALUE: DUPLICATE
};

/** Codes whose message was written for users: a validation rule's is the admin's sentence. */
const USER_WORDS = new Set(['FIELD_CUSTOM_VALIDATION_EXCEPTION']);

/**
 * The platform words a duplicate "duplicate value found: <field> duplicates value on record with
 * id: <id>"; a DUPLICATE_VALUE without those words was reworded for users (explainDuplicateKeys).
 */
const PLATFORM_DUPLICATE = /duplicate value found/i;

interface ServerFieldError {
    message?: string;
    errorCode?: string;
}

/** One field's errors from the server, explained. */
export function explainFieldError(errors: readonly ServerFieldError[]): ExplainedFieldError {
    const detail = errors
        .map((error) => error.message ?? '')
        .filter(Boolean)
        .join(' ');
    const code = errors.find((error) => error.errorCode)?.errorCode ?? '';
    if (USER_WORDS.has(code) || (code === 'DUPLICATE_VALUE' && !PLATFORM_DUPLICATE.test(detail))) {
        return { message: detail };
    }
    return { message: BY_CODE[code] ?? OTHER, detail: detail || undefined };
}
