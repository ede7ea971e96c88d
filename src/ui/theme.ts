/**
 * Puts the UI tokens on an extension page (popup, options, welcome): the custom properties of
 * `tokens.ts` on `:root` (light, and dark under `prefers-color-scheme: dark`) and the rules
 * that colour each label's mark. The pages' own stylesheets only refer to the variables.
 */
import { LABEL_ORDER, labelVar, themeCss, tintVar } from './tokens';

/** The stylesheet the extension pages share: tokens plus label marks (`.sl-mark[data-label]`). */
export function pageThemeCss(): string {
  const marks = LABEL_ORDER.map(
    (l) => `[data-label="${l}"]{--sl-c:var(${labelVar(l)});--sl-t:var(${tintVar(l)})}`,
  ).join('\n');
  return `${themeCss(':root')}\n${marks}\n.sl-mark{display:inline-flex;align-items:center;justify-content:center;min-width:18px;height:18px;padding:0 3px;border-radius:4px;background:var(--sl-c);color:var(--sl-bg);font-weight:800;font-size:12px;line-height:1;flex:none}`;
}

/** Adds the shared stylesheet to `doc` once. */
export function applyTheme(doc: Document): void {
  if (doc.querySelector('style[data-sl-tokens]')) return;
  const style = doc.createElement('style');
  style.setAttribute('data-sl-tokens', '');
  style.textContent = pageThemeCss();
  (doc.head ?? doc.documentElement).prepend(style);
}
