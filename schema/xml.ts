// Small helpers over fast-xml-parser for Salesforce source-format metadata: one parser configuration,
// and typed readers that turn the loosely typed parse tree into strings, booleans, numbers and lists.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A parsed XML element: child tag name → text, nested element, or a list of either. */
export type XmlNode = { readonly [tag: string]: XmlValue };
export type XmlValue = string | XmlNode | readonly XmlValue[];

export interface XmlSyntaxError {
    readonly message: string;
    readonly line: number;
    readonly column: number;
}

const parser = new XMLParser({
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // Keep every value as text: "00123" and "true" mean different things in different places.
    parseTagValue: false,
    trimValues: true
});

/** Returns null when the text is well-formed XML, or the first syntax error with its position. */
export function xmlSyntaxError(text: string): XmlSyntaxError | null {
    const result = XMLValidator.validate(text);
    if (result === true) {
        return null;
    }
    return { message: result.err.msg, line: result.err.line, column: result.err.col };
}

/**
 * Parses well-formed metadata XML and returns its root element (e.g. the <CustomField> element),
 * or null when the text is not well-formed or has no element root.
 */
export function parseMetadataXml(
    text: string
): { readonly rootTag: string; readonly root: XmlNode } | null {
    if (xmlSyntaxError(text) !== null) {
        return null;
    }
    const document: unknown = parser.parse(text);
    if (!isNode(document)) {
        return null;
    }
    const [rootTag] = Object.keys(document);
    if (rootTag === undefined) {
        return null;
    }
    const root = document[rootTag];
    // An empty root element (<CustomObject/>) parses to '' — treat it as an element with no children.
    if (root === '' || root === undefined) {
        return { rootTag, root: {} };
    }
    return isNode(root) ? { rootTag, root } : null;
}

function isNode(value: unknown): value is XmlNode {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every occurrence of a child tag, whether it appeared once or many times. */
export function children(node: XmlNode, tag: string): XmlValue[] {
    const value = node[tag];
    if (value === undefined) {
        return [];
    }
    return Array.isArray(value) ? [...(value as readonly XmlValue[])] : [value as XmlValue];
}

/** Every occurrence of a child element (text-only occurrences are skipped). */
export function childNodes(node: XmlNode, tag: string): XmlNode[] {
    return children(node, tag).filter(isNode);
}

/** The first child element with this tag, if any. */
export function childNode(node: XmlNode, tag: string): XmlNode | undefined {
    return childNodes(node, tag)[0];
}

/** The text of the first child with this tag ('' for an empty element), or undefined when absent. */
export function text(node: XmlNode, tag: string): string | undefined {
    const [first] = children(node, tag);
    if (first === undefined) {
        return undefined;
    }
    if (typeof first === 'string') {
        return first;
    }
    // <tag></tag> parses to '' and <tag/> to '' as well; an element with children has no text.
    return isNode(first) && Object.keys(first).length === 0 ? '' : undefined;
}

/** The texts of every child with this tag. */
export function texts(node: XmlNode, tag: string): string[] {
    return children(node, tag).filter((value): value is string => typeof value === 'string');
}

/** true/false children; anything else (or absence) gives the fallback. */
export function bool(node: XmlNode, tag: string, fallback = false): boolean {
    const value = text(node, tag);
    if (value === 'true') {
        return true;
    }
    if (value === 'false') {
        return false;
    }
    return fallback;
}

/** A numeric child, or undefined when absent or not a number. */
export function num(node: XmlNode, tag: string): number | undefined {
    const value = text(node, tag);
    if (value === undefined || value.trim() === '') {
        return undefined;
    }
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
}
