// Loads jsforce's Tooling API client, which registers `conn.tooling` on every connection made after
// it (jsforce/core leaves it out). `atlas doctor` reads tabs and permission sets through it.
import 'jsforce/api/tooling';
