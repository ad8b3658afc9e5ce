// A lightning/graphql stand-in for tests that send the panels' queries to the local org. The platform
// compiles gql at build time; here, as in the preview (local/preview/platform/graphql.ts), a query
// is its text. A test installs it with
// jest.mock('lightning/graphql', () => jest.requireActual('<path to this file>')).

export function gql(strings: TemplateStringsArray, ...values: unknown[]): string {
    return strings.reduce(
        (text, part, i) => text + part + (i < values.length ? String(values[i]) : ''),
        ''
    );
}

/** The wire adapter: these tests call the org themselves, so nothing wires it. */
export const graphql = jest.fn();
