/** Python files the user drops or picks: refused early when they cannot be what the analyser reads. */
import { ANALYZE_LIMITS } from '../../../shared/analyze/limits';

/** Bytes that cannot be within the analyser's character limit even at 4 bytes per character. */
const MAX_BYTES = ANALYZE_LIMITS.maxSourceChars * 4;

export type ReadPython = { ok: true; text: string; name: string } | { ok: false; message: string };

export function isPythonFile(file: { name: string; type?: string }): boolean {
  return /\.pyw?$/i.test(file.name) || file.type === 'text/x-python';
}

/** Reads a dropped or picked file, refusing a huge one before reading it. */
export async function readPythonFile(file: File): Promise<ReadPython> {
  if (!isPythonFile(file)) return { ok: false, message: `${file.name} is not a Python file (.py): open scenarios (.json) with Open…` };
  if (file.size > MAX_BYTES) return { ok: false, message: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; LoopLab reads Python files up to 1 MB (open the module that defines the routes)` };
  try {
    return { ok: true, text: await file.text(), name: file.name };
  } catch (e) {
    return { ok: false, message: `Could not read ${file.name}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The first file of a drag that carries files (null: it carries none). */
export function droppedFile(data: DataTransfer | null): File | null {
  return data?.files?.[0] ?? null;
}
