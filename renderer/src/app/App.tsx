/**
 * The shell: toolbar, side panel (editor or lessons), the two charts on one time axis,
 * metrics; in presentation a playback bar instead of the toolbar. Document edits go
 * through the action registry; everything else here is UI state.
 */
import { flushSync } from 'react-dom';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LoopLabApi } from '../../../shared/ipc/contract';
import type { Scenario } from '../../../shared/scenario/types';
import { builtinScenarios } from '../seams/builtins';
import { whenChartsDrawn, type ChartView } from '../seams/chart';
import { serializeScenario } from '../seams/scenarioIo';
import { GanttPanel, type Preparer } from '../components/GanttPanel';
import { ChartKey, chartKeyItems } from '../components/ChartKey';
import { Toolbar } from '../components/Toolbar';
import { SHORTCUT_LIST_ID } from '../components/ShortcutHint';
import { ChartControls } from '../components/ChartControls';
import { ScenarioPicker } from '../components/ScenarioPicker';
import { VariantPicker } from '../components/VariantPicker';
import { MetricsPanel } from '../components/MetricsPanel';
import { StatusLine } from '../components/StatusLine';
import { LoadErrors } from '../components/LoadErrors';
import { SidePanel, type SideContent } from '../components/SidePanel';
import { VeiledChart } from '../components/VeiledChart';
import { ChefKey } from '../chef/ChefKey';
import { PresentationBar } from '../presentation/PresentationBar';
import { presentationTextScale, usePresentation } from '../presentation/usePresentation';
import { useWindowHeight } from '../presentation/useWindowHeight';
import { useLessonSession } from '../lessons/useLessonSession';
import { useDocument } from '../shell/useDocument';
import { useTimeline } from '../shell/useTimeline';
import { INLINE_MAX_REQUESTS, INLINE_MAX_REQUESTS_BESIDE_CODE } from '../shell/inlineSimulation';
import { createRevealGate } from '../shell/revealGate';
import { useActions } from '../shell/useActions';
import { createFileCommands, type LoadFailure } from '../shell/fileCommands';
import { fileName } from '../shell/docState';
import { markRedrawn } from '../shell/perfMarks';
import { routeSummary, useVariant } from './useVariant';
import { createAppCommands } from './appCommands';
import { useLatest } from './useLatest';
import { usePrefs } from './usePrefs';
import { useLastScenario } from './useLastScenario';
import { useTimeAxes } from './useTimeAxes';
import { TimeAxesSwitch } from '../components/TimeAxesSwitch';
import { resizeStepFromChart } from './resizeStep';
import { ExportMenu } from '../export/ExportMenu';
import { useTraceView } from '../trace/useTraceView';
import { openTraceItem, TraceError } from '../trace/openTrace';
import { TraceView } from '../trace/TraceView';
import { UpdateNotice } from '../pwa/UpdateNotice';
import { useOpenLink } from '../share/useOpenLink';
import { Share } from '../share/Share';
import { useRealRun, useRunView } from '../run/useRealRun';
import { RunBanner } from '../run/RunBanner';
import { CompareRunButton } from '../run/CompareRunButton';
import { useMeasureNow } from '../run/useMeasureNow';
import { MeasureNowButton, MeasureStrip } from '../run/MeasureNow';
import { usePythonView } from '../analyze/usePythonView';
import { PythonPanel } from '../analyze/PythonPanel';
import { OpenPythonDialog } from '../analyze/OpenPythonDialog';

