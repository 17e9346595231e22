/**
 * The kitchen's drawn icons (assets/icons/chef), bundled by Vite as files beside the app:
 * no emoji font, no network. Drawn in black; the shell paints them in the text colour
 * through a CSS mask, so they follow the theme.
 */
import type { ChefIconName } from '../../../shared/chart/chefIcons';

export type { ChefIconName };

export const CHEF_ICONS: Record<ChefIconName, string> = {
  chef: new URL('../../../assets/icons/chef/chef-hat.svg', import.meta.url).href,
  helper: new URL('../../../assets/icons/chef/helper-cook.svg', import.meta.url).href,
  kitchen: new URL('../../../assets/icons/chef/kitchen.svg', import.meta.url).href,
  ticket: new URL('../../../assets/icons/chef/order-ticket.svg', import.meta.url).href,
  oven: new URL('../../../assets/icons/chef/oven.svg', import.meta.url).href,
  knife: new URL('../../../assets/icons/chef/knife.svg', import.meta.url).href,
};
