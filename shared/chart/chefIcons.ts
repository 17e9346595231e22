/**
 * The kitchen's drawn icons as SVG shapes in a 48×48 box, stroked, no fill: the same drawings
 * as the files in assets/icons/chef/ (chefIcons.test.ts keeps the two equal), so an export can
 * draw them inline with no external reference.
 */
import { el, type SvgNode } from './svgNodes';

export type ChefIconName = 'chef' | 'helper' | 'kitchen' | 'ticket' | 'oven' | 'knife';

type Shape = ['path', string] | ['rect', { x: number; y: number; width: number; height: number; rx?: number }];

/** Asset file per icon (assets/icons/chef/…). */
export const CHEF_ICON_FILES: Record<ChefIconName, string> = {
  chef: 'chef-hat.svg', helper: 'helper-cook.svg', kitchen: 'kitchen.svg', ticket: 'order-ticket.svg', oven: 'oven.svg', knife: 'knife.svg',
};

export const CHEF_ICON_SHAPES: Record<ChefIconName, readonly Shape[]> = {
  chef: [
    ['path', 'M14 31C7 30 4.5 21 10.5 17 11 9.5 19.5 6.5 24 11.5 28.5 6.5 37 9.5 37.5 17 43.5 21 41 30 34 31'],
    ['path', 'M14 31V41H34V31'], ['path', 'M14 35.5H34'], ['path', 'M20 24V31M28 24V31'],
  ],
  helper: [
    ['path', 'M17.5 13.5H30.5V7.5C27 5.5 21 5.5 17.5 7.5Z'], ['path', 'M18 14.5A6.5 6.5 0 0 0 30 14.5'],
    ['path', 'M9 43V37C9 30 15 26 24 26S39 30 39 37V43'], ['path', 'M19 27L24 34 29 27'], ['path', 'M24 34V43'],
  ],
  kitchen: [
    ['path', 'M4.5 22.5L24 7 43.5 22.5'], ['path', 'M9.5 19V42H38.5V19'], ['path', 'M32 12V5.5H37V16'],
    ['rect', { x: 15, y: 27, width: 18, height: 15 }], ['path', 'M15 33H33M21 30H21.1M27 30H27.1'],
  ],
  ticket: [['path', 'M11 5H37V42L33 39 29 42 24 39 19 42 15 39 11 42Z'], ['path', 'M17 13H31M17 20H31M17 27H25']],
  oven: [
    ['rect', { x: 7, y: 7, width: 34, height: 35, rx: 3 }], ['path', 'M7 16H41'], ['path', 'M13 11.5H13.1M19 11.5H19.1M25 11.5H25.1'],
    ['rect', { x: 13, y: 22, width: 22, height: 14, rx: 2 }], ['path', 'M19 29C21 27 23 31 25 29S29 27 29 29'],
  ],
  knife: [
    ['path', 'M4.5 28H29V17C18 17 9 20 4.5 28Z'], ['path', 'M29 20.5H42.5C43.8 20.5 44.5 21.2 44.5 22.5V25.5C44.5 26.8 43.8 27.5 42.5 27.5H29'],
    ['path', 'M34.5 24H34.6M39.5 24H39.6'], ['path', 'M10 34H24'],
  ],
};

/** The icon at `size` px (top-left at 0,0), stroked in `colour`. */
export function chefIconNodes(name: ChefIconName, size: number, colour: string): SvgNode {
  const shapes = CHEF_ICON_SHAPES[name].map(([tag, a]) => (tag === 'path' ? el('path', { d: a }) : el('rect', { ...a })));
  return el('g', {
    transform: `scale(${Math.round((size / 48) * 1000) / 1000})`, fill: 'none', stroke: colour, 'stroke-width': 3.2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round',
  }, shapes);
}
