// End to end: the real CLI in a child process, as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../shared/scenario/limits';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The command as npm installs it (package.json "bin"): node runs cli/bin.mjs. */
const bin = join(root, 'cli', 'bin.mjs');
const good = join(root, 'assets', 'scenarios', 'blocking-in-async.json');
const dir = mkdtempSync(join(tmpdir(), 'looplab-cli-'));
const invalid = join(dir, 'invalid.json');
writeFileSync(invalid, JSON.stringify({ name: 'bad', routes: [{ name: 'r', kind: 'sync', steps: [{ await_io: 5 }] }], requests: [{ route: 'r', at: -1 }] }));
const truncated = join(dir, 'truncated.json');
writeFileSync(truncated, '{\n  "name": "cut",\n  "routes": [');

function looplab(args: string[], input?: string, timeout = 30_000) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input, timeout });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('looplab CLI', { timeout: 120_000 }, () => {
  it('validate: prints ok with the name and request count, exit 0', () => {
    expect(looplab(['validate', good])).toEqual({ code: 0, stdout: 'ok: The same blocking call in async def, 5 requests\n', stderr: '' });
  });

  it('simulate: prints the timeline JSON', () => {
    const { code, stdout } = looplab(['simulate', good]);
    expect(code).toBe(0);
    const timeline = JSON.parse(stdout) as { requests: { end: number }[] };
    // Five blocking calls of 200 ms one after another, each request also 0.35 ms of the loop's own work.
    expect(timeline.requests.map((r) => r.end)).toEqual([200.35, 400.7, 601.05, 801.4, 1001.75]);
  });

  it('simulate --summary: prints the table and metrics', () => {
    const { code, stdout } = looplab(['simulate', '--summary', good]);
    expect(code).toBe(0);
    expect(stdout).toContain(' 4  report       0        0   801.4  1001.75  1001.75');
    expect(stdout).toContain('makespan      1001.75 ms');
  });

  it('simulate --csv: every request as CSV, nothing else', () => {
    const { code, stdout, stderr } = looplab(['simulate', good, '--csv']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n')).toEqual([
      'id,route,worker,arrival_ms,start_ms,end_ms,latency_ms',
      '0,report,0,0,0,200.35,200.35', '1,report,0,0,200.35,400.7,400.7', '2,report,0,0,400.7,601.05,601.05',
      '3,report,0,0,601.05,801.4,801.4', '4,report,0,0,801.4,1001.75,1001.75', '',
    ]);
  });

  it('refuses --pretty beside a table, saying why', () => {
    expect(looplab(['simulate', good, '--summary', '--pretty'])).toMatchObject({ code: 2, stderr: 'looplab: --pretty indents the timeline JSON; --summary prints no JSON\n' });
  });

  it(`simulate --summary at the limit of ${LIMITS.maxRequests.toLocaleString('en-US')} requests: a readable summary, not a crash`, () => {
    const limit = join(dir, 'limit.json');
    // The cheapest scenario at the limit: handlers that only return, 100 per ms, the loop's own work left out.
    writeFileSync(limit, JSON.stringify({ name: 'at the limit', server: { loopCpuPerRequestMs: 0 }, routes: [{ name: 'ping', kind: 'async', steps: [] }], requests: [{ route: 'ping', at: 0, count: LIMITS.maxRequests, every: 0.01 }] }));
    const { code, stdout, stderr } = looplab(['simulate', limit, '--summary'], undefined, 120_000);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.split('\n');
    expect(lines.length).toBeLessThan(80);
    expect(stdout).toContain(`${LIMITS.maxRequests.toLocaleString('en-US')} requests: the first 20, the 20 slowest of the others and the last 10`);
    expect(lines.filter((l) => /… [\d,]+ more$/.test(l)).length).toBeGreaterThanOrEqual(1);
    expect(stdout).toMatch(new RegExp(`\\n${LIMITS.maxRequests - 1} {2}ping {8}0 {2}9999\\.99 {2}9999\\.99 {2}9999\\.99 {8}0\\n`));
    expect(stdout).toContain(`requests      ${LIMITS.maxRequests.toLocaleString('en-US')}`);
  });

  it('reads standard input for -', () => {
    const text = '{"name": "piped", "routes": [{"name": "r", "kind": "async", "steps": []}], "requests": [{"route": "r", "at": 0, "count": 2}]}';
    expect(looplab(['validate', '-'], text)).toMatchObject({ code: 0, stdout: 'ok: piped, 2 requests\n' });
  });

  it('an invalid scenario: every problem on stderr, prefixed by the file, no stack trace, exit 1', () => {
    const { code, stdout, stderr } = looplab(['validate', invalid]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `${invalid}: routes[0].steps[0].await_io: not allowed in a sync route (await needs async def; use blocking_io, or make the route async)\n` +
        `${invalid}: requests[0].at: must not be negative (a time in milliseconds from 0 to 3,600,000; got -1)\n`,
    );
    expect(looplab(['simulate', invalid]).code).toBe(1);
  });

  it('truncated JSON: line and column on stderr, exit 1', () => {
    expect(looplab(['simulate', truncated])).toMatchObject({
      code: 1,
      stderr: `${truncated}: line 3, column 14: unexpected end of the file: the JSON looks truncated (2 brackets still open)\n`,
    });
  });

  it('hostile files: 10 MB, 10^9 requests, deep nesting each get one clear message, exit 1', () => {
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, `{"name": "${'x'.repeat(10 * 1024 * 1024)}"}`);
    expect(looplab(['validate', huge]).stderr).toMatch(/^.*huge\.json: the file is 10,485,772 characters, more than the limit of 5,242,880 \(5 MB\)/);
    const many = join(dir, 'many.json');
    writeFileSync(many, JSON.stringify({ name: 'many', routes: [{ name: 'r', kind: 'async', steps: [] }], requests: [{ route: 'r', users: 1_000_000, each: 1000 }] }));
    expect(looplab(['simulate', many])).toMatchObject({ code: 1, stderr: `${many}: requests: add up to 1,000,000,000 requests, more than the limit of 1,000,000 (lower a count, or users × each)\n` });
    const deep = join(dir, 'deep.json');
    writeFileSync(deep, '['.repeat(100_000) + ']'.repeat(100_000));
    expect(looplab(['validate', deep])).toMatchObject({ code: 1, stderr: `${deep}: line 1, column 65: nested more than 64 levels deep (the limit for a scenario file)\n` });
  });

  it('a missing or unreadable file: a clear message, exit 2', () => {
    const missing = join(dir, 'missing.json');
    expect(looplab(['validate', missing])).toEqual({ code: 2, stdout: '', stderr: `looplab: cannot read ${missing}: no such file\n` });
    expect(looplab(['validate', dir])).toMatchObject({ code: 2, stderr: `looplab: cannot read ${dir}: it is a directory, not a scenario file\n` });
  });

  it('bad usage: exit 2 with a pointer to help', () => {
    const { code, stderr } = looplab(['simulate', good, '--sumary']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown option --sumary for simulate (did you mean --summary?)');
    expect(stderr).toContain('Run "looplab help simulate" for usage.');
    expect(looplab(['frobnicate']).code).toBe(2);
    expect(looplab(['simulate']).code).toBe(2);
  });

  it('--help: usage on stdout, exit 0', () => {
    const { code, stdout } = looplab(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('simulate [--summary] [--all] [--csv] [--pretty] FILE');
  });
});
