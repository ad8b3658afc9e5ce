// Runs `atlas score` in a child process for the kill test: connects to the org (or proxy) given in
// the environment, pins the clock to ATLAS_TEST_NOW, and exits with the command's exit code.
import { Connection } from 'jsforce';
import { processIo } from '../../io';
import { runScoreCommand } from '../scoreCommand';

async function main(): Promise<number> {
    const io = processIo();
    const now = new Date(process.env.ATLAS_TEST_NOW ?? '');
    const conn = new Connection({
        instanceUrl: process.env.ATLAS_TEST_URL,
        accessToken: process.env.ATLAS_TEST_TOKEN,
        version: '66.0'
    });
    return runScoreCommand(conn, process.argv.slice(2), { ...io, now: () => now });
}

main().then(
    (code) => process.exit(code),
    (error: unknown) => {
        process.stderr.write(`${String(error)}\n`);
        process.exit(70);
    }
);
