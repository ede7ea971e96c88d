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

/** The language the overlay shows its notes in (`lang` of its app root), or null without overlay. */
export function overlayLanguage(page: TestPage): Promise<string | null> {
  return page.evaluate(() => {
    const app = document.querySelector('sahel-lens-overlay')?.shadowRoot?.querySelector<HTMLElement>('.sl-app');
    return app?.getAttribute('lang') ?? null;
  }, null);
}
