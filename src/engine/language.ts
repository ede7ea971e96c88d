/**
 * English / French detection from function words. Function words are frequent, short and
 * almost disjoint between the two languages, so counting them over the first few thousand
 * characters is enough and costs one linear pass.
 */
import type { Lang } from './types.ts';

const EN = new Set([
  'the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'with', 'for', 'on', 'it', 'said', 'by',
  'from', 'are', 'were', 'has', 'have', 'had', 'which', 'who', 'this', 'they', 'their', 'its',
  'at', 'been', 'after', 'would', 'an', 'but', 'not', 'he', 'she', 'his', 'her', 'will', 'into',
]);
const FR = new Set([
  'le', 'la', 'les', 'des', 'et', 'du', 'une', 'un', 'est', 'que', 'qui', 'dans', 'pour', 'sur',
  'au', 'aux', 'selon', 'été', 'par', 'pas', 'ont', 'il', 'elle', 'ils', 'avec', 'ce', 'cette',
  'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'mais', 'où', 'à', 'être', 'avait', 'sont', 'depuis',
]);

const WORD = /\p{L}+/gu;
const ELISION = /(?:^|[\s(«"“])(?:[lLdDnNsScCjJ]|[qQ]u)['’]\p{L}/gu;

export interface LanguageGuess {
  lang: Lang;
  /** Function-word hits per language. */
  en: number;
  fr: number;
}

/**
 * Guesses the language of `text` (title included by the caller if wanted). `hint` (e.g. the
 * page's `<html lang>`) decides when the text gives too little evidence. Default: 'en'.
 */
export function detectLanguage(text: string, hint?: string): LanguageGuess {
  const sample = text.length > 3000 ? text.slice(0, 3000) : text;
  let en = 0;
  let fr = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m; m = WORD.exec(sample)) {
    const w = m[0];
    if (w.length > 6) continue; // function words are short
    const l = w.toLowerCase();
    if (EN.has(l)) en++;
    if (FR.has(l)) fr++;
  }
  WORD.lastIndex = 0;
  // French elisions (l', d', qu', n', s') are strong evidence.
  ELISION.lastIndex = 0;
  while (ELISION.exec(sample)) fr++;
  ELISION.lastIndex = 0;
  const h = (hint ?? '').toLowerCase();
  const hinted: Lang | undefined = h.startsWith('fr') ? 'fr' : h.startsWith('en') ? 'en' : undefined;
  let lang: Lang;
  if (en + fr < 5 && hinted) lang = hinted;
  else if (fr > en * 1.1) lang = 'fr';
  else if (en > fr * 1.1) lang = 'en';
  else lang = hinted ?? (fr > en ? 'fr' : 'en');
  return { lang, en, fr };
}
