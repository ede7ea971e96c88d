import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { check, click, focused, installDom, text } from './dom';
import { fakePopupApi } from './fake-api';
import { state } from '../settings/fake-browser';
import type { PopupApi } from '../../../src/popup/lib/popup-api';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../settings/fake-browser')).fakeBrowser }));
const { PopupApp } = await import('../../../src/popup/components/popup-app');

let doc: Document;
const $ = (sel: string) => doc.querySelector(sel);

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

async function mount(api: PopupApi): Promise<void> {
  const { document, root } = installDom();
  doc = document;
  await act(() => render(<PopupApp api={api} pollMs={0} />, root));
  await settle();
}

beforeEach(() => {
  state.lang = 'en';
});

describe('popup on an annotated outlet page', () => {
  it('shows the switches, the status and the counts per label', async () => {
    const { api } = fakePopupApi();
    await mount(api);
    expect(($('#global-switch') as HTMLInputElement).checked).toBe(true);
    expect(text($('label[for="site-switch"]'))).toBe('On for www.rfi.fr');
    expect(text($('#page-status'))).toContain('This article is about the Sahel.');
    expect(text($('#page-status'))).toContain('10 flagged sentences shown.');
    const counts = [...doc.querySelectorAll('.counts li')].map((li) => [li.getAttribute('data-label'), text(li.querySelector('.count-value'))]);
    expect(counts).toEqual([
      ['unverified', '2'],
      ['party-claim', '3'],
      ['figure', '4'],
      ['analyst', '1'],
    ]);
    expect($('#open-summary')).not.toBeNull();
    expect($('#annotate-now')).toBeNull();
    expect($('#add-site')).toBeNull();
    expect(text(doc.querySelector('.footer'))).toContain('Alt+Shift+S');
  });

  it('writes each control to the settings', async () => {
    const { api, store } = fakePopupApi();
    await mount(api);
    await act(() => check($('#label-figure'), false));
    expect(api.updateSettings).toHaveBeenLastCalledWith({ labels: { figure: false } });
    await act(() => check($('#lang-fr'), true));
    expect(api.updateSettings).toHaveBeenLastCalledWith({ noteLanguage: 'fr' });
    await act(() => check($('#site-switch'), false));
    expect(store.current.disabledSites).toEqual(['rfi.fr']);
    await act(() => check($('#global-switch'), false));
    await settle();
    expect(store.current).toMatchObject({ enabled: false, noteLanguage: 'fr', labels: { figure: false, analyst: true } });
    expect(($('#site-switch') as HTMLInputElement).disabled).toBe(true);
    expect(text($('#site-switch-hint'))).toBe('Sahel Lens is off everywhere.');
  });

  it('follows settings changed elsewhere', async () => {
    const { api, store } = fakePopupApi();
    await mount(api);
    await act(async () => {
      await store.updateSettings({ noteLanguage: 'en' });
    });
    expect(($('#lang-en') as HTMLInputElement).checked).toBe(true);
  });

  it('opens the summary and closes', async () => {
    const { api } = fakePopupApi();
    await mount(api);
    await act(() => click($('#open-summary')));
    await settle();
    expect(api.openSummary).toHaveBeenCalledWith(7);
    expect(api.closePopup).toHaveBeenCalled();
  });

  it('opens the options page from the link', async () => {
    const { api } = fakePopupApi();
    await mount(api);
    await act(() => click($('#open-options')));
    await settle();
    expect(api.openOptions).toHaveBeenCalled();
  });
});

