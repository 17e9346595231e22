/** Shown while chef mode is on: the kitchen words with their icons, big enough for the back row. */
import { useId } from 'react';
import { CHEF_ICONS, type ChefIconName } from './chefIcons';
import { CHEF_KEY } from '../../../shared/chart/chefKey';

export function ChefIcon({ name }: { name: ChefIconName }) {
  const url = `url("${CHEF_ICONS[name]}")`;
  return <span className="chef-icon" aria-hidden="true" style={{ maskImage: url, WebkitMaskImage: url }} />;
}

/** The app draws two, above the charts and at the editor's foot, and CSS shows the one that fits (teaching.css): each needs its own heading id. */
export function ChefKey() {
  const title = useId();
  return (
    <section className="chef-key" aria-labelledby={title}>
      <h2 id={title} className="visually-hidden">Kitchen key</h2>
      <ul>
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
