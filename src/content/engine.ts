/**
 * The one place the content script calls the claim engine, so a change in the engine's entry
 * point touches one line. Pure call: article text in, annotations out.
 */
import type { ContextIndex } from '../context/linker';
import { annotate, type EngineAnnotateOptions } from '../engine/annotate';
import type { Annotations, ArticleText } from '../engine/types';
import type { NoteLanguage } from '../settings/types';

/** What one engine run needs. */
export interface EngineOptions {
  noteLanguage: NoteLanguage;
  /** Annotate even when the topic gate says the article is not about the Sahel. */
  force: boolean;
  context: ContextIndex;
}

/** Runs the engine on one article (a few ms for a news article). May throw: callers catch. */
export function runEngine(article: ArticleText, opts: EngineOptions): Annotations {
  const options: EngineAnnotateOptions = {
    noteLanguage: opts.noteLanguage,
    force: opts.force,
    context: opts.context,
  };
  return annotate(article, options);
}