export function App({ api, first }: { api: LoopLabApi; first: Scenario }) {
  const doc = useDocument(first);
  const builtins = builtinScenarios;
  const [view, setView] = useState<ChartView>('resources');
  const prefs = usePrefs();
  const { theme, setTheme, chef, toggleChef } = prefs;
  const [shareOpen, setShareOpen] = useState(false);
  // Under 1,000 px the editor goes above the charts (layout.css): at 1280×720 zoomed to 150 % it
  // filled the window and the first chart began at its foot. There it starts folded, the charts
  // first; the Panel button (or a lesson) brings it back.
  const [sideOpen, setSideOpen] = useState(() => window.innerWidth > 1000);
  const [side, setSide] = useState<SideContent>('editor');
  // On a short screen (1280×720) the charts need the height more: metrics start folded to one line.
  const [metricsOpen, setMetricsOpen] = useState(() => window.innerHeight >= 900);
  const [selectedRequest, setSelectedRequest] = useState<number | null>(null);
  const [loadFailure, setLoadFailure] = useState<LoadFailure | null>(null);
  const variant = useVariant(doc.scenario, builtins);
  // Bring your own code (renderer/src/analyze): on a narrow screen the editor folds to give the code room.
  const code = usePythonView({ api, doc, showFixed: () => variant.setChoice({ kind: 'fixed' }), onShown: () => { if (window.innerWidth < 1600) setSideOpen(false); } });
  // The two charts show an edit together (revealGate.ts).
  // Each chart sets its preparer: it lays out a result the gate holds (Gantt.prepare).
  const reveal = useMemo(() => {
    const gate = createRevealGate((applyAll) => flushSync(applyAll));
    const preparer = (): Preparer => ({ current: null });
    return { written: { gate, key: 'written', preparer: preparer() }, variant: { gate, key: 'variant', preparer: preparer() } };
  }, []);
  // Beside the Python panel the page keeps to a few milliseconds of engine (inlineSimulation.ts): a file's 2,000 requests go to the workers.
  const inlineMax = code.linked ? INLINE_MAX_REQUESTS_BESIDE_CODE : INLINE_MAX_REQUESTS;
  const written = useTimeline(api, doc.scenario, reveal.written, inlineMax);
  const other = useTimeline(api, variant.variant, reveal.variant, inlineMax);
  const presentation = usePresentation([written.result?.timeline, other.result?.timeline]);
  const { presenting, playback } = presentation;
  useLastScenario(doc.scenario);
  // A trace opened read-only (renderer/src/trace) replaces the workspace until closed; the document is untouched.
  const traces = useTraceView(api);

  const lessons = useLessonSession({
    loadScenario: (scenario, announcement) => { doc.load(scenario, null); doc.announce(announcement); },
    showVariant: (v) => variant.setChoice(v ? { kind: 'lesson', ...v } : { kind: 'flip', mode: 'naive' }),
    showView: setView,
  });
  const showSide = (content: SideContent) => { setSide(content); setSideOpen(true); };
  const toggleLessons = () => (sideOpen && side === 'lessons' ? setSide('editor') : showSide('lessons'));
  // A lesson open at the last visit comes back with its panel (its scenario is the restored document).
  const resumed = useRef(false);
  const resumeLesson = lessons.resume;
  useEffect(() => {
    if (resumed.current) return;
    resumed.current = true;
    if (resumeLesson()) { setSide('lessons'); setSideOpen(true); }
  }, [resumeLesson]);

  const veiled = lessons.lesson !== null && !lessons.revealed && variant.choice.kind === 'lesson';
  // One time axis for both charts, or one each when one run is under a tenth of the other's.
  const axes = useTimeAxes(written.result?.timeline, veiled ? undefined : other.result?.timeline, doc.docState.saved);
  // A real run beside the document (renderer/src/run): outlines over the requests view.
  const realRun = useRealRun(api, setLoadFailure, doc.announce);
  const runView = useRunView(realRun.open, doc.scenario, written.result);
  const pickRun = async () => {
    const opened = await realRun.pick();
    if (!opened) return;
    setView('requests');
    const notes = opened.notes?.length ? ` Note: ${opened.notes.join('; ')}.` : '';
    doc.announce(opened.run.source === 'otlp'
      ? `Traces open: ${opened.run.requests.length} requests. Open them as a scenario to compare.${notes}`
      : `Real run open: in the Requests view, dashed outlines are the measured latencies.${notes}`);
  };
  // Desktop only: measure the scenario on screen with the Python the host found.
  const measureNow = useMeasureNow(api, (run) => {
    realRun.show(run, 'this machine');
    setView('requests');
    doc.announce('Measured: in the Requests view, dashed outlines are the measured latencies.');
  }, doc.announce);
  const openRunScenario = () => {
    if (!realRun.open) return;
    const { run } = realRun.open;
    doc.load(run.scenario, null);
    doc.announce(run.source === 'otlp'
      ? 'Opened the traces as a scenario: the arrivals are real, each route\'s step is a placeholder as long as its median; replace it with what the route does. Ctrl+Z brings back the previous scenario.'
      : `Opened “${run.scenario.name}”, the scenario the run measured. Ctrl+Z brings back the previous scenario.`);
  };

  const docRef = useLatest(doc);
  const files = useMemo(() => createFileCommands(api, () => docRef.current, setLoadFailure), [api, docRef]);
  const commands = { ...createAppCommands({ doc, files, openPython: code.openDialog, viewports: axes.all, setView, toggleChef, toggleLessons, presentation, traceOpen: traces.trace !== null, builtins }),
    share: { label: 'Share link…', run: () => setShareOpen(true) },
    // The list sits at the foot of the editor, out of sight under a lesson or a folded panel: ? (as
    // in most web apps) brings the editor up with the list open and focused.
    'help.shortcuts': { label: 'Keyboard shortcuts', shortcut: '?', enabled: () => !presentation.presenting, run: () => {
      showSide('editor');
      requestAnimationFrame(() => { // the editor is rendered by then
        const list = document.getElementById(SHORTCUT_LIST_ID);
        if (!(list instanceof HTMLDetailsElement)) return;
        list.open = true;
        list.scrollIntoView({ block: 'nearest' });
        list.querySelector('summary')?.focus();
      });
    } } };
  const actions = useActions(api, doc, commands);

  // Files the host opens itself (Electron: double-click, recent files, recovery).
  useEffect(() => api.onDocumentOpened?.((d) => files.openText(d.text, d.path, d.recovered)), [api, files]);

  // Both charts have the current documents (their layout effects ran first): measured once they have drawn.
  const chartsCurrent = written.result?.scenario === doc.scenario && other.result?.scenario === variant.variant;
  useLayoutEffect(() => {
    if (chartsCurrent) whenChartsDrawn(markRedrawn);
  }, [written.result, other.result, doc.scenario, variant.variant]); // eslint-disable-line react-hooks/exhaustive-deps

  // Share links and #lesson= / #scenario= links, at start and when the fragment changes (renderer/src/share).
  useOpenLink({ builtins, lessons, viewport: axes.written, chartsCurrent, setView, setTheme, setChef: prefs.setChef, setChoice: variant.setChoice,
    load: (scenario, announcement) => { doc.load(scenario, null); doc.announce(announcement); },
    refuse: (message) => doc.announce(message, 'error'), showLessons: () => showSide('lessons') });

  const path = doc.docState.history.present.path;
  const title = path ? fileName(path) : doc.scenario.name;
  useEffect(() => {
    document.title = `${doc.dirty ? '• ' : ''}${title} — LoopLab`;
    api.setDocumentState({ dirty: doc.dirty, path, text: serializeScenario(doc.scenario) });
  }, [api, doc.dirty, doc.scenario, path, title]);

  const { lesson } = lessons;
  // An edit to a lesson's scenario changes the first chart only; the second keeps the lesson's
  // other scenario as it was. A word on each title says so (a student took the edit to apply to
  // both); nothing more on a projector: the titles are there anyway. Edited means unlike the
  // lesson's scenario, not unsaved: a shared link, a reload or a save keeps the edit.
  const lessonScenario = lesson && (lessons.editing === 'before' ? lesson.scenarios.before : lesson.scenarios.after ?? lesson.scenarios.before);
  const lessonEdited = useMemo(
    () => lessonScenario !== null && variant.choice.kind === 'lesson' && serializeScenario(doc.scenario) !== serializeScenario(lessonScenario),
    [lessonScenario, variant.choice.kind, doc.scenario],
  );
  const writtenTitle = lessonScenario ? `${lessonScenario.name}${lessonEdited ? ' (edited)' : ''}` : 'As written';
  // Followed beside a lesson too: its metrics go beside it on a short window (below).
  const windowHeight = useWindowHeight(presenting || lessons.lesson !== null);
  const textScale = presenting ? presentationTextScale(windowHeight) : 1;
  const chartProps = { playhead: playback.playhead, view, chef, serverWork: prefs.serverWork, theme, textScale, selectedRequest, onSelectRequest: setSelectedRequest };
  // Presenting shows the lessons panel (the question, the votes) but never the editor.
  const sideShown = sideOpen && (!presenting || side === 'lessons');
  const codeShown = code.shown && !presenting;
  // Beside a lesson after the reveal: one key in the lesson panel instead of a legend in each
  // chart (two lines of a 252 px chart at 1280×720), so each chart shows its rows; presented too.
  // Before the reveal, on a window under 700 lines, it keys the one chart shown (the hidden one's
  // states would give the answer away): in chef mode at 1024×640 the chart's three legend lines
  // under the kitchen key left it two request rows. A taller window keeps the lesson panel for
  // the question, the chart its own legend.
  const keyResults = lesson && sideShown && side === 'lessons' && written.result
    ? (veiled ? (windowHeight < 700 ? [written.result] : null) : other.result ? [written.result, other.result] : null) : null;
  const measuredShown = runView.overlay != null;
  const keyItems = useMemo(() => keyResults && chartKeyItems(keyResults, { view, chef, serverWork: prefs.serverWork, measured: measuredShown, textScale }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the results themselves, not the array made each render
    [keyResults?.[0], keyResults?.[1], view, chef, prefs.serverWork, measuredShown, textScale]);
  const chartLegends = keyItems === null;
  // Presenting a lesson in chef mode, the kitchen key joins the charts' key at the lesson panel's
  // foot, folded to a line until the teacher opens it (open, it took the room of the question's
  // answers, then of the takeaway): above the charts its two rows (58 px at 720 lines, 85 at 1080)
  // left each of Pitfall 1's charts nine of its ten tickets, the last below an inner scroll.
  const chefKeyBeside = chef && presenting && lesson !== null && sideShown && side === 'lessons';
  // The two charts beside a lesson share the height in proportion to their rows (ChartKeyItems.thinnestRows).
  const shares = keyItems && keyItems.thinnestRows.length === 2 ? keyItems.thinnestRows : null;
  // With the key after the reveal, the metrics go to the lesson panel's foot too on a short window: at 1280×720
  // their two lines under the charts left each chart five of its rows, the rest below an inner
  // scroll, and the figures are the lesson's answer, read beside its text.
  // A tall window (1920×1080) has the room under the charts, and its lesson text keeps the panel;
  // presentation's text grows with the window, so it is short at every size.
  const metricsBeside = keyItems !== null && !veiled && (presenting || windowHeight < 900);
  const metricsPanel = (
    <MetricsPanel headingLevel={metricsBeside ? 3 : 2} written={written.result?.timeline.metrics ?? null} variant={veiled ? null : other.result?.timeline.metrics ?? null}
      variantName={variant.name} chef={chef} open={metricsOpen && !presenting} onToggle={() => setMetricsOpen((o) => !o)} />
  );

  return (
    <div className={`app${presenting ? ' is-presenting' : ''}${code.dropping ? ' is-dropping' : ''}`} data-theme={theme}>
      {presenting ? <PresentationBar actions={actions} playback={playback} theme={theme} onTheme={setTheme} chef={chef} /> : (
        <Toolbar actions={actions} title={title} dirty={doc.dirty} canUndo={doc.canUndo} canRedo={doc.canRedo} lessonsOpen={sideOpen && side === 'lessons'}
          moreOpenItems={[openTraceItem(traces)]}
          exportMenu={<ExportMenu api={api} viewport={axes.written} variantViewport={axes.variant} ownAxes={axes.separate} view={view} chef={chef} serverWork={prefs.serverWork} announce={doc.announce}
            written={written.result && { ...written.result, title: 'as written', measured: runView.overlay }} variant={other.result && { ...other.result, title: variant.name }} />}>
          <ScenarioPicker builtins={builtins} current={doc.scenario} edited={doc.dirty} onPick={(id) => actions.dispatch('openBuiltin', id)} />
        </Toolbar>
      )}
      <UpdateNotice held={lesson !== null || presenting} statusIdle={doc.status.id === 0} announce={doc.announce} />
      {shareOpen && <Share host={api.host} scenario={doc.scenario} compare={variant.choice} compareName={variant.name} view={view} viewport={axes.written} chef={chef} theme={theme}
        lesson={lesson && { lesson, side: lessons.editing, revealed: lessons.revealed }} builtins={builtins} webAddress={prefs.shareBaseUrl} onWebAddress={prefs.setShareBaseUrl}
        onSaveFile={() => { setShareOpen(false); void files.saveAs(); }} onClose={() => setShareOpen(false)} />}
      {code.dialogOpen && <OpenPythonDialog pickFile={code.pickFile} onAnalyse={code.open} onClose={code.closeDialog} />}
      {loadFailure && <LoadErrors failure={loadFailure} onDismiss={() => setLoadFailure(null)} />}
      <TraceError traces={traces} />
      {traces.trace ? <TraceView trace={traces.trace} onClose={traces.close} view={view} chef={chef} serverWork={prefs.serverWork} theme={theme} /> : (
      <div className={`workspace${sideShown ? '' : ' side-folded'}${sideShown && side === 'lessons' ? ' side-lessons' : ''}${codeShown ? ' with-code' : ''}`}>
        {sideShown && <SidePanel content={side} onShow={showSide} doc={doc} actions={actions} lessons={lessons} chef={chef} editorFoot={chef && <ChefKey foldable />}
          foot={(keyItems || chefKeyBeside) && <>{metricsBeside && metricsPanel}{keyItems && <ChartKey items={keyItems} theme={theme} chef={chef} />}{chefKeyBeside && <ChefKey foldable />}</>} />}
        <main className="charts">
          {!presenting && <ChartControls actions={actions} view={view} chef={chef} theme={theme} onTheme={setTheme} serverWork={prefs.serverWork} onToggleServerWork={prefs.toggleServerWork}
            sideOpen={sideOpen} onToggleSide={() => setSideOpen((o) => !o)} />}
          {!presenting && <MeasureStrip state={measureNow} />}
          {realRun.open && !presenting && <RunBanner run={realRun.open.run} name={realRun.open.name} matches={runView.matches} comparison={runView.comparison}
            onOpenScenario={openRunScenario} onClose={realRun.close} />}
          {chef && !chefKeyBeside && <ChefKey />}
          <GanttPanel id="written" title={writtenTitle} caption={routeSummary(doc.scenario)} legend={chartLegends} {...chartProps} viewport={axes.written} axisNote={axes.note}
            result={written.result} error={written.error} pending={written.pending} onResizeStep={(r) => resizeStepFromChart(doc, actions, r)} preparer={reveal.written.preparer} share={shares?.[0]}
            measured={runView.overlay} highlight={code.highlightFor(doc.scenario)} onHover={code.hoverFor(doc.scenario)} />
          {!presenting && !lesson && <VariantPicker choice={variant.choice} builtins={builtins} onChange={variant.setChoice} fixable={code.linked}>
            <CompareRunButton onPick={() => void pickRun()} />
            <MeasureNowButton state={measureNow} onMeasure={() => void measureNow.start(doc.scenario)} />
            <TimeAxesSwitch axes={axes} />
          </VariantPicker>}
          {/* A lesson has no picker row: the switch shows there when one run is under a tenth of the other's. */}
          {!presenting && lesson && !veiled && axes.suggested && <div className="variant-picker"><TimeAxesSwitch axes={axes} /></div>}
          {veiled ? <VeiledChart name={variant.name} /> : (
            <GanttPanel id="variant" title={lessonEdited ? `${variant.name} (unedited)` : variant.name} caption={routeSummary(variant.variant)} legend={chartLegends} {...chartProps} viewport={axes.variant} axisNote={axes.note}
              result={other.result} error={other.error} pending={other.pending} preparer={reveal.variant.preparer} share={shares?.[1]}
              highlight={code.highlightFor(variant.variant)} onHover={code.hoverFor(variant.variant)} />
          )}
          {!metricsBeside && metricsPanel}
        </main>
        {codeShown && code.session && <PythonPanel session={code.session} pending={code.python.pending} linked={code.linked} pointedFromChart={code.barLines}
          onPointLine={code.pointCode} selected={code.selected} onSelect={code.select} onFix={(d, fix) => code.fix(actions, d, fix)}
          onReanalyse={code.python.reanalyse} onClose={code.close} />}
      </div>
      )}
      <StatusLine status={doc.status} />
    </div>
  );
}
