// `npm start`: the main job on this machine. Until the embedded local org exists there is nothing to
// serve, so it says how to run Account Atlas in a real org instead — honestly, without pretending.
const steps = [
    'Account Atlas runs inside Salesforce. The embedded local org and browser preview are not built yet,',
    'so `npm start` cannot show the panels on this machine today. To try it in an org the sf CLI knows:',
    '',
    '  sf project deploy start --source-dir force-app --target-org <alias>',
    '  sf org assign permset --name Atlas_User --name Atlas_Sales_Ops --target-org <alias>',
    '  sf data import tree --plan data/sample-data-plan.json --target-org <alias>',
    '  sf org open --target-org <alias> --path lightning/app/c__Account_Atlas',
    '',
    'To check the project offline instead: npm test'
];
process.stdout.write(`${steps.join('\n')}\n`);
