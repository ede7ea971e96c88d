/** Loads the labeled corpus (`test/data/corpus/{seed,dev}`) for eval, bench and tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleText, Label, Lang } from '../../src/engine/types.ts';
import { articleFromTxt } from './article.ts';

export interface GoldSentence {
  text: string;
  labels: Label[];
  notes?: string;
}

export interface CorpusArticle {
  id: string;
  /** 'seed' or 'dev'. */
  set: string;
  language: Lang;
  aboutSahel: boolean;
  entities: string[];
  sentences: GoldSentence[];
  article: ArticleText;
  /** The raw .txt content. */
  raw: string;
}

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '..', '..');
export const CORPUS_DIR = join(ROOT, 'test', 'data', 'corpus');

/** Reads every NAME.json + NAME.txt pair of the given sets, sorted by id. */
export function loadCorpus(sets: string[] = ['seed', 'dev'], dir: string = CORPUS_DIR): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  for (const set of sets) {
    const folder = join(dir, set);
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder).filter((x) => x.endsWith('.json')).sort()) {
      const stem = f.replace(/\.json$/, '');
      const txtPath = join(folder, `${stem}.txt`);
      if (!existsSync(txtPath)) continue;
      const j = JSON.parse(readFileSync(join(folder, f), 'utf8')) as {
        id: string;
        language: Lang;
        about_sahel: boolean;
        entities?: string[];
        sentences: GoldSentence[];
      };
      const raw = readFileSync(txtPath, 'utf8');
      out.push({
        id: j.id ?? stem,
        set,
        language: j.language,
        aboutSahel: j.about_sahel,
        entities: j.entities ?? [],
        sentences: j.sentences,
        article: articleFromTxt(raw),
        raw,
      });
    }
  }
  return out;
}

/**
 * Finds each gold sentence in the article text, in order (the corpus guarantees verbatim
 * text in order). Returns [start, end] per sentence, or null if not found.
 */
export function locateGold(article: ArticleText, sentences: GoldSentence[]): ([number, number] | null)[] {
  const out: ([number, number] | null)[] = [];
  let from = 0;
  for (const s of sentences) {
    const i = article.text.indexOf(s.text, from);
    if (i < 0) {
      out.push(null);
      continue;
    }
    out.push([i, i + s.text.length]);
    from = i + s.text.length;
  }
  return out;
}
