/**
 * What the popup shows for a tab, decided without any DOM or browser API: the status lines,
 * the counts, and which actions are offered. The components only render this.
 */
import { LABELS, type Label } from '../../engine/types';
import { isOutletHost } from '../../settings/outlets';
import { isSiteAdded } from '../../settings/sites';
import type { Settings } from '../../settings/types';
import type { PageStatus } from '../../shared/messages';
import type { MessageKey } from './i18n';
import type { TabInfo } from './popup-api';

/** What we know about the content script in the tab. */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'no-script' }
  | { kind: 'status'; status: PageStatus };

/** One line of text: a message key and its substitutions. */
export interface Line {
  key: MessageKey;
  subs?: (string | number)[];
}

/** The status lines for the page, most important first. */
export function statusLines(state: PageState): Line[] {
  switch (state.kind) {
    case 'loading':
      return [{ key: 'statusChecking' }];
    case 'no-tab':
      return [{ key: 'statusNoTab' }];
    case 'no-script':
      return [{ key: 'statusNoScript' }];
    case 'status': {
      const s = state.status;
      if (!s.article) return [{ key: 'statusNoArticle' }];
      const lines: Line[] = [{ key: s.aboutSahel ? 'statusSahel' : 'statusNotSahel' }];
      if (!s.active) lines.push({ key: 'statusHidden' });
      else lines.push(s.total > 0 ? { key: 'statusTotal', subs: [s.total] } : { key: 'statusNone' });
      return lines;
    }
  }
}

/** Counts per label to list (only while annotations are shown), in the fixed label order. */
export function countRows(state: PageState): { label: Label; count: number }[] {
  if (state.kind !== 'status' || !state.status.active || !state.status.article) return [];
  return LABELS.map((label) => ({ label, count: state.status.counts[label] }));
}

/** Which buttons the popup offers for this tab. */
export interface Actions {
  openSummary: boolean;
  /** "Annotate this page": no content script here, or it runs but shows nothing. */
  annotateNow: boolean;
  /** "Always run on <site>": a web site that is neither an outlet nor added (with access) already. */
  addSite: boolean;
  /** Why the site is on the list, for a line of text; null when it is not. */
  listed: 'outlet' | 'added' | null;
}

/** Decides the actions; `sitePermission` is whether the added site's access is granted here. */
export function actionsFor(tab: TabInfo | null, state: PageState, settings: Settings, sitePermission: boolean): Actions {
  const host = tab?.hostname ?? null;
  const outlet = host !== null && isOutletHost(host);
  const added = host !== null && !outlet && isSiteAdded(settings, host) && sitePermission;
  return {
    openSummary: state.kind === 'status' && state.status.active && state.status.article,
    annotateNow: tab !== null && tab.web && (state.kind === 'no-script' || (state.kind === 'status' && !state.status.active)),
    addSite: host !== null && !outlet && !added,
    listed: outlet ? 'outlet' : added ? 'added' : null,
  };
}
