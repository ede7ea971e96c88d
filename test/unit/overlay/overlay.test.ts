import { afterEach, describe, expect, it } from 'vitest';
import { HOST_TAG, Overlay } from '../../../src/overlay/overlay';
import type { Anchor } from '../../../src/page/anchors';
import { testPage, type TestPage } from './dom';
import { EVIL, sampleAnnotations } from './sample';

const anchors = new Map<string, Anchor>(
  ['c0', 'c1', 'c9', 'c11', 'c12', 'c20'].map((id, i) => [id, { top: 100 + i * 60, bottom: 140 + i * 60, left: 200, right: 880, markerLeft: 172, markerTop: 100 + i * 60 }]),
);

let page: TestPage;
let overlay: Overlay;

function mount(lang: 'en' | 'fr' = 'en'): Overlay {
  page = testPage();
  overlay = new Overlay(page.doc, { shortcuts: true });
  overlay.update({ lang, claims: sampleAnnotations().claims, anchors, viewport: { width: 1200, scrollX: 0 } });
  return overlay;
}

const $ = (sel: string) => overlay.shadow.querySelector<HTMLElement>(sel);
const $$ = (sel: string) => [...overlay.shadow.querySelectorAll<HTMLElement>(sel)];

afterEach(() => overlay?.destroy());

describe('the overlay host', () => {
  it('is one custom element on <html> (not in the article or body) with an open shadow root', () => {
    mount();
    const hosts = page.doc.querySelectorAll(HOST_TAG);
    expect(hosts.length).toBe(1);
    expect(hosts[0]!.parentNode).toBe(page.doc.documentElement);
    expect(overlay.host.shadowRoot).toBe(overlay.shadow);
    expect(page.doc.body.textContent).toBe('Page text.page');
    // Absolutely positioned, zero-sized: the page's layout cannot move.
    const style = overlay.host.getAttribute('style') ?? '';
    expect(style).toMatch(/position:\s*absolute/);
    expect(style).toMatch(/width:\s*0/);
    expect(style).toMatch(/height:\s*0/);
  });

  it('destroy() removes everything, once', () => {
    mount();
    overlay.destroy();
    overlay.destroy();
    expect(page.doc.querySelectorAll(HOST_TAG).length).toBe(0);
  });

  it('keeps its styles inside the shadow root, starting from all: initial', () => {
    mount();
    const css = [...overlay.shadow.querySelectorAll('style')].map((s) => s.textContent).join('');
    expect(css).toContain(':host{all:initial');
    expect(css).toContain('prefers-color-scheme: dark');
    expect(css).toContain('prefers-reduced-motion');
    expect(page.doc.head!.querySelectorAll('style').length).toBe(0);
  });
});

