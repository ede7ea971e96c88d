/**
 * The one place the content script calls the claim engine, so a change in the engine's entry
 * point touches one line. Pure call: article text in, annotations out, as a resumable job the
 * annotator runs in short slices.
 */
import type { ContextIndex } from '../context/linker';
import { annotateSteps, type EngineAnnotateOptions } from '../engine/annotate';
import type { Steps } from '../engine/steps';
import type { Annotations, ArticleText } from '../engine/types';
import type { NoteLanguage } from '../settings/types';

/** What one engine run needs. */
export interface EngineOptions {
  noteLanguage: NoteLanguage;
  /** Annotate even when the topic gate says the article is not about the Sahel. */
  force: boolean;
  context: ContextIndex;
}

/** One engine run on one article (a few ms warm, spread over slices when cold). Never throws. */
export function engineSteps(article: ArticleText, opts: EngineOptions): Steps<Annotations> {
  const options: EngineAnnotateOptions = {
    noteLanguage: opts.noteLanguage,
    force: opts.force,
    context: opts.context,
  };
  return annotateSteps(article, options);
}
