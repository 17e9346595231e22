/**
 * A number typed by the user, committed on Enter or when focus leaves (one undo step per
 * change, not per keystroke). Escape, or a refused value, puts the document's value back.
 * Ctrl+Z undoes the typing while there is some, and the document once the field shows its
 * value (`data-undo`, read by the action manager).
 */
import { useEffect, useState, type KeyboardEvent } from 'react';

interface Props {
  label: string;
  value: number;
  /** Returns false when the edit was refused. */
  onCommit: (value: number) => boolean;
  min?: number;
  step?: number;
  unit?: string;
  className?: string;
  /** Visually hide the label (it is still the accessible name). */
  hideLabel?: boolean;
  /** -1 keeps it out of the Tab order (a step's field while another step is the list's Tab stop). */
  tabIndex?: number;
}

export function NumberField({ label, value, onCommit, min, step, unit, className, hideLabel, tabIndex }: Props) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);

  const commit = () => {
    if (draft.trim() === String(value)) return;
    const parsed = draft.trim() === '' ? NaN : Number(draft);
    if (!onCommit(parsed)) setDraft(String(value));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') setDraft(String(value));
  };

  return (
    <label className={`number-field ${className ?? ''}`}>
      <span className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</span>
      <input type="number" inputMode="decimal" value={draft} min={min} step={step ?? 'any'} tabIndex={tabIndex}
        data-undo={draft.trim() === String(value) ? 'document' : undefined}
        onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={onKeyDown} />
      {unit && <span className="unit" aria-hidden="true">{unit}</span>}
    </label>
  );
}
