/**
 * The kitchen key as SVG (a chef-mode export): each icon with "Chef = event loop", flowing
 * onto as many lines as the width needs, like the legend. Without it a diagram that says
 * "KITCHEN 0" and "helper cook 3" cannot be read by anyone who did not see the app.
 */
import { CHEF_KEY } from '../chefKey';
import { chefIconNodes } from '../chefIcons';
import { themeColours, type ChartTheme } from '../states';
import { CENTRED_DY, el, textEl, type SvgNode } from '../svgNodes';
import { textWidth } from '../textFit';

const FONT = 15;
const ICON = 22;
const LINE = 30;
const GAP = 24;
const SPACE = Math.round(FONT * 0.3);

export interface ChefKeyMark {
  nodes: SvgNode[];
  height: number;
}

export function chefKeyNodes(width: number, theme: ChartTheme): ChefKeyMark {
  const colours = themeColours(theme);
  const nodes: SvgNode[] = [textEl('Kitchen key', { x: 0, y: LINE / 2, dy: CENTRED_DY, 'font-size': FONT, 'font-weight': 700, fill: colours.mutedText })];
  let x = textWidth('Kitchen key', FONT, true) + GAP;
  let y = 0;
  for (const item of CHEF_KEY) {
    // One <text> with a bold <tspan>: the renderer spaces "Chef = event loop" itself.
    const real = `= ${item.real}`;
    const itemWidth = ICON + 6 + textWidth(item.kitchen, FONT, true) + SPACE + textWidth(real, FONT);
    if (x > 0 && x + itemWidth > width) { x = 0; y += LINE; }
    nodes.push(el('g', { transform: `translate(${x},${y})` }, [
      el('g', { transform: `translate(0,${(LINE - ICON) / 2})` }, [chefIconNodes(item.icon, ICON, colours.text)]),
      el('text', { x: ICON + 6, y: LINE / 2, dy: CENTRED_DY, 'font-size': FONT, fill: colours.text }, [
        { tag: 'tspan', attrs: { 'font-weight': 700 }, text: item.kitchen },
        // A space between tspans is dropped by some renderers (librsvg): dx says it instead.
        { tag: 'tspan', attrs: { dx: SPACE }, text: real },
      ]),
    ], item.icon));
    x += itemWidth + GAP;
  }
  return { nodes, height: y + LINE };
}
