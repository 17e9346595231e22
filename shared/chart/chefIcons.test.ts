import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHEF_ICON_FILES, CHEF_ICON_SHAPES, type ChefIconName } from './chefIcons';

/** The drawing elements of an asset file, in order, as the shapes table writes them. */
function shapesOf(file: string): unknown[] {
  const text = readFileSync(resolve(__dirname, '../../assets/icons/chef', file), 'utf8');
  return [...text.matchAll(/<(path|rect)\s([^>]*)\/>/g)].map(([, tag, attrs]) => {
    const a: Record<string, string> = Object.fromEntries([...attrs!.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, v!] as const));
    return tag === 'path' ? ['path', a.d] : ['rect', Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Number(v)]))];
  });
}

describe('chef icons', () => {
  it.each(Object.keys(CHEF_ICON_FILES) as ChefIconName[])('draws %s exactly as its asset file', (name) => {
    expect(CHEF_ICON_SHAPES[name]).toEqual(shapesOf(CHEF_ICON_FILES[name]));
  });
});
