import { describe, expect, it } from 'vitest';
import { fixtureTimeline } from '../../shared/chart/fixtures';
import { requestTableOf } from '../../shared/chart/requestTable';
import { chartName } from './chartName';

describe('chart name', () => {
  it('says what the chart shows, what is highlighted and outlined, and where a real run is drawn', () => {
    const n = requestTableOf(fixtureTimeline).length;
    const plain = chartName('As written', fixtureTimeline, 'resources', null, false, null, [], null);
    expect(plain).toMatch(new RegExp(`^As written: timeline of ${n} requests over \\d+ ms, who is busy on each event loop, thread and process\\. Plus and minus`));
    const busy = chartName('As written', fixtureTimeline, 'requests', 2, true, 'Own time axis', [], 1);
    expect(busy).toContain('where each request spent its time. Own time axis. Request #2 highlighted. 1 bar outlined for the Python pointed at. Dashed outlines: a real run\'s measured latencies. ');
    // In the resources view the outlines are elsewhere: the name says where.
    expect(chartName('As written', fixtureTimeline, 'resources', null, true, null, [], null)).toContain('A real run is open: the Requests view outlines its measured latencies. ');
  });
});
