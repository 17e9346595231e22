import { describe, it, expect } from 'vitest';
import { parseExportFile, parseOpenScenario, parseSimulate, MAX_EXPORT_BYTES, parseMeasureNow } from './channelPayloads';

const scenario = { name: 'demo', server: {}, routes: [], requests: [] };

describe('parseSimulate', () => {
  it('accepts a scenario-shaped object and optional options', () => {
    expect(parseSimulate([scenario])).toEqual([scenario, undefined]);
    expect(parseSimulate([scenario, { segments: false }])).toEqual([scenario, { segments: false }]);
    expect(parseSimulate([scenario, {}])).toEqual([scenario, {}]);
    expect(parseSimulate([scenario, { requests: false, maxEvents: 1000, extra: 1 }])).toEqual([scenario, { requests: false, maxEvents: 1000 }]);
    expect(() => parseSimulate([scenario, { maxEvents: 1e12 }])).toThrow(/maxEvents/);
  });

  it('refuses what is not scenario-shaped', () => {
    expect(() => parseSimulate([])).toThrow(/arguments/);
    expect(() => parseSimulate([null])).toThrow(/scenario must be an object/);
    expect(() => parseSimulate([[1, 2]])).toThrow(/scenario must be an object/);
    expect(() => parseSimulate([{ ...scenario, routes: 'x' }])).toThrow(/routes must be a list/);
    expect(() => parseSimulate([scenario, { segments: 'all' }])).toThrow(/segments/);
  });

  it('refuses a huge scenario before it reaches the worker', () => {
    const routes = Array.from({ length: 900 }, () => ({ name: 'r', kind: 'async', steps: [{ label: 'x'.repeat(7000) }] }));
    expect(() => parseSimulate([{ ...scenario, routes }])).toThrow(/larger than/);
  });
});

describe('parseExportFile', () => {
  it('takes text or bytes with a plain file name', () => {
    expect(parseExportFile(['<svg/>', 'chart.svg'])).toEqual(['<svg/>', 'chart.svg']);
    const png = new Uint8Array([137, 80, 78, 71]);
    expect(parseExportFile([png, 'chart.png'])[0]).toBe(png);
  });

  it('refuses oversized data and other types', () => {
    expect(() => parseExportFile([new Uint8Array(MAX_EXPORT_BYTES + 1), 'x.png'])).toThrow(/larger/);
    expect(() => parseExportFile([{ length: 3 }, 'x.png'])).toThrow(/bytes/);
    expect(() => parseExportFile(['x', 'C:\\Windows\\x.svg'])).toThrow(/file name/);
  });
});

describe('parseOpenScenario', () => {
  it('takes no arguments', () => {
    expect(parseOpenScenario([])).toEqual([]);
    expect(() => parseOpenScenario(['/etc/passwd'])).toThrow(/0 arguments/);
  });
});

describe('parseMeasureNow', () => {
  const scenario = { name: 's', routes: [{ name: 'r', kind: 'async', steps: [] }], requests: [{ route: 'r', at: 0 }] };
  it('takes a scenario-shaped object and a number of timed runs', () => {
    expect(parseMeasureNow([scenario, 5])).toEqual([scenario, 5]);
  });
  it('refuses a bad count of runs, a non-scenario and extra arguments', () => {
    expect(() => parseMeasureNow([scenario, 0])).toThrow('repeats must be a whole number from 1 to 20');
    expect(() => parseMeasureNow([scenario, 2.5])).toThrow('repeats must be a whole number from 1 to 20');
    expect(() => parseMeasureNow([scenario, 1e9])).toThrow('repeats must be a whole number from 1 to 20');
    expect(() => parseMeasureNow(['{}', 5])).toThrow('scenario must be an object');
    expect(() => parseMeasureNow([scenario, 5, 'extra'])).toThrow('measureNow takes 2 arguments, got 3');
  });
});
