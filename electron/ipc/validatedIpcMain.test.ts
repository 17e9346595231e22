import { describe, it, expect, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { isAppUrl } from '../window/appOrigin';
import { createValidatedIpcMain, type IpcMainLike, type IpcSenderEvent } from './validatedIpcMain';
import { parseSaveScenario, parseSetDocumentState } from './channelPayloads';

/** A fake ipcMain that records listeners so a test can play the renderer. */
function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcSenderEvent, ...args: unknown[]) => unknown>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    on: (channel, listener) => void handlers.set(channel, listener),
  };
  const send = (url: string | null, channel: string, ...args: unknown[]) =>
    handlers.get(channel)!({ senderFrame: url === null ? null : { url } }, ...args);
  return { ipcMain, send };
}

const OUR_PAGE = 'looplab://app/index.html';

describe('validatedIpcMain', () => {
  it('runs the handler for our page with a valid payload', async () => {
    const { ipcMain, send } = fakeIpcMain();
    const save = vi.fn(async () => ({ ok: true, path: '/x.looplab.json' }));
    createValidatedIpcMain(ipcMain, isAppUrl).handle(CHANNELS.saveScenario, parseSaveScenario, save);
    await expect(send(OUR_PAGE, CHANNELS.saveScenario, '{}', null, 'x.looplab.json')).resolves.toEqual({ ok: true, path: '/x.looplab.json' });
    expect(save).toHaveBeenCalledWith('{}', null, 'x.looplab.json');
  });

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['a local file', 'file:///tmp/evil.html'],
    ['another app-scheme host', 'looplab://evil/index.html'],
    ['a frame-less sender', null],
  ])('rejects invokes from %s without running the handler', (_, url) => {
    const { ipcMain, send } = fakeIpcMain();
    const save = vi.fn();
    const rejected = vi.fn();
    createValidatedIpcMain(ipcMain, isAppUrl, rejected).handle(CHANNELS.saveScenario, parseSaveScenario, save);
    expect(() => send(url, CHANNELS.saveScenario, '{}', null, 'x')).toThrow(/refused .*untrusted sender/);
    expect(save).not.toHaveBeenCalled();
    expect(rejected).toHaveBeenCalledOnce();
  });

  it.each([
    ['no arguments', []],
    ['a number for text', [42, null, 'x']],
    ['an extra argument', ['{}', null, 'x', 'extra']],
    ['a path as suggested name', ['{}', null, '../../.bashrc']],
    ['a NUL in the path', ['{}', '/tmp/a\0b', 'x']],
    ['text over the size limit', ['x'.repeat(5 * 1024 * 1024 + 1), null, 'x']],
  ])('rejects %s', (_, args) => {
    const { ipcMain, send } = fakeIpcMain();
    const save = vi.fn();
    createValidatedIpcMain(ipcMain, isAppUrl).handle(CHANNELS.saveScenario, parseSaveScenario, save);
    expect(() => send(OUR_PAGE, CHANNELS.saveScenario, ...args)).toThrow(/invalid payload/);
    expect(save).not.toHaveBeenCalled();
  });

  it('drops fire-and-forget messages that fail validation, and passes good ones', () => {
    const { ipcMain, send } = fakeIpcMain();
    const listener = vi.fn();
    const rejected = vi.fn();
    createValidatedIpcMain(ipcMain, isAppUrl, rejected).on(CHANNELS.setDocumentState, parseSetDocumentState, listener);
    send(OUR_PAGE, CHANNELS.setDocumentState, { dirty: 'yes', path: null, text: '' });
    send('https://evil.example/', CHANNELS.setDocumentState, { dirty: true, path: null, text: '' });
    expect(listener).not.toHaveBeenCalled();
    expect(rejected).toHaveBeenCalledTimes(2);
    send(OUR_PAGE, CHANNELS.setDocumentState, { dirty: true, path: null, text: '{}' });
    expect(listener).toHaveBeenCalledWith({ dirty: true, path: null, text: '{}' });
  });
});
