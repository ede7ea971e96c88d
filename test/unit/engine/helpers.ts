/** Helpers for the engine's unit tests: build an article, read the labels back. */
import { annotate, type EngineAnnotateOptions } from '../../../src/engine/annotate.ts';
import type { Annotations, Claim, Label } from '../../../src/engine/types.ts';
import { articleFromParagraphs } from '../../../cli/lib/article.ts';

export interface Run {
  result: Annotations;
  text: string;
  /** The claim on the sentence that starts with `start` (a unique prefix), if flagged. */
  claim(start: string): Claim | undefined;
  /** Labels of that sentence, sorted, as a compact string ("figure,party-claim"). */
  labels(start: string): string;
}

/** Annotates paragraphs (forced: the detectors are under test, not the topic gate). */
export function run(paragraphs: string[], opts: EngineAnnotateOptions = {}, title = 'Mali: fighting near Kidal'): Run {
  const article = articleFromParagraphs(paragraphs, title);
  const result = annotate(article, { force: true, ...opts });
  const at = (start: string) => {
    const i = article.text.indexOf(start);
    if (i < 0) throw new Error(`sentence not in the article: ${start}`);
    return result.claims.find((c) => c.start === i);
  };
  return {
    result,
    text: article.text,
    claim: at,
    labels: (start: string) => [...(at(start)?.labels ?? [])].sort().join(','),
  };
}

/** Sorted label list as a string, for table-driven expectations. */
export function key(labels: Label[]): string {
  return [...labels].sort().join(',');
}
