// What sfdx-project.json says about where metadata lives: the package directories (and which of them
// become an unlocked package), and the post-install directory of what a package must not carry —
// the public group and the folder sharing — which `npm run atlas:install` deploys after the package.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ProjectLayout {
    /** Every packageDirectories path, in order. */
    readonly packageDirs: readonly string[];
    /** The package directories that name a `package`: what `sf package version create` packages. */
    readonly packagedDirs: readonly string[];
    /** plugins.accountAtlas.postInstallDirectory: deployed after the package or the source. */
    readonly postInstallDirs: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DEFAULT_LAYOUT: ProjectLayout = {
    packageDirs: ['force-app'],
    packagedDirs: [],
    postInstallDirs: []
};

/** The layout an sfdx-project.json text describes; unreadable JSON gives the CLI's default layout. */
export function layoutFromConfig(configText: string): ProjectLayout {
    let config: unknown;
    try {
        config = JSON.parse(configText);
    } catch {
        return DEFAULT_LAYOUT; // the deploy check reports an unreadable sfdx-project.json
    }
    if (!isRecord(config)) {
        return DEFAULT_LAYOUT;
    }
    const directories = (Array.isArray(config.packageDirectories) ? config.packageDirectories : [])
        .filter(isRecord)
        .filter(
            (dir): dir is Record<string, unknown> & { path: string } => typeof dir.path === 'string'
        );
    const plugins = isRecord(config.plugins) ? config.plugins : {};
    const atlas = isRecord(plugins.accountAtlas) ? plugins.accountAtlas : {};
    const postInstall = atlas.postInstallDirectory;
    return {
        packageDirs:
            directories.length > 0
                ? directories.map((dir) => dir.path)
                : DEFAULT_LAYOUT.packageDirs,
        packagedDirs: directories
            .filter((dir) => typeof dir.package === 'string')
            .map((dir) => dir.path),
        postInstallDirs: typeof postInstall === 'string' ? [postInstall] : []
    };
}

/** Reads the project's sfdx-project.json; without one, the CLI's default layout. */
export function projectLayout(projectDir: string): ProjectLayout {
    const configPath = join(projectDir, 'sfdx-project.json');
    return existsSync(configPath)
        ? layoutFromConfig(readFileSync(configPath, 'utf8'))
        : DEFAULT_LAYOUT;
}
