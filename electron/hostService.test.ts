import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HostService, type NativeDialogs } from './hostService';
import { DocumentSession } from './document/documentSession';
import { RecentFiles } from './files/recentFiles';
import { RecoveryStore } from './files/recoveryStore';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'looplab-host-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

function setup(dialogOverrides: Partial<NativeDialogs> = {}) {
  const dialogs: NativeDialogs = {
    chooseScenarioToOpen: vi.fn(async () => null),
    chooseRunToOpen: vi.fn(async () => null),
    choosePythonToOpen: vi.fn(async () => null),
    chooseSavePath: vi.fn(async () => null),
    askUnsavedChanges: vi.fn(async () => 'cancel' as const),
    askRestore: vi.fn(async () => true),
    showError: vi.fn(),
    ...dialogOverrides,
  };
  const session = new DocumentSession();
  const recent = new RecentFiles(join(dir, 'userData'));
  const recovery = new RecoveryStore(dir);
  const sendDocument = vi.fn();
  const recentChanged = vi.fn();
  const engine = { simulate: vi.fn(async () => ({ ok: false as const, error: 'not here' })) };
  const host = new HostService({ dialogs, engine, session, recent, recovery, sendDocument, recentChanged });
  return { host, dialogs, session, recent, recovery, sendDocument, recentChanged };
}

describe('HostService saving', () => {
  it('asks where to save a path it never handed out, instead of writing there', async () => {
    const chosen = join(dir, 'chosen');
    const { host, dialogs } = setup({ chooseSavePath: vi.fn(async () => chosen) });
    const result = await host.saveScenario('{"name":"x"}', '/etc/cron.d/evil', 'x.looplab.json');
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith('x.looplab.json', 'scenario');
    expect(result).toEqual({ ok: true, path: `${chosen}.looplab.json` });
    expect(await readFile(`${chosen}.looplab.json`, 'utf8')).toBe('{"name":"x"}');
  });

  it('saves to a granted path silently, remembers it and clears recovery', async () => {
    const path = join(dir, 'a.looplab.json');
    const { host, dialogs, session, recent, recovery, recentChanged } = setup();
    session.grant(path);
    host.setDocumentState({ dirty: true, path, text: 'v2' });
    await recovery.flush();
    expect(await host.saveScenario('v2', path, 'a.looplab.json')).toEqual({ ok: true, path });
    expect(dialogs.chooseSavePath).not.toHaveBeenCalled();
    expect(recent.list()).toEqual([path]);
    expect(recentChanged).toHaveBeenCalled();
    expect(session.state.dirty).toBe(false);
    expect(await recovery.load()).toBeNull();
  });

  it('returns a canceled result and a write error as SaveResults', async () => {
    const { host } = setup();
    expect(await host.saveScenario('x', null, 'x.looplab.json')).toEqual({ ok: false, canceled: true });
    const missingDir = setup({ chooseSavePath: vi.fn(async () => join(dir, 'no', 'such', 'dir', 'x.looplab.json')) });
    expect(await missingDir.host.saveScenario('x', null, 'x.looplab.json')).toEqual({ ok: false, canceled: false, error: expect.stringContaining('ENOENT') });
  });

  it('exports text or bytes where the user chose', async () => {
    const target = join(dir, 'chart.png');
    const { host } = setup({ chooseSavePath: vi.fn(async () => target) });
    expect(await host.exportFile(new Uint8Array([1, 2, 3]), 'chart.png')).toEqual({ ok: true, path: target });
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
  });
});

