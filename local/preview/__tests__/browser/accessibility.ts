// axe-core run inside the page: the project's installed axe.min.js is injected (no CDN), and the
// serious and critical violations come back as one line per violation and element.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_DIR } from './paths';

const AXE_SCRIPT = join(PROJECT_DIR, 'node_modules', 'axe-core', 'axe.min.js');

export interface AxeViolation {
    readonly id: string;
    readonly impact: string;
    readonly help: string;
    readonly targets: string[];
}

interface AxeResultShape {
    violations: {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[] }[];
    }[];
}

/** Every violation axe finds on the page as it is now, whatever its impact. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
    const loaded = await page.evaluate(() => 'axe' in window);
    if (!loaded) {
        await page.addScriptTag({ path: AXE_SCRIPT });
    }
    const result = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document): Promise<unknown> } })
            .axe;
        return (await axe.run(document)) as AxeResultShape;
    });
    return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        targets: violation.nodes.map((node) => JSON.stringify(node.target))
    }));
}

export function isSeriousOrCritical(violation: AxeViolation): boolean {
    return violation.impact === 'serious' || violation.impact === 'critical';
}

/** One line per element: impact, rule id, what the rule asks, and the element's selector path. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
    return violations.flatMap((violation) =>
        violation.targets.map(
            (target) => `${violation.impact} ${violation.id} (${violation.help}): ${target}`
        )
    );
}
