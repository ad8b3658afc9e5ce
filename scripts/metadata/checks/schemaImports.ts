// Check (b-i): every @salesforce/schema module a source imports (or mocks), such as
// Buying_Center__c.Wallet_Share__c, names an object, relationship path and field that exist.
import { lineOf } from '../../../schema/files';
import { suggestion } from '../../../schema/schema';
import { projectSources, type Check, type Finding } from './check';
import { IGNORE_FILE, IGNORE_NEXT_LINE } from './customNames';

const SCHEMA_MODULE = /(['"`])@salesforce\/schema\/([^'"`]+)\1/g;

export const schemaImports: Check = {
    name: '@salesforce/schema imports name existing objects and fields',
    run(context) {
        const findings: Finding[] = [];
        const { schema } = context;
        for (const source of projectSources(context)) {
            // The same markers as the __c name check: a test may name a missing field on purpose.
            if (!/\.(ts|js)$/.test(source.path) || source.text.includes(IGNORE_FILE)) {
                continue;
            }
            const lines = source.text.split('\n');
            for (const match of source.text.matchAll(SCHEMA_MODULE)) {
                const reference = match[2] ?? '';
                const line = lineOf(source.text, match.index);
                if ((lines[line - 2] ?? '').includes(IGNORE_NEXT_LINE)) {
                    continue;
                }
                const [objectName = '', ...path] = reference.split('.');
                const object = schema.object(objectName);
                if (object === undefined) {
                    findings.push({
                        file: source.path,
                        line,
                        message: `imports @salesforce/schema/${reference}, but there is no object ${objectName}${suggestion(
                            objectName,
                            schema.objects().map((o) => o.name)
                        )}`,
                        fix: `correct the object name, or add objects/${objectName}/${objectName}.object-meta.xml`
                    });
                    continue;
                }
                if (path.length === 0) {
                    continue;
                }
                const resolution = schema.resolvePath(objectName, path.join('.'));
                if (!resolution.ok) {
                    findings.push({
                        file: source.path,
                        line,
                        message: `imports @salesforce/schema/${reference}, but ${resolution.error}`,
                        fix: 'correct the field or relationship name (relationships end in __r, fields in __c)'
                    });
                }
            }
        }
        return Promise.resolve(findings);
    }
};
