// What the dispatcher hands every command besides its argv and io: how to reach orgs. The defaults
// reach the real sf CLI and the project's .atlas/ folder; tests point them at a temp local org and a
// fake sf runner.
import type { ConnectOptions } from './orgConnection';

export type ConnectDefaults = Omit<ConnectOptions, 'targetOrg' | 'requiredFields'>;

export interface AtlasContext {
    readonly connect: ConnectDefaults;
}

export const DEFAULT_CONTEXT: AtlasContext = { connect: {} };
