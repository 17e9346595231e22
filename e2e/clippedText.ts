/**
 * Text a reader cannot see whole: an element whose text overflows its box must end in an
 * ellipsis and carry a title (its own or an ancestor's) with the full text; no text may run
 * past the window's right edge or under a neighbour drawn over it (a sticky part of its own
 * scrolling panel aside: it scrolls under that); no chart header text may
 * run past its chart. Run in the page.
 */
import type { Page } from '@playwright/test';

export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const name = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
      return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${text}"`;
    };
    const tiny = (el: Element) => { const r = el.getBoundingClientRect(); return r.width <= 1 || r.height <= 1; };
    const hidden = (el: Element) => el.closest('.visually-hidden, [hidden], dialog:not([open])') !== null || tiny(el);
    const dialog = document.querySelector('dialog[open]');
    const width = document.documentElement.clientWidth;
    const scrollsX = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el instanceof SVGElement || hidden(el) || !(el.textContent ?? '').trim()) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden' || el.getClientRects().length === 0) continue;
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
      const clips = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
      // A select shows its option's text; it must not run off the window either.
      if (el instanceof HTMLSelectElement && el.getBoundingClientRect().right > width + 1 && !scrollsX(el)) {
        found.push(`past the window's right edge by ${Math.round(el.getBoundingClientRect().right - width)} px: ${name(el)}`);
      }
      // A select cut short: its chosen text wider than its box needs an ellipsis and a title too.
      // (One that shows an icon instead, its text transparent, shows no text to cut.)
      const showsText = !/^rgba\(.*,\s*0\)$|^transparent$/.test(cs.color);
      if (el instanceof HTMLSelectElement && el.selectedOptions[0] && showsText) {
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20; // the arrow
        if (ctx.measureText(el.selectedOptions[0].text).width > room && (cs.textOverflow !== 'ellipsis' || !el.title)) {
          found.push(`cut without ${cs.textOverflow !== 'ellipsis' ? 'an ellipsis' : 'a title'}: select "${el.selectedOptions[0].text}"`);
        }
      }
      if (!ownText) continue;
      if (clips && el.scrollWidth > el.clientWidth + 1) {
        const titled = el.closest('[title]')?.getAttribute('title');
        if (cs.textOverflow !== 'ellipsis' || !titled) found.push(`cut without ${cs.textOverflow !== 'ellipsis' ? 'an ellipsis' : 'a title'}: ${name(el)}`);
      }
      const right = el.getBoundingClientRect().right;
      if (right > width + 1 && !scrollsX(el)) found.push(`past the window's right edge by ${Math.round(right - width)} px: ${name(el)}`);
      // Drawn over: at the ends of the text's visible part, the topmost element must be the text
      // (or hold it). An element over the whole of it is a deliberate layer (a card's stretched
      // button); one over part of it is a collision (a readout under the next button).
      if (dialog && !dialog.contains(el)) continue;
      if (getComputedStyle(el).pointerEvents === 'none') continue; // hit-testing passes through it (a toast)
      let box = { left: 0, top: 0, right: width, bottom: document.documentElement.clientHeight };
      const own = el.getBoundingClientRect();
      for (let p: Element | null = el; p; p = p.parentElement) {
        const r = p.getBoundingClientRect();
        if (p === el || getComputedStyle(p).overflow !== 'visible') {
          box = { left: Math.max(box.left, r.left), top: Math.max(box.top, r.top), right: Math.min(box.right, r.right), bottom: Math.min(box.bottom, r.bottom) };
        }
      }
      if (box.right - box.left < 4 || box.bottom - box.top < 4) continue;
      const y = (box.top + box.bottom) / 2;
      for (const x of [box.left + 2, box.right - 2]) {
        const top = document.elementFromPoint(x, y);
        if (!top || top === el || el.contains(top) || top.contains(el)) continue;
        // The toast's dismiss button: a layer for a few seconds, like the rest of the toast (which clicks pass through).
        if (top.closest('.status-line')) continue;
        // A sticky part of the panel the text is in (the lesson panel's foot): the text scrolls under it, and back out.
        let sticky: Element | null = top;
        while (sticky && getComputedStyle(sticky).position !== 'sticky') sticky = sticky.parentElement;
        if (sticky?.parentElement?.contains(el)) continue;
        // A stretched link's ::after covers its positioned container, not just its own box.
        const stretched = getComputedStyle(top, '::after').position === 'absolute' && top instanceof HTMLElement && top.offsetParent;
        const t = (stretched ? top.offsetParent : top).getBoundingClientRect();
        const coversAll = t.left <= own.left + 1 && t.right >= own.right - 1 && t.top <= own.top + 1 && t.bottom >= own.bottom - 1;
        if (!coversAll) { found.push(`partly under ${name(top)}: ${name(el)}`); break; }
      }
    }
    // A panel that scrolls sideways hides its right part (a <pre> of code may: it is meant to).
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const o = getComputedStyle(el).overflowX;
      if ((o === 'auto' || o === 'scroll') && el.scrollWidth > el.clientWidth + 1 && !el.closest('pre') && !hidden(el)) {
        found.push(`scrolls sideways by ${el.scrollWidth - el.clientWidth} px: ${name(el)}`);
      }
    }
    // The chart headers (title and legend) are SVG over the chart: text past its right edge is cut.
    for (const svg of document.querySelectorAll<SVGSVGElement>('.looplab-gantt > svg:first-child')) {
      const edge = svg.getBoundingClientRect().right;
      for (const text of svg.querySelectorAll('text')) {
        const r = text.getBoundingClientRect();
        if (r.width > 0 && r.right > edge + 1) found.push(`chart header text cut by ${Math.round(r.right - edge)} px: "${text.textContent}"`);
      }
    }
    return [...new Set(found)];
  });
}
