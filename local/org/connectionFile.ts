// The name of the file a running local org writes into its data directory (URL, token, users), on
// its own so the atlas command can find a running org without loading the server and its store.
export const CONNECTION_FILE = 'local-org.json';
