#!/usr/bin/env node
// Lint only what this branch changed since it left main, plus uncommitted and new files: a
// quick check before landing (type information still covers the whole project, so a change
// that breaks another file's types shows in tsc, not here). `npm test` lints everything.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).split('\n').filter(Boolean);
const base = process.argv[2] ?? 'main';
let since;
try {
  since = git('merge-base', 'HEAD', base)[0];
} catch {
  console.error(`lint:changed: no branch "${base}" to compare with; run npm run lint`);
  process.exit(2);
}
const files = [...new Set([
  ...git('diff', '--name-only', '--diff-filter=ACMR', since),
  ...git('ls-files', '--others', '--exclude-standard'),
])].filter((f) => /\.(ts|tsx|js|mjs|cjs)$/.test(f) && existsSync(f));
if (files.length === 0) {
  console.log(`lint:changed: nothing changed since ${base}`);
  process.exit(0);
}
console.log(`lint:changed: ${files.length} file(s) changed since ${base}`);
const r = spawnSync(join('node_modules', '.bin', 'eslint'), ['--max-warnings=0', '--no-warn-ignored', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
