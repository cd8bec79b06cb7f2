import { afterEach, describe, expect, it, vi } from 'vitest';

// chalk (under Ink) reads FORCE_COLOR once, when it loads; a test's stdout is not a terminal, so
// without it there would be no colour to take away.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

const { cleanup } = await import('ink-testing-library');
const { middle, start } = await import('./copy-script.js');
const { renderCopy } = await import('./render-copy.js');
const { renderVerify } = await import('./render-verify.js');
const verifyScript = await import('./verify-script.js');

afterEach(() => cleanup());

// SGR colour codes: foreground 30–37, 90–97, 38;…; background likewise.
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const COLOUR = /\u001b\[(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])(?:;[\d;]*)?m/;

describe('NO_COLOR', () => {
  it('colours the view when colour is on', async () => {
    const view = renderCopy(100, { color: true });
    await view.feed([...start, ...middle]);
    expect(view.lastFrame()).toMatch(COLOUR);
  });

  it('draws no colour when it is off, keeping bold and dim', async () => {
    const view = renderCopy(100, { color: false });
    await view.feed([...start, ...middle]);
    const frame = view.lastFrame() ?? '';
    expect(frame).not.toMatch(COLOUR);
    expect(frame).toContain('\u001b[1m');
    expect(view.screen()).toContain('1,480 WCU/s of a 1,500 limit');
  });
});

describe('NO_COLOR in the verify view', () => {
  const events = [...verifyScript.start, ...verifyScript.middle, ...verifyScript.queries];

  it('colours counts above zero, the partitioners when they differ and the verdict when colour is on', async () => {
    const view = renderVerify(100, { color: true });
    await view.feed(events);
    expect(view.lastFrame()).toMatch(COLOUR);
  });

  it('draws no colour when it is off, keeping bold and dim', async () => {
    const view = renderVerify(100, { color: false });
    await view.feed(events);
    const frame = view.lastFrame() ?? '';
    expect(frame).not.toMatch(COLOUR);
    expect(frame).toContain('\u001b[1m');
    expect(frame).toContain('\u001b[2m');
    expect(view.screen()).toContain('differences · 3 found');
  });
});
