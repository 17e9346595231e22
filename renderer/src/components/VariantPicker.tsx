/** What the second chart shows: the flipped routes (two honest flips) or another scenario. */
import { useId, type ReactNode } from 'react';
import type { Scenario } from '../../../shared/scenario/types';
import { explainFlip, type FlipMode } from '../../../shared/scenario/variant';

export type VariantChoice =
  | { kind: 'flip'; mode: FlipMode }
  | { kind: 'scenario'; id: string }
  /** The open lesson's other scenario. */
  | { kind: 'lesson'; scenario: Scenario; name: string }
  /** The document with the fixes chosen for its Python diagnostics (shared/analyze/applyFixes.ts). */
  | { kind: 'fixed' };

export const encodeChoice = (c: VariantChoice): string => (c.kind === 'flip' ? `flip:${c.mode}` : c.kind === 'lesson' ? 'lesson' : c.kind === 'fixed' ? 'fixed' : `scenario:${c.id}`);

export function decodeChoice(value: string): VariantChoice {
  if (value === 'flip:await') return { kind: 'flip', mode: 'await' };
  if (value === 'fixed') return { kind: 'fixed' };
  if (value.startsWith('scenario:')) return { kind: 'scenario', id: value.slice('scenario:'.length) };
  return { kind: 'flip', mode: 'naive' };
}

interface Props {
  choice: VariantChoice;
  builtins: { id: string; scenario: Scenario }[];
  onChange: (choice: VariantChoice) => void;
  /** Other things to compare with, beside the picker (a real run). */
  children?: ReactNode;
  /** The document was read from Python: its fixes can be compared. */
  fixable?: boolean;
}

/** The chosen option's words: the select's tooltip (with the explanation) when a narrow column cuts them. */
function selectedLabel(choice: VariantChoice, builtins: Props['builtins']): string {
  if (choice.kind === 'lesson') return `Lesson: ${choice.name}`;
  if (choice.kind === 'flip') return choice.mode === 'naive' ? 'Flipped: same code, def ↔ async def' : 'Flipped, blocking I/O → await';
  if (choice.kind === 'fixed') return 'With fixes: the fixes you chose';
  return builtins.find((b) => b.id === choice.id)?.scenario.name ?? '';
}

export function VariantPicker({ choice, builtins, onChange, children, fixable }: Props) {
  const explain = choice.kind === 'flip' ? explainFlip(choice.mode)
    : choice.kind === 'lesson' ? "The lesson's other scenario."
    : choice.kind === 'fixed' ? 'Your code with the fixes you chose (Fix it beside a diagnostic); Ctrl+Z takes a fix back.'
    : 'A second scenario, unedited.';
  const explainId = useId();
  return (
    <div className="variant-picker">
      <label>
        <span className="field-label">Compare with</span>
        <select value={encodeChoice(choice)} title={`${selectedLabel(choice, builtins)}. ${explain}`} aria-describedby={explainId} onChange={(e) => e.target.value !== 'lesson' && onChange(decodeChoice(e.target.value))}>
          {choice.kind === 'lesson' && <option value="lesson">Lesson: {choice.name}</option>}
          {(fixable || choice.kind === 'fixed') && <option value="fixed">With fixes: the fixes you chose</option>}
          <option value="flip:naive">Flipped: same code, def ↔ async def</option>
          <option value="flip:await">Flipped, blocking I/O → await</option>
          <optgroup label="Another scenario">
            {builtins.map((b) => <option key={b.id} value={`scenario:${b.id}`}>{b.scenario.name}</option>)}
          </optgroup>
        </select>
      </label>
      {children}
      {/* One line, so the charts keep the height; the full text is in its tooltip and the picker's
          (a short window hides the line when the row has no room for it: panels.css). */}
      <p id={explainId} className="variant-explain" title={explain}>{explain}</p>
    </div>
  );
}
