import { describe, expect, it } from 'vitest';
import { parseMessage, parsePageStatus } from '../../../src/shared/messages';

describe('parseMessage (the messages this work added)', () => {
  it('validates popup:annotate-tab', () => {
    expect(parseMessage({ type: 'popup:annotate-tab', tabId: 3, force: false })).toEqual({ type: 'popup:annotate-tab', tabId: 3, force: false });
    expect(parseMessage({ type: 'popup:annotate-tab', tabId: -1, force: false })).toBeNull();
    expect(parseMessage({ type: 'popup:annotate-tab', tabId: 1.5, force: false })).toBeNull();
    expect(parseMessage({ type: 'popup:annotate-tab', tabId: 3 })).toBeNull();
  });

  it('validates options:open-page with an optional tab', () => {
    expect(parseMessage({ type: 'options:open-page', path: 'src/popup/index.html', tabId: 5 })).toEqual({
      type: 'options:open-page',
      path: 'src/popup/index.html',
      tabId: 5,
    });
    expect(parseMessage({ type: 'options:open-page', path: 'src/popup/index.html' })).toEqual({ type: 'options:open-page', path: 'src/popup/index.html' });
    expect(parseMessage({ type: 'options:open-page', path: 'src/popup/index.html', tabId: '5' })).toBeNull();
    expect(parseMessage({ type: 'options:open-page', path: '../../etc/passwd' })).toBeNull();
    expect(parseMessage({ type: 'options:open-page', path: 'https://evil.example/x.html' })).toBeNull();
  });

  it('validates popup:get-badge', () => {
    expect(parseMessage({ type: 'popup:get-badge' })).toEqual({ type: 'popup:get-badge' });
    expect(parseMessage({ type: 'popup:get-badge', tabId: 2 })).toEqual({ type: 'popup:get-badge', tabId: 2 });
    expect(parseMessage({ type: 'popup:get-badge', tabId: null })).toBeNull();
  });

  it('drops extra fields of simple messages', () => {
    expect(parseMessage({ type: 'background:toggle', evil: true })).toEqual({ type: 'background:toggle' });
  });

  it('validates page statuses received as answers', () => {
    const ok = { article: true, aboutSahel: false, topicScore: 0, counts: { unverified: 0, 'party-claim': 0, figure: 0, analyst: 0 }, total: 0, language: null, active: false };
    expect(parsePageStatus(ok)).toEqual(ok);
    expect(parsePageStatus({ ...ok, counts: { unverified: 0 } })).toBeNull();
    expect(parsePageStatus(undefined)).toBeNull();
  });
});
