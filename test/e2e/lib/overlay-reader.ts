/**
 * Reads Sahel Lens's notes back from a live page, through the overlay's test-visible
 * contract: markers `button[data-sl-claim][data-sl-labels]` in the open shadow root of
 * `<sahel-lens-overlay>`, cards `[data-sl-card]` with `[data-sl-field=sentence|explanation]`
 * and `a[data-sl-link]`.
 */
import type { TestPage } from './browsers.ts';

export interface LiveNote {
  id: string;
  labels: string[];
  text: string;
  explanation: string;
  links: { title: string; url: string }[];
}

/** Markers currently in the overlay: id and labels. */
export function readMarkers(page: TestPage): Promise<{ id: string; labels: string[] }[]> {
  return page.evaluate(() => {
    const root = document.querySelector('sahel-lens-overlay')?.shadowRoot;
    if (!root) return [];
    return [...root.querySelectorAll<HTMLElement>('[data-sl-claim]')].map((m) => ({
      id: m.dataset.slClaim ?? '',
      labels: (m.dataset.slLabels ?? '').split(/\s+/).filter(Boolean),
    }));
  }, null);
}

/** Waits until the overlay shows at least `min` markers (or the timeout passes); returns their count. */
export async function waitForMarkers(page: TestPage, min = 1, timeoutMs = 15_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  let n = 0;
  while (Date.now() < end) {
    n = (await readMarkers(page)).length;
    if (n >= min) return n;
    await new Promise((r) => setTimeout(r, 150));
  }
  return n;
}

/** Opens one marker's card by clicking it in the page and reads the card's fields. */
export function openAndReadCard(page: TestPage, id: string): Promise<LiveNote | null> {
  return page.evaluate(async (claimId) => {
    const root = document.querySelector('sahel-lens-overlay')?.shadowRoot;
    const marker = root?.querySelector<HTMLElement>(`[data-sl-claim="${CSS.escape(claimId)}"]`);
    if (!root || !marker) return null;
    marker.click();
    let card: HTMLElement | null = null;
    for (let i = 0; i < 40 && !card; i++) {
      card = root.querySelector<HTMLElement>(`[data-sl-card="${CSS.escape(claimId)}"]`);
      if (!card) await new Promise((r) => setTimeout(r, 25));
    }
    if (!card) return null;
    const field = (name: string) => card!.querySelector(`[data-sl-field="${name}"]`)?.textContent?.trim() ?? '';
    return {
      id: claimId,
      labels: (marker.dataset.slLabels ?? '').split(/\s+/).filter(Boolean),
      text: field('sentence'),
      explanation: field('explanation'),
      links: [...card.querySelectorAll<HTMLAnchorElement>('a[data-sl-link]')].map((a) => ({ title: a.textContent?.trim() ?? '', url: a.href })),
    };
  }, id);
}

/** Reads every note by opening each card in turn; closes the last card with Escape. */
export async function readAllNotes(page: TestPage): Promise<LiveNote[]> {
  const notes: LiveNote[] = [];
  for (const m of await readMarkers(page)) {
    const note = await openAndReadCard(page, m.id);
    if (note) notes.push(note);
  }
  await page.press('Escape');
  return notes;
}

/** The open card as a reader (and a screen reader) meets it. */
export interface OpenCard {
  id: string;
  role: string | null;
  /** Accessible name: aria-label, or the text of the aria-labelledby elements. */
  name: string;
  sentence: string;
  /** Texts of the card's headings (the UI words, in the article's language). */
  headings: string[];
  /** The label chips' texts. */
  chips: string[];
  /** Text of each `[data-sl-field]` (sentence, explanation, source, figures, conflicts, links…). */
  fields: Record<string, string>;
  /** Conflict links: the claim each jumps to, and its text. */
  conflicts: { id: string; text: string }[];
  /** True when keyboard focus is inside the card. */
  focused: boolean;
  /** Computed background and text colours of the card. */
  background: string;
  color: string;
}

