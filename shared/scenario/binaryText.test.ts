import { describe, expect, it } from 'vitest';
import { binaryKind } from './binaryText';
import { parseScenario } from './load';

/** Bytes as a browser's file.text() or Node's readFile(…, 'utf8') hand them over. */
const asText = (bytes: number[]) => new TextDecoder().decode(new Uint8Array(bytes));
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 6, 0x40];

describe('binary files read as text', () => {
  it('names a PNG, a zip, a PDF and a gzip by their signatures', () => {
    expect(binaryKind(asText(PNG))).toBe('a PNG image');
    expect(binaryKind(asText([0x50, 0x4b, 3, 4, 20, 0, 0, 0]))).toMatch(/^a zip archive/);
    expect(binaryKind('%PDF-1.7\n%âãÏÓ\n')).toBe('a PDF document');
    expect(binaryKind(asText([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]))).toBe('a gzip archive');
  });
  it('calls anything else with NULs or many undecodable bytes binary data, and leaves text alone', () => {
    expect(binaryKind(asText([0x7b, 0, 0x22, 0]))).toBe('binary data'); // UTF-16 JSON
    expect(binaryKind(asText(Array.from({ length: 200 }, (_, i) => 0x80 + (i % 60))))).toBe('binary data');
    expect(binaryKind('{"name": "café ☕", "routes": []}\n\t')).toBeNull();
    expect(binaryKind('')).toBeNull();
  });
  it('a scenario file that is a PNG gets one message naming it, with none of its bytes', () => {
    const result = parseScenario(asText(PNG));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toMatch(/^this file is a PNG image, not text: a scenario is a JSON text file/);
    expect(result.errors[0]!.message).not.toMatch(/[\uFFFD\u0000-\u0008]|PNG\r/);
  });
});
