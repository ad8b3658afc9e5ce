// Box sizes and spacing of the relationship map: the base box grows with influence, so the people
// who sway decisions stand out; every slot and row fits the largest box plus a gap.
import type { Influence } from 'c/atlasModel';

export const BOX: Readonly<{ width: number; height: number }> = Object.freeze({
    width: 160,
    height: 56
});
export const INFLUENCE_SCALE: Readonly<Record<Influence, number>> = Object.freeze({
    High: 1.25,
    Medium: 1.1,
    Low: 1
});
export const GAP: Readonly<{ x: number; y: number }> = Object.freeze({ x: 24, y: 48 });

/** The box of a person of this influence (unknown: the base box). */
export function sizeFor(influence: Influence | null): { width: number; height: number } {
    const scale = influence ? INFLUENCE_SCALE[influence] : 1;
    // Even sizes keep box corners on whole units when centred.
    const even = (value: number) => 2 * Math.round(value / 2);
    return { width: even(BOX.width * scale), height: even(BOX.height * scale) };
}

const LARGEST = (['High', 'Medium', 'Low'] as const).map(sizeFor).reduce(
    (largest, size) => ({
        width: Math.max(largest.width, size.width),
        height: Math.max(largest.height, size.height)
    }),
    sizeFor(null)
);
/** Horizontal distance between neighbouring leaves. */
export const SLOT = LARGEST.width + GAP.x;
/** Vertical distance between layers. */
export const ROW = LARGEST.height + GAP.y;
