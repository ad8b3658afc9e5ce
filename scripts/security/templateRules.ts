// The template rules. Policy: lwc:dom="manual" is forbidden outright — no sanitizer is accepted,
// because the only way to fill a manual-DOM element is from script, and Lightning Web Security offers
// no sanitizer this project could prove is used on every path. Nothing in Account Atlas needs it.
import { lineOf, type RuleHit } from './findings';

const MANUAL_DOM = /\blwc:dom\s*=\s*(["']?)manual\1/gi;
const INNER_HTML_DIRECTIVE = /\blwc:inner-html\b/gi;
// An attribute value that starts with javascript: (href, src, action …), quoted or not.
const SCRIPT_URL = /=\s*(["']?)\s*javascript:/gi;

/** The findings of the template rules (manual-dom, template-inner-html, script-url) in one .html. */
export function scanTemplate(text: string): RuleHit[] {
    const markup = withoutComments(text);
    return [
        ...matches(markup, MANUAL_DOM).map((offset) =>
            hit('manual-dom', markup, offset, 'lwc:dom="manual"')
        ),
        ...matches(markup, INNER_HTML_DIRECTIVE).map((offset) =>
            hit('template-inner-html', markup, offset, 'lwc:inner-html')
        ),
        ...matches(markup, SCRIPT_URL).map((offset) =>
            hit('script-url', markup, offset, 'script URL (javascript:)')
        )
    ].sort((left, right) => left.line - right.line);
}

/** HTML comments replaced by spaces of the same length, newlines kept, so lines stay right. */
export function withoutComments(text: string): string {
    return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

function matches(text: string, pattern: RegExp): number[] {
    return [...text.matchAll(pattern)].map((match) => match.index);
}

function hit(rule: RuleHit['rule'], text: string, offset: number, found: string): RuleHit {
    return { rule, line: lineOf(text, offset), found };
}
