/** One focusable marker per flagged sentence, absolutely positioned beside it. */
import type { Claim, Lang } from '../engine/types';
import type { Anchor } from '../page/anchors';
import { LABEL_TOKENS } from '../ui/tokens';
import { labelNames, t } from './i18n';
import type { OverlayActions } from './types';
import { orderedLabels, snippet } from './view-model';

/** What a marker needs. */
export interface MarkerProps {
  claim: Claim;
  index: number;
  total: number;
  anchor: Anchor | undefined;
  open: boolean;
  lang: Lang;
  actions: OverlayActions;
}

/**
 * A `button[data-sl-claim][data-sl-labels]` (the e2e contract); click, Enter or Space opens
 * the sentence's card, hovering it a moment previews the card.
 */
export function Marker({ claim, index, total, anchor, open, lang, actions }: MarkerProps) {
  const labels = orderedLabels(claim.labels);
  const primary = labels[0] ?? 'party-claim';
  const second = labels[1];
  const style: Record<string, string> = anchor
    ? { left: `${anchor.markerLeft}px`, top: `${anchor.markerTop}px` }
    : { left: '0px', top: '0px' };
  return (
    <button
      type="button"
      class="sl-marker"
      data-sl-claim={claim.id}
      data-sl-labels={labels.join(' ')}
      data-primary={primary}
      data-multi={second ? '' : undefined}
      data-second={second}
      data-orphan={anchor ? undefined : ''}
      aria-haspopup="dialog"
      aria-expanded={open ? 'true' : 'false'}
      aria-label={t(lang, 'marker.label', { n: index + 1, total, labels: labelNames(lang, labels), snippet: snippet(claim.text, 80) })}
      title={labelNames(lang, labels)}
      style={style}
      onClick={(e) => {
        if (open) actions.closeCard();
        else actions.openClaim(claim.id, { focus: true, from: e.currentTarget as Element });
      }}
      onPointerEnter={(e) => {
        if ((e as PointerEvent).pointerType === 'mouse') actions.hoverMarker(claim.id);
      }}
      onPointerLeave={() => actions.hoverMarker(null)}
    >
      <span aria-hidden="true">{LABEL_TOKENS[primary].glyph}</span>
    </button>
  );
}
