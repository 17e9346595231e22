/**
 * electron-builder.yml cannot be exercised here (packaging downloads Electron), so its
 * promises are pinned as data: what is shipped, the fuses, the targets, the association, icons.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// js-yaml ships with electron-builder (it reads this very file with it).
const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
/** The parts of electron-builder.yml these tests read. */
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  extraResources: unknown[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string };
  win: { target: string; icon: string };
  mac: { target: string; icon: string };
  fileAssociations: unknown[];
}
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('names the app and ships only dist/ and package.json', () => {
    expect(config.appId).toBe('dev.looplab.app');
    expect(config.productName).toBe('LoopLab');
    expect(config.files).toEqual(['dist/**/*', '!dist/**/*.map', 'package.json', '!node_modules/**/*']);
  });

  it('ships the measuring Python package beside app.asar, where the main process looks for it', () => {
    expect(config.extraResources).toEqual([{ from: 'measure/looplab_measure', to: 'looplab_measure', filter: ['*.py'] }]);
    expect(existsSync('measure/looplab_measure/__main__.py')).toBe(true);
  });

  it('flips the fuses that turn the app into a plain Node or load unchecked code', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb, nsis, dmg, and opens .looplab.json files', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'looplab.json', name: 'LoopLab scenario' })]);
  });

  it('points at icons that exist at the sizes the platforms need', () => {
    for (const platform of ['linux', 'win', 'mac'] as const) expect(config[platform].icon).toBe('assets/icons/icon-512.png');
    expect(pngSize('assets/icons/icon-512.png')).toEqual([512, 512]);
    expect(pngSize('assets/icons/icon-256.png')).toEqual([256, 256]);
  });
});
