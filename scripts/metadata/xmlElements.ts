// Reads metadata XML exactly as written — no trimming — into its elements with their paths, text and
// lines: what the text-as-sent, limits and Metadata API type checks judge. Expects well-formed XML
// (check with xmlSyntaxError first); comments, processing instructions and attributes are skipped.

export interface XmlElement {
    /** Element names from the root down to this element: ['Report', 'filter', 'criteriaItems']. */
    readonly path: readonly string[];
    /** The text of an element without child elements, entities decoded and untrimmed; else null. */
    readonly text: string | null;
    /** 1-based line of the opening tag. */
    readonly line: number;
}

const TOKEN =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([^\s/>]+)[^>]*?(\/?)>/g;

const ENTITIES: Readonly<Record<string, string>> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'"
};

/** Decodes the five XML entities and numeric character references. */
export function decodeXmlText(raw: string): string {
    return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
        if (name.startsWith('#x')) {
            return String.fromCodePoint(parseInt(name.slice(2), 16));
        }
        if (name.startsWith('#')) {
            return String.fromCodePoint(parseInt(name.slice(1), 10));
        }
        return ENTITIES[name] ?? whole;
    });
}

interface OpenElement {
    readonly name: string;
    readonly line: number;
    text: string;
    hasChildren: boolean;
}

/** Every element of the document, in document order of their closing tags. */
export function xmlElements(xml: string): XmlElement[] {
    const elements: XmlElement[] = [];
    const stack: OpenElement[] = [];
    let line = 1;
    let position = 0;
    const advance = (to: number): void => {
        for (let i = position; i < to; i++) {
            if (xml.charCodeAt(i) === 10) {
                line++;
            }
        }
        position = to;
    };
    for (const match of xml.matchAll(TOKEN)) {
        const start = match.index;
        const top = stack[stack.length - 1];
        if (top !== undefined) {
            top.text += decodeXmlText(xml.slice(position, start));
        }
        advance(start);
        const [whole, cdata, closing, name, selfClosing] = match;
        if (cdata !== undefined) {
            if (top !== undefined) {
                top.text += cdata;
            }
        } else if (name !== undefined) {
            if (closing === '/') {
                const element = stack.pop();
                if (element !== undefined) {
                    elements.push({
                        path: [...stack.map((open) => open.name), element.name],
                        text: element.hasChildren ? null : element.text,
                        line: element.line
                    });
                }
            } else {
                if (top !== undefined) {
                    top.hasChildren = true;
                }
                if (selfClosing === '/') {
                    elements.push({
                        path: [...stack.map((open) => open.name), name],
                        text: '',
                        line
                    });
                } else {
                    stack.push({ name, line, text: '', hasChildren: false });
                }
            }
        }
        advance(start + whole.length);
    }
    return elements;
}
