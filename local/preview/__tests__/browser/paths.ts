// Where the project is, seen from the browser tests.
import { resolve } from 'node:path';

export const PROJECT_DIR = resolve(__dirname, '..', '..', '..', '..');
