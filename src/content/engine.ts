/**
 * The page's own claim engine, for when the background cannot answer (and for the extension
 * pages, which have a thread of their own): the one place the content script calls the engine,
 * so a change in the engine's entry point touches one line. The annotator never imports it: it
 * is handed a loader (`AnnotatorInit.pageEngine`) — on a web page, the background injects
 * src/content/page-engine-script.ts only when needed; on an extension page, a dynamic import.
 * Pure calls: article text in, annotations out, as resumable jobs run in short slices.
 */
import type { ContextIndex } from '../context/linker';
import type { ContextPack } from '../context/types';
import { contextIndexSteps } from '../context/reader-index';
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

/** The context index for the page's engine: the built-in pack plus the reader's own. */
export function pageContextSteps(custom: ContextPack | null): Steps<ContextIndex> {
  return contextIndexSteps(custom);
}

/** What the annotator needs of the page's engine. */
export interface PageEngine {
  engineSteps: typeof engineSteps;
  pageContextSteps: typeof pageContextSteps;
}
