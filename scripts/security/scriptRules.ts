// The script rules, on a syntax tree rather than on text, so that a comment or a label that merely
// mentions innerHTML or eval is not a finding. A property name computed at run time
// (el['inner' + 'HTML']) is beyond any static scan; Lightning Web Security stops that one.
import ts from 'typescript';
import type { RuleHit } from './findings';

const HTML_SINK_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML']);
const HTML_SINK_METHODS = new Set(['createContextualFragment']);
const DOCUMENT_WRITES = new Set(['write', 'writeln']);
const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate']);

/** The findings of the script rules (html-sink, dynamic-code, script-url) in one JS or TS source. */
export function scanScript(fileName: string, text: string): RuleHit[] {
    const kind = fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
    const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
    const hits: RuleHit[] = [];
    const report = (node: ts.Node, rule: RuleHit['rule'], found: string): void => {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        hits.push({ rule, line: line + 1, found });
    };

    const visit = (node: ts.Node): void => {
        if (ts.isPropertyAccessExpression(node)) {
            const name = node.name.text;
            if (HTML_SINK_PROPERTIES.has(name) || HTML_SINK_METHODS.has(name)) {
                report(node.name, 'html-sink', name);
            } else if (
                DOCUMENT_WRITES.has(name) &&
                ts.isIdentifier(node.expression) &&
                node.expression.text === 'document'
            ) {
                report(node.name, 'html-sink', `document.${name}`);
            }
        } else if (ts.isElementAccessExpression(node)) {
            const key = staticString(node.argumentExpression);
            if (
                key !== undefined &&
                (HTML_SINK_PROPERTIES.has(key) || HTML_SINK_METHODS.has(key))
            ) {
                report(node.argumentExpression, 'html-sink', key);
            }
        } else if (ts.isIdentifier(node) && node.text === 'eval' && !isDeclarationName(node)) {
            report(node, 'dynamic-code', 'eval');
        } else if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
            checkCall(node, report);
        } else if (ts.isStringLiteralLike(node) && /^\s*javascript:/i.test(node.text)) {
            report(node, 'script-url', 'script URL (javascript:)');
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return hits;
}

function checkCall(
    node: ts.NewExpression | ts.CallExpression,
    report: (node: ts.Node, rule: RuleHit['rule'], found: string) => void
): void {
    const callee = calleeName(node.expression);
    if (callee === 'Function') {
        report(node, 'dynamic-code', ts.isNewExpression(node) ? 'new Function' : 'Function()');
        return;
    }
    const first = node.arguments?.[0];
    if (callee !== undefined && TIMERS.has(callee) && first !== undefined && isStringy(first)) {
        report(node, 'dynamic-code', `${callee} with a string`);
    }
}

/** `Function`, `window.Function`, `globalThis.setTimeout` → the last name; anything else → undefined. */
function calleeName(expression: ts.Expression): string | undefined {
    if (ts.isIdentifier(expression)) {
        return expression.text;
    }
    if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) {
        const owner = expression.expression.text;
        if (owner === 'window' || owner === 'globalThis' || owner === 'self') {
            return expression.name.text;
        }
    }
    return undefined;
}

/** A string built in place: a literal, a template, or a concatenation starting with one. */
function isStringy(node: ts.Expression): boolean {
    if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) {
        return true;
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        return isStringy(node.left) || isStringy(node.right);
    }
    if (ts.isParenthesizedExpression(node)) {
        return isStringy(node.expression);
    }
    return false;
}

function staticString(node: ts.Expression): string | undefined {
    return ts.isStringLiteralLike(node) ? node.text : undefined;
}

/** `{ eval: 1 }` or `obj.eval` name a property, not the global eval. */
function isDeclarationName(node: ts.Identifier): boolean {
    const parent = node.parent;
    return (
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isPropertyAccessExpression(parent) &&
            parent.name === node &&
            !isGlobalOwner(parent.expression)) ||
        (ts.isMethodDeclaration(parent) && parent.name === node) ||
        (ts.isPropertyDeclaration(parent) && parent.name === node)
    );
}

function isGlobalOwner(expression: ts.Expression): boolean {
    return (
        ts.isIdentifier(expression) &&
        (expression.text === 'window' ||
            expression.text === 'globalThis' ||
            expression.text === 'self')
    );
}
