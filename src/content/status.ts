/** PageStatus values the content script reports (to the popup and the toolbar badge). */
import type { Annotations, Claim, Label } from '../engine/types';
import type { PageStatus } from '../shared/messages';

/** Zero counts for every label. */
export function zeroCounts(): Record<Label, number> {
  return { unverified: 0, 'party-claim': 0, figure: 0, analyst: 0 };
}

/** The status of a page we did not annotate (not about the Sahel, switched off, or no article). */
export function idleStatus(topic: { aboutSahel: boolean; score: number } | null, article = false): PageStatus {
  return {
    article,
    aboutSahel: topic?.aboutSahel ?? false,
    topicScore: topic?.score ?? 0,
    counts: zeroCounts(),
    total: 0,
    language: null,
    active: false,
  };
}

/** The status of an annotated page: counts of the claims shown (after the label filters). */
export function annotatedStatus(annotations: Annotations, shown: readonly Claim[], active: boolean): PageStatus {
  const counts = zeroCounts();
  for (const c of shown) for (const l of c.labels) if (l in counts) counts[l]++;
  return {
    article: true,
    aboutSahel: annotations.aboutSahel,
    topicScore: annotations.topicScore,
    counts,
    total: shown.length,
    language: annotations.language,
    active: active && shown.length > 0,
  };
}
