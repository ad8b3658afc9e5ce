// One atlas command and how it runs: --help prints its help, a UsageError exits 2 with the message,
// an OrgConnectionError (or any failure) exits 1 with its message — never a stack trace for a
// mistake the user can fix.
import { UsageError } from './args';
import type { AtlasContext } from './context';
import type { AtlasIo } from './io';
import { OrgConnectionError } from './orgTypes';

export interface AtlasCommand {
    readonly name: string;
    /** The full --help text. */
    readonly help: string;
    run(argv: readonly string[], io: AtlasIo, context: AtlasContext): Promise<number>;
}

/** A failure the command explains itself (the message is the whole story, exit 1). */
export class CommandError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'CommandError';
    }
}

function wantsHelp(argv: readonly string[]): boolean {
    const end = argv.indexOf('--');
    return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

export async function runCommand(
    command: AtlasCommand,
    argv: readonly string[],
    io: AtlasIo,
    context: AtlasContext
): Promise<number> {
    if (wantsHelp(argv)) {
        io.stdout.write(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
        return 0;
    }
    try {
        return await command.run(argv, io, context);
    } catch (error) {
        if (error instanceof UsageError) {
            io.stderr.write(`${error.message}\n`);
            return 2;
        }
        if (error instanceof OrgConnectionError || error instanceof CommandError) {
            io.stderr.write(`atlas ${command.name}: ${error.message}\n`);
            return 1;
        }
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        io.stderr.write(`atlas ${command.name} failed unexpectedly: ${message}\n`);
        return 1;
    }
}
