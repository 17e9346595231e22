/**
 * The native menu as plain data. Most items name a command of the renderer's action registry
 * (MENU_COMMANDS in the contract), so menus, toolbar, keys and this menu all run the same
 * actions. Roles are Electron's built-ins (text editing, window, quit); host items are the few
 * things only main can do (opening a recent file). menuTemplate.ts turns this into Electron's form.
 */
import type { KnownMenuCommand } from '../../shared/ipc/contract';
import { basename } from 'node:path';

export type MenuRole =
  | 'about' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'close'
  | 'cut' | 'copy' | 'paste' | 'selectAll'
  | 'togglefullscreen' | 'minimize' | 'zoom' | 'toggleDevTools' | 'reload';

export type HostAction = { kind: 'openRecent'; path: string } | { kind: 'clearRecent' };

export type MenuItemModel =
  | { type: 'command'; label: string; command: KnownMenuCommand; accelerator?: string }
  | { type: 'role'; role: MenuRole; label?: string }
  | { type: 'host'; label: string; action: HostAction; enabled?: boolean }
  | { type: 'separator' }
  | { type: 'submenu'; label: string; items: MenuItemModel[]; role?: 'appMenu' | 'windowMenu' | 'help' };

export interface MenuContext {
  platform: NodeJS.Platform;
  recentFiles: readonly string[];
  /** Developer tools and reload only in development builds. */
  isPackaged: boolean;
}

const separator: MenuItemModel = { type: 'separator' };
const command = (label: string, name: KnownMenuCommand, accelerator?: string): MenuItemModel =>
  accelerator === undefined ? { type: 'command', label, command: name } : { type: 'command', label, command: name, accelerator };

export function buildMenuModel(context: MenuContext): MenuItemModel[] {
  const mac = context.platform === 'darwin';
  const menus: MenuItemModel[] = [];
  if (mac) {
    menus.push({ type: 'submenu', label: 'LoopLab', role: 'appMenu', items: [
      { type: 'role', role: 'about' }, separator,
      { type: 'role', role: 'hide' }, { type: 'role', role: 'hideOthers' }, { type: 'role', role: 'unhide' }, separator,
      { type: 'role', role: 'quit' },
    ] });
  }
  menus.push({ type: 'submenu', label: '&File', items: [
    command('&Open…', 'open', 'CmdOrCtrl+O'),
    { type: 'submenu', label: 'Open &Recent', items: recentItems(context.recentFiles) },
    command('Open &Python…', 'openPython', 'CmdOrCtrl+Shift+O'),
    separator,
    command('&Save', 'save', 'CmdOrCtrl+S'),
    command('Save &As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
    separator,
    command('&Export SVG…', 'export.svg', 'CmdOrCtrl+E'),
    // A link to the published web build, a QR code for the class (renderer/src/share).
    command('Share &Link…', 'share'),
    separator,
    mac ? { type: 'role', role: 'close' } : { type: 'role', role: 'quit', label: 'E&xit' },
  ] });
  menus.push({ type: 'submenu', label: '&Edit', items: [
    // Document undo/redo: the renderer's history, not the text field's (its action decides).
    command('&Undo', 'undo', 'CmdOrCtrl+Z'),
    command('&Redo', 'redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
    separator,
    { type: 'role', role: 'cut' }, { type: 'role', role: 'copy' }, { type: 'role', role: 'paste' },
    { type: 'role', role: 'selectAll' },
  ] });
  menus.push({ type: 'submenu', label: '&View', items: [
    command('Zoom &In', 'view.zoomIn', 'CmdOrCtrl+='),
    command('Zoom &Out', 'view.zoomOut', 'CmdOrCtrl+-'),
    command('&Fit to Window', 'view.fit', 'CmdOrCtrl+0'),
    separator,
    command('&Presentation Mode', 'view.presentation', 'F5'),
    command('&Chef View', 'view.chef'),
    separator,
    { type: 'role', role: 'togglefullscreen' },
    ...(context.isPackaged ? [] : [separator, { type: 'role', role: 'reload' } as const, { type: 'role', role: 'toggleDevTools' } as const]),
  ] });
  if (mac) menus.push({ type: 'submenu', label: 'Window', role: 'windowMenu', items: [{ type: 'role', role: 'minimize' }, { type: 'role', role: 'zoom' }] });
  menus.push({ type: 'submenu', label: '&Help', role: 'help', items: [
    command('&Lessons', 'help.lessons', 'F1'),
    ...(mac ? [] : [separator, { type: 'role', role: 'about', label: '&About LoopLab' } as const]),
  ] });
  return menus;
}

function recentItems(recentFiles: readonly string[]): MenuItemModel[] {
  if (recentFiles.length === 0) return [{ type: 'host', label: 'No Recent Files', action: { kind: 'clearRecent' }, enabled: false }];
  return [
    // "&" would mark a mnemonic; double it so file names show as written.
    ...recentFiles.map((path): MenuItemModel => ({ type: 'host', label: basename(path).replaceAll('&', '&&'), action: { kind: 'openRecent', path } })),
    separator,
    { type: 'host', label: 'Clear Recent', action: { kind: 'clearRecent' } },
  ];
}

/** Every command reachable from a menu model, for tests and for checking the renderer's registry. */
export function commandsIn(items: readonly MenuItemModel[]): KnownMenuCommand[] {
  return items.flatMap((item) => item.type === 'command' ? [item.command] : item.type === 'submenu' ? commandsIn(item.items) : []);
}
