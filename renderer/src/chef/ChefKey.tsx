/** Shown while chef mode is on: the kitchen words with their icons, big enough for the back row. */
import { useId, useState } from 'react';
import { CHEF_ICONS, type ChefIconName } from './chefIcons';
import { CHEF_KEY } from '../../../shared/chart/chefKey';

export function ChefIcon({ name }: { name: ChefIconName }) {
  const url = `url("${CHEF_ICONS[name]}")`;
  return <span className="chef-icon" aria-hidden="true" style={{ maskImage: url, WebkitMaskImage: url }} />;
}

/**
 * The app draws two, above the charts and at the editor's foot, and CSS shows the one that fits (teaching.css): each needs its own heading id.
 * `foldable` (the editor's foot, a presented lesson's foot): the heading is a button that shows or hides the items, folded at
 * first. Open, one item a line took 160 px of the editor at 1024×640 and put its step buttons (Add I/O wait…) under it, for a
 * student to scroll to; beside a presented lesson it took the room of the question's answers, then of the takeaway.
 */
export function ChefKey({ foldable = false }: { foldable?: boolean }) {
  const title = useId();
  const items = useId();
  const [open, setOpen] = useState(!foldable);
  return (
    <section className={`chef-key${foldable ? ' is-foldable' : ''}`} aria-labelledby={title}>
      {foldable ? (
        <h2 id={title} className="chef-key-heading">
          <button type="button" aria-expanded={open} aria-controls={items} onClick={() => setOpen((o) => !o)}>
            Kitchen key{!open && <span className="chef-key-preview">{CHEF_KEY.map((item) => <ChefIcon key={item.icon} name={item.icon} />)}</span>}
          </button>
        </h2>
      ) : <h2 id={title} className="visually-hidden">Kitchen key</h2>}
      <ul id={items} hidden={!open}>
        {CHEF_KEY.map((item) => (
          <li key={item.icon} title={`${item.kitchen} = ${item.real}. ${item.detail}`}>
            <ChefIcon name={item.icon} />
            <span className="chef-words"><strong>{item.kitchen}</strong> <span className="chef-real">= {item.short ? <><span className="chef-long">{item.real}</span><span className="chef-short">{item.short}</span></> : item.real}</span></span>
            <span className="visually-hidden">. {item.detail}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
