// Command-line options for the atlas commands, parsed with node:util parseArgs in strict mode. A
// mistake in the command line is a UsageError: the command prints it with a pointer to --help and
// exits 2, the usual exit code for bad usage.
import { parseArgs } from 'node:util';

export class UsageError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'UsageError';
    }
}

export interface OptionSpec {
    readonly type: 'string' | 'boolean';
    readonly short?: string;
}

export type ParsedOptions = Record<string, string | boolean | undefined>;

function optionName(message: string): string {
    return /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
}

/** Parses argv against the command's options (plus --help); every mistake is a UsageError. */
export function parseOptions(
    command: string,
    argv: readonly string[],
    options: Readonly<Record<string, OptionSpec>>
): ParsedOptions {
    try {
        const { values } = parseArgs({
            args: [...argv],
            options: { ...options, help: { type: 'boolean', short: 'h' } },
            strict: true,
            allowPositionals: false
        });
        return values as ParsedOptions;
    } catch (error) {
        const code = (error as { code?: string }).code;
        const message = error instanceof Error ? error.message : String(error);
        const known = Object.keys(options)
            .map((name) => `--${name}`)
            .join(', ');
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
            throw new UsageError(
                `atlas ${command}: unknown option ${optionName(message)} (options: ${known || 'none'}, --help)`
            );
        }
        if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
            throw new UsageError(
                `atlas ${command}: ${optionName(message) || 'an option'} needs a value`
            );
        }
        if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
            throw new UsageError(
                `atlas ${command}: unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''} (options: ${known}, --help)`
            );
        }
        throw new UsageError(`atlas ${command}: ${message}`);
    }
}

export function stringOption(values: ParsedOptions, name: string): string | undefined {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}

/**
 * An option that takes one of a few words (`--format`): its value, the first choice when it is not
 * given, and a usage error that names the choices when it is none of them.
 */
export function choiceOption<T extends string>(
    command: string,
    values: ParsedOptions,
    name: string,
    choices: readonly [T, ...T[]]
): T {
    const value = stringOption(values, name) ?? choices[0];
    if (!(choices as readonly string[]).includes(value)) {
        throw new UsageError(
            `atlas ${command}: --${name} takes ${choices.join(', ')} (got "${value}")`
        );
    }
    return value as T;
}

/**
 * Splits `--target-org X` (or `--target-org=X`) out of argv, for commands whose own parser runs after
 * the connection is made (atlas score).
 */
export function takeTargetOrg(
    command: string,
    argv: readonly string[]
): { targetOrg: string | undefined; rest: string[] } {
    const rest: string[] = [];
    let targetOrg: string | undefined;
    for (let i = 0; i < argv.length; i++) {
        const argument = argv[i] ?? '';
        if (argument === '--target-org' || argument === '-o') {
            const value = argv[i + 1];
            if (value === undefined || value.startsWith('-')) {
                throw new UsageError(
                    `atlas ${command}: --target-org needs an org alias or username`
                );
            }
            targetOrg = value;
            i++;
        } else if (argument.startsWith('--target-org=')) {
            targetOrg = argument.slice('--target-org='.length);
        } else {
            rest.push(argument);
        }
    }
    if (targetOrg === '') {
        throw new UsageError(`atlas ${command}: --target-org needs an org alias or username`);
    }
    return { targetOrg, rest };
}
