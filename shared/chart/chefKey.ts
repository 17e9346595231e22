/**
 * The kitchen key: each kitchen word beside the server part it stands for. The mapping is
 * 1:1 with the chart's chef names (states.ts), so nothing in the kitchen is invented: every
 * item is a lane, a state or a resource of the real model. The app shows it above the charts
 * (renderer/src/chef/ChefKey.tsx), and a chef-mode export draws it (marks/chefKey.ts).
 */
import type { ChefIconName } from './chefIcons';

export interface ChefKeyItem {
  icon: ChefIconName;
  kitchen: string;
  /** What it is on the real server, short enough for one line on a projector. */
  real: string;
  /** Shorter still, for the one-line key of a short screen (see teaching.css); `real` when absent. */
  short?: string;
  /** The longer story, for the tooltip and screen readers. */
  detail: string;
}

export const CHEF_KEY: readonly ChefKeyItem[] = [
  { icon: 'chef', kitchen: 'Chef', real: 'event loop', detail: 'One chef per kitchen runs every async def order, one thing at a time.' },
  { icon: 'helper', kitchen: 'Helper cook', real: 'pool thread', short: 'thread', detail: 'Helper cooks run def routes and to_thread work; waiting for a free helper is waiting for a thread-pool token.' },
  { icon: 'kitchen', kitchen: 'Another kitchen', real: 'worker process', short: 'worker', detail: 'Each worker process is a kitchen with its own chef, its own helpers and its own knife.' },
  { icon: 'ticket', kitchen: 'Order ticket', real: 'request', detail: 'Every request is an order ticket; its row shows where its time went.' },
  { icon: 'oven', kitchen: 'Oven', real: 'I/O', detail: 'A dish in the oven is awaited I/O: the chef moves on. A cook standing at the oven is blocking I/O.' },
  { icon: 'knife', kitchen: 'Knife', real: 'the GIL', detail: "A kitchen's cooks share one knife (the GIL); chopping is CPU work, and only the cook holding the knife can chop." },
];
