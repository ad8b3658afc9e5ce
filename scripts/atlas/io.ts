// What every atlas command talks to instead of the process: output writers, whether stdout is a
// terminal, the clock and the environment. Commands take an AtlasIo so tests capture the output,
// pin the clock and control the environment without touching the real process.

export interface AtlasWriter {
    write(text: string): void;
}

export interface AtlasIo {
    readonly stdout: AtlasWriter;
    readonly stderr: AtlasWriter;
    /** True when stdout is a terminal (progress bars, colours); false for pipes and files. */
    readonly isTTY: boolean;
    now(): Date;
    readonly env: Readonly<Record<string, string | undefined>>;
    /** The directory the command works from (the project folder for `.atlas/`). */
    readonly cwd: string;
}

/** The real process: what `atlas` uses when run from a shell. */
export function processIo(): AtlasIo {
    return {
        stdout: { write: (text) => void process.stdout.write(text) },
        stderr: { write: (text) => void process.stderr.write(text) },
        isTTY: process.stdout.isTTY === true,
        now: () => new Date(),
        env: process.env,
        cwd: process.cwd()
    };
}

export interface CapturedIo extends AtlasIo {
    /** Everything written to stdout so far. */
    out(): string;
    /** Everything written to stderr so far. */
    err(): string;
}

/** An AtlasIo that keeps the output in memory (tests), with an optional pinned clock. */
export function captureIo(
    options: {
        readonly now?: () => Date;
        readonly env?: Readonly<Record<string, string | undefined>>;
        readonly isTTY?: boolean;
        readonly cwd?: string;
    } = {}
): CapturedIo {
    let stdout = '';
    let stderr = '';
    return {
        stdout: { write: (text) => void (stdout += text) },
        stderr: { write: (text) => void (stderr += text) },
        isTTY: options.isTTY ?? false,
        now: options.now ?? (() => new Date()),
        env: options.env ?? {},
        cwd: options.cwd ?? process.cwd(),
        out: () => stdout,
        err: () => stderr
    };
}
