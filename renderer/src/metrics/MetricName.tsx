/**
 * A metric's name with its meaning as a tooltip: on hover and on keyboard focus, dismissed
 * with Escape (WCAG 1.4.13), and read by screen readers as the name's description.
 */
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';

/**
 * `focusable` false: out of the Tab order (a folded metrics table, there for screen readers but
 * unseen: its eight names were eight Tab stops with nothing visible focused).
 */
export function MetricName({ label, help, focusable = true }: { label: string; help: string; focusable?: boolean }) {
  const id = useId();
  const anchor = useRef<HTMLSpanElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const [shown, setShown] = useState(false);
  // In the app's root, which carries the theme's colours; document.body does not.
  const [host, setHost] = useState<Element | null>(null);
  useLayoutEffect(() => { setHost(anchor.current?.closest('.app') ?? document.body); }, []);

  // Above the name (the metrics sit at the bottom of the window), kept inside the window.
  useLayoutEffect(() => {
    if (!shown || !anchor.current || !tip.current) return;
    const at = anchor.current.getBoundingClientRect();
    const box = tip.current.getBoundingClientRect();
    const left = Math.min(Math.max(8, at.left), window.innerWidth - box.width - 8);
    const above = at.top - box.height - 6;
    Object.assign(tip.current.style, { left: `${left}px`, top: `${above >= 8 ? above : at.bottom + 6}px` });
  }, [shown]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && shown) { e.stopPropagation(); setShown(false); }
  };
  // The tooltip lives at the end of the app: inside the table cell its text would join the
  // row header's name while shown, and the metrics strip would clip it.
  return (
    <>
      <span ref={anchor} className="metric-name" tabIndex={focusable ? 0 : -1} aria-describedby={id}
        onMouseEnter={() => setShown(true)} onMouseLeave={() => setShown(false)}
        onFocus={() => setShown(true)} onBlur={() => setShown(false)} onKeyDown={onKeyDown}>{label}</span>
      {host && createPortal(<span ref={tip} id={id} role="tooltip" className="metric-help" hidden={!shown}>{help}</span>, host)}
    </>
  );
}
