// `npm start`: the main job on this machine. The browser preview of the panels is not built yet, so
// it says what exists today — the local org (`npm run org`) and the real-org path — without pretending.
const steps = [
    'Account Atlas runs inside Salesforce. The browser preview of the panels is not built yet, so',
    '`npm start` cannot show them on this machine today. `npm run org` starts the local org (a',
    'Salesforce-compatible API on 127.0.0.1 with the sample data) for jsforce and the sf CLI.',
    '',
    'To try Account Atlas in an org the sf CLI knows:',
    '',
    '  sf project deploy start --source-dir force-app --target-org <alias>',
    '  sf org assign permset --name Atlas_User --name Atlas_Sales_Ops --target-org <alias>',
    '  sf data import tree --plan data/sample-data-plan.json --target-org <alias>',
    '  sf org open --target-org <alias> --path lightning/app/c__Account_Atlas',
    '',
    'To check the project offline instead: npm test'
];
process.stdout.write(`${steps.join('\n')}\n`);
