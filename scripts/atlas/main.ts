// `atlas <command> [options]`: the Account Atlas command line. Commands: score (rescore open deals
// through Bulk API 2.0), pipeline (pipeline health as tables, JSON or an HTML page), accounts (growth
// and network value per account), seed (load the sample data plan), doctor (check an install as the
// running user). Exit codes: 0 done, 1 failed (the message says why and what to do), 2 bad usage.
import { COMMANDS } from './commandIndex';
import { DEFAULT_CONTEXT, type AtlasContext } from './context';
import { processIo, type AtlasIo } from './io';
import { runCommand } from './command';

export { COMMANDS };

export function generalHelp(): string {
    const width = Math.max(...COMMANDS.map((command) => command.name.length));
    return [
        'Usage: atlas <command> [options]',
        '',
        'Commands:',
        ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
        '',
        'Every command works on the local org (started if needed) unless given',
        '--target-org <alias|username> of an org the sf CLI is logged in to.',
        'atlas <command> --help shows its options.',
        ''
    ].join('\n');
}

/** Runs one command line; resolves with the exit code. */
export async function runAtlas(
    argv: readonly string[],
    io: AtlasIo,
    context: AtlasContext = DEFAULT_CONTEXT
): Promise<number> {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        (name === undefined ? io.stderr : io.stdout).write(generalHelp());
        return name === undefined ? 2 : 0;
    }
    const entry = COMMANDS.find((candidate) => candidate.name === name);
    if (entry === undefined) {
        io.stderr.write(
            `atlas: unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')}; atlas --help)\n`
        );
        return 2;
    }
    return runCommand(await entry.load(), rest, io, context);
}

export async function main(): Promise<void> {
    process.exitCode = await runAtlas(process.argv.slice(2), processIo());
}

if (require.main === module) {
    void main();
}
