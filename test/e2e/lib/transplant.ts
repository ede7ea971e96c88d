/**
 * Transplants: a corpus article put into the article body of a real saved page, in memory,
 * at test time (the real pages are third-party content and never copied into the project).
 * The paragraphs of the template's article body are replaced by the corpus paragraphs; the
 * template's figures, ads and media stay where they were, and "trap" sentences (Sahel claims
 * that WOULD be flagged if annotated) are put where an annotator must not look: a caption and
 * an ad slot inside the article body, a related-links box, the site navigation and a comments
 * section after the article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { PlainArticle } from './news-page.ts';

export interface Template {
  /** Real page name (INDEX.json). */
  page: string;
  /** Selector of the article body container whose paragraphs are replaced. */
  body: string;
  /** Outlet host the page is served under. */
  host: string;
}

/** A BBC, a Guardian and a Le Monde page from the real pages (chosen by INDEX.json). */
export const TEMPLATES: readonly Template[] = [
  { page: 'readability-bbc-1', body: '.story-body__inner', host: 'www.bbc.com' },
  { page: 'aeb-theguardian.com-5fa3154e', body: '[itemprop=articleBody]', host: 'www.theguardian.com' },
  { page: 'readability-lemonde-1', body: '#articleBody', host: 'www.lemonde.fr' },
];

/** Where each trap goes, and its text per language. */
export const TRAPS = {
  en: {
    caption: 'Soldiers on patrol in Gao, where the army said 40 militants were killed on Monday.',
    ad: 'Advertisement. According to the junta, 200 rebels surrendered near Menaka last week.',
    related: 'Mali army says it killed 60 jihadists near Timbuktu, a claim that could not be verified',
    nav: 'Sahel: JNIM says it shot down a drone near Douentza',
    comments: [
      'The army statement said 300 fighters were killed in Tillaberi, which I doubt.',
      'According to the rebels, they seized 15 trucks near Anefis. Nobody can check this.',
    ],
  },
  fr: {
    caption: 'Des soldats en patrouille à Gao, où l’armée affirme avoir tué 40 terroristes lundi.',
    ad: 'Publicité. Selon la junte, 200 rebelles se sont rendus près de Ménaka la semaine dernière.',
    related: 'L’armée malienne affirme avoir tué 60 jihadistes près de Tombouctou, une information invérifiable',
    nav: 'Sahel : le JNIM affirme avoir abattu un drone près de Douentza',
    comments: [
      'Selon le communiqué de l’armée, 300 combattants ont été tués à Tillabéri, j’en doute.',
      'D’après les rebelles, 15 camions ont été saisis près d’Anéfis. Invérifiable.',
    ],
  },
} as const;

/** Every trap text of a language. */
export function trapTexts(lang: 'en' | 'fr'): string[] {
  const t = TRAPS[lang];
  return [t.caption, t.ad, t.related, t.nav, ...t.comments];
}

/** Marks every element we add or keep as the article body, so the test can tell inside from outside. */
export const BODY_MARK = 'data-sl-test-body';

/** Returns the template page with the article transplanted into its body. */
export function transplant(realDir: string, template: Template, article: PlainArticle): string {
  const source = readFileSync(join(realDir, template.page, 'source.html'), 'utf8');
  // linkedom escapes "<", ">" and "&" in script and style text when it serialises: set their
  // contents aside behind placeholders and put them back verbatim afterwards.
  const raw: string[] = [];
  const html = source.replace(/(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi, (_m, open: string, _tag: string, body: string, close: string) => {
    raw.push(body);
    return `${open}/*sl-raw-${raw.length - 1}*/${close}`;
  });
  const doctype = /^\s*(<!doctype[^>]*>)/i.exec(source)?.[1] ?? '';
  const { document } = parseHTML(html);
  const body = document.querySelector(template.body);
  if (!body) throw new Error(`${template.page}: no article body at ${template.body}`);
  const traps = TRAPS[article.lang];
  const el = (tag: string, text?: string, attrs: Record<string, string> = {}) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };

  // Title and headline: the transplanted article's.
  const title = document.querySelector('title');
  if (title) title.textContent = article.title;
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = article.title;
  document.documentElement.setAttribute('lang', article.lang);

  // The body's own text blocks go; figures, ads and media placeholders stay in place.
  const children = [...body.children] as Element[];
  const slots = children.filter((c) => c.localName === 'p');
  for (const c of children) if (['h2', 'h3', 'ul', 'ol', 'blockquote'].includes(c.localName)) c.remove();
  const newPs = article.paragraphs.map((p) => el('p', p));
  slots.forEach((slot, i) => {
    const p = newPs[i];
    if (p) slot.replaceWith(p);
    else slot.remove();
  });
  const lastPlaced = newPs[Math.min(slots.length, newPs.length) - 1] ?? null;
  let anchor: Element | null = lastPlaced;
  for (const p of newPs.slice(slots.length)) {
    if (anchor) anchor.after(p);
    else body.append(p);
    anchor = p;
  }
  body.setAttribute(BODY_MARK, '');

  // Captions already in the body become traps; one more figure with a caption goes in too.
  for (const cap of body.querySelectorAll('figcaption, .media-caption__text, [class*="caption"]')) cap.textContent = traps.caption;
  const fig = el('figure', undefined, { class: 'sl-trap-figure' });
  fig.append(el('img', undefined, { alt: '', width: '10', height: '10' }), el('figcaption', traps.caption));
  newPs[1]?.after(fig);
  // An ad slot and a related-links box inside the body.
  newPs[2]?.after(el('div', traps.ad, { class: 'ad-slot advert', 'data-ad': '' }));
  const related = el('aside', undefined, { class: 'related-links story-more' });
  const ul = el('ul');
  const li = el('li');
  li.append(el('a', traps.related, { href: '#related' }));
  ul.append(li);
  related.append(el('h3', article.lang === 'fr' ? 'À lire aussi' : 'Related stories'), ul);
  newPs[3]?.after(related);
  // The site navigation.
  const nav = document.querySelector('nav') ?? document.querySelector('header') ?? document.body;
  nav.append(el('a', traps.nav, { href: '#nav' }));
  // A comments section right after the article body.
  const comments = el('section', undefined, { class: 'comments', id: 'comments' });
  comments.append(el('h2', article.lang === 'fr' ? 'Commentaires' : 'Comments'));
  for (const t of traps.comments) {
    const c = el('div', undefined, { class: 'comment' });
    c.append(el('b', 'reader'), el('p', t));
    comments.append(c);
  }
  body.after(comments);
  const out = document.toString().replace(/\/\*sl-raw-(\d+)\*\//g, (_m, i: string) => raw[Number(i)] ?? '');
  return /^\s*<!doctype/i.test(out) ? out : doctype + '\n' + out;
}
