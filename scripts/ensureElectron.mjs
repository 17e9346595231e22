#!/usr/bin/env node
// `npm start` runs this first. Electron's binary is fetched here, on first start, instead of in
// npm install: an install-time download fails the whole `npm install` on a machine without
// internet, where the tests (which need no Electron) must still install and run.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function binaryPath() {
  try {
    return require('electron'); // the path of the binary; throws while it is not downloaded
  } catch {
    return null;
  }
}

if (binaryPath() === null) {
  console.log('Downloading Electron (once, about 100 MB)…');
  const installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const r = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'inherit', 'pipe'], env, encoding: 'utf8' });
  delete require.cache[require.resolve('electron')];
  if (r.status !== 0 || binaryPath() === null) {
    // The installer's own error is a stack trace; its first line says what went wrong.
    const reason = (r.stderr ?? '').split('\n').find((line) => line.trim()) ?? `exit status ${r.status}`;
    console.error(
      `\nLoopLab could not download Electron: ${reason.trim()}\n` +
        'Is this machine offline? ' +
        'The same app runs in a browser without Electron: npm run web\n',
    );
    process.exit(1);
  }
}
