/**
 * The article summary: a toggle in the bottom-right corner, collapsed by default, and a panel
 * with the legend (counts per label), the parties relied on grouped by side, the analysts cited, unverified
 * material and things a careful reader could check. Each item jumps to its sentence.
 */
import type { Lang } from '../engine/types';
import { LABEL_ORDER, LABEL_TOKENS } from '../ui/tokens';
import { labelName, t, tn } from './i18n';
import type { OverlayActions } from './types';
import type { PartySide, SummaryItem, SummaryModel } from './view-model';

function Legend({ summary, lang }: { summary: SummaryModel; lang: Lang }) {
  return (
    <ul class="sl-legend" data-sl-legend="">
      {LABEL_ORDER.map((l) => (
        <li key={l} data-label={l}>
          <span class="sl-swatch" data-label={l} aria-hidden="true">
            {LABEL_TOKENS[l].glyph} Abc
          </span>
          <span>
            {labelName(lang, l)}
            <span class="sl-sr"> ({t(lang, `line.${LABEL_TOKENS[l].line}`)})</span>
          </span>
          <span class="sl-count" data-sl-count={l}>
            {summary.counts[l]}
          </span>
          <span class="sl-legend-desc">{t(lang, `legend.${l}`)}</span>
        </li>
      ))}
    </ul>
  );
}

function ItemList({ items, actions, lang, field }: { items: SummaryItem[]; actions: OverlayActions; lang: Lang; field: string }) {
  if (!items.length) return <p class="sl-p sl-muted">{t(lang, 'summary.none')}</p>;
  return (
    <div data-sl-field={field}>
      {items.map((it, i) => (
        <button key={`${it.id}-${i}`} type="button" class="sl-jump" data-sl-jump={it.id} onClick={(e) => actions.openClaim(it.id, { focus: true, scroll: true, from: e.currentTarget as Element })}>
          {it.text}
        </button>
      ))}
    </div>
  );
}

/**
 * The parties, side by side: each side with its claim count, each body within it a native
 * disclosure (`<details>`: keyboard and screen readers know it) that opens on its claims.
 */
function Sides({ sides, actions, lang }: { sides: PartySide[]; actions: OverlayActions; lang: Lang }) {
  if (!sides.length) return <p class="sl-p sl-muted">{t(lang, 'summary.none')}</p>;
  return (
    <ul class="sl-sides" data-sl-field="parties">
      {sides.map((side) => (
        <li key={side.id} class="sl-side" data-sl-side={side.id}>
          <p class="sl-side-head">
            <span class="sl-side-name">{side.name}</span> <span class="sl-count">{tn(lang, 'claims', side.count)}</span>
          </p>
          {side.items.map((item) => (
            <details key={item.name} class="sl-party" data-sl-party={item.name}>
              <summary>
                {item.name} <span class="sl-muted">— {tn(lang, 'claims', item.count)}</span>
              </summary>
              {item.claims.map((c) => (
                <button
                  key={c.id}
                  type="button"
                  class="sl-jump"
                  data-sl-jump={c.id}
                  onClick={(e) => actions.openClaim(c.id, { focus: true, scroll: true, from: e.currentTarget as Element })}
                >
                  {c.text}
                </button>
              ))}
            </details>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** What the summary needs. */
export interface SummaryProps {
  summary: SummaryModel;
  open: boolean;
  lang: Lang;
  actions: OverlayActions;
}

/** `[data-sl-summary]` with its toggle `[data-sl-summary-toggle]` and, when open, the panel. */
export function Summary({ summary, open, lang, actions }: SummaryProps) {
  const panelId = 'sl-summary-panel';
  const titleId = 'sl-summary-title';
  return (
    <section class="sl-summary" data-sl-summary="" data-sl-open={open ? 'true' : 'false'} aria-label={t(lang, 'summary.region')}>
      {open ? (
        <div class="sl-panel" id={panelId} role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1} data-sl-summary-panel="">
          <div class="sl-panel-head">
            <h2 class="sl-panel-title" id={titleId}>
              {t(lang, 'summary.title')}
            </h2>
            <button type="button" class="sl-x" aria-label={t(lang, 'summary.close')} onClick={() => actions.closeSummary()}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          {summary.total === 0 ? <p class="sl-p">{t(lang, 'summary.noNotes')}</p> : null}
          <h3 class="sl-h">{t(lang, 'summary.counts')}</h3>
          <Legend summary={summary} lang={lang} />
          <h3 class="sl-h">{t(lang, 'summary.parties')}</h3>
          <Sides sides={summary.sides} actions={actions} lang={lang} />
          <h3 class="sl-h">{t(lang, 'summary.analysts')}</h3>
          <ItemList field="analysts" lang={lang} actions={actions} items={summary.analysts} />
          <h3 class="sl-h">{t(lang, 'summary.unverified')}</h3>
          <ItemList field="unverified" lang={lang} actions={actions} items={summary.unverified} />
          <h3 class="sl-h">{t(lang, 'summary.checks')}</h3>
          <ItemList field="checks" lang={lang} actions={actions} items={summary.checks} />
          <p class="sl-keys">{t(lang, 'summary.keys')}</p>
        </div>
      ) : null}
      <button
        type="button"
        class="sl-toggle"
        data-sl-summary-toggle=""
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={open ? panelId : undefined}
        title={t(lang, 'summary.toggleHint')}
        onClick={() => actions.toggleSummary()}
      >
        <span class="sl-toggle-dots" aria-hidden="true">
          {LABEL_ORDER.filter((l) => summary.counts[l] > 0).map((l) => (
            <span key={l} class="sl-dot" data-label={l} />
          ))}
        </span>
        {t(lang, 'summary.toggle', { count: tn(lang, 'notes', summary.total) })}
      </button>
    </section>
  );
}
