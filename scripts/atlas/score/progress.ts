// Progress of a scoring run: a cli-progress bar per step on a terminal, plain lines otherwise
// (pipes, CI logs, tests), so a log shows each step once with its count instead of bar redraws.
import { SingleBar, Presets } from 'cli-progress';
import type { AtlasIo } from '../io';

export interface ScoreProgress {
    /** A step with a known or unknown (0) total begins. */
    start(step: string, total: number): void;
    update(done: number, total: number): void;
    /** The step is over; `result` says what it did. */
    finish(result: string): void;
    /** A note between steps (a retry, a warning). */
    note(text: string): void;
}

/** Plain lines: one when a step ends, notes as they come. */
export function lineProgress(io: AtlasIo): ScoreProgress {
    let step = '';
    return {
        start: (name) => {
            step = name;
        },
        update: () => undefined,
        finish: (result) => io.stdout.write(`${step}: ${result}\n`),
        note: (text) => io.stderr.write(`${text}\n`)
    };
}

/**
 * A bar on the real terminal. cli-progress draws with cursor moves on a TTY stream, which only the
 * process's stdout is, so this writes there (io.isTTY says it is a terminal).
 */
export function barProgress(io: AtlasIo): ScoreProgress {
    let bar: SingleBar | null = null;
    let step = '';
    const stop = (): void => {
        bar?.stop();
        bar = null;
    };
    return {
        start: (name, total) => {
            stop();
            step = name;
            bar = new SingleBar(
                {
                    format: `${name.padEnd(28)} {bar} {value}/{total} {percentage}% {duration_formatted}`,
                    stream: process.stdout,
                    hideCursor: true,
                    clearOnComplete: true
                },
                Presets.shades_classic
            );
            bar.start(Math.max(total, 1), 0);
        },
        update: (done, total) => {
            bar?.setTotal(Math.max(total, 1));
            bar?.update(done);
        },
        finish: (result) => {
            stop();
            io.stdout.write(`${step}: ${result}\n`);
        },
        note: (text) => {
            // Above the bar: stop it, say it, and let the next update redraw it.
            io.stderr.write(`\n${text}\n`);
        }
    };
}

export function progressFor(io: AtlasIo): ScoreProgress {
    return io.isTTY ? barProgress(io) : lineProgress(io);
}
