// The atlas commands by name, each with its one-line summary and how to load it. A command's module
// (and the org clients, parsers and compilers it needs) loads only when that command runs, so
// `atlas --help` and every command start without the others' weight.
import type { AtlasCommand } from './command';

export interface CommandEntry {
    readonly name: string;
    readonly summary: string;
    load(): Promise<AtlasCommand>;
}

export const COMMANDS: readonly CommandEntry[] = [
    {
        name: 'score',
        summary: 'rescore the open deals through Bulk API 2.0 and write the changed scores',
        load: async () => (await import('./scoreEntry')).SCORE_COMMAND
    },
    {
        name: 'pipeline',
        summary: "an owner's pipeline health as tables, JSON or an HTML page with charts",
        load: async () => (await import('./pipeline/pipelineCommand')).PIPELINE_COMMAND
    },
    {
        name: 'accounts',
        summary:
            "each account's growth figures and customer network value, ranked by network value",
        load: async () => (await import('./accounts/accountsCommand')).ACCOUNTS_COMMAND
    },
    {
        name: 'seed',
        summary: 'load the sample data plan (the demo accounts) into an org',
        load: async () => (await import('./seed/seedCommand')).SEED_COMMAND
    },
    {
        name: 'doctor',
        summary:
            'check an Account Atlas install as the running user, with the fix for each problem',
        load: async () => (await import('./doctor/doctorCommand')).DOCTOR_COMMAND
    }
];
