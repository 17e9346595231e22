import { describe, expect, it } from 'vitest';
import { exportPlan } from './exportFlags';

describe('export flags', () => {
  it('turn into export options like the app dialog sets', () => {
    const r = exportPlan({ svg: 'a.svg', view: 'requests', chef: true, theme: 'print', both: true, width: '1200', title: 'Slow', 'no-legend': true, metrics: true, 'no-server-work': true, from: '10', to: '250' });
    expect(r).toEqual({ ok: true, plan: { svg: 'a.svg', options: {
      view: 'requests', chef: true, theme: 'print', charts: 'both', width: 1200, title: 'Slow', legend: false, metrics: true, serverWork: false, range: [10, 250],
    } } });
  });

  it('need at least one output', () => {
    expect(exportPlan({ metrics: true })).toEqual({ ok: false, message: expect.stringContaining('--svg OUT.svg') });
  });

  it('refuse values that cannot be drawn, naming the flag', () => {
    expect(exportPlan({ svg: 'a', view: 'lanes' })).toMatchObject({ ok: false, message: expect.stringContaining('--view') });
    expect(exportPlan({ svg: 'a', theme: 'neon' })).toMatchObject({ ok: false, message: expect.stringContaining('print') });
    expect(exportPlan({ svg: 'a', width: '12' })).toMatchObject({ ok: false, message: expect.stringContaining('--width') });
    expect(exportPlan({ svg: 'a', from: '5' })).toMatchObject({ ok: false, message: expect.stringContaining('--to') });
    expect(exportPlan({ svg: 'a', from: '50', to: '5' })).toMatchObject({ ok: false, message: expect.stringContaining('after') });
    expect(exportPlan({ svg: 'a', 'side-by-side': true })).toMatchObject({ ok: false, message: expect.stringContaining('--both') });
  });

  it('give both charts a time axis each with --own-axes, which needs --both and takes no window', () => {
    expect(exportPlan({ svg: 'a', both: true, 'own-axes': true })).toEqual({ ok: true, plan: { svg: 'a', options: { charts: 'both', axes: 'own' } } });
    expect(exportPlan({ svg: 'a', 'own-axes': true })).toEqual({ ok: false, message: '--own-axes needs --both (it gives each of the two charts its own time axis)' });
    expect(exportPlan({ svg: 'a', both: true, 'own-axes': true, from: '0', to: '100' })).toMatchObject({ ok: false, message: expect.stringMatching(/^--own-axes .*--from\/--to/) });
  });

  it('refuse two outputs to one file', () => {
    expect(exportPlan({ svg: 'out/a.svg', trace: './out/a.svg' })).toEqual({ ok: false, message: '--svg and --trace both name out/a.svg: one would overwrite the other' });
  });

  it('refuse side by side on a width too narrow for two charts, saying how wide it must be', () => {
    expect(exportPlan({ svg: 'a', both: true, 'side-by-side': true, width: '800' })).toEqual({ ok: false, message: expect.stringMatching(/--side-by-side needs --width 1200 or more.*not 800/) });
    expect(exportPlan({ svg: 'a', both: true, 'side-by-side': true, width: '1200' })).toMatchObject({ ok: true });
    expect(exportPlan({ svg: 'a', both: true, 'side-by-side': true })).toMatchObject({ ok: true });
  });
});
