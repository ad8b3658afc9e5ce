// A lightning/navigation stand-in that records where a component navigates. A test installs it with
// jest.mock('lightning/navigation', () => jest.requireActual('<path to this file>')) and reads
// `navigatedTo`; Jest's module registry hands the test and the component the same instance.

/** Called with each page reference a component navigates to. */
export const navigatedTo = jest.fn();

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export const NavigationMixin = Object.assign(
    (Base: new () => object) =>
        class extends Base {
            [Navigate](pageReference: unknown): void {
                navigatedTo(pageReference);
            }
            [GenerateUrl](): Promise<string> {
                return Promise.resolve('');
            }
        },
    { Navigate, GenerateUrl }
);

export const CurrentPageReference = jest.fn();
