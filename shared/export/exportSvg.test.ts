import { describe, expect, it } from 'vitest';
import { simulate } from '../engine/simulate';
import { defaultServer, type Scenario } from '../scenario/types';
import { fixtureScenario, fixtureTimeline } from '../chart/fixtures';
import { exportSvg, evenSample, SLIVERS_NOTE } from './exportSvg';
import { builtinRuns } from '../../assets/scenarios/validBuiltins';
import { variantInput } from './variantInput';
import { LABEL_COLUMN, widestMetricLabel } from './metricsTable';
import { textWidth } from '../chart/textFit';

const fixture = { scenario: fixtureScenario, timeline: fixtureTimeline };

/** The benchmark's shape: 10,000 requests of an async route with every kind of step. */
function tenThousand(): Scenario {
  return {
    name: '10k', server: defaultServer({ cores: 4, workers: 2 }),
    routes: [{ name: 'report', kind: 'async', steps: [
      { cpu: 1, label: 'parse' }, { await_io: 30, label: 'await db.fetch()' },
      { gather: [[{ await_io: 10 }], [{ to_thread: [{ cpu: 2 }], pool: 'anyio' }]] }, { blocking_io: 1, label: 'log.write()' },
    ] }],
    requests: [{ route: 'report', at: 0, count: 10_000, every: 2 }],
  };
}

