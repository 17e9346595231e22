/**
 * Opening a link: at start and whenever the fragment changes (a second link pasted into the
 * same tab). A share link restores the scenario and the view; #lesson= and #scenario= open a
 * lesson or a built-in. The document is loaded as an undoable edit, so Ctrl+Z brings back
 * what the learner had; a link that does not check out changes nothing and says why.
 * The fragment is then removed from the address bar: reloading must not undo the learner's
 * edits by opening the link again.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { LESSONS, lessonById } from '../../../shared/lessons/index';
import type { Scenario } from '../../../shared/scenario/types';
import { whenChartsDrawn, type ChartView, type Viewport } from '../seams/chart';
import type { ShellTheme } from '../persist/prefs';
import type { VariantChoice } from '../components/VariantPicker';
import type { LessonSession } from '../lessons/useLessonSession';
import { decodeShare, describeUnknown, readFragment, resolveLessonName, type SharedState } from './shareLink';

interface Deps {
  builtins: readonly { id: string; scenario: Scenario }[];
  load: (scenario: Scenario, announcement: string) => void;
  refuse: (message: string) => void;
  lessons: LessonSession;
  showLessons: () => void;
  setChoice: (choice: VariantChoice) => void;
  setView: (view: ChartView) => void;
  setTheme: (theme: ShellTheme) => void;
  setChef: (chef: boolean) => void;
  viewport: Viewport;
  /** Both charts have drawn the present document and variant (a zoom window needs their extent). */
  chartsCurrent: boolean;
}

/** Names the link's contents the way the status line says them. */
function sharedSummary(s: SharedState): string {
  const lesson = s.lesson ? lessonById(s.lesson.id) : undefined;
  return lesson ? `the lesson “${lesson.title}” with “${s.scenario.name}”` : `“${s.scenario.name}”`;
}

export function useOpenLink(deps: Deps): void {
  const latest = useRef(deps);
  latest.current = deps;
  // State, not a ref: a small scenario is simulated during the render that loads it, so the
  // charts may be current at once, and only a state change runs the effect below again.
  const [pendingZoom, setPendingZoom] = useState<readonly [number, number] | null>(null);

  useEffect(() => {
    const open = () => {
      const target = readFragment(window.location.hash);
      if (target.kind === 'none') return;
      // Off the address bar first: whatever happens, a reload starts from the learner's own work.
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
      const d = latest.current;
      const context = { lessonIds: LESSONS.map((l) => l.id), builtinIds: d.builtins.map((b) => b.id) };
      const unchanged = ' Nothing was changed.';
      switch (target.kind) {
        case 'unknown':
          d.refuse(describeUnknown(target.fragment) + unchanged);
          return;
        case 'scenario': {
          const b = d.builtins.find((x) => x.id === target.id);
          if (!b) { d.refuse(`The link opens the built-in scenario “${target.id}”, which this LoopLab does not have.${unchanged}`); return; }
          if (d.lessons.lesson) d.lessons.close();
          d.load(b.scenario, `Opened the link to “${b.scenario.name}”. Ctrl+Z brings back your previous scenario.`);
          return;
        }
        case 'lesson': {
          const id = resolveLessonName(target.name, context.lessonIds);
          if (!id) { d.refuse(`The link opens the lesson “${target.name}”, which this LoopLab does not have.${unchanged}`); return; }
          d.lessons.open(id);
          d.showLessons();
          return;
        }
        case 'share': {
          const decoded = decodeShare(target.data, context);
          if (!decoded.ok) { d.refuse(decoded.message + unchanged); return; }
          const s = decoded.value;
          d.load(s.scenario, `Opened a shared link: ${sharedSummary(s)}. Ctrl+Z brings back your previous scenario.`);
          if (s.lesson) {
            d.lessons.restore(s.lesson.id, s.lesson.side, s.lesson.revealed);
            d.showLessons();
          } else if (d.lessons.lesson) {
            d.lessons.close();
          }
          // After the lesson: opening or closing one sets the comparison and the view its own way.
          if (s.compare === 'flip:naive' || s.compare === 'flip:await') d.setChoice({ kind: 'flip', mode: s.compare === 'flip:naive' ? 'naive' : 'await' });
          else if (s.compare !== 'lesson') d.setChoice({ kind: 'scenario', id: s.compare.slice('scenario:'.length) });
          d.setView(s.view);
          d.setTheme(s.theme);
          d.setChef(s.chef);
          if (s.zoom === null) d.viewport.fit();
          else setPendingZoom(s.zoom);
          return;
        }
      }
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);

  // The zoom window is set once both charts have drawn the link's scenario: before that the
  // shared axis still has the old extent and would clamp it.
  useLayoutEffect(() => {
    if (!deps.chartsCurrent || pendingZoom === null) return;
    setPendingZoom(null);
    whenChartsDrawn(() => deps.viewport.show(pendingZoom[0], pendingZoom[1]));
  }, [deps.chartsCurrent, deps.viewport, pendingZoom]);
}
