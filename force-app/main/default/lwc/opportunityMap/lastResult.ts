// A template reads a panel's view many times per render; building it once per change of what it is
// built from keeps the grid's totals from being recomputed for every binding.

/**
 * Wraps `build` so that a call with the same state as the last call (every property the same
 * value, compared with ===) returns the last result instead of building it again.
 */
export function rememberLastResult<State extends object, Result>(
    build: (state: State) => Result
): (state: State) => Result {
    let last: { state: State; result: Result } | null = null;
    return (state) => {
        if (last === null || !sameProperties(last.state, state)) {
            last = { state: { ...state }, result: build(state) };
        }
        return last.result;
    };
}

function sameProperties(a: object, b: object): boolean {
    const aEntries = Object.entries(a);
    return (
        aEntries.length === Object.keys(b).length &&
        aEntries.every(([key, value]) => (b as Record<string, unknown>)[key] === value)
    );
}