describe('exportSvg: a portable document', () => {
  const svg = exportSvg(fixture, { metrics: true });

  it('has width, height and a matching viewBox', () => {
    const m = /<svg [^>]*width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
    expect(m[1]).toBe('1600');
    expect(m.slice(1, 3)).toEqual(m.slice(3, 5));
  });

  it('carries a <title> and a <desc> that say what the chart shows', () => {
    expect(svg).toContain('<title id="');
    expect(svg).toMatch(/<desc id="[^"]+">Gantt chart of who is busy on each event loop[^<]*2 requests/);
  });

  it('uses nothing fragile: no foreignObject, script, style, CSS variables, external hrefs, dominant-baseline or paint-order', () => {
    for (const bad of ['<foreignObject', '<script', '<style', 'var(--', 'href=', 'dominant-baseline', 'paint-order', '<image']) expect(svg).not.toContain(bad);
  });

  it('draws text as <text> in a font stack every system has', () => {
    expect(svg).toContain('font-family="DejaVu Sans, Arial, Helvetica, sans-serif"');
    expect(svg).toContain('>parse body</text>');
  });

  it('defines each pattern once, in user space, with ids only this export uses', () => {
    const ids = [...svg.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(svg.match(/patternUnits="userSpaceOnUse"/g)!.length).toBe(ids.length);
    const other = exportSvg(fixture, { theme: 'dark' });
    const otherIds = [...other.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.filter((id) => otherIds.includes(id))).toEqual([]);
    for (const ref of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref[1]);
  });

  it('is readable on a slide: no text under 14 px at 1600 wide', () => {
    const sizes = [...exportSvg(variantInput(fixtureScenario), { charts: 'both', metrics: true, view: 'requests' }).matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(exportSvg(fixture, { metrics: true })).toBe(svg);
  });

  it('takes a fixed id prefix when asked', () => {
    expect(exportSvg(fixture, { idPrefix: 'fig3' })).toContain('<pattern id="fig3-await_io"');
  });
});

describe('exportSvg: options', () => {
  it('stacks both charts on one time axis, each with its heading, and compares their metrics', () => {
    const svg = exportSvg(variantInput(fixtureScenario), { charts: 'both', metrics: true });
    expect(svg.match(/>0 ms</g)!.length).toBe(2);
    expect(svg).toContain('>as written</text>');
    expect(svg).toContain('>flipped</text>');
  });

  it('stacks the two charts when the width has no room for them side by side', () => {
    const both = variantInput(fixtureScenario);
    expect(exportSvg(both, { charts: 'both', arrangement: 'side-by-side', width: 800 })).toBe(exportSvg(both, { charts: 'both', width: 800 }));
    expect(exportSvg(both, { charts: 'both', arrangement: 'side-by-side', width: 1200 })).not.toBe(exportSvg(both, { charts: 'both', width: 1200 }));
  });

  it('gives each chart its own time axis when asked, as the app shows a run under a tenth of the other, and says so on both', async () => {
    const { builtinRuns } = await import('../../assets/scenarios/validBuiltins');
    const scenario = builtinRuns().find((r) => r.id === 'threadpool-exhaustion')!.scenario;
    const input = variantInput(scenario, 'naive'); // the async def version: 60 blocking calls in a row on the loop
    const lastTicks = (svg: string) => [...svg.matchAll(/<g transform="translate\([\d.]+,[\d.]+\)">(<line x1="0" x2="[\d.]+" y1="35.5"[^]*?)<\/g>/g)]
      .map((m) => [...m[1]!.matchAll(/>([^<]+ m?s)<\/text>/g)].map((t) => t[1]!).at(-1));
    const own = exportSvg(input, { charts: 'both', axes: 'own' });
    const [writtenEnd, variantEnd] = [input.timeline, input.variant!.timeline].map((t) => t.metrics.makespan);
    // The def chart (about 1 s) and its async variant (tens of seconds) each end near their own last tick.
    expect(Math.min(writtenEnd!, variantEnd!) / Math.max(writtenEnd!, variantEnd!)).toBeLessThan(0.1);
    const ticks = lastTicks(own);
    expect(ticks).toHaveLength(2);
    expect(ticks[0]).not.toBe(ticks[1]);
    expect(own.match(/>Own time axis<\/text>/g)).toHaveLength(2);
    expect(own).toMatch(/<desc[^>]*>[^<]*each on its own time axis \(def version from 0 ms to 1,043 ms; async def version from 0 ms to 30,021 ms\)/);
    const shared = exportSvg(input, { charts: 'both' });
    expect(new Set(lastTicks(shared)).size).toBe(1);
    expect(shared).not.toContain('Own time axis');
  });

  it('gives the metrics labels a column wide enough for the longest', () => {
    expect(widestMetricLabel()).toBeLessThanOrEqual(LABEL_COLUMN);
  });

  it('refuses both charts without a variant', () => {
    expect(() => exportSvg(fixture, { charts: 'both' })).toThrow(/variant/);
  });

  it('speaks the kitchen in chef mode', () => {
    expect(exportSvg(fixture, { chef: true })).toContain('>chef</text>');
  });

  it('shows only the given time window', () => {
    const svg = exportSvg(fixture, { range: [0, 20] });
    expect(svg).toContain('>20 ms</text>');
    expect(svg).not.toContain('>100 ms</text>');
  });

  it('prints in greys only', () => {
    const colours = exportSvg(fixture, { theme: 'print' }).match(/#[0-9A-F]{6}/gi)!;
    for (const c of colours) {
      expect(c.slice(1, 3), c).toBe(c.slice(3, 5));
      expect(c.slice(3, 5), c).toBe(c.slice(5, 7));
    }
  });

  it('leaves out the legend and the title when asked', () => {
    const svg = exportSvg(fixture, { legend: false, title: '' });
    expect(svg).not.toContain('>blocking I/O</text>');
    expect(svg).not.toContain('font-size="28"');
  });

  it("draws the server's own work unless asked to leave it out, as the app's view option does", () => {
    const awaits: Scenario = {
      name: 'awaits', server: defaultServer(),
      routes: [{ name: 'wait', kind: 'async', steps: [{ await_io: 200 }] }],
      requests: [{ route: 'wait', at: 0, count: 300, every: 0 }],
    };
    const input = { scenario: awaits, timeline: simulate(awaits) };
    // A bar's fill names its state's pattern; the legend names the state.
    const serverFill = /fill="url\(#[\w-]+-server\)"/;
    const shown = exportSvg(input, { width: 4000 });
    expect(shown).toMatch(serverFill);
    expect(shown).toContain('>server work</text>');
    const hidden = exportSvg(input, { width: 4000, serverWork: false });
    expect(hidden).not.toMatch(serverFill);
    expect(hidden).not.toContain('>server work</text>');
  });

  it('labels sampled request rows with their own steps', () => {
    const many = { ...fixtureScenario, requests: [{ route: 'report', at: 0, count: 30, every: 5 }] };
    const svg = exportSvg({ scenario: many, timeline: simulate(many) }, { view: 'requests', maxRequestRows: 5, width: 4000 });
    expect(svg).not.toMatch(/>step \d/);
    expect(svg).toContain('5 of 30 requests drawn');
  });

  it("names in the legend the colours drawn in the time window, and only those", () => {
    const legendOf = (svg: string) => ['CPU (holds the GIL)', 'blocking I/O', 'waiting for the GIL'].filter((name) => svg.includes(`>${name}</text>`));
    expect(legendOf(exportSvg(fixture, {}))).toEqual(['CPU (holds the GIL)', 'blocking I/O', 'waiting for the GIL']);
    // 0–20 ms: the loop's CPU and its blocking call; the GIL waits come later.
    expect(legendOf(exportSvg(fixture, { range: [0, 20] }))).toEqual(['CPU (holds the GIL)', 'blocking I/O']);
  });

  it('names, under the legend and without a swatch, the states drawn only thinner than 2 px', () => {
    // The blocking call on the loop: five 200 ms calls, and the loop's own work between them, 0.1 ms each.
    const blocking = builtinRuns().find((r) => r.id === 'blocking-in-async')!.scenario;
    const input = { scenario: blocking, timeline: simulate(blocking) };
    const narrow = exportSvg(input, { width: 800 });
    expect(narrow).not.toContain('>server work</text>');
    expect(narrow).toContain(`>${SLIVERS_NOTE} server work</text>`);
    expect(exportSvg(input, { width: 800, chef: true })).toContain(`>${SLIVERS_NOTE} taking orders</text>`);
    // Not drawn at all: not named.
    expect(exportSvg(input, { width: 800, serverWork: false })).not.toContain(SLIVERS_NOTE);
    expect(exportSvg(input, { width: 800, legend: false })).not.toContain(SLIVERS_NOTE);
  });

  it('names a colour a sampled request row shows, however small its share of the whole timeline', () => {
    // 200 awaiting requests and 4 def ones: the def ones' blocking I/O is a sliver of all the time spent.
    const mostlyAwaits: Scenario = {
      name: 'mostly awaits', server: defaultServer(),
      routes: [{ name: 'items', kind: 'async', steps: [{ await_io: 20 }] }, { name: 'report', kind: 'sync', steps: [{ blocking_io: 30 }] }],
      requests: [{ route: 'items', at: 0, count: 200, every: 25 }, { route: 'report', at: 0, count: 4, every: 1000 }],
    };
    const svg = exportSvg({ scenario: mostlyAwaits, timeline: simulate(mostlyAwaits) }, { view: 'requests', maxRequestRows: 204 });
    expect(svg).toMatch(/fill="url\(#[\w-]+-blocking_io\)"|fill="#D55E00"/);
    expect(svg).toContain('>blocking I/O</text>');
  });

  it('samples request rows evenly, first and last included', () => {
    expect(evenSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).toEqual([0, 3, 6, 9]);
  });
});

describe('exportSvg: 10,000 requests', () => {
  const scenario = tenThousand();
  const timeline = simulate(scenario);

  it('stays small: thin bars merged, so the file follows the width, not the request count', () => {
    const resources = exportSvg({ scenario, timeline }, {});
    const requests = exportSvg({ scenario, timeline }, { view: 'requests' });
    expect(timeline.segments.length).toBeGreaterThan(50_000);
    expect(resources.length).toBeLessThan(1_500_000);
    expect(requests.length).toBeLessThan(1_500_000);
  });
});

describe('exportSvg: a time window over 10,000 requests', () => {
  const scenario = tenThousand();
  const timeline = simulate(scenario);
  const window = [10_000, 10_050] as const;
  const svg = exportSvg({ scenario, timeline }, { view: 'requests', range: window, maxRequestRows: 10 });
  const rowIds = [...svg.matchAll(/>#(\d+) report</g)].map((m) => Number(m[1]));
  const alive = timeline.requests.filter((r) => r.arrival < window[1] && r.end > window[0]);

  it('gives its request rows to requests alive in the window, not to requests spread over the whole run', () => {
    expect(rowIds).toHaveLength(10);
    for (const id of rowIds) expect(alive.map((r) => r.id)).toContain(id);
  });

  it('says the rows are a sample of the window and how many requests there are in all', () => {
    expect(svg).toContain(`10 of the ${alive.length} requests in this time window drawn, evenly spaced by number (10,000 in all)`);
  });
});

describe('exportSvg: chef mode is all or nothing', () => {
  // Every name and label set to neutral words, so each text left is the export's own wording.
  const neutral: Scenario = {
    name: 'demo', description: 'five at once', server: defaultServer({ workers: 2 }),
    routes: [
      { name: 'a', kind: 'async', steps: [{ cpu: 5, label: 'x' }, { await_io: 20, label: 'y' }, { blocking_io: 5, label: 'z' }] },
      { name: 'b', kind: 'sync', steps: [{ cpu: 5, label: 'x' }, { blocking_io: 20, label: 'z' }] },
    ],
    requests: [{ route: 'a', at: 0, count: 5, every: 0 }, { route: 'b', at: 0, count: 3, every: 0 }],
  };
  const input = { scenario: neutral, timeline: simulate(neutral), title: 'one' };
  const texts = (svg: string) => [...svg.matchAll(/<(text|tspan|desc)[^>]*>([^<]*)(?=<)/g)].map((m) => m[2]!.trim()).filter(Boolean);
  const PLAIN = /event loop|thread|worker|request|\bGIL\b|\bI\/O\b|\bCPU\b|process|latency|req\/s/i;
  const KITCHEN = /chef|kitchen|cook|ticket|oven|knife|chopping|dish/i;

  for (const view of ['resources', 'requests'] as const) {
    it(`on, the ${view} view has its kitchen key and no plain word outside the key's "= …" side`, () => {
      const svg = exportSvg(input, { chef: true, view, metrics: true });
      expect(svg).toContain('>Kitchen key</text>');
      const all = texts(svg);
      for (const item of ['Chef', 'Helper cook', 'Another kitchen', 'Order ticket', 'Oven', 'Knife']) expect(all).toContain(item);
      const plain = all.filter((t) => !t.startsWith('= ') && PLAIN.test(t));
      expect(plain).toEqual([]);
    });
    it(`off, the ${view} view says nothing of kitchens`, () => {
      const svg = exportSvg(input, { chef: false, view, metrics: true });
      expect(texts(svg).filter((t) => KITCHEN.test(t))).toEqual([]);
    });
  }

  it('heads the def and async def charts by who cooks, the code words kept in each heading\'s tooltip and the <desc>', () => {
    const oneKind: Scenario = { ...neutral, routes: [neutral.routes[0]!], requests: [neutral.requests[0]!] };
    const both = variantInput(oneKind, 'naive');
    const svg = exportSvg(both, { charts: 'both', chef: true, metrics: true });
    const shown = texts(svg).filter((t) => !t.startsWith('= '));
    expect(shown.filter((t) => /\bdef\b/.test(t) && !t.startsWith('Gantt chart'))).toEqual([]);
    expect(shown.filter((t) => t === 'cooked by the chef' || t === 'cooked by helper cooks')).toEqual(['cooked by the chef', 'cooked by helper cooks']);
    expect(svg).toMatch(/<title>async def version<\/title><text[^>]*>cooked by the chef<\/text>/);
    expect(svg).toMatch(/<title>def version<\/title><text[^>]*>cooked by helper cooks<\/text>/);
    expect(svg).toMatch(/<desc[^>]*>[^<]*cooked by the chef \(the async def version\): 5 order tickets/);
    // Plain mode keeps the code words as the headings.
    expect(texts(exportSvg(both, { charts: 'both', metrics: true }))).toEqual(expect.arrayContaining(['async def version', 'def version']));
  });

  it('draws the kitchen icons inline (no external reference) in the theme\'s text colour', () => {
    const svg = exportSvg(input, { chef: true, theme: 'dark' });
    expect(svg).toMatch(/<g transform="scale\([0-9.]+\)" fill="none" stroke="#F0F0F0"/);
    expect(svg).not.toContain('href=');
  });
});

describe('exportSvg: background', () => {
  it('is the theme\'s by default and left out when transparent', () => {
    const solid = exportSvg(fixture, { theme: 'dark' });
    expect(solid).toMatch(/<\/defs><rect width="1600" height="\d+" fill="#17191D"\/>/);
    const clear = exportSvg(fixture, { theme: 'dark', transparent: true });
    expect(clear).not.toMatch(/<\/defs><rect width="1600"/);
  });
});

describe('exportSvg: a 480 px export for a doc column or a phone cuts no sentence', () => {
  /** The words of every <text>, in document order. */
  const texts = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)/g)].map((m) => m[1]!.replace(/&apos;|&#39;/g, "'"));
  const twoWorkers = (workers = 2): Scenario => ({
    name: 'async I/O, def for blocking, processes for CPU', server: defaultServer({ workers }),
    routes: [{ name: 'report', kind: 'sync', steps: [{ blocking_io: 200 }] }], requests: [{ route: 'report', at: 0, count: 60, every: 0 }],
  });
  const svg = (options: Parameters<typeof exportSvg>[1], workers = 2) => {
    const scenario = twoWorkers(workers);
    return exportSvg({ scenario, timeline: simulate(scenario) }, { width: 480, ...options });
  };

  it('wraps a long title onto a third line rather than cutting its last word', () => {
    const drawn = texts(svg({}));
    expect(drawn.slice(0, 3).join(' ')).toBe('async I/O, def for blocking, processes for CPU');
  });

  it('leaves no word of a title or a description alone on its last line when the lines can share them', () => {
    for (const { id, scenario } of builtinRuns()) {
      const drawn = exportSvg({ scenario, timeline: simulate(scenario) }, { width: 480 });
      for (const size of [28, 16]) {
        const lines = [...drawn.matchAll(new RegExp(`<text [^>]*font-size="${size}"[^>]*>([^<]*)`, 'g'))].map((m) => m[1]!);
        if (lines.length > 1) expect(lines.at(-1)!.split(' ').length, `${id}: ${lines.join(' / ')}`).toBeGreaterThan(1);
      }
    }
  });

  it("writes every built-in scenario's description whole", () => {
    for (const { id, scenario } of builtinRuns()) {
      const drawn = exportSvg({ scenario, timeline: simulate(scenario) }, { width: 480 });
      // The description is the diagram's only 16 px text (without a metrics table).
      const lines = [...drawn.matchAll(/<text [^>]*font-size="16"[^>]*>([^<]*)/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
      expect(lines.join(' '), id).toBe(scenario.description);
    }
  });

  it("wraps the sampled rows' note inside the width instead of running it off the right edge", () => {
    const drawn = svg({ view: 'requests' }, 1);
    const note = '40 of 60 requests drawn, evenly spaced by number; the event loop rows show the work of all of them';
    const lines = [...drawn.matchAll(/<text [^>]*font-style="italic"[^>]*>([^<]*)/g)].map((m) => m[1]!);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(note);
    for (const line of lines) expect(24 + 14 + textWidth(line, 15)).toBeLessThanOrEqual(480 - 24);
  });

  it("writes an idle worker's reason whole, on as many lines of its lane as it needs", () => {
    const drawn = texts(svg({}));
    const first = drawn.findIndex((t) => t.startsWith('No requests'));
    expect(first).toBeGreaterThan(-1);
    const note = 'No requests: all 60 arrived at once and worker 0, idle first, took them all';
    const lines = drawn.slice(first, first + 3).filter((t) => note.includes(t));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(note);
  });
});
