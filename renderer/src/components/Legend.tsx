/**
 * What each colour and pattern means. Names and looks come from the chart's own states
 * module, so the legend can never disagree with the bars.
 */
import { SEGMENT_STATES } from '../../../shared/engine/timeline';
import { stateName, stateStyle } from '../../chart/states';

export function Legend() {
  return (
    <section className="panel legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <ul>
        {SEGMENT_STATES.map((state) => {
          const look = stateStyle(state, 'light');
          return (
            <li key={state}>
              <span className={`legend-swatch pattern-${look.pattern}`} aria-hidden="true"
                style={{ backgroundColor: look.fill, color: look.ink }} />
              {stateName(state, false)}
            </li>
          );
        })}
        <li><span className="legend-swatch legend-blocked" aria-hidden="true" />loop blocked (red band)</li>
      </ul>
    </section>
  );
}
