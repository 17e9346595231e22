/** Test helper: runs createMainWindow against a stand-in class, without Electron. */
import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow, type BrowserWindowClass } from './windowOptions';

/** What createMainWindow passes to Electron's BrowserWindow, captured by a stand-in class. */
export function capturedWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  let captured: BrowserWindowConstructorOptions | undefined;
  class FakeBrowserWindow {
    constructor(options: BrowserWindowConstructorOptions) { captured = options; }
  }
  createMainWindow(FakeBrowserWindow as unknown as BrowserWindowClass, preloadPath);
  return captured!;
}
