import { describe, expect, it } from 'vitest';
import { PRESENTATION_TEXT_SCALE, presentationTextScale } from './usePresentation';

describe('presentation text scale', () => {
  it('is the full 1.75 on a 1080-line screen and above', () => {
    expect(presentationTextScale(1080)).toBe(PRESENTATION_TEXT_SCALE);
    expect(presentationTextScale(2160)).toBe(PRESENTATION_TEXT_SCALE);
  });
  it('shrinks in proportion on a shorter screen, so a 720-line projector shows the same picture', () => {
    expect(presentationTextScale(720)).toBeCloseTo(1.75 * (720 / 1080), 5);
  });
  it('never draws smaller than the normal chart', () => {
    expect(presentationTextScale(400)).toBe(1);
  });
});
