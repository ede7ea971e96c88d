/**
 * The names of our highlights in the page. How each label looks (colour, tint, underline,
 * glyph, name) is defined once in `src/ui/tokens.ts`, shared with every other surface.
 */
import type { Label } from '../engine/types';
export { LABEL_ORDER, LABEL_TOKENS as LABEL_STYLES, type LabelToken as LabelStyle } from '../ui/tokens';

/** The CSS highlight name of a label: `sahel-lens-party-claim`. */
export function highlightName(label: Label): string {
  return `sahel-lens-${label}`;
}

/** Name of the highlight for the sentence whose note is open. */
export const ACTIVE_HIGHLIGHT = 'sahel-lens-active';
