// What every scan rule reports, and how a finding reads in the terminal.

export type SecurityRule =
    | 'html-sink'
    | 'dynamic-code'
    | 'manual-dom'
    | 'template-inner-html'
    | 'script-url'
    | 'org-id'
    | 'org-url';

/** A rule's finding inside one text, before the scanner knows the file. */
export interface RuleHit {
    readonly rule: SecurityRule;
    /** 1-based line number. */
    readonly line: number;
    /** What was found, in words, e.g. "innerHTML". */
    readonly found: string;
}

export interface SecurityFinding extends RuleHit {
    /** Path relative to the project root, with forward slashes. */
    readonly file: string;
}

/** Each rule in words: what it forbids and what to do instead. */
export const RULE_TEXT: Readonly<Record<SecurityRule, string>> = {
    'html-sink':
        'HTML written into the DOM from script (innerHTML, outerHTML, insertAdjacentHTML, document.write, createContextualFragment) bypasses the template escaping; render it with the template',
    'dynamic-code':
        'code built from a string at run time (eval, Function, setTimeout/setInterval with a string) is forbidden by Lightning Web Security; pass a function',
    'manual-dom':
        'lwc:dom="manual" lets script put unescaped HTML in the component; this project forbids it (no sanitizer is accepted): render with the template',
    'template-inner-html':
        'lwc:inner-html renders a string as HTML; render with the template instead',
    'script-url': 'a javascript: URL runs code from a string; use an event handler',
    'org-id':
        "a hard-coded Salesforce record id belongs to one org and breaks in every other; look the record up (by name or developer name) or take it from the user's data",
    'org-url':
        'a hard-coded org or instance URL belongs to one org; use relative URLs or lightning/navigation'
};

export function formatFinding(finding: SecurityFinding): string {
    return `${finding.file}:${finding.line}  ${finding.found} — ${RULE_TEXT[finding.rule]}`;
}

/** 1-based line of a character offset. */
export function lineOf(text: string, offset: number): number {
    let line = 1;
    for (let index = 0; index < offset && index < text.length; index++) {
        if (text.charCodeAt(index) === 10) {
            line++;
        }
    }
    return line;
}
