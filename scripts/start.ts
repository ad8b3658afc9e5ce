// `npm start`: Account Atlas on this machine, with no Salesforce org — the local org (seeded from
// data/ on first start) and the real panels in a browser (local/preview). Options: --port N,
// --reset (back to the sample data), --data-dir DIR, --dev. To install it in a real org instead,
// see "Install into an org" in README.md (npm run atlas:install).
import { startFromCommandLine } from '../local/preview/start';

startFromCommandLine(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(
        `Account Atlas did not start: ${error instanceof Error ? error.message : String(error)}\n`
    );
    process.exit(1);
});
