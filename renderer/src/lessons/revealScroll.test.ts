import { describe, expect, it } from 'vitest';
import { revealScrollTop } from './revealScroll';

describe('scrolling to the payoff after a reveal', () => {
  it('scrolls just enough to show the takeaway when verdict and takeaway fit together', () => {
    // Verdict at 900, takeaway ends at 1,300, the panel shows 800 px from 0.
    expect(revealScrollTop({ scrollTop: 0, viewHeight: 800, verdictTop: 900, takeawayBottom: 1_300 })).toBe(512);
  });
  it('stops at the verdict when the two do not fit: the verdict is read first', () => {
    expect(revealScrollTop({ scrollTop: 0, viewHeight: 400, verdictTop: 900, takeawayBottom: 1_600 })).toBe(888);
  });
  it('does not move when both are already in view', () => {
    expect(revealScrollTop({ scrollTop: 100, viewHeight: 800, verdictTop: 300, takeawayBottom: 700 })).toBe(100);
  });
  it('comes back up to a verdict scrolled past', () => {
    expect(revealScrollTop({ scrollTop: 1_000, viewHeight: 800, verdictTop: 900, takeawayBottom: 1_300 })).toBe(888);
  });
});
