/** Gold labels of a corpus article, as the e2e tests compare them with live notes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './paths.ts';

export interface GoldArticle {
  id: string;
  language: 'en' | 'fr';
  about_sahel: boolean;
  entities: string[];
  sentences: { text: string; labels: string[] }[];
}

export function loadGold(id: string): GoldArticle {
  for (const dir of ['seed', 'dev']) {
    try {
      return JSON.parse(readFileSync(join(CORPUS, dir, `${id}.json`), 'utf8')) as GoldArticle;
    } catch {
      /* try the next folder */
    }
  }
  throw new Error(`no gold file for ${id}`);
}

/** Whitespace-normalised text for comparing a card's sentence with a gold sentence. */
export function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Labels as a canonical sorted string. */
export function labelKey(labels: string[]): string {
  return [...labels].sort().join(',');
}
