/**
 * The layer rule of ARCHITECTURE.md, enforced: where code runs decides what it may import.
 * shared/ must run anywhere (Electron main, a Node worker, a Web Worker, the CLI), so it may
 * import nothing outside shared/ and no Node, DOM or Electron module.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { importCycles, resolveModule, runtimeImports } from './importCycles';

const ROOT = resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Every module specifier a file imports (static, dynamic, re-exports), with its line. */
function importsOf(text: string): { spec: string; line: number }[] {
  const out: { spec: string; line: number }[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + (m[0].length - m[0].replace(/^[\s;]+/, '').length);
    out.push({ spec: (m[1] ?? m[2] ?? m[3])!, line: text.slice(0, at).split('\n').length });
  }
  return out;
}

/** Packages each layer may use besides relative imports inside its allowed folders. */
const RULES: Record<string, { folders: string[]; packages: RegExp }> = {
  /** Pure d3 modules (maths and formatting, no DOM) are fine: the chart's layout and marks use them. */
  shared: { folders: ['shared'], packages: /^(zod\/mini|d3-(array|scale|format|time|time-format|interpolate|shape|path))$/ },
  /** fast-check generators used only by tests (files named *Arbitrary* / arbitrary*). */
  'shared-test-support': { folders: ['shared'], packages: /^(zod\/mini|fast-check)$/ },
  renderer: { folders: ['shared', 'renderer', 'assets'], packages: /^(react|react-dom|react-dom\/client|react\/jsx-runtime|d3(-[a-z]+)?|vite\/client|workbox-window|fflate|uqr|web-tree-sitter|web-tree-sitter\/web-tree-sitter\.wasm\?url|tree-sitter-python\/tree-sitter-python\.wasm\?url|tree-sitter-python\/queries\/highlights\.scm\?raw)$/ },
};

function ruleFor(layer: string, file: string) {
  return RULES[layer === 'shared' && /rbitrary/.test(file) ? 'shared-test-support' : layer]!;
}

function violationsIn(layer: string, file: string, text: string): string[] {
  const rule = ruleFor(layer, file);
  const found: string[] = [];
  {
    for (const { spec, line } of importsOf(text)) {
      const where = `${relative(ROOT, file)}:${line} imports '${spec}'`;
      if (spec.startsWith('.')) {
        const target = relative(ROOT, resolve(dirname(file), spec)).split(/[\\/]/)[0]!;
        if (!rule.folders.includes(target)) found.push(`${where} (outside ${rule.folders.join(', ')})`);
      } else if (!rule.packages.test(spec)) {
        found.push(`${where} (not allowed in ${layer}/)`);
      }
    }
  }
  return found;
}

function violations(layer: string): string[] {
  return sourceFiles(join(ROOT, layer)).flatMap((f) => violationsIn(layer, f, readFileSync(f, 'utf8')));
}

describe('layers', () => {
  it('keeps shared/ free of Node, DOM, Electron and anything outside shared/', () => {
    expect(violations('shared')).toEqual([]);
  });

  it('lets shared/ use pure d3 maths but not d3-selection (the DOM)', () => {
    const file = join(ROOT, 'shared', 'chart', 'imaginary.ts');
    expect(violationsIn('shared', file, "import { ticks } from 'd3-array';\n")).toEqual([]);
    expect(violationsIn('shared', file, "import { select } from 'd3-selection';\n")).toEqual([
      "shared/chart/imaginary.ts:1 imports 'd3-selection' (not allowed in shared/)",
    ]);
  });

  it('keeps renderer/ to shared/, assets/, React and D3 (never Node or Electron)', () => {
    expect(violations('renderer').filter((v) => !v.includes('vite.config.ts'))).toEqual([]);
  });

  it('names the file, line and import of each violation (the check itself works)', () => {
    const file = join(ROOT, 'shared', 'engine', 'imaginary.ts');
    const text = "import { x } from './ok';\nimport { readFileSync } from 'node:fs';\nconst w = await import('../../renderer/src/x');\n";
    expect(violationsIn('shared', file, text)).toEqual([
      "shared/engine/imaginary.ts:2 imports 'node:fs' (not allowed in shared/)",
      "shared/engine/imaginary.ts:3 imports '../../renderer/src/x' (outside shared)",
    ]);
  });

  it('has no runtime import cycle in shared/ (imports flow one way)', () => {
    const graph = new Map<string, string[]>();
    for (const file of sourceFiles(join(ROOT, 'shared'))) {
      const targets = runtimeImports(file, readFileSync(file, 'utf8')).map((spec) => resolveModule(file, spec));
      graph.set(relative(ROOT, file), targets.filter((t) => t !== null).map((t) => relative(ROOT, t)));
    }
    expect(importCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('finds a cycle through value imports and ignores type-only ones (the check itself works)', () => {
    const a = join(ROOT, 'shared', 'engine', 'a.ts');
    expect(runtimeImports(a, "import { b } from './b';\nimport type { C } from './c';\nimport { type D } from './d';\nexport { e } from './e';\nexport type { F } from './f';\nimport { ticks } from 'd3-array';\n"))
      .toEqual(['./b', './e']);
    const graph = new Map([['a', ['b']], ['b', ['c', 'd']], ['c', ['a']], ['d', []], ['e', ['e']]]);
    expect(importCycles(graph)).toEqual([['a', 'b', 'c', 'a'], ['e', 'e']]);
    expect(importCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });
});