describe('markers (test-visible contract)', () => {
  it('renders one button per flagged sentence with data-sl-claim and data-sl-labels, positioned beside it', () => {
    mount();
    const markers = $$('button[data-sl-claim]');
    expect(markers.map((m) => m.dataset.slClaim)).toEqual(['c0', 'c1', 'c9', 'c11', 'c12', 'c20']);
    expect(markers[0]!.dataset.slLabels).toBe('party-claim figure');
    expect(markers[0]!.getAttribute('style')).toContain('left:172px');
    expect(markers[0]!.getAttribute('aria-label')).toMatch(/^Note 1 of 6: Claim by a party, Figure\. Ten separatist/);
    expect(markers[0]!.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('cards', () => {
  it('open on click as [role=dialog][data-sl-card] with the sentence, why, who, figures and links', () => {
    mount();
    $('[data-sl-claim="c0"]')!.click();
    const card = $('[role="dialog"][data-sl-card="c0"]')!;
    expect(card).not.toBeNull();
    expect(card.querySelector('[data-sl-field="sentence"]')!.textContent).toMatch(/^Ten separatist fighters were killed/);
    expect(card.querySelector('[data-sl-field="explanation"]')!.textContent).toContain('comes from the Malian army');
    expect(card.querySelector('[data-sl-field="source"]')!.textContent).toContain('Malian army, a party to the conflict');
    expect(card.querySelector('[data-sl-field="figures"]')!.textContent).toContain('Ten — separatist fighters killed');
    expect(card.querySelector('[data-sl-field="figures"]')!.textContent).toContain('given by Malian army');
    const name = overlay.shadow.getElementById(card.getAttribute('aria-labelledby')!)!;
    expect(name.textContent).toContain('Claim by a party');
    expect($('[data-sl-claim="c0"]')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('opens links in a new tab with rel="noopener noreferrer", and drops non-http links', () => {
    mount();
    overlay.openClaim('c0', { focus: true });
    const links = $$('[data-sl-card] a[data-sl-link]');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/fama', 'https://acleddata.com/']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('jumps to the conflicting account and to the caveat that covers a sentence', () => {
    mount();
    overlay.openClaim('c0', { focus: true });
    const jump = $('[data-sl-card="c0"] [data-sl-conflict][data-sl-jump="c1"]')!;
    expect(jump.textContent).toMatch(/other side’s account — FLA/);
    jump.click();
    expect($('[data-sl-card="c1"]')).not.toBeNull();
    expect($('[data-sl-card="c0"]')).toBeNull();
    overlay.openClaim('c9', { focus: true });
    $('[data-sl-field="covered-by"] [data-sl-jump="c11"]')!.click();
    expect($('[data-sl-card="c11"] [data-sl-field="covers"] [data-sl-jump="c9"]')).not.toBeNull();
  });

  it('renders page and engine text as text, never as markup', () => {
    mount();
    overlay.openClaim('c20', { focus: true });
    const card = $('[data-sl-card="c20"]')!;
    expect(card.querySelector('[data-sl-field="sentence"]')!.textContent).toContain(EVIL);
    expect(card.querySelector('[data-sl-field="explanation"]')!.textContent).toContain(EVIL);
    expect(card.querySelector('a[data-sl-link]')!.textContent).toContain(EVIL);
    expect(overlay.shadow.querySelectorAll('img, script, svg, iframe, object, embed').length).toBe(0);
    for (const el of overlay.shadow.querySelectorAll('*')) {
      for (const attr of [...el.attributes]) expect(attr.name.startsWith('on'), `${el.localName}[${attr.name}]`).toBe(false);
    }
  });

  it('announces an opened note in an aria-live region', () => {
    mount();
    overlay.openClaim('c12', { focus: true });
    const live = $('[aria-live="polite"]')!;
    expect(live.textContent).toMatch(/^Note opened: Analyst view\. An analyst’s view/);
  });

  it('moves to the next and previous note, with the buttons and the [ ] keys', () => {
    mount();
    overlay.openClaim('c0', { focus: true });
    $('[data-sl-next]')!.click();
    expect(overlay.openClaimId).toBe('c1');
    page.key($('[data-sl-card]')!, ']');
    expect(overlay.openClaimId).toBe('c9');
    page.key($('[data-sl-card]')!, '[');
    expect(overlay.openClaimId).toBe('c1');
    $('[data-sl-prev]')!.click();
    expect(overlay.openClaimId).toBe('c0');
    expect($('[data-sl-prev]')!.hasAttribute('disabled')).toBe(true);
  });

  it('closes on Escape and gives focus back to the marker that opened it', () => {
    mount();
    const marker = $('[data-sl-claim="c1"]')!;
    marker.focus();
    marker.click();
    expect(page.focused()).toBe($('[data-sl-card="c1"]'));
    const ev = page.key(page.focused()!, 'Escape');
    expect(ev.defaultPrevented).toBe(true);
    expect($('[data-sl-card]')).toBeNull();
    expect(page.focused()).toBe(marker);
  });

  it('gives focus back to where it was in the page when opened from the page', () => {
    mount();
    const btn = page.doc.getElementById('page-btn')!;
    btn.focus();
    overlay.openClaim('c0', { focus: true });
    overlay.closeCard();
    expect(page.focused()).toBe(btn);
  });

  it('follows the reader: keys work from the page (Alt+Shift+J / K / L)', () => {
    mount();
    page.key(page.win, 'J', { altKey: true, shiftKey: true, code: 'KeyJ' });
    expect(overlay.openClaimId).toBe('c0');
    page.key(page.win, 'J', { altKey: true, shiftKey: true, code: 'KeyJ' });
    expect(overlay.openClaimId).toBe('c1');
    page.key(page.win, 'K', { altKey: true, shiftKey: true, code: 'KeyK' });
    expect(overlay.openClaimId).toBe('c0');
    page.key(page.win, 'L', { altKey: true, shiftKey: true, code: 'KeyL' });
    expect(overlay.isSummaryOpen).toBe(true);
  });

  it('ignores keys a page dispatches itself (untrusted): they neither drive the overlay nor get prevented', () => {
    mount();
    const j = page.key(page.win, 'J', { altKey: true, shiftKey: true, code: 'KeyJ', untrusted: true });
    const l = page.key(page.win, 'L', { altKey: true, shiftKey: true, code: 'KeyL', untrusted: true });
    expect(overlay.openClaimId).toBeNull();
    expect(overlay.isSummaryOpen).toBe(false);
    expect(j.defaultPrevented || l.defaultPrevented).toBe(false);
    overlay.openClaim('c0', { focus: true });
    page.key($('[data-sl-card]')!, ']', { untrusted: true });
    expect(overlay.openClaimId).toBe('c0');
  });
});

describe('summary panel', () => {
  it('is collapsed by default, with a toggle in a corner', () => {
    mount();
    const summary = $('[data-sl-summary]')!;
    const toggle = $('[data-sl-summary-toggle]')!;
    expect(summary).not.toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toContain('6 notes');
    expect($('[data-sl-summary-panel]')).toBeNull();
  });

  it('opens with counts per label, parties, analysts, unverified material and 2–3 checks, each jumping to its sentence', () => {
    mount();
    const toggle = $('[data-sl-summary-toggle]')!;
    toggle.focus();
    toggle.click();
    const panel = $('[data-sl-summary-panel]')!;
    expect(panel.getAttribute('role')).toBe('dialog');
    expect(page.focused()).toBe(panel);
    const count = (l: string) => panel.querySelector(`[data-sl-count="${l}"]`)!.textContent;
    expect([count('party-claim'), count('figure'), count('unverified'), count('analyst')]).toEqual(['3', '1', '2', '1']);
    const parties = panel.querySelector('[data-sl-field="parties"]')!;
    expect(parties.querySelector('[data-sl-side="mali"]')!.textContent).toMatch(/^Mali 2 claimsarmy — 1 claim/);
    expect(parties.querySelector('[data-sl-side="separatists"] [data-sl-party="FLA"]')).not.toBeNull();
    expect(panel.querySelector('[data-sl-field="analysts"]')!.textContent).toContain('Rida Lyammouri (Policy Center for the New South)');
    expect(panel.querySelectorAll('[data-sl-field="unverified"] [data-sl-jump]').length).toBe(2);
    const checks = [...panel.querySelectorAll<HTMLElement>('[data-sl-field="checks"] [data-sl-jump]')];
    expect(checks.length).toBeGreaterThanOrEqual(2);
    expect(checks.length).toBeLessThanOrEqual(3);
    expect(checks[0]!.textContent).toMatch(/Compare the two accounts: Malian army and FLA/);
    checks[0]!.click();
    expect(overlay.openClaimId).toBe('c0');
    // Escape closes the card first (focus back to the summary item), then the panel.
    page.key(page.focused()!, 'Escape');
    expect(overlay.openClaimId).toBeNull();
    expect(page.focused()).toBe(checks[0]);
    page.key(page.focused()!, 'Escape');
    expect(overlay.isSummaryOpen).toBe(false);
    expect(page.focused()).toBe(toggle);
  });
});

describe('French', () => {
  it('speaks French when the article (or the note setting) is French', () => {
    mount('fr');
    overlay.openClaim('c0', { focus: true });
    const card = $('[data-sl-card="c0"]')!;
    expect(card.textContent).toContain('Affirmation d’une partie');
    expect(card.textContent).toContain('Pourquoi ce signalement');
    expect(card.querySelector('[data-sl-field="source"]')!.textContent).toContain('partie au conflit');
    expect($('[data-sl-summary-toggle]')!.textContent).toContain('Sahel Lens : 6 notes');
    expect(overlay.shadow.querySelector('.sl-app')!.getAttribute('lang')).toBe('fr');
  });
});
