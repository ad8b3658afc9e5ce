// A jsforce Connection from jsforce's core entry (jsforce/core: REST, query, describe; none of the
// bulk, streaming, SOAP or metadata clients, which we do not use). Callers import this module
// dynamically, on the first connection, so help and usage errors answer without jsforce (about a
// quarter of a second to load on a quiet machine, seconds on a busy one). A command that needs one
// of jsforce's API clients loads it before connecting (see doctor/toolingClient.ts).
import { Connection, type ConnectionConfig } from 'jsforce/core';

export function openConnection(config: ConnectionConfig): Connection {
    return new Connection(config);
}
