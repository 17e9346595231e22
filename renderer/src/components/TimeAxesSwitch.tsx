/** One time axis for both charts, or one each (useTimeAxes): a toggle, pressed while they are separate. */
import type { TimeAxes } from '../app/useTimeAxes';

export function TimeAxesSwitch({ axes }: { axes: Pick<TimeAxes, 'separate' | 'choose'> }) {
  return (
    <button type="button" className="axes-toggle" aria-pressed={axes.separate} onClick={() => axes.choose(!axes.separate)}
      title={axes.separate ? 'Each chart is drawn on its own time axis. Press to put both on one.' : 'Both charts share one time axis. Press to give each its own.'}>
      Separate time axes
    </button>
  );
}
