import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY, contentTypeFor, isAppUrl, resolveAppFile } from './appOrigin';

describe('isAppUrl', () => {
  it('accepts only our own scheme and host', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('looplab://app/assets/index.js')).toBe(true);
    expect(isAppUrl('looplab://evil/index.html')).toBe(false);
    expect(isAppUrl('https://app/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('resolveAppFile', () => {
  const root = resolve('/srv/web');
  it('maps app URLs to files under the web root', () => {
    expect(resolveAppFile('looplab://app/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('looplab://app/assets/a.js?x=1', root)).toBe(join(root, 'assets', 'a.js'));
  });

  it('refuses to escape the web root, even encoded', () => {
    // The URL parser already folds literal dot segments into the root.
    expect(resolveAppFile('looplab://app/../../etc/passwd', root)).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppFile('looplab://app/%2e%2e/%2e%2e/etc/passwd', root)).toBe(join(root, 'etc', 'passwd'));
    // An encoded slash survives URL parsing and only becomes ".." after decoding: refused.
    expect(resolveAppFile('looplab://app/..%2fsecret', root)).toBeNull();
    expect(resolveAppFile('looplab://app/a%00.js', root)).toBeNull();
    expect(resolveAppFile('looplab://other/index.html', root)).toBeNull();
  });

  it('serves modules with a JavaScript type, so module scripts load', () => {
    expect(contentTypeFor('/x/index-abc.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is at least as strict as the meta tag in renderer/index.html', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const directive of meta.split(';').map((d) => d.trim()).filter(Boolean)) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    // 'wasm-unsafe-eval' compiles WebAssembly (the Python parser); JavaScript eval stays refused.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|'unsafe-inline'|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });
});
