/**
 * The note card of one flagged sentence: what kind of claim, why it is flagged, who says it,
 * its figures and who gives them, the caveat that covers it, the conflicting account, and
 * context links. Every piece of page or engine text is rendered as a text node.
 */
import type { Claim, Lang } from '../engine/types';
import type { Anchor } from '../page/anchors';
import { LabelChip } from './chip';
import { Correction } from './correction';
import { labelNames, t } from './i18n';
import type { OverlayActions } from './types';
import { orderedLabels, safeUrl, snippet, sourceName } from './view-model';

/** What a card needs. */
export interface CardProps {
  claim: Claim;
  index: number;
  total: number;
  byId: ReadonlyMap<string, Claim>;
  anchor: Anchor | undefined;
  viewport: { width: number; scrollX: number };
  lang: Lang;
  actions: OverlayActions;
}

const CARD_WIDTH = 380;

function JumpButton({ target, label, actions, conflict }: { target: Claim; label: string; actions: OverlayActions; conflict?: boolean }) {
  return (
    <button
      type="button"
      class="sl-jump"
      data-sl-jump={target.id}
      data-sl-conflict={conflict ? '' : undefined}
      onClick={() => actions.openClaim(target.id, { focus: true, scroll: true })}
    >
      {label}
    </button>
  );
}

function Who({ claim, lang }: { claim: Claim; lang: Lang }) {
  const s = claim.source;
  if (!s) return null;
  const who = s.kind === 'party' ? t(lang, 'card.party', { name: sourceName(claim, lang) }) : sourceName(claim, lang);
  return (
    <>
      <h3 class="sl-h">{t(lang, 'card.who')}</h3>
      <p class="sl-p" data-sl-field="source">
        {who}
        {s.carried ? <span class="sl-muted"> ({t(lang, 'card.carried')})</span> : null}
      </p>
      {s.cue ? <p class="sl-p sl-muted">{t(lang, 'card.cue', { cue: s.cue })}</p> : null}
    </>
  );
}

function Figures({ claim, lang }: { claim: Claim; lang: Lang }) {
  if (!claim.figures.length) return null;
  return (
    <>
      <h3 class="sl-h">{t(lang, 'card.figures')}</h3>
      <ul class="sl-list" data-sl-field="figures">
        {claim.figures.map((f, i) => {
          const parts = [f.counts ? `${f.text} — ${f.counts}` : f.text];
          if (f.approximate) parts.push(t(lang, 'card.approximate'));
          parts.push(f.givenBy ? t(lang, 'card.givenBy', { source: f.givenBy }) : t(lang, 'card.givenByUnknown'));
          return <li key={`${f.start}-${i}`}>{parts.join(' · ')}</li>;
        })}
      </ul>
    </>
  );
}

/** The card: a non-modal `[role=dialog][data-sl-card=<id>]`, named by its heading. */
export function Card({ claim, index, total, byId, anchor, viewport, lang, actions }: CardProps) {
  const labels = orderedLabels(claim.labels);
  const titleId = `sl-card-title-${claim.id}`;
  const cover = claim.coveredBy ? byId.get(claim.coveredBy) : undefined;
  const covers = (claim.covers ?? []).map((id) => byId.get(id)).filter((c): c is Claim => !!c && c.id !== claim.id);
  const conflicts = claim.conflictsWith.map((id) => byId.get(id)).filter((c): c is Claim => !!c);
  const links = claim.links
    .map((l) => ({ title: l.title, url: safeUrl(l.url) }))
    .filter((l): l is { title: string; url: string } => !!l.url);

  let style: Record<string, string> | undefined;
  if (anchor) {
    const width = Math.min(CARD_WIDTH, viewport.width - 24);
    const minLeft = viewport.scrollX + 12;
    const maxLeft = viewport.scrollX + viewport.width - width - 12;
    const left = Math.max(minLeft, Math.min(anchor.left, maxLeft));
    style = { left: `${left}px`, top: `${anchor.bottom + 8}px` };
  }

  return (
    <div
      class="sl-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-sl-card={claim.id}
      data-floating={anchor ? undefined : ''}
      tabIndex={-1}
      style={style}
      onPointerEnter={() => actions.hoverCard(true)}
      onPointerLeave={() => actions.hoverCard(false)}
    >
      <div class="sl-card-head">
        <h2 class="sl-card-title" id={titleId}>
          <span class="sl-sr">{t(lang, 'card.dialog', { labels: labelNames(lang, labels) })}</span>
          {labels.map((l) => (
            <LabelChip key={l} label={l} lang={lang} />
          ))}
        </h2>
        <span class="sl-pos">{t(lang, 'card.position', { n: index + 1, total })}</span>
        <button type="button" class="sl-x" data-sl-close="" aria-label={t(lang, 'card.close')} onClick={() => actions.closeCard()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>

      <blockquote class="sl-quote" data-sl-field="sentence" aria-label={t(lang, 'card.sentence')}>
        {claim.text}
      </blockquote>

      <h3 class="sl-h">{t(lang, 'card.why')}</h3>
      <p class="sl-p" data-sl-field="explanation">
        {claim.explanation}
      </p>

      <Who claim={claim} lang={lang} />
      <Figures claim={claim} lang={lang} />

      {cover ? (
        <div data-sl-field="covered-by">
          <h3 class="sl-h">{t(lang, 'card.coveredBy')}</h3>
          <JumpButton target={cover} label={snippet(cover.text)} actions={actions} />
        </div>
      ) : null}

      {covers.length ? (
        <div data-sl-field="covers">
          <h3 class="sl-h">{t(lang, 'card.covers')}</h3>
          {covers.map((c) => (
            <JumpButton key={c.id} target={c} label={snippet(c.text)} actions={actions} />
          ))}
        </div>
      ) : null}

      {conflicts.length ? (
        <div data-sl-field="conflicts">
          <h3 class="sl-h">{t(lang, 'card.conflicts')}</h3>
          {conflicts.map((c) => (
            <JumpButton
              key={c.id}
              target={c}
              conflict
              label={`${t(lang, 'card.jumpConflict')} — ${sourceName(c, lang)}: “${snippet(c.text, 70)}”`}
              actions={actions}
            />
          ))}
        </div>
      ) : null}

      {links.length ? (
        <>
          <h3 class="sl-h">{t(lang, 'card.context')}</h3>
          <ul class="sl-list" data-sl-field="links">
            {links.map((l) => (
              <li key={l.url}>
                <a data-sl-link="" href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.title}
                  <span class="sl-sr"> {t(lang, 'card.newTab')}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {actions.saveCorrection ? (
        <Correction kind="wrong" lang={lang} sentence={claim.text} engineLabels={claim.labels} idBase={titleId} onSave={actions.saveCorrection} />
      ) : null}

      <div class="sl-card-foot">
        <button type="button" class="sl-btn" data-sl-prev="" disabled={index <= 0} onClick={() => actions.step(-1)}>
          ← {t(lang, 'card.prev')}
        </button>
        <button type="button" class="sl-btn" data-sl-next="" disabled={index >= total - 1} onClick={() => actions.step(1)}>
          {t(lang, 'card.next')} →
        </button>
      </div>
    </div>
  );
}
