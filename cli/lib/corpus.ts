/**
 * Loads the labeled corpus (`test/data/corpus/{seed,dev}`) for eval, bench and tests, and the
 * real published passages of `../shared/corpus/real-dev` when they are there (read in place,
 * never copied into the project).
 */
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
  /** 'seed', 'dev' or 'real-dev'. */
  set: string;
  /** real-dev only: 'sahel-security' | 'sahel-other' | 'control'. */
  topic?: string;
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
  return sets.flatMap((set) => loadFolder(join(dir, set), set));
}

/** Reads every NAME.json + NAME.txt pair of one folder, sorted by id (none if it is absent). */
export function loadFolder(folder: string, set: string): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  if (!existsSync(folder)) return out;
  for (const f of readdirSync(folder).filter((x) => x.endsWith('.json')).sort()) {
    const stem = f.replace(/\.json$/, '');
    const txtPath = join(folder, `${stem}.txt`);
    if (!existsSync(txtPath)) continue;
    const j = JSON.parse(readFileSync(join(folder, f), 'utf8')) as {
      id: string;
      language: Lang;
      about_sahel: boolean;
      topic?: string;
      entities?: string[];
      sentences: GoldSentence[];
    };
    const raw = readFileSync(txtPath, 'utf8');
    const a: CorpusArticle = {
      id: j.id ?? stem,
      set,
      language: j.language,
      aboutSahel: j.about_sahel,
      entities: j.entities ?? [],
      sentences: j.sentences,
      article: articleFromTxt(raw),
      raw,
    };
    if (typeof j.topic === 'string') a.topic = j.topic;
    out.push(a);
  }
  return out;
}

/**
 * Where the real published passages are read from: `$SAHEL_REAL_DEV` if set, else
 * `../shared/corpus/real-dev` beside the project. They are third-party text: read in place,
 * never committed, never shipped.
 */
export function realDevDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.SAHEL_REAL_DEV?.trim();
  return fromEnv ? resolve(fromEnv) : resolve(ROOT, '..', 'shared', 'corpus', 'real-dev');
}

/** The real-dev passages, or null when the folder is absent (a clean clone). */
export function loadRealDev(dir: string = realDevDir()): CorpusArticle[] | null {
  if (!existsSync(dir)) return null;
  const list = loadFolder(dir, 'real-dev');
  return list.length ? list : null;
}

export type Fold = 'A' | 'B';

/**
 * The fixed fold of a real-dev passage: FNV-1a (32-bit) of its id, even → A, odd → B. It
 * depends on the id alone, so a passage never changes fold when others are added. On the 50
 * passages of today it gives EN 14 A / 15 B and FR 11 A / 10 B, each fold with one or two
 * controls and one or two Sahel-but-not-conflict passages.
 */
export function foldOf(id: string): Fold {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h % 2 === 0 ? 'A' : 'B';
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
