// The matcher registerSa11yMatcher() adds; @sa11y/jest does not declare it on Jest's Matchers.
declare namespace jest {
    interface Matchers<R> {
        toBeAccessible(config?: unknown): Promise<R>;
    }
}
