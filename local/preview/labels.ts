// Custom labels from force-app (labels/*.label-meta.xml, one label a file, or a CustomLabels file
// holding many): name → text, what `@salesforce/label/c.<name>` gives a component on the platform.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export const LABELS_DIR = join('force-app', 'main', 'default', 'labels');

interface LabelXml {
    fullName?: unknown;
    value?: unknown;
}

function labelsIn(parsed: Record<string, unknown>): LabelXml[] {
    const single = parsed.CustomLabel as LabelXml | undefined;
    if (single !== undefined) {
        return [single];
    }
    const many = (parsed.CustomLabels as { labels?: LabelXml | LabelXml[] } | undefined)?.labels;
    return many === undefined ? [] : Array.isArray(many) ? many : [many];
}

export function readLabels(projectDir: string): Map<string, string> {
    const dir = join(projectDir, LABELS_DIR);
    const parser = new XMLParser({ parseTagValue: false, trimValues: false });
    const labels = new Map<string, string>();
    for (const file of readdirSync(dir).sort()) {
        if (!file.endsWith('.label-meta.xml') && !file.endsWith('.labels-meta.xml')) {
            continue;
        }
        const parsed = parser.parse(readFileSync(join(dir, file), 'utf8')) as Record<
            string,
            unknown
        >;
        for (const label of labelsIn(parsed)) {
            if (typeof label.fullName === 'string' && label.value !== undefined) {
                labels.set(label.fullName.trim(), String(label.value));
            }
        }
    }
    return labels;
}
