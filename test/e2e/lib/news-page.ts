/**
 * Lays an article out as a realistic news page: site header, navigation, ad slots,
 * a related-stories box, comments and a footer around the article body. The clutter
 * deliberately contains sentences that WOULD be flagged if they were annotated, so
 * tests can check that only the article body is.
 */

export interface PlainArticle {
  title: string;
  paragraphs: string[];
  lang: 'en' | 'fr';
}

/** Parses the corpus .txt format: a title line, a blank line, paragraphs separated by blank lines. */
export function parseArticleTxt(raw: string, lang: 'en' | 'fr' = 'en'): PlainArticle {
  const blocks = raw.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const [title = '', ...paragraphs] = blocks;
  return { title, paragraphs, lang };
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CLUTTER = {
  en: {
    site: 'The Daily Meridian',
    nav: ['World', 'Africa', 'Politics', 'Business', 'Climate', 'Opinion', 'Video'],
    related: [
      'Army says 40 militants killed in raid near the border',
      'Rebels claim they shot down a drone, the military denies it',
      'Videos said to show the attack have not been verified',
    ],
    comments: [
      'The army statement said 200 fighters were killed, which I doubt.',
      'According to the rebels, they seized 15 trucks. Nobody can check this.',
    ],
    ad: 'Advertisement',
    footer: '© The Daily Meridian. All rights reserved. Terms · Privacy · Contact',
    byline: 'By our correspondent',
    commentsTitle: 'Comments',
    relatedTitle: 'Related stories',
  },
  fr: {
    site: 'Le Quotidien du Fleuve',
    nav: ['Monde', 'Afrique', 'Politique', 'Économie', 'Climat', 'Opinions', 'Vidéos'],
    related: [
      "L'armée affirme avoir tué 40 terroristes lors d'un raid",
      'Les rebelles revendiquent la destruction de 12 véhicules',
      "Des images de l'attaque n'ont pas pu être authentifiées",
    ],
    comments: [
      "Selon l'armée, 200 combattants ont été tués, j'en doute.",
      "D'après les rebelles, 15 camions ont été saisis. Invérifiable.",
    ],
    ad: 'Publicité',
    footer: '© Le Quotidien du Fleuve. Tous droits réservés. Mentions légales · Contact',
    byline: 'Par notre correspondant',
    commentsTitle: 'Commentaires',
    relatedTitle: 'À lire aussi',
  },
} as const;

export interface NewsPageOptions {
  /** Extra markup placed in <head> (e.g. a CSP meta or a test script). */
  head?: string;
  /** Extra markup placed at the end of <body>. */
  tail?: string;
}

/** Renders the article inside a full news-site page. */
export function renderNewsPage(article: PlainArticle, options: NewsPageOptions = {}): string {
  const c = CLUTTER[article.lang];
  const paras = article.paragraphs.map((p) => `      <p>${esc(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${article.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(article.title)} — ${esc(c.site)}</title>
<style>
  body { margin: 0; font: 18px/1.6 Georgia, serif; color: #1b1b1b; background: #fff; }
  header.site { background: #102a43; color: #fff; padding: 12px 24px; display: flex; gap: 24px; align-items: center; }
  header.site .logo { font: bold 24px sans-serif; }
  header.site nav a { color: #d9e2ec; margin-right: 14px; font: 14px sans-serif; text-decoration: none; }
  .layout { display: grid; grid-template-columns: minmax(0, 680px) 300px; gap: 32px; max-width: 1040px; margin: 24px auto; padding: 0 16px; }
  article h1 { font: bold 34px/1.2 sans-serif; margin: 0 0 8px; }
  .byline { color: #627d98; font: 14px sans-serif; margin-bottom: 16px; }
  .ad { background: #f0f4f8; border: 1px dashed #9fb3c8; color: #627d98; text-align: center; padding: 40px 0; font: 12px sans-serif; margin: 16px 0; }
  aside h2, section.comments h2 { font: bold 16px sans-serif; border-bottom: 2px solid #102a43; }
  aside li { font: 15px/1.4 sans-serif; margin-bottom: 10px; }
  section.comments { max-width: 680px; margin: 0 auto 32px; padding: 0 16px; font: 15px sans-serif; }
  footer { background: #243b53; color: #bcccdc; padding: 16px 24px; font: 13px sans-serif; }
  /* Like many outlets, a dark theme for readers who ask for one. */
  @media (prefers-color-scheme: dark) {
    body { color: #e4e7eb; background: #15181c; }
    .byline { color: #9fb3c8; }
    .ad { background: #1f2429; border-color: #3e4c59; color: #9fb3c8; }
    aside h2, section.comments h2 { border-bottom-color: #9fb3c8; }
    a { color: #8fb8ff; }
  }
</style>
${options.head ?? ''}
</head>
<body>
  <header class="site">
    <div class="logo">${esc(c.site)}</div>
    <nav>${c.nav.map((n) => `<a href="#">${esc(n)}</a>`).join('')}</nav>
  </header>
  <div class="layout">
    <main>
      <article>
        <h1>${esc(article.title)}</h1>
        <div class="byline">${esc(c.byline)}</div>
${paras}
      </article>
      <div class="ad">${esc(c.ad)}</div>
    </main>
    <aside>
      <div class="ad">${esc(c.ad)}</div>
      <h2>${esc(c.relatedTitle)}</h2>
      <ul>${c.related.map((r) => `<li><a href="#">${esc(r)}</a></li>`).join('')}</ul>
    </aside>
  </div>
  <section class="comments">
    <h2>${esc(c.commentsTitle)}</h2>
${c.comments.map((t) => `    <div class="comment"><b>reader</b><p>${esc(t)}</p></div>`).join('\n')}
  </section>
  <footer>${esc(c.footer)}</footer>
${options.tail ?? ''}
</body>
</html>
`;
}
