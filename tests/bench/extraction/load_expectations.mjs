// Reads the extraction development set's expectations: expectations.json plus every batches/*.json.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export function loadExpectations(dataDir) {
  const rows = JSON.parse(readFileSync(join(dataDir, 'expectations.json'), 'utf8'));
  const batches = join(dataDir, 'batches');
  if (existsSync(batches)) {
    for (const f of readdirSync(batches).filter((n) => n.endsWith('.json')).sort())
      rows.push(...JSON.parse(readFileSync(join(batches, f), 'utf8')));
  }
  return rows;
}
