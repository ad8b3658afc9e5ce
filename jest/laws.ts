// What the property (law) tests share: a deterministic shuffle driven by fast-check's seed, so a law
// that says "order must not matter" can reorder its input reproducibly.

/** The list in an order decided by the seed (a linear congruential generator); the input is kept. */
export function shuffled<T>(list: readonly T[], seed: number): T[] {
    const copy = [...list];
    let state = seed >>> 0 || 1;
    for (let i = copy.length - 1; i > 0; i--) {
        state = (state * 1_103_515_245 + 12_345) >>> 0;
        const j = state % (i + 1);
        const [here, there] = [copy[i] as T, copy[j] as T];
        copy[i] = there;
        copy[j] = here;
    }
    return copy;
}
