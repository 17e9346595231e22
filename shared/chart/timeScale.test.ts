import { describe, expect, it } from 'vitest';
import { formatDuration, formatMs, timeScale } from './timeScale';

describe('timeScale', () => {
  it('maps ms to px and back', () => {
    const s = timeScale([100, 300], [0, 400]);
    expect(s.x(200)).toBe(200);
    expect(s.ms(100)).toBe(150);
  });

  it('gives round ticks labelled in ms, spaced for readability', () => {
    const ticks = timeScale([0, 1000], [0, 600]).ticks(110);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[0]).toEqual({ ms: 0, label: '0 ms' });
    expect(ticks.every((t) => t.label.endsWith(' ms'))).toBe(true);
  });

  it('shows only the decimals a deep zoom needs', () => {
    expect(formatMs(1250)).toBe('1,250 ms');
    expect(formatMs(0.25, 0.05)).toBe('0.25 ms');
    expect(formatDuration(12.5)).toBe('12.5 ms');
  });
});
