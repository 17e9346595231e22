/**
 * The kitchen's drawn icons (assets/icons/chef), bundled by Vite as files beside the app:
 * no emoji font, no network. Drawn in black; the shell paints them in the text colour
 * through a CSS mask, so they follow the theme.
 */
export const CHEF_ICONS = {
  chef: new URL('../../../assets/icons/chef/chef-hat.svg', import.meta.url).href,
  helper: new URL('../../../assets/icons/chef/helper-cook.svg', import.meta.url).href,
  kitchen: new URL('../../../assets/icons/chef/kitchen.svg', import.meta.url).href,
  ticket: new URL('../../../assets/icons/chef/order-ticket.svg', import.meta.url).href,
  oven: new URL('../../../assets/icons/chef/oven.svg', import.meta.url).href,
  knife: new URL('../../../assets/icons/chef/knife.svg', import.meta.url).href,
} as const;

export type ChefIconName = keyof typeof CHEF_ICONS;
