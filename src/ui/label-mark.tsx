/** A label's swatch and glyph, from the tokens: the same mark the page and the overlay use. */
import type { Label } from '../engine/types';
import { LABEL_TOKENS } from '../ui/tokens';

/** `<span class="sl-mark" data-label>` with the glyph on the label's colour; hidden from screen readers (the name says it). */
export function LabelMark({ label }: { label: Label }) {
  return (
    <span class="sl-mark" data-label={label} aria-hidden="true">
      {LABEL_TOKENS[label].glyph}
    </span>
  );
}
