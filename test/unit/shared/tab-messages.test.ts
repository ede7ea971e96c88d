/** The wake-up function that runs in a tab's content-script world. */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const g = globalThis as Record<string, unknown>;

afterEach(() => {
  delete g.__sahelLensWake;
  delete g.__sahelLensStatus;
});

describe('wakeInTab', () => {
  it('is false where no content script left its wake-up function', async () => {
    const { wakeInTab } = await import('../../../src/shared/tab-messages');
    expect(wakeInTab()).toBe(false);
    g.__sahelLensWake = 'not a function';
    expect(wakeInTab()).toBe(false);
  });

  it('calls the content script’s function under the shared name and passes on its answer', async () => {
    const { wakeInTab, WAKE_GLOBAL } = await import('../../../src/shared/tab-messages');
    const wake = vi.fn(() => true);
    g[WAKE_GLOBAL] = wake;
    expect(wakeInTab()).toBe(true);
    expect(wake).toHaveBeenCalledTimes(1);
    g[WAKE_GLOBAL] = () => false;
    expect(wakeInTab()).toBe(false);
  });

  it('uses the same names as the content script', async () => {
    const { readFileSync } = await import('node:fs');
    const { WAKE_GLOBAL, STATUS_GLOBAL } = await import('../../../src/shared/tab-messages');
    const content = readFileSync(new URL('../../../src/content/index.ts', import.meta.url), 'utf8');
    expect(content).toContain(`const WAKE = '${WAKE_GLOBAL}'`);
    expect(content).toContain(`const STATUS = '${STATUS_GLOBAL}'`);
  });
});

describe('statusInTab', () => {
  it('is null without a content script, and the content script’s answer with one', async () => {
    const { statusInTab, STATUS_GLOBAL } = await import('../../../src/shared/tab-messages');
    expect(statusInTab()).toBeNull();
    const status = { article: false, aboutSahel: false };
    g[STATUS_GLOBAL] = () => Promise.resolve(status);
    await expect(statusInTab()).resolves.toBe(status);
  });
});