describe('popup on a page outside the list', () => {
  const outside = () => fakePopupApi({ tab: { id: 11, hostname: 'localhost', web: true }, status: null });

  it('says so gracefully and offers both actions', async () => {
    const { api } = outside();
    await mount(api);
    expect(text($('#page-status'))).toBe('Sahel Lens is not running on this page.');
    expect(text($('#annotate-now'))).toBe('Annotate this page');
    expect(text($('#add-site'))).toBe('Always run on localhost');
    expect($('#open-summary')).toBeNull();
  });

  it('annotates the page on request and reports it politely', async () => {
    const { api } = outside();
    await mount(api);
    await act(() => click($('#annotate-now')));
    await settle();
    expect(api.annotate).toHaveBeenCalledWith(11, true);
    expect(text($('#popup-feedback'))).toBe('The page is annotated.');
    expect(text($('#page-status'))).toContain('This article does not seem to be about the Sahel.');
    expect(focused.element?.id).toBe('status-heading');
  });

  it('explains a missing access grant', async () => {
    const { api } = fakePopupApi({ tab: { id: 11, hostname: 'localhost', web: true }, status: null, annotateResult: { ok: false, reason: 'no-access' } });
    await mount(api);
    await act(() => click($('#annotate-now')));
    await settle();
    expect(text($('#popup-feedback'))).toMatch(/^Sahel Lens has no access to this tab/);
  });

  it('asks for the permission synchronously in the click, then adds the site', async () => {
    const { api, store } = outside();
    await mount(api);
    click($('#add-site'));
    // Still inside the user gesture: no await has happened yet.
    expect(api.requestSitePermission).toHaveBeenCalledWith('localhost');
    await settle();
    expect(store.current.addedSites).toEqual(['localhost']);
    expect(api.annotate).toHaveBeenCalledWith(11, false);
    expect(text($('#popup-feedback'))).toBe('localhost added: Sahel Lens will run there on every article.');
  });

  it('changes nothing when the permission is refused', async () => {
    const { api, store } = fakePopupApi({ tab: { id: 11, hostname: 'localhost', web: true }, status: null, grant: false });
    await mount(api);
    await act(() => click($('#add-site')));
    await settle();
    expect(store.current.addedSites).toEqual([]);
    expect(api.updateSettings).not.toHaveBeenCalled();
    expect(text($('#popup-feedback'))).toBe('Access to localhost was not granted; nothing was changed.');
  });
});

describe('popup on a non-web tab', () => {
  it('shows no site controls and no actions', async () => {
    const { api } = fakePopupApi({ tab: null, status: null });
    await mount(api);
    expect(text($('#page-status'))).toBe('No web page in this tab.');
    expect($('#site-switch')).toBeNull();
    expect($('#annotate-now')).toBeNull();
    expect(api.pageStatus).not.toHaveBeenCalled();
  });
});

describe('popup accessibility and language', () => {
  it('labels every control, announces status politely and keeps ids unique', async () => {
    const { api } = fakePopupApi({ tab: { id: 11, hostname: 'localhost', web: true }, status: null });
    await mount(api);
    for (const input of doc.querySelectorAll('input')) {
      expect(doc.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
    }
    for (const sw of doc.querySelectorAll('input.switch')) expect(sw.getAttribute('role')).toBe('switch');
    expect($('#page-status')?.getAttribute('aria-live')).toBe('polite');
    expect($('#popup-feedback')?.getAttribute('role')).toBe('status');
    for (const fs of doc.querySelectorAll('fieldset')) expect(fs.querySelector('legend')).not.toBeNull();
    for (const button of doc.querySelectorAll('button')) expect(text(button)).not.toBe('');
    for (const [id, hint] of [['annotate-now', 'annotate-hint'], ['add-site', 'add-site-hint']]) {
      expect($(`#${id}`)?.getAttribute('aria-describedby')).toBe(hint);
      expect($(`#${hint}`)).not.toBeNull();
    }
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Focus order follows the DOM: switches, page actions, filters, language, options link.
    const order = [...doc.querySelectorAll('input, button, a')].map((e) => e.id || e.getAttribute('name'));
    expect(order.indexOf('global-switch')).toBeLessThan(order.indexOf('annotate-now'));
    expect(order.indexOf('annotate-now')).toBeLessThan(order.indexOf('label-unverified'));
    expect(order.at(-1)).toBe('open-options');
  });

  it('speaks French when the browser does', async () => {
    state.lang = 'fr';
    const { api } = fakePopupApi();
    await mount(api);
    expect(text($('label[for="global-switch"]'))).toContain('Sahel Lens activé');
    expect(text($('#page-status'))).toContain('Cet article porte sur le Sahel.');
    expect(text($('label[for="lang-auto"]'))).toBe("Celle de l'article");
  });
});
