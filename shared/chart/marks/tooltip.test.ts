import { describe, expect, it } from 'vitest';
import { THIN_BAR_LINE, tooltipLines, type HoverInfo } from './tooltip';

const info: HoverInfo = {
  request: 7, route: 'report', step: 'step 1', path: [0], label: 'time.sleep(0.2)', state: 'blocking_io',
  stateName: 'blocking I/O', lane: 'worker 0 · anyio thread 3', start: 100, end: 100.2, duration: 0.2,
};

describe('the hover tooltip of a bar', () => {
  it('names the request, the step, what it was doing, where and when', () => {
    const lines = tooltipLines(info, false);
    expect(lines[0]).toBe('request #7 · report');
    expect(lines).toContain('time.sleep(0.2)');
    expect(lines).toContain('on worker 0 · anyio thread 3');
    expect(lines).not.toContain(THIN_BAR_LINE);
  });

  it('says when the bar is thinner than a pixel at this zoom, so one of several drawn there', () => {
    expect(tooltipLines(info, false, 0.5)).toContain(THIN_BAR_LINE); // 0.2 ms at 0.5 ms a pixel
    expect(tooltipLines(info, false, 0.1)).not.toContain(THIN_BAR_LINE); // 2 px wide
    expect(tooltipLines(info, true, 0.5)).toContain(THIN_BAR_LINE);
  });
});
