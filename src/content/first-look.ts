/**
 * The first look the always-on script takes at every page, before any real work: the title,
 * the URL path, the first heading and the first paragraphs, tested for a Sahel name. A few
 * DOM reads and one regular-expression test, far cheaper than walking the page's text.
 *
 * The topic gate only passes a page whose title or opening names the Sahel and whose Sahel
 * names spread over a good share of its paragraphs; such a page names the Sahel in its title
 * or its first paragraphs, which are almost always `<p>` elements. A page that fails this look
 * is therefore left alone without walking its text. Known gap: an article inside a shadow
 * root whose title names no Sahel place (paragraphs inside shadow roots are not read here).
 */
import { sahelNameAnywhere } from '../engine/topic';

/** Paragraphs read at most, and characters collected at most. */
export const FIRST_LOOK_PARAGRAPHS = 40;
export const FIRST_LOOK_CHARS = 12_000;

export interface FirstLook {
  /** A Sahel name was found: the page deserves a full scan. */
  mentionsSahel: boolean;
  /** Characters of the paragraphs read (few on a long page means its text has not loaded yet). */
  paragraphChars: number;
}

/**
 * The text of the page's `<p>` elements in order, a blank line between them: at most `maxCount`
 * paragraphs, and no more once `maxChars` characters are collected. One native `textContent`
 * read per paragraph; no walk over the page's other nodes.
 */
export function paragraphsText(doc: Document, maxCount: number, maxChars: number): string {
  const paragraphs = doc.getElementsByTagName('p');
  const parts: string[] = [];
  let chars = 0;
  for (let i = 0; i < paragraphs.length && i < maxCount && chars < maxChars; i++) {
    const t = (paragraphs[i] as Element).textContent ?? '';
    chars += t.length + 2;
    parts.push(t);
  }
  return parts.join('\n\n');
}

/** The text the first look reads. */
export function firstLookText(doc: Document, path: string): { text: string; paragraphChars: number } {
  let text = `${doc.title}\n${path}`;
  const h1 = doc.getElementsByTagName('h1')[0];
  if (h1) text += `\n${h1.textContent ?? ''}`;
  const paragraphs = paragraphsText(doc, FIRST_LOOK_PARAGRAPHS, FIRST_LOOK_CHARS);
  return { text: `${text}\n${paragraphs}`, paragraphChars: paragraphs.length };
}

/** Looks at the page's title, path, first heading and first paragraphs. Never throws. */
export function firstLook(doc: Document, path: string): FirstLook {
  try {
    const { text, paragraphChars } = firstLookText(doc, path);
    return { mentionsSahel: sahelNameAnywhere().test(text), paragraphChars };
  } catch {
    // A page that broke its own DOM methods: look properly rather than miss an article.
    return { mentionsSahel: true, paragraphChars: 0 };
  }
}
