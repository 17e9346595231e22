/**
 * A toolbar button that opens a menu ("File ▾", "Export ▾"), as desktop apps group their
 * commands: one button in the toolbar instead of one per command, so the toolbar keeps one
 * row on a 1280 px projector as commands are added.
 *
 * The WAI-ARIA menu button pattern: the button says it has a menu (aria-haspopup, aria-expanded);
 * Enter, Space or ↓ open it on its first item, ↑ on its last; in the menu ↑/↓ move (and wrap),
 * Home/End jump, a letter goes to the next item starting with it, Enter or Space runs the item,
 * Esc closes it and puts focus back on the button, Tab closes it and moves on. A click outside
 * closes it. An item that cannot run now stays in the menu, focusable, disabled with its reason
 * (as the editor's buttons are). An item can be a choice, for a view option kept in a menu where
 * a row is short: a tick (menuitemcheckbox) or, with a group, one of the group's options
 * (menuitemradio in a named group), its state in aria-checked. Keys pressed in the menu are the
 * menu's: the page's single-key shortcuts sleep while it is open (actionManager's handleKey).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  run: () => void;
  /** As shown ("Ctrl+O"): beside the label, and the item's aria-keyshortcuts. */
  shortcut?: string;
  /** Why the item cannot run now; absent when it can. */
  disabled?: string;
  /** More words on hover. */
  title?: string;
  /** A line above this item: it starts a new group. */
  separatorBefore?: boolean;
  /** The item is a choice: ticked or not (menuitemcheckbox), or with `group` one of the group's options (menuitemradio). */
  checked?: boolean;
  /** The choice that consecutive items with this name are the options of ("Theme"): a group named so in the menu. */
  group?: string;
}

interface Props {
  /** The button's text and name ("File"); the menu is named by it. */
  label: string;
  items: readonly MenuItem[];
  className?: string;
}

const itemRole = (item: MenuItem) => (item.checked === undefined ? 'menuitem' : item.group !== undefined ? 'menuitemradio' : 'menuitemcheckbox');

export function MenuButton({ label, items, className }: Props) {
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  /** Open with the item to focus, or closed (null). */
  const [open, setOpen] = useState<number | null>(null);

  const itemEls = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) buttonRef.current?.focus();
  };

  // Focus the item asked for once the menu is in the page.
  useLayoutEffect(() => {
    if (open !== null) itemEls()[open]?.focus();
  }, [open]);

  // A pointer pressed anywhere else, or the window losing focus, closes the menu.
  useEffect(() => {
    if (open === null) return;
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(null);
    };
    const blur = () => setOpen(null);
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('blur', blur);
    return () => { document.removeEventListener('pointerdown', outside, true); window.removeEventListener('blur', blur); };
  }, [open]);

  const activate = (item: MenuItem) => {
    if (item.disabled) return;
    // Focus goes back to the button first: a dialog the item opens returns focus there when it closes.
    close(true);
    item.run();
  };

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(event.key === 'ArrowDown' ? 0 : items.length - 1);
    }
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const els = itemEls();
    const at = els.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => { event.preventDefault(); els[(index + els.length) % els.length]?.focus(); };
    switch (event.key) {
      case 'ArrowDown': return go(at + 1);
      case 'ArrowUp': return go(at - 1);
      case 'Home': case 'PageUp': return go(0);
      case 'End': case 'PageDown': return go(els.length - 1);
      case 'Escape': event.preventDefault(); event.stopPropagation(); return close(true);
      case 'Tab': return close(false);
      default:
        if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
          const letter = event.key.toLowerCase();
          const order = items.map((_, k) => (at + 1 + k) % items.length);
          const next = order.find((k) => items[k]!.label.toLowerCase().startsWith(letter));
          if (next !== undefined) go(next);
        }
    }
  };

  return (
    <div className={`menu-button${className ? ` ${className}` : ''}`}>
      <button ref={buttonRef} type="button" id={`${id}-button`} aria-haspopup="menu" aria-expanded={open !== null}
        aria-controls={open !== null ? `${id}-menu` : undefined}
        onClick={() => (open === null ? setOpen(0) : close(true))} onKeyDown={onButtonKey}>
        {label}<span className="menu-caret" aria-hidden="true"> ▾</span>
      </button>
      {open !== null && (
        <div ref={menuRef} className="menu" role="menu" id={`${id}-menu`} aria-labelledby={`${id}-button`} onKeyDown={onMenuKey}>
          {runs(items).map(({ group, from, to }) => {
            const first = items[from]!;
            const shown = items.slice(from, to).map((item, j) => {
              const k = from + j;
              return [
                item.separatorBefore && k !== from ? <div key={`${item.label}-separator`} role="separator" className="menu-separator" /> : null,
                <button key={item.label} type="button" role={itemRole(item)} tabIndex={-1} aria-keyshortcuts={item.shortcut}
                  aria-checked={item.checked} aria-disabled={item.disabled ? true : undefined} aria-describedby={item.disabled ? `${id}-why-${k}` : undefined}
                  title={item.disabled ?? item.title} onClick={() => activate(item)}>
                  <span className="menu-label">
                    {item.checked !== undefined && <span className={`menu-check${item.group !== undefined ? ' is-radio' : ''}`} aria-hidden="true" />}
                    {item.label}
                  </span>
                  {item.shortcut && <kbd aria-hidden="true">{item.shortcut}</kbd>}
                  {item.disabled && <span className="menu-why" id={`${id}-why-${k}`}>{item.disabled}</span>}
                </button>,
              ];
            });
            return [
              first.separatorBefore && from > 0 ? <div key={`${first.label}-separator`} role="separator" className="menu-separator" /> : null,
              group === undefined ? shown : <div key={`${group}-group`} role="group" aria-label={group}>{shown}</div>,
            ];
          })}
        </div>
      )}
    </div>
  );
}

/** The items in runs: each group's consecutive options together, every other item alone. */
function runs(items: readonly MenuItem[]): { group: string | undefined; from: number; to: number }[] {
  const out: { group: string | undefined; from: number; to: number }[] = [];
  items.forEach((item, k) => {
    const last = out[out.length - 1];
    if (item.group !== undefined && last?.group === item.group && last.to === k) last.to = k + 1;
    else out.push({ group: item.group, from: k, to: k + 1 });
  });
  return out;
}
