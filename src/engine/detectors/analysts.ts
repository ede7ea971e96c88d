/**
 * Analyst-specific rules on top of the speaker classifier (speakers.ts), which already tells a
 * named independent body or a named expert from the rest:
 * - a sentence whose subject is the analyst's findings ("Their findings rest on…",
 *   « Le rapport ne précise pas… ») continues the analyst even without a speech verb;
 * - the display name of an analyst: "Rida Lyammouri (Policy Center for the New South)".
 */
import type { Compiled } from '../lexicon/index.ts';

/** True when the sentence opens with the findings of someone ("Leurs conclusions…"). */
export function opensWithFindings(norm: string, c: Compiled): boolean {
  return c.findingsStart.test(norm);
}

/** "Person (Org)", "Org" or "Person". */
export function analystLabel(org: string | undefined, person: string | undefined): string {
  if (person && org) return `${person} (${org})`;
  return person ?? org ?? '';
}