describe('HostService opening', () => {
  it('opens through the dialog and grants the path for later saves', async () => {
    const path = join(dir, 'b.looplab.json');
    await writeFile(path, '{"name":"b"}');
    const { host, session } = setup({ chooseScenarioToOpen: vi.fn(async () => path) });
    expect(await host.openScenario()).toEqual({ path, text: '{"name":"b"}' });
    expect(session.isGranted(path)).toBe(true);
  });

  it('does not replace a dirty document when the user cancels', async () => {
    const path = join(dir, 'c.looplab.json');
    await writeFile(path, '{}');
    const { host, session, sendDocument, dialogs } = setup();
    session.update({ dirty: true, path: null, text: 'unsaved' });
    await host.openPath(path);
    expect(dialogs.askUnsavedChanges).toHaveBeenCalledWith('Untitled');
    expect(sendDocument).not.toHaveBeenCalled();
  });

  it('sends a double-clicked file to the page', async () => {
    const path = join(dir, 'd.looplab.json');
    await writeFile(path, '{"name":"d"}');
    const { host, sendDocument } = setup();
    await host.openPath(path);
    expect(sendDocument).toHaveBeenCalledWith({ path, text: '{"name":"d"}', recovered: false });
  });

  it('explains a recent file that is gone and drops it from the list', async () => {
    const gone = join(dir, 'gone.looplab.json');
    const { host, recent, dialogs } = setup();
    await recent.add(gone);
    await host.openPath(gone);
    expect(dialogs.showError).toHaveBeenCalledWith(expect.stringContaining('does not exist'));
    expect(recent.list()).toEqual([]);
  });
});

describe('HostService recovery', () => {
  it('offers unsaved work from the last session and restores it dirty', async () => {
    const { host, recovery, sendDocument, session } = setup();
    recovery.schedule(null, 'lost work');
    await recovery.flush();
    await host.offerRecovery();
    expect(sendDocument).toHaveBeenCalledWith({ path: null, text: 'lost work', recovered: true });
    expect(session.state.dirty).toBe(true);
  });

  it('clears the recovery file when the user declines', async () => {
    const { host, recovery, sendDocument } = setup({ askRestore: vi.fn(async () => false) });
    recovery.schedule(null, 'old');
    await recovery.flush();
    await host.offerRecovery();
    expect(sendDocument).not.toHaveBeenCalled();
    expect(await recovery.load()).toBeNull();
  });
});

describe('HostService after a page crash', () => {
  it('gives the reloaded page back the unsaved document, and nothing when it was clean', async () => {
    const { host, sendDocument } = setup();
    await host.recoverAfterPageCrash();
    expect(sendDocument).not.toHaveBeenCalled();
    host.setDocumentState({ dirty: true, path: '/w/a.looplab.json', text: 'typed before the crash' });
    await host.recoverAfterPageCrash();
    expect(sendDocument).toHaveBeenCalledWith({ path: '/w/a.looplab.json', text: 'typed before the crash', recovered: true });
  });
});

describe('HostService opening a real run', () => {
  it('reads the chosen file for the page to check, without granting it or listing it as recent', async () => {
    const path = join(dir, 'RUN.json');
    await writeFile(path, '{"format":"looplab-run"}');
    const { host, session, recent } = setup({ chooseRunToOpen: vi.fn(async () => path) });
    expect(await host.openRun()).toEqual({ path, text: '{"format":"looplab-run"}' });
    expect(session.isGranted(path)).toBe(false);
    expect(recent.list()).toEqual([]);
  });

  it('says why a folder cannot be opened, and opens nothing when the user cancels', async () => {
    const { host, dialogs } = setup({ chooseRunToOpen: vi.fn(async () => dir) });
    expect(await host.openRun()).toBeNull();
    expect(dialogs.showError).toHaveBeenCalledWith(`Could not open ${dir}: it is not a file.`);
    expect(await setup().host.openRun()).toBeNull();
  });
});

describe('HostService opening Python', () => {
  it('reads the chosen .py file for the page to analyse, without granting it or listing it as recent', async () => {
    const path = join(dir, 'app.py');
    await writeFile(path, 'from fastapi import FastAPI\n');
    const { host, session, recent } = setup({ choosePythonToOpen: vi.fn(async () => path) });
    expect(await host.openPython()).toEqual({ path, text: 'from fastapi import FastAPI\n' });
    expect(session.isGranted(path)).toBe(false);
    expect(recent.list()).toEqual([]);
  });

  it('refuses a file far beyond what the analyser reads, saying so, and opens nothing when the user cancels', async () => {
    const path = join(dir, 'huge.py');
    await writeFile(path, Buffer.alloc(4 * 1024 * 1024 + 1, 0x23));
    const { host, dialogs } = setup({ choosePythonToOpen: vi.fn(async () => path) });
    expect(await host.openPython()).toBeNull();
    expect(dialogs.showError).toHaveBeenCalledWith(`Could not open ${path}: it is 4.0 MB, larger than the 4.0 MB a Python file to analyse may be.`);
    expect(await setup().host.openPython()).toBeNull();
  });
});
