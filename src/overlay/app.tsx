/** The overlay's root component: markers, the open card, the summary and a live region. */
import type { Claim } from '../engine/types';
import { Card } from './card';
import { Marker } from './marker';
import { Summary } from './summary';
import type { OverlayActions, OverlayView } from './types';

/** Renders the whole overlay from one view; every interaction goes through `actions`. */
export function App({ view, actions }: { view: OverlayView; actions: OverlayActions }) {
  const byId = new Map<string, Claim>(view.claims.map((c) => [c.id, c]));
  const total = view.claims.length;
  const openIndex = view.openId ? view.claims.findIndex((c) => c.id === view.openId) : -1;
  const open = openIndex >= 0 ? view.claims[openIndex] : undefined;
  return (
    <div class="sl-app" lang={view.lang}>
      <div class="sl-markers">
        {view.claims.map((c, i) => (
          <Marker key={c.id} claim={c} index={i} total={total} anchor={view.anchors.get(c.id)} open={c.id === view.openId} lang={view.lang} actions={actions} />
        ))}
      </div>
      {open ? (
        <Card
          key={open.id}
          claim={open}
          index={openIndex}
          total={total}
          byId={byId}
          anchor={view.anchors.get(open.id)}
          viewport={view.viewport}
          lang={view.lang}
          actions={actions}
        />
      ) : null}
      <Summary summary={view.summary} open={view.summaryOpen} lang={view.lang} actions={actions} />
      <div class="sl-sr" aria-live="polite" aria-atomic="true" data-sl-live="">
        {view.announce}
      </div>
    </div>
  );
}
