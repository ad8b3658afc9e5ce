// Sentences as data (a custom label name and its parameters) and the formatter that words them.
export type { FormattedValue, LabelChoice, Message, MessageParam } from './message';
export {
    amountOf,
    counted,
    dateOf,
    decimalOf,
    isMessage,
    JOIN_LABELS,
    joined,
    listOf,
    labelsOf,
    msg,
    percentOf
} from './message';
export type { MessageStyle } from './formatMessage';
export {
    fillPlaceholders,
    localeStyle,
    MessageFormatError,
    moneyFormatter,
    plainStyle,
    renderMessage
} from './formatMessage';
