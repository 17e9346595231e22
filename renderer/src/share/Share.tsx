/** The share dialog over what is on screen now: the state a link will carry, and where links point. */
import { useMemo } from 'react';
import type { Lesson } from '../../../shared/lessons/index';
import type { Scenario } from '../../../shared/scenario/types';
import type { ChartView, Viewport } from '../seams/chart';
import type { ShellTheme } from '../persist/prefs';
import { encodeChoice, type VariantChoice } from '../components/VariantPicker';
import type { LessonSide } from '../lessons/useLessonSession';
import type { SharedCompare, SharedState } from './shareLink';
import { shareLinks } from './shareLinks';
import { ShareDialog } from './ShareDialog';

interface Props {
  host: 'browser' | 'electron';
  scenario: Scenario;
  compare: VariantChoice;
  compareName: string;
  view: ChartView;
  viewport: Viewport;
  chef: boolean;
  theme: ShellTheme;
  lesson: { lesson: Lesson; side: LessonSide; revealed: boolean } | null;
  builtins: readonly { id: string; scenario: Scenario }[];
  /** Desktop: the published web build's address (prefs); empty until set. */
  webAddress: string;
  onWebAddress: (url: string) => void;
  onSaveFile: () => void;
  onClose: () => void;
}

/** The visible window, or null when the whole timeline shows (then the link fits whatever it opens on). */
function zoomOf(viewport: Viewport): readonly [number, number] | null {
  const [, end] = viewport.extent;
  return viewport.start <= 0 && viewport.end >= end ? null : [viewport.start, viewport.end];
}

export function Share(p: Props) {
  const desktop = p.host === 'electron';
  const base = desktop ? p.webAddress : window.location.href;
  // Taken once, when the dialog opens: the link is of the view the teacher chose to share.
  const links = useMemo(() => {
    const state: SharedState = {
      scenario: p.scenario,
      compare: encodeChoice(p.compare) as SharedCompare,
      view: p.view,
      zoom: zoomOf(p.viewport),
      chef: p.chef,
      theme: p.theme,
      lesson: p.lesson && { id: p.lesson.lesson.id, side: p.lesson.side, revealed: p.lesson.revealed },
    };
    return shareLinks({ base: base || 'https://example.invalid/', state, compareName: p.compareName, lesson: p.lesson?.lesson ?? null, builtins: p.builtins });
  }, [base]); // eslint-disable-line react-hooks/exhaustive-deps
  return <ShareDialog links={links} desktop={desktop} baseUrl={p.webAddress} onBaseUrl={p.onWebAddress} onSaveFile={p.onSaveFile} onClose={p.onClose} />;
}
