/** @jest-environment node */
import { formatFinding, lineOf } from '../findings';
import { caseSafeSuffix, findOrgIds, findOrgUrls, isRecordId } from '../orgReferences';
import { scanScript } from '../scriptRules';
import { scanTemplate } from '../templateRules';

// Built, not written, so the project's own no-script-url rule does not flag this test.
const SCRIPT_SCHEME = ['java', 'script:'].join('');

const rulesOf = (hits: readonly { rule: string; line: number; found: string }[]): string[] =>
    hits.map((hit) => `${hit.line} ${hit.rule} ${hit.found}`);

describe('script rules', () => {
    it.each([
        ['el.innerHTML = html;', 'html-sink innerHTML'],
        ['el.outerHTML = html;', 'html-sink outerHTML'],
        ["el.insertAdjacentHTML('beforeend', html);", 'html-sink insertAdjacentHTML'],
        ["el['innerHTML'] = html;", 'html-sink innerHTML'],
        ['document.write(html);', 'html-sink document.write'],
        ['range.createContextualFragment(html);', 'html-sink createContextualFragment'],
        ["eval('1 + 1');", 'dynamic-code eval'],
        ["window.eval('1 + 1');", 'dynamic-code eval'],
        ["const f = new Function('a', 'return a');", 'dynamic-code new Function'],
        ["const f = Function('return 1');", 'dynamic-code Function()'],
        ["setTimeout('refresh()', 10);", 'dynamic-code setTimeout with a string'],
        ['setInterval(`tick(${n})`, 10);', 'dynamic-code setInterval with a string'],
        ["window.setTimeout('go' + '()', 10);", 'dynamic-code setTimeout with a string'],
        [`link.href = '${SCRIPT_SCHEME}void(0)';`, 'script-url script URL (javascript:)']
    ])('catches %s', (code, expected) => {
        expect(rulesOf(scanScript('bundle.js', `// header\n${code}\n`))).toEqual([`2 ${expected}`]);
    });

    it('passes clean code, and mere mentions in comments, strings and property names', () => {
        const clean = [
            '// We never use innerHTML or eval: Lightning Web Security forbids them.',
            '/* new Function("x") would be caught */',
            'el.textContent = text;',
            "const label = 'Do not call eval or setTimeout with a string';",
            'const options = { eval: true };',
            'config.eval = false;',
            'setTimeout(() => refresh(), 10);',
            'const timer = setInterval(tick, 1000);',
            "const fn = makeFunction('a');",
            "this.template.querySelector('div').classList.add('x');"
        ].join('\n');
        expect(scanScript('bundle.js', clean)).toEqual([]);
    });

    it('parses TypeScript sources too and reports the right line', () => {
        const source =
            'const n: number = 1;\nfunction render(el: HTMLElement): void {\n    el.innerHTML = `${n}`;\n}\n';
        expect(rulesOf(scanScript('bundle.ts', source))).toEqual(['3 html-sink innerHTML']);
    });
});

describe('template rules', () => {
    it.each([
        ['<div lwc:dom="manual"></div>', 'manual-dom lwc:dom="manual"'],
        ["<div class='x' lwc:dom='manual'></div>", 'manual-dom lwc:dom="manual"'],
        ['<div lwc:inner-html={markup}></div>', 'template-inner-html lwc:inner-html'],
        [`<a href="${SCRIPT_SCHEME}void(0)">x</a>`, 'script-url script URL (javascript:)']
    ])('catches %s', (markup, expected) => {
        const template = `<template>\n    ${markup}\n</template>\n`;
        expect(rulesOf(scanTemplate(template))).toEqual([`2 ${expected}`]);
    });

    it('passes a clean template and ignores a commented-out manual DOM, keeping later lines right', () => {
        const template = [
            '<template>',
            '    <!-- <div lwc:dom="manual"></div>',
            '         was removed -->',
            '    <lightning-formatted-rich-text value={text}></lightning-formatted-rich-text>',
            '    <a href={recordUrl} onclick={navigate}>{name}</a>',
            '    <div lwc:dom="manual"></div>',
            '</template>'
        ].join('\n');
        expect(rulesOf(scanTemplate(template))).toEqual(['6 manual-dom lwc:dom="manual"']);
    });
});

