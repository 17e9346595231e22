import { describe, expect, it } from 'vitest';
import { diagnosticCounts } from './diagnosticCounts';

describe('the Python panel counts', () => {
  it('counts a syntax error apart from the warnings', () => {
    expect(diagnosticCounts([{ severity: 'error' }, { severity: 'warning' }, { severity: 'note' }, { severity: 'note' }])).toBe('1 error · 1 warning · 2 notes');
  });

  it('names no errors and no notes when there are none, but always the warnings', () => {
    expect(diagnosticCounts([{ severity: 'warning' }, { severity: 'warning' }])).toBe('2 warnings');
    expect(diagnosticCounts([])).toBe('0 warnings');
  });

  it('says two errors in the plural', () => {
    expect(diagnosticCounts([{ severity: 'error' }, { severity: 'error' }])).toBe('2 errors · 0 warnings');
  });
});
