/** A label in plain words, with its glyph and colour: the same visual language as the page. */
import type { Label, Lang } from '../engine/types';
import { LABEL_TOKENS, labelName } from '../ui/tokens';

/** A label chip: glyph + plain-words name, in the label's colour. */
export function LabelChip({ label, lang }: { label: Label; lang: Lang }) {
  return (
    <span class="sl-chip" data-label={label}>
      <span class="sl-chip-glyph" aria-hidden="true">
        {LABEL_TOKENS[label].glyph}
      </span>
      {labelName(lang, label)}
    </span>
  );
}