describe('org ids', () => {
    it('computes the case-safe suffix Salesforce documents (001D000000IqhSL → IAZ)', () => {
        expect(caseSafeSuffix('001D000000IqhSL')).toBe('IAZ');
    });

    it.each([
        ['0015g00000AbCdE', '15-character Account id'],
        ['0015g00000AbCdEAAV', '18-character Account id'],
        ['00D5e000000XyZq', 'org id'],
        ['a0B5g00000QwErT', 'custom object record id'],
        ['0PS5g000001AbCd', 'permission set id']
    ])('catches %s (%s)', (id) => {
        const hits = findOrgIds(`const x = 1;\nconst recordId = '${id}';\n`);
        expect(rulesOf(hits)).toEqual([`2 org-id record id ${id}`]);
    });

    it.each([
        ['0015g00000AbCdEXYZ', 'an 18-character token with the wrong case-safe suffix'],
        ['012000000000000AAA', 'the master record type, the same in every org'],
        ['0015g10000AbCdE', 'a sixth character other than the reserved 0'],
        ['zzz5g00000AbCdE', 'an unknown key prefix'],
        ['0015g00000AbCd', '14 characters'],
        ['BuyingCenterMem', 'an ordinary 15-letter word']
    ])('does not take %s for an id (%s)', (token) => {
        expect(isRecordId(token)).toBe(false);
        expect(findOrgIds(`value = "${token}"`)).toEqual([]);
    });

    it('finds ids inside URLs and paths', () => {
        expect(rulesOf(findOrgIds('/lightning/r/Account/0015g00000AbCdEAAV/view'))).toEqual([
            '1 org-id record id 0015g00000AbCdEAAV'
        ]);
    });
});

describe('org URLs', () => {
    it.each([
        ['https://acme.my.salesforce.com/services/data', 'acme.my.salesforce.com'],
        ['https://acme--uat.sandbox.my.salesforce.com', 'acme--uat.sandbox.my.salesforce.com'],
        ['https://acme.lightning.force.com/lightning/page/home', 'acme.lightning.force.com'],
        ['acme.my.site.com', 'acme.my.site.com'],
        ['https://na42.salesforce.com/001', 'na42.salesforce.com'],
        ['cs87.salesforce.com', 'cs87.salesforce.com'],
        ['https://acme--c.vf.force.com/apex/page', 'acme--c.vf.force.com'],
        ['https://acme.salesforce.com/home', 'acme.salesforce.com']
    ])('catches %s', (text, host) => {
        expect(rulesOf(findOrgUrls(`\nconst url = '${text}';`))).toEqual([
            `2 org-url org URL ${host}`
        ]);
    });

    it('passes public hosts, wildcards in prose and the metadata namespace', () => {
        const text = [
            'https://login.salesforce.com',
            'https://test.salesforce.com/services/oauth2/token',
            'https://developer.salesforce.com/docs',
            'My Domain URLs look like *.my.salesforce.com',
            '<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">',
            '/lightning/r/Account/view'
        ].join('\n');
        expect(findOrgUrls(text)).toEqual([]);
    });
});

describe('findings', () => {
    it('count lines from 1 and print as file:line with the rule in words', () => {
        expect(lineOf('a\nb\nc', 4)).toBe(3);
        const line = formatFinding({
            file: 'force-app/x.js',
            line: 7,
            rule: 'html-sink',
            found: 'innerHTML'
        });
        expect(line).toMatch(
            /^force-app\/x\.js:7 {2}innerHTML — HTML written into the DOM from script/
        );
    });
});
