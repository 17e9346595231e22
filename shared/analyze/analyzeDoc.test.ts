/** docs/analyze.md stays true to the code: its defaults, limits and diagnostic codes are the analyser's. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CPU_COSTS, DEPENDENCY_BODY_MS, IO_DEFAULTS, OFFLOAD_DEFAULTS, QUICK_BODY_MS, SLEEP_DEFAULT_MS } from './durations';
import { ANALYZE_LIMITS, DEFAULT_REQUESTS_PER_ROUTE } from './analyzePython';
import { CALLS } from './catalogue';
import { MAX_CALL_DEPTH, MAX_LOOP_REPEAT } from './bodySteps';
import { MAX_TREE_DEPTH } from './syntax';

const doc = readFileSync(resolve(__dirname, '../../docs/analyze.md'), 'utf8');
/** The prose with its line breaks as spaces. */
const flat = doc.replace(/\s+/g, ' ');
const figure = (ms: number) => `${ms.toLocaleString('en-US')} ms`;

describe('docs/analyze.md', () => {
  it('gives every default duration the analyser uses', () => {
    for (const { ms, what } of Object.values(IO_DEFAULTS)) {
      const row = doc.split('\n').find((l) => l.startsWith('|') && l.includes(what.split(' (')[0]!.replace(/^a /, '')) && l.includes(figure(ms)));
      expect(row, `${what}: ${figure(ms)}`).toBeDefined();
    }
    for (const ms of [SLEEP_DEFAULT_MS, OFFLOAD_DEFAULTS.thread.ms, OFFLOAD_DEFAULTS.process.ms, DEPENDENCY_BODY_MS, QUICK_BODY_MS]) expect(doc).toContain(figure(ms));
    expect(flat).toContain(`PBKDF2-SHA256 ${CPU_COSTS.pbkdf2MsPerIteration * 1000} µs per iteration (${CPU_COSTS.pbkdf2DefaultIterations.toLocaleString('en-US')} iterations`);
    expect(flat).toContain(`scrypt ${CPU_COSTS.scryptMsPerNR * 1000} µs per unit of n × r (n = ${CPU_COSTS.scryptDefaultN.toLocaleString('en-US')}, r = ${CPU_COSTS.scryptDefaultR}`);
    expect(flat).toContain(`bcrypt ${figure(CPU_COSTS.bcryptMs)}`);
    expect(flat).toContain(`Argon2 ${figure(CPU_COSTS.argon2Ms)}`);
    expect(flat).toContain(`a pure-Python loop iteration ${CPU_COSTS.loopMsPerIteration * 1000} µs`);
    expect(flat).toContain(`${CPU_COSTS.heavyLoopIterations.toLocaleString('en-US')} or more iterations`);
  });

  it('gives the limits the analyser applies', () => {
    expect(doc).toContain(`${ANALYZE_LIMITS.maxSourceChars.toLocaleString('en-US')} characters`);
    expect(doc).toContain(`the first ${ANALYZE_LIMITS.maxRoutes} are simulated`);
    expect(doc).toContain(`| ${ANALYZE_LIMITS.maxStepsPerRoute.toLocaleString('en-US')} (a scenario's limit)`);
    expect(doc).toContain(`${MAX_TREE_DEPTH} levels of syntax`);
    expect(flat).toContain(`up to ${MAX_CALL_DEPTH} deep`);
    expect(doc).toContain(`| syntax errors listed | ${ANALYZE_LIMITS.maxSyntaxErrors},`);
    expect(flat).toContain(`n ≤ ${MAX_LOOP_REPEAT}`);
    expect(flat).toContain(`${DEFAULT_REQUESTS_PER_ROUTE} requests to each at once`);
  });

  it('lists every diagnostic code the analyser gives', () => {
    const source = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => readFileSync(join(__dirname, f), 'utf8')).join('\n');
    const codes = new Set([...source.matchAll(/'(LOOP\d{3})'/g)].map((m) => m[1]!));
    expect(codes.size).toBeGreaterThan(5);
    for (const code of codes) expect(doc, code).toContain(`\`${code}\``);
    for (const rule of new Set(CALLS.map((e) => e.rule).filter((r) => r !== undefined))) {
      const n = Number(rule.slice(5));
      expect(n >= 210 && n <= 251, `${rule} is within the range the doc names`).toBe(true);
    }
  });
});
