// The HTML of every preview page: SLDS, the page's configuration (the user the page runs as, read by
// @salesforce/user/Id and @salesforce/customPermission/*, and the users the header's picker offers)
// and the app script; the shell renders the page the address names.
import { PAGE_CONFIG_GLOBAL } from './platformModules';

export interface PageConfig {
    readonly userId: string;
    /** The persona key of the user the page runs as. */
    readonly persona: string;
    /** The custom permissions that user's permission sets enable. */
    readonly customPermissions: readonly string[];
    readonly personas: readonly { key: string; name: string; title: string }[];
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
    return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function pageHtml(scriptUrl: string, config: PageConfig): string {
    return `<!doctype html>
<html lang="en">
    <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Account Atlas</title>
        <link rel="stylesheet" href="/assets/styles/salesforce-lightning-design-system.min.css" />
        <style>
            body { background: #f3f3f3; margin: 0; min-height: 100vh; }
        </style>
        <script>window.${PAGE_CONFIG_GLOBAL} = ${scriptJson(config)};</script>
        <script type="module" src="${scriptUrl}"></script>
    </head>
    <body>
        <div id="app"></div>
        <noscript>Account Atlas needs JavaScript.</noscript>
    </body>
</html>
`;
}
