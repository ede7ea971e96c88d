/**
 * The claim engine as a background service (`content:annotate`): pages send the article text
 * and get annotations back, so the engine's cold start (lexicon compilation) and the context
 * index are paid once per background lifetime, off the page's main thread. The reader's own
 * pack is read from storage when the index is first needed, and the index is dropped when that
 * pack changes. Browser calls come in through `EngineServiceDeps`, so this is testable in Node.
 */
import type { ContextIndex } from '../context/linker';
import { contextIndexSteps } from '../context/reader-index';
import type { ContextPack } from '../context/types';
import { annotate } from '../engine/annotate';
import { drain } from '../engine/steps';
import type { Annotations, ArticleText } from '../engine/types';
import type { NoteLanguage } from '../settings/types';
import type { EngineReply } from '../shared/messages';

export interface EngineServiceDeps {
  /** The reader's own context pack, or null. */
  customPack(): Promise<ContextPack | null>;
}

export interface EngineRequest {
  article: ArticleText;
  noteLanguage: NoteLanguage;
  force: boolean;
}

export interface EngineService {
  /** Annotates one article; never rejects (a failure is answered as `{ ok: false }`). */
  annotate(request: EngineRequest): Promise<EngineReply>;
  /** Forgets the context index (the reader's pack changed); the next request builds it again. */
  invalidate(): void;
}

export function createEngineService(deps: EngineServiceDeps): EngineService {
  let index: Promise<ContextIndex> | null = null;
  let generation = 0;

  const contextIndex = (): Promise<ContextIndex> => {
    if (!index) {
      const mine = generation;
      const building = deps
        .customPack()
        .catch(() => null)
        .then((custom) => drain(contextIndexSteps(custom)));
      index = building;
      // A failed build is not kept: the next request tries again.
      building.catch(() => {
        if (generation === mine && index === building) index = null;
      });
    }
    return index;
  };

  return {
    async annotate({ article, noteLanguage, force }) {
      try {
        const context = await contextIndex();
        const annotations: Annotations = annotate(article, { noteLanguage, force, context });
        return { ok: true, annotations };
      } catch (e) {
        return { ok: false, detail: e instanceof Error ? e.message : String(e) };
      }
    },
    invalidate() {
      generation++;
      index = null;
    },
  };
}
