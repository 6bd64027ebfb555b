// The check every test and build step that needs built output makes first.

import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Throws a clear error naming the first of `files` (paths relative to
 * `root`) that is missing, and `command`, the step that builds it
 * (`make wasm`, `make site`).
 */
export function requireBuilt(root, files, command) {
  for (const f of files) {
    if (!existsSync(path.join(root, f))) {
      throw new Error(`${path.join(root, f)} is missing: run \`${command}\` first`);
    }
  }
}
