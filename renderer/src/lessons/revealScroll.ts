/**
 * Where the lesson panel scrolls after a reveal: the verdict ("Right." / "Not quite.") and
 * the takeaway are the payoff, and at 1920×1080 in presentation both were below the fold.
 * The least movement that shows the takeaway's end, never so far that the verdict's top
 * leaves the view. Positions are in the panel's content (px from its top).
 */
export interface RevealLayout {
  scrollTop: number;
  viewHeight: number;
  verdictTop: number;
  takeawayBottom: number;
}

const MARGIN = 12;

export function revealScrollTop({ scrollTop, viewHeight, verdictTop, takeawayBottom }: RevealLayout): number {
  const showsTakeaway = takeawayBottom + MARGIN - viewHeight;
  const keepsVerdict = verdictTop - MARGIN;
  return Math.max(0, Math.min(Math.max(scrollTop, showsTakeaway), keepsVerdict));
}
