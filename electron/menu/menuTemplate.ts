/**
 * Turns the menu model into Electron's MenuItemConstructorOptions. Pure (the type import is
 * erased), so tests check the wiring without Electron; main.ts passes the result to
 * Menu.buildFromTemplate.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { KnownMenuCommand } from '../../shared/ipc/contract';
import type { HostAction, MenuItemModel } from './menuModel';

export interface MenuHandlers {
  /** Forward a command to the renderer's action manager. */
  command: (name: KnownMenuCommand) => void;
  host: (action: HostAction) => void;
}

export function toMenuTemplate(items: readonly MenuItemModel[], handlers: MenuHandlers, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  return items.map((item) => toMenuItem(item, handlers, platform));
}

function toMenuItem(item: MenuItemModel, handlers: MenuHandlers, platform: NodeJS.Platform): MenuItemConstructorOptions {
  switch (item.type) {
    case 'separator':
      return { type: 'separator' };
    case 'role':
      return item.label === undefined ? { role: item.role } : { role: item.role, label: item.label };
    case 'host':
      return { label: item.label, enabled: item.enabled ?? true, click: () => handlers.host(item.action) };
    case 'submenu':
      return {
        label: item.label,
        ...(item.role !== undefined ? { role: item.role } : {}),
        submenu: toMenuTemplate(item.items, handlers, platform),
      };
    case 'command':
      return {
        label: item.label,
        click: () => handlers.command(item.command),
        ...(item.accelerator !== undefined
          ? {
              accelerator: item.accelerator,
              // Show the shortcut but let the page's action manager own the key on Windows and
              // Linux, so one key press never runs an action twice. (macOS gives the page the
              // key first and only unhandled keys reach the menu.)
              registerAccelerator: platform === 'darwin',
            }
          : {}),
      };
  }
}
