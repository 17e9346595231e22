/** Files in a plain browser: a file picker to open, a download to save. */
import type { OpenedFile, SaveResult } from '../../../shared/ipc/contract';

/** Resolves null when the user cancels the picker. */
export function pickTextFile(accept: string): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    const done = () => input.remove();
    input.addEventListener('cancel', () => { done(); resolve(null); });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done();
      if (!file) { resolve(null); return; }
      file.text().then((text) => resolve({ path: file.name, text }), (err: unknown) => reject(new Error(`Could not read ${file.name}: ${String(err)}`)));
    });
    document.body.append(input);
    input.click();
  });
}

/** The browser decides where a download goes, so "saved" means "handed to the browser". */
export function downloadFile(data: string | Uint8Array, name: string, type: string): SaveResult {
  try {
    const blob = new Blob([data as BlobPart], { type });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    document.body.append(a);
    a.click();
    a.remove();
    // Revoke later: Chromium reads the blob after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { ok: true, path: name };
  } catch (err) {
    return { ok: false, canceled: false, error: `The download failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export function mimeFor(name: string): string {
  if (name.endsWith('.svg')) return 'image/svg+xml';
  if (name.endsWith('.png')) return 'image/png';
  return 'application/json';
}
