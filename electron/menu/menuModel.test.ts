import { describe, it, expect, vi } from 'vitest';
import { MENU_COMMANDS } from '../../shared/ipc/contract';
import { buildMenuModel, commandsIn, type MenuItemModel } from './menuModel';
import { toMenuTemplate } from './menuTemplate';

const linux = { platform: 'linux' as const, recentFiles: [], isPackaged: true };

function topLabels(items: MenuItemModel[]): string[] {
  return items.map((i) => (i.type === 'submenu' ? i.label.replace('&', '') : '?'));
}

describe('buildMenuModel', () => {
  it('offers every menu command of the contract, each once', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const commands = commandsIn(buildMenuModel({ ...linux, platform }));
      expect([...commands].sort()).toEqual([...MENU_COMMANDS].sort());
    }
  });

  it('has File, Edit, View, Help, and the app and Window menus on macOS', () => {
    expect(topLabels(buildMenuModel(linux))).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(topLabels(buildMenuModel({ ...linux, platform: 'darwin' }))).toEqual(['LoopLab', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('lists recent files by name, with Clear Recent, and a disabled placeholder when empty', () => {
    const file = buildMenuModel({ ...linux, recentFiles: ['/s/R&D.looplab.json', '/s/b.looplab.json'] })[0]!;
    const recent = file.type === 'submenu' ? file.items[1]! : undefined;
    expect(recent).toMatchObject({ type: 'submenu', items: [
      { type: 'host', label: 'R&&D.looplab.json', action: { kind: 'openRecent', path: '/s/R&D.looplab.json' } },
      { type: 'host', label: 'b.looplab.json' },
      { type: 'separator' },
      { type: 'host', label: 'Clear Recent', action: { kind: 'clearRecent' } },
    ] });
    const empty = buildMenuModel(linux)[0]!;
    expect(empty.type === 'submenu' && empty.items[1]).toMatchObject({ items: [{ label: 'No Recent Files', enabled: false }] });
  });

  it('keeps developer tools out of packaged builds', () => {
    const json = (packaged: boolean) => JSON.stringify(buildMenuModel({ ...linux, isPackaged: packaged }));
    expect(json(true)).not.toContain('toggleDevTools');
    expect(json(false)).toContain('toggleDevTools');
  });
});

describe('toMenuTemplate', () => {
  it('sends commands to the renderer and host actions to main', () => {
    const handlers = { command: vi.fn(), host: vi.fn() };
    const template = toMenuTemplate(buildMenuModel({ ...linux, recentFiles: ['/a.looplab.json'] }), handlers, 'linux');
    const file = template[0]!.submenu as Electron.MenuItemConstructorOptions[];
    file[0]!.click!(undefined as never, undefined, undefined as never);
    expect(handlers.command).toHaveBeenCalledWith('open');
    const recent = file[1]!.submenu as Electron.MenuItemConstructorOptions[];
    recent[0]!.click!(undefined as never, undefined, undefined as never);
    expect(handlers.host).toHaveBeenCalledWith({ kind: 'openRecent', path: '/a.looplab.json' });
  });

  it('shows accelerators but leaves the keys to the page outside macOS', () => {
    const save = (platform: NodeJS.Platform) =>
      (toMenuTemplate(buildMenuModel({ ...linux, platform }), { command: vi.fn(), host: vi.fn() }, platform)
        .find((m) => m.label === '&File')!.submenu as Electron.MenuItemConstructorOptions[]).find((i) => i.label === '&Save')!;
    expect(save('linux')).toMatchObject({ label: '&Save', accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
    expect(save('darwin')).toMatchObject({ registerAccelerator: true });
  });
});
