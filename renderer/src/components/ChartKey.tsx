/**
 * One key for both charts, beside a lesson: at 1280×720 each chart's own legend took two of
 * its lines (with its title and axis, 115 px of a 252 px chart), and after the reveal each
 * chart showed its loop and two request rows, the comparison below an inner scroll. The
 * lesson panel has the width the charts lack; the key lists what either chart shows, with
 * the charts' own swatches (the same patterns, the same names). Before the reveal, on a short
 * window, it keys the one chart shown.
 */
import { SEGMENT_STATES, type SegmentState, type Timeline } from '../../../shared/engine/timeline';
import type { Scenario } from '../../../shared/scenario/types';
import { layoutTimeline, type ChartView } from '../../../shared/chart/layout';
import { blockedLabel, stateName, themeColours, type ChartTheme } from '../../../shared/chart/states';
import { legendMeaning } from '../../../shared/chart/meanings';
import { statePatternDefs } from '../../../shared/chart/patternDefs';
import { el, svgString, type SvgNode } from '../../../shared/chart/svgNodes';
import { MEASURED_LABEL } from '../../../shared/chart/marks/legend';
import { measuredSwatch } from '../../../shared/chart/marks/measured';
import { fitRowMetrics, totalHeight } from '../../../shared/chart/rowMetrics';

export interface ChartKeyItems {
  states: readonly SegmentState[];
  blocked: boolean;
  measured: boolean;
  /**
   * The height each chart's rows take at their thinnest (their text shrunk as far as it may):
   * beside a lesson the charts share the column's height in proportion, so a chart of twelve
   * lanes is not cut while the other has room to spare.
   */
  thinnestRows: readonly number[];
}

/**
 * What the charts of these results show (their legends' items, together), in the legend's
 * order. Lays each out again: only used beside a lesson, whose timelines are small.
 */
export function chartKeyItems(results: readonly { scenario: Scenario; timeline: Timeline }[],
  o: { view: ChartView; chef: boolean; serverWork: boolean; measured: boolean; textScale: number }): ChartKeyItems {
  const shown = new Set<SegmentState>();
  let blocked = false;
  const thinnestRows: number[] = [];
  for (const r of results) {
    const layout = layoutTimeline(r.scenario, r.timeline, { view: o.view, chef: o.chef, serverWork: o.serverWork });
    for (const s of layout.states) shown.add(s);
    blocked ||= layout.blocked.length > 0;
    thinnestRows.push(totalHeight(layout.census, fitRowMetrics(layout.census, 0, o.textScale, true, true)));
  }
  return { states: SEGMENT_STATES.filter((s) => shown.has(s)), blocked, measured: o.measured && o.view === 'requests', thinnestRows };
}

const W = 26;
const H = 18;
/** The key's own pattern ids: the charts' defs (same ids, maybe another moment's theme) stay theirs. */
const ID_PREFIX = 'key-';

export function ChartKey({ items, theme, chef }: { items: ChartKeyItems; theme: ChartTheme; chef: boolean }) {
  const colours = themeColours(theme);
  const defs = statePatternDefs(theme).map((node) => ({ ...node, attrs: { ...node.attrs, id: `${ID_PREFIX}${String(node.attrs?.id)}` } }));
  const rect = (fill: string, stroke: string): SvgNode[] => [el('rect', { x: 0.5, y: 0.5, width: W - 1, height: H - 1, fill, stroke, 'stroke-width': 1 })];
  // Each item says what it stands for on hover, as the charts' own legends do (shared/chart/meanings.ts).
  const entries: { key: string; label: string; meaning?: string; swatch: SvgNode[] }[] = [
    ...items.states.map((s) => ({ key: s, label: stateName(s, chef), meaning: legendMeaning(s, chef), swatch: rect(`url(#${ID_PREFIX}ll-${s})`, colours.groupRule) })),
    ...(items.blocked ? [{ key: 'blocked', label: blockedLabel(chef), meaning: legendMeaning('blocked', chef), swatch: rect(`url(#${ID_PREFIX}ll-blocked)`, colours.blocked) }] : []),
    ...(items.measured ? [{ key: 'measured', label: MEASURED_LABEL, swatch: measuredSwatch(W, H, 0, theme) }] : []),
  ];
  return (
    // Named by a label, not a heading: the lesson's own h2 stays the panel's only one.
    <section className="chart-key" aria-label="Chart key">
      <svg width="0" height="0" aria-hidden="true" focusable="false" dangerouslySetInnerHTML={{ __html: svgString([el('defs', {}, defs)]) }} />
      <ul>
        {entries.map((e) => (
          <li key={e.key} title={e.meaning}>
            <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false" dangerouslySetInnerHTML={{ __html: svgString(e.swatch) }} />
            <span>{e.label}</span>
            {/* The title is for the pointer; a screen reader reading the list gets the meaning here. */}
            {e.meaning && <span className="visually-hidden">: {e.meaning}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