/** Reads the open card, or null when none is open. */
export function readOpenCard(page: TestPage): Promise<OpenCard | null> {
  return page.evaluate(() => {
    const root = document.querySelector('sahel-lens-overlay')?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('[data-sl-card]');
    if (!root || !card) return null;
    const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    /** Text a screen reader would read: without aria-hidden parts. */
    const spoken = (el: Element | null) => {
      if (!el) return '';
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((h) => h.remove());
      return text(copy);
    };
    const labelledBy = (card.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    const name = card.getAttribute('aria-label') ?? labelledBy.map((id) => spoken(root.getElementById(id))).join(' ');
    const style = getComputedStyle(card);
    return {
      id: card.dataset.slCard ?? '',
      role: card.getAttribute('role'),
      name: name.replace(/\s+/g, ' ').trim(),
      sentence: text(card.querySelector('[data-sl-field="sentence"]') ?? card),
      headings: [...card.querySelectorAll('h2, h3')].map(text),
      chips: [...card.querySelectorAll('.sl-chip')].map(text),
      fields: Object.fromEntries([...card.querySelectorAll<HTMLElement>('[data-sl-field]')].map((f) => [f.dataset.slField ?? '', text(f)])),
      conflicts: [...card.querySelectorAll<HTMLElement>('[data-sl-conflict]')].map((b) => ({ id: b.dataset.slJump ?? '', text: text(b) })),
      focused: card.contains(root.activeElement) && document.activeElement === root.host,
      background: style.backgroundColor,
      color: style.color,
    };
  }, null);
}

/** The summary: toggle state, the panel's role and name, counts per label and every jump item. */
export interface SummaryState {
  open: boolean;
  expanded: string | null;
  toggleText: string;
  panel: { role: string | null; name: string; focused: boolean } | null;
  counts: Record<string, number>;
  /** Jump items per list (parties, analysts, unverified, checks): target claim id and text. */
  lists: Record<string, { id: string; text: string }[]>;
  /** The parties by side: side id, its heading, and the bodies (disclosures) within it. */
  sides: { id: string; head: string; items: string[] }[];
}

export function readSummary(page: TestPage): Promise<SummaryState | null> {
  return page.evaluate(() => {
    const root = document.querySelector('sahel-lens-overlay')?.shadowRoot;
    const summary = root?.querySelector<HTMLElement>('[data-sl-summary]');
    if (!root || !summary) return null;
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const toggle = summary.querySelector('[data-sl-summary-toggle]');
    const panel = summary.querySelector<HTMLElement>('[data-sl-summary-panel]');
    const counts: Record<string, number> = {};
    for (const c of summary.querySelectorAll<HTMLElement>('[data-sl-count]')) counts[c.dataset.slCount ?? ''] = Number(text(c));
    const lists: Record<string, { id: string; text: string }[]> = {};
    for (const f of panel?.querySelectorAll<HTMLElement>('[data-sl-field]') ?? []) {
      lists[f.dataset.slField ?? ''] = [...f.querySelectorAll<HTMLElement>('[data-sl-jump]')].map((b) => ({ id: b.dataset.slJump ?? '', text: text(b) }));
    }
    const sides = [...(panel?.querySelectorAll<HTMLElement>('[data-sl-side]') ?? [])].map((side) => ({
      id: side.dataset.slSide ?? '',
      head: text(side.querySelector('.sl-side-head')),
      items: [...side.querySelectorAll<HTMLElement>('[data-sl-party] > summary')].map((el) => text(el)),
    }));
    const labelledBy = (panel?.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    return {
      open: summary.dataset.slOpen === 'true' && !!panel,
      expanded: toggle?.getAttribute('aria-expanded') ?? null,
      toggleText: text(toggle),
      panel: panel
        ? {
            role: panel.getAttribute('role'),
            name: panel.getAttribute('aria-label') ?? labelledBy.map((id) => text(root.getElementById(id))).join(' '),
            focused: panel.contains(root.activeElement) && document.activeElement === root.host,
          }
        : null,
      counts,
      lists,
      sides,
    };
  }, null);
}

/** Text of the overlay's live region. */
export function readLiveRegion(page: TestPage): Promise<string> {
  return page.evaluate(() => document.querySelector('sahel-lens-overlay')?.shadowRoot?.querySelector('[data-sl-live]')?.textContent ?? '', null);
}

/**
 * Clicks an element of the overlay with the real mouse: scrolls it into view, then clicks the
 * middle of its box. Throws when the element is missing or something else is on top of it.
 */
export async function clickInOverlay(page: TestPage, selector: string): Promise<void> {
  const point = await page.evaluate(async (sel) => {
    const root = document.querySelector('sahel-lens-overlay')?.shadowRoot;
    const el = root?.querySelector<HTMLElement>(sel);
    if (!root || !el) return `no ${sel} in the overlay`;
    // A jump scrolls smoothly to its sentence: wait until the element stops moving, before
    // and after bringing it into view, or the click lands where it used to be.
    const settle = async () => {
      let last = '';
      for (let i = 0; i < 40; i++) {
        const b = el.getBoundingClientRect();
        const key = `${b.x},${b.y},${scrollX},${scrollY}`;
        if (key === last) return;
        last = key;
        await new Promise((r) => setTimeout(r, 60));
      }
    };
    await settle();
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    await settle();
    const b = el.getBoundingClientRect();
    const x = b.x + b.width / 2;
    const y = b.y + b.height / 2;
    const hit = root.elementFromPoint(x, y);
    if (!hit || !el.contains(hit)) return `${sel} is covered at (${Math.round(x)}, ${Math.round(y)}) by ${hit?.outerHTML.slice(0, 80) ?? 'nothing'}`;
    return { x, y };
  }, selector);
  if (typeof point === 'string') throw new Error(point);
  await page.clickAt(point.x, point.y);
}

/** The language the overlay shows its notes in (`lang` of its app root), or null without overlay. */
export function overlayLanguage(page: TestPage): Promise<string | null> {
  return page.evaluate(() => {
    const app = document.querySelector('sahel-lens-overlay')?.shadowRoot?.querySelector<HTMLElement>('.sl-app');
    return app?.getAttribute('lang') ?? null;
  }, null);
}
