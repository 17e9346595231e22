/**
 * The Python beside the charts: its diagnostics (warnings first; notes folded), each with its
 * fixes, and the code, highlighted, each line tied to its bars. Pointing at a line points out
 * its bars in both charts; pointing at a bar lights its line here (and the lines that lead to
 * it). Choosing a diagnostic keeps its line and bars lit and offers "Fix it". "Edit code"
 * changes the code and reads it again, keeping the user's durations where their line is.
 */
import { useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { Diagnostic } from '../../../shared/analyze/diagnostics';
import { FIX_LABELS } from '../../../shared/analyze/applyFixes';
import type { FixKind } from '../../../shared/scenario/types';
import { tokensByLine } from './highlightTokens';
import { shownPart, type Run } from './longLines';
import type { PythonSession } from './usePythonSession';
import { failureText } from './failureText';
import { diagnosticCounts } from './diagnosticCounts';
import './analyze.css';

interface Props {
  session: PythonSession;
  pending: boolean;
  /** The document still comes from this code (fixes can be applied). */
  linked: boolean;
  /** Lines lit from outside (a bar under the pointer), null: none. */
  pointedFromChart: ReadonlySet<number> | null;
  /** The line under the pointer here, or null. */
  onPointLine: (line: number | null) => void;
  selected: Diagnostic | null;
  onSelect: (d: Diagnostic | null) => void;
  onFix: (d: Diagnostic, fix: FixKind) => void;
  onReanalyse: (text: string) => void;
  onClose: () => void;
}

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', note: 'Note' } as const;

/**
 * Lines drawn with the panel; the rest follow, CHUNK_LINES a frame. Styling and laying out a
 * 2,000-line file at once was the page's longest task on opening it (0.5-0.9 s of style, layout
 * and pre-paint at load 5, measured with Chromium's trace): the panel, the charts and every key
 * waited for it. In chunks no task is long, and a space as tall as the lines to come keeps
 * the scrollbar still. (Not content-visibility: a display lock per line made the first
 * accessibility walk take 10-30 s, see analyze.css.)
 */
const FIRST_LINES = 150;
const CHUNK_LINES = 250;

export function PythonPanel(p: Props) {
  const { session } = p;
  const [editing, setEditing] = useState<string | null>(null);
  // A file's last newline ends its last line; it does not start another.
  const lines = useMemo(() => session.source.replace(/\r?\n$/, '').split('\n'), [session.source]);
  const tokens = useMemo(() => tokensByLine(session.source, session.highlights), [session.source, session.highlights]);
  const serious = session.diagnostics.filter((d) => d.severity !== 'note');
  const notes = session.diagnostics.filter((d) => d.severity === 'note');
  const marks = useMemo(() => {
    const m = new Map<number, 'error' | 'warning'>();
    for (const d of session.diagnostics) if (d.severity !== 'note' && m.get(d.line) !== 'error') m.set(d.line, d.severity);
    return m;
  }, [session.diagnostics]);
  const lit = useMemo(() => {
    const set = new Set<number>(p.pointedFromChart ?? []);
    if (p.selected) for (let l = p.selected.line; l <= Math.max(p.selected.line, p.selected.endLine); l++) set.add(l);
    return set;
  }, [p.pointedFromChart, p.selected]);

  const codeRef = useRef<HTMLOListElement>(null);
  // A bar under the pointer, or a chosen diagnostic, brings its line into view.
  const first = p.selected?.line ?? (p.pointedFromChart ? Math.min(...p.pointedFromChart) : null);
  const [progress, setProgress] = useState({ source: session.source, lines: FIRST_LINES });
  const drawnLines = progress.source === session.source ? progress.lines : FIRST_LINES;
  useEffect(() => {
    if (drawnLines >= lines.length) return;
    // After the frame that shows the lines so far: each chunk is styled and laid out in a frame of its own.
    let timer = 0;
    const frame = requestAnimationFrame(() => { timer = window.setTimeout(() => setProgress({ source: session.source, lines: drawnLines + CHUNK_LINES })); });
    return () => { cancelAnimationFrame(frame); clearTimeout(timer); };
  }, [drawnLines, lines.length, session.source]);
  // A line to bring into view is drawn at once, with every line before it.
  const shownLines = Math.min(lines.length, Math.max(drawnLines, Number.isFinite(first) ? first! : 0));
  useEffect(() => {
    if (first === null || !Number.isFinite(first)) return;
    codeRef.current?.querySelector(`[data-line="${first}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [first]);

  const onCodeOver = (event: MouseEvent) => {
    const li = (event.target as HTMLElement).closest<HTMLElement>('[data-line]');
    p.onPointLine(li ? Number(li.dataset.line) : null);
  };

  return (
    <aside className="python-panel" aria-label={`Python: ${session.fileName}`} aria-busy={p.pending}>
      <header className="python-head">
        <h2 title={session.fileName}>{session.fileName}</h2>
        <span className="python-counts">{diagnosticCounts(session.diagnostics)}</span>
        {editing === null
          ? <button type="button" onClick={() => setEditing(session.source)}>Edit code</button>
          : <button type="button" className="primary" onClick={() => { p.onReanalyse(editing); setEditing(null); }} title="Read the code again (Ctrl+Enter), keeping your durations where their line is">Analyse again</button>}
        <button type="button" className="python-close" aria-label="Close the Python panel" title="Close the Python panel" onClick={p.onClose}>×</button>
      </header>
      {p.pending && <p className="python-pending" role="status">Reading the code…</p>}
      {/* The status line announced it; here it stays beside the code. */}
      {session.failure && <p className="python-failure">{failureText(session.failure)}</p>}
      <div className="python-diagnostics">
        <h3 className="visually-hidden">Diagnostics</h3>
        {serious.length === 0 && !session.failure && <p className="python-clean">Nothing blocks the event loop.</p>}
        <ul aria-label="Warnings and errors">{serious.map((d, i) => <DiagnosticItem key={`w${i}`} d={d} {...p} />)}</ul>
        {notes.length > 0 && (
          <details className="python-notes">
            <summary>{notes.length} note{notes.length === 1 ? '' : 's'}: assumed durations, code LoopLab cannot see</summary>
            <ul aria-label="Notes">{notes.map((d, i) => <DiagnosticItem key={`n${i}`} d={d} {...p} />)}</ul>
          </details>
        )}
      </div>
      {editing !== null ? (
        <div className="python-edit">
          <label className="visually-hidden" htmlFor="python-edit-code">Python code</label>
          <textarea id="python-edit-code" value={editing} spellCheck={false} onChange={(e) => setEditing(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); p.onReanalyse(editing); setEditing(null); }
              if (e.key === 'Escape') { e.stopPropagation(); setEditing(null); }
            }} />
          <button type="button" onClick={() => setEditing(null)}>Cancel</button>
        </div>
      ) : (
        <ol ref={codeRef} className="python-code" tabIndex={0} aria-label={`${session.fileName}, ${lines.length} lines`} onMouseOver={onCodeOver} onMouseLeave={() => p.onPointLine(null)}>
          {lines.slice(0, shownLines).map((text, i) => {
            const n = i + 1;
            const mark = marks.get(n);
            return (
              // aria-current says which lines are lit (a bar under the pointer, a chosen diagnostic) to screen readers, not only by colour.
              <li key={n} data-line={n} aria-current={lit.has(n) ? 'true' : undefined} className={`${lit.has(n) ? 'is-lit ' : ''}${mark ? `has-${mark}` : ''}`}>
                <span className="python-ln" aria-hidden="true">{n}</span>
                <Code text={text} runs={tokens.get(n)} />
              </li>
            );
          })}
          {shownLines < lines.length && <li className="python-to-come" aria-hidden="true" style={{ height: `${(lines.length - shownLines) * 1.45}em` }} />}
        </ol>
      )}
    </aside>
  );
}

function DiagnosticItem({ d, selected, onSelect, onFix, linked }: { d: Diagnostic } & Pick<Props, 'selected' | 'onSelect' | 'onFix' | 'linked'>) {
  const isSelected = selected === d;
  return (
    <li className={`python-diagnostic is-${d.severity}${isSelected ? ' is-selected' : ''}`}>
      <button type="button" className="python-diagnostic-go" aria-expanded={d.fixes.length > 0 ? isSelected : undefined}
        onClick={() => onSelect(isSelected ? null : d)}>
        {/* A syntax error's column is where in the line the slip is; a warning's line is enough (its message names the call). */}
        <span className="python-where">{SEVERITY_WORD[d.severity]} · line {d.line}{d.severity === 'error' ? `, column ${d.column}` : ''}, {d.code}</span>
        <span className="python-message">{d.message}</span>
      </button>
      {isSelected && d.fixes.length > 0 && (
        <div className="python-fixes" role="group" aria-label="Fixes">
          {d.fixes.map((fix) => (
            <button key={fix} type="button" disabled={!linked} title={linked ? undefined : 'The scenario no longer comes from this code: analyse it again first'}
              onClick={() => onFix(d, fix)}>Fix it: {FIX_LABELS[fix].toLowerCase()}</button>
          ))}
        </div>
      )}
    </li>
  );
}

/** One line of code: its highlighted runs, and past a length (longLines.ts) how much is not drawn. */
function Code(props: { text: string; runs: Run[] | undefined }) {
  const { text, runs, hidden } = shownPart(props.text, props.runs);
  if (hidden === 0) return <code>{highlighted(text, runs)}</code>;
  return <code>{highlighted(text, runs)}<span className="python-more">… {hidden.toLocaleString('en-US')} more characters</span></code>;
}

/** A line's text cut into highlighted runs. */
function highlighted(text: string, runs: readonly Run[] | undefined) {
  if (!runs || runs.length === 0) return text || ' ';
  const out: ReactNode[] = [];
  let at = 0;
  runs.forEach((r, i) => {
    if (r.from > at) out.push(text.slice(at, r.from));
    out.push(<span key={i} className={`tok-${r.kind}`}>{text.slice(r.from, r.to)}</span>);
    at = r.to;
  });
  if (at < text.length) out.push(text.slice(at));
  return out;
}
