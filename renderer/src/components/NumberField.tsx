/**
 * A number typed by the user, committed on Enter or when focus leaves (one undo step per
 * change, not per keystroke). Escape, or a refused value, puts the document's value back.
 * A refusal is said beside the field too (the status bar, along the window's foot, is far
 * from where the value was typed): the field is marked invalid and described by it until
 * the user types again, presses Escape, or leaves the field.
 * Ctrl+Z undoes the typing while there is some, and the document once the field shows its
 * value (`data-undo`, read by the action manager).
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';

interface Props {
  label: string;
  value: number;
  /** Returns why the edit was refused, or null when it was applied. */
  onCommit: (value: number) => string | null;
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
  const [refusal, setRefusal] = useState<string | null>(null);
  const refusalId = useId();
  // A new value from elsewhere (undo, another edit) makes an old refusal stale.
  useEffect(() => { setDraft(String(value)); setRefusal(null); }, [value]);

  /** Commits the typed value; false when there was nothing new to commit. */
  const commit = (): boolean => {
    if (draft.trim() === String(value)) return false;
    const parsed = draft.trim() === '' ? NaN : Number(draft);
    const refused = onCommit(parsed);
    setRefusal(refused);
    if (refused !== null) setDraft(String(value));
    return true;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') { setDraft(String(value)); setRefusal(null); }
  };
  // Leaving the field commits what was typed (its refusal then shows); leaving it with nothing new puts the last refusal away.
  const onBlur = () => { if (!commit()) setRefusal(null); };

  return (
    <>
      <label className={`number-field ${className ?? ''}`}>
        <span className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</span>
        <input type="number" inputMode="decimal" value={draft} min={min} step={step ?? 'any'} tabIndex={tabIndex}
          aria-invalid={refusal !== null || undefined} aria-describedby={refusal !== null ? refusalId : undefined}
          data-undo={draft.trim() === String(value) ? 'document' : undefined}
          onChange={(e) => { setDraft(e.target.value); setRefusal(null); }} onBlur={onBlur} onKeyDown={onKeyDown} />
        {unit && <span className="unit" aria-hidden="true">{unit}</span>}
      </label>
      {/* Not a live region: the status bar has already announced it; this is for the eye, and for focus (described by). */}
      {refusal !== null && <p id={refusalId} className="field-refusal">{refusal}</p>}
    </>
  );
}
