import { describe, expect, it } from 'vitest';
import { formatDuration, formatMs, formatTime, timeScale } from './timeScale';

describe('timeScale', () => {
  it('maps ms to px and back', () => {
    const s = timeScale([100, 300], [0, 400]);
    expect(s.x(200)).toBe(200);
    expect(s.ms(100)).toBe(150);
  });

  it('shows only the decimals a deep zoom needs', () => {
    expect(formatMs(1250)).toBe('1,250 ms');
    expect(formatMs(0.25, 0.05)).toBe('0.25 ms');
    expect(formatDuration(12.5)).toBe('12.5 ms');
  });

  it('writes a time in seconds with the decimals its step needs', () => {
    expect(formatTime(30_000, 10_000, 's')).toBe('30 s');
    expect(formatTime(7_500, 500, 's')).toBe('7.5 s');
    expect(formatTime(12_000, 1_000, 's')).toBe('12 s');
  });
});
