// The `--project <dir>` option of the project's check commands (check:metadata, check:security):
// the folder to check, the current one by default. A flag without a folder prints the usage and
// exits 2.
export function projectArgument(argv: readonly string[], usage: string): string {
    const index = argv.indexOf('--project');
    if (index === -1) {
        return process.cwd();
    }
    const value = argv[index + 1];
    if (value === undefined || value.startsWith('--')) {
        process.stderr.write(`usage: ${usage}\n`);
        process.exit(2);
    }
    return value;
}
