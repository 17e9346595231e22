/**
 * Text too small to read on a projector from the back of a room: every text a person sees in the
 * page's HTML (charts draw theirs in SVG and canvas, checked apart) under 14 px, with its size;
 * what is hidden from assistive tech but shown (a key hint, a menu's ▾) counts. Run in the page.
 */
import type { Page } from '@playwright/test';

export async function smallText(page: Page, smallestPx = 14): Promise<string[]> {
  return page.evaluate((smallest) => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el instanceof SVGElement || el.closest('svg, .visually-hidden, dialog:not([open])')) continue;
      if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim())) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || cs.clipPath === 'inset(50%)') continue;
      const px = parseFloat(cs.fontSize);
      if (px < smallest - 0.01) found.push(`${px.toFixed(1)} px: ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`);
    }
    return found;
  }, smallestPx);
}
