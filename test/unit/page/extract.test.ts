import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleSteps } from '../../../src/page/extract';
import { boundsForOffsets } from '../../../src/page/ranges';
import { domPositionAt, textOffsetAt } from '../../../src/page/text-map';
import { esc, newsDoc, parseDoc } from './helpers';

const SEED = 'seed-kidal-convoy';

/** The text a TextMap says lies between two boundary points, read back from the nodes. */
function textBetween(b: NonNullable<ReturnType<typeof boundsForOffsets>>, all: Text[]): string {
  const from = all.indexOf(b.start.node);
  const to = all.indexOf(b.end.node);
  if (from === to) return b.start.node.data.slice(b.start.offset, b.end.offset);
  let s = b.start.node.data.slice(b.start.offset);
  for (let i = from + 1; i < to; i++) s += (all[i] as Text).data;
  return s + b.end.node.data.slice(0, b.end.offset);
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (n.nodeType === 3) out.push(n as Text);
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

describe('extractArticle on the design article laid out as a news page', () => {
  const { doc, article } = newsDoc(SEED);
  const got = extractArticle(doc);

  it('finds the <article> and reads every paragraph, in order, and nothing else', () => {
    expect(got).not.toBeNull();
    expect(got!.root.localName).toBe('article');
    expect(got!.article.text).toBe(article.paragraphs.join('\n\n'));
    expect(got!.article.blocks).toHaveLength(article.paragraphs.length);
    got!.article.blocks.forEach((b, i) => {
      expect(got!.article.text.slice(b.start, b.end)).toBe(article.paragraphs[i]);
      expect(b.kind).toBe('p');
    });
  });

  it('leaves out the clutter: nav, byline, ads, related stories, comments, footer', () => {
    const text = got!.article.text;
    for (const junk of ['The Daily Meridian', 'World', 'By our correspondent', 'Advertisement', 'Related stories',
      'militants killed in raid', 'shot down a drone', '200 fighters', '15 trucks', 'All rights reserved']) {
      expect(text, junk).not.toContain(junk);
    }
  });

  it('reads the title from the <h1> (not part of the text) and the language from <html lang>', () => {
    expect(got!.article.title).toBe(article.title);
    expect(got!.article.text).not.toContain(article.title);
    expect(got!.article.langHint).toBe('en');
  });

  it('maps every article offset to the DOM and back', () => {
    const map = got!.map;
    const text = got!.article.text;
    for (let off = 0; off < text.length; off++) {
      if (text[off] === '\n') continue; // block separators are ours, not the page's
      const pos = domPositionAt(map, off, 'forward');
      expect(pos, `offset ${off}`).not.toBeNull();
      expect(pos!.node.data[pos!.offset], `char at ${off}`).toBe(text[off]);
      expect(textOffsetAt(map, pos!.node, pos!.offset)).toBe(off);
    }
  });

  it('gives DOM bounds whose text is exactly each paragraph', () => {
    const all = textNodes(doc.documentElement);
    for (const b of got!.article.blocks) {
      const bounds = boundsForOffsets(got!.map, b.start, b.end);
      expect(bounds).not.toBeNull();
      expect(textBetween(bounds!, all)).toBe(got!.article.text.slice(b.start, b.end));
    }
  });

  it('does not change the page', () => {
    const { doc: fresh } = newsDoc(SEED);
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(fresh.documentElement.outerHTML);
  });
});

describe('extractArticle on French articles', () => {
  it('reads a French article and its language', () => {
    const { doc, article } = newsDoc('fr-wire-kidal-reprise');
    const got = extractArticle(doc);
    expect(got!.article.text).toBe(article.paragraphs.join('\n\n'));
    expect(got!.article.langHint).toBe('fr');
    expect(got!.article.text).not.toMatch(/Publicité|Commentaires|40 terroristes/);
  });
});

describe('text blocks and markup', () => {
  it('collapses whitespace as a browser renders it and keeps sentences across inline elements', () => {
    const doc = parseDoc(`<html><body><article>
      <p>  Ten   <a href="#">separatist</a>
         fighters <em>were <b>killed</b></em>, the army said.   </p>
      <p>Second&nbsp;paragraph with a<br>line break in the middle of it, which does not end the block.</p>
      <div>A div paragraph in the old style, long enough to be read as prose.<br> <br>And a second one after two line breaks, as old sites used to do.</div>
    </article></body></html>`);
    const got = extractArticle(doc)!;
    expect(got).not.toBeNull();
    const [first] = got.article.blocks;
    expect(got.article.text.slice(first!.start, first!.end)).toBe('Ten separatist fighters were killed, the army said.');
    const all = textNodes(doc.documentElement);
    const text = got.article.text;
    const s = text.indexOf('separatist');
    const e = text.indexOf(' said') + 5;
    const b = boundsForOffsets(got.map, s, e)!;
    expect(b.start.node.data.slice(b.start.offset)).toBe('separatist');
    expect(textBetween(b, all).replace(/\s+/g, ' ')).toBe('separatist fighters were killed, the army said');
    // The non-breaking space is kept (French figures use it); one <br> reads as a space, two end a block.
    expect(text).toContain('Second\u00a0paragraph with a line break in the middle');
    expect(got.article.blocks.map((x) => text.slice(x.start, x.end).slice(0, 12))).toEqual([
      'Ten separati', 'Second\u00a0parag', 'A div paragr', 'And a second',
    ]);
  });

  it('reads headings, list items, quotes (and captions on request) with their kinds, and skips hidden and scripted text', () => {
    const doc = parseDoc(`<html><body><main><article>
      <h1>Title here</h1>
      <p>The opening paragraph of the story says something long enough to count as prose.</p>
      <h2>A subheading</h2>
      <ul><li>A list item that says something about the events of the week.</li></ul>
      <blockquote><p>A quoted paragraph from a statement released on Friday.</p></blockquote>
      <figure><img src="x.jpg"><figcaption>A caption under the photo of the convoy.</figcaption></figure>
      <p hidden>Hidden by attribute, never shown to the reader.</p>
      <p style="display: none">Hidden by inline style, never shown to the reader.</p>
      <p aria-hidden="true">Hidden from assistive tech and the reader alike.</p>
      <div class="sr-only">Screen-reader-only text that sighted readers never see.</div>
      <script>var secret = "script text must never be read";</script>
      <style>p { color: red }</style>
      <div class="share-bar"><p>Share this story on every network you know about.</p></div>
      <aside><p>An aside with a pull quote that repeats the article text.</p></aside>
      <p>The closing paragraph of the story, also long enough to count as prose.</p>
    </article></main></body></html>`);
    const kindsOf = (got: NonNullable<ReturnType<typeof extractArticle>>) =>
      got.article.blocks.map((b) => [b.kind, got.article.text.slice(b.start, b.end)]);
    const want = [
      ['p', 'The opening paragraph of the story says something long enough to count as prose.'],
      ['h', 'A subheading'],
      ['li', 'A list item that says something about the events of the week.'],
      ['quote', 'A quoted paragraph from a statement released on Friday.'],
      ['p', 'The closing paragraph of the story, also long enough to count as prose.'],
    ];
    // Captions describe photos: by default they are not part of the article's text.
    const got = extractArticle(doc)!;
    expect(kindsOf(got)).toEqual(want);
    expect(got.article.title).toBe('Title here');
    const withCaptions = extractArticle(doc, { captions: true })!;
    expect(kindsOf(withCaptions)).toEqual([...want.slice(0, 4), ['caption', 'A caption under the photo of the convoy.'], want[4]]);
  });

  it('keeps markup written in the article text as text', () => {
    const evil = '<img src=x onerror="alert(1)"> and </script><script>alert(2)</script>';
    const doc = parseDoc(`<html><body><article><p>${esc(`The army said ${evil} that ten fighters were killed in the north.`)}</p>
      <p>${esc('A second paragraph, long enough, about the convoy and the ambush near Kidal.')}</p></article></body></html>`);
    const got = extractArticle(doc)!;
    expect(got.article.text).toContain(evil);
    expect(doc.querySelectorAll('img, script').length).toBe(0);
  });

  it('joins sibling wrappers of an article split around an ad slot', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the story, with a comma, and enough words to be read as real prose here.</p>`;
    const doc = parseDoc(`<html><body><div id="page">
      <div class="story-part">${para(1)}${para(2)}${para(3)}${para(4)}</div>
      <div class="ad-slot">Advertisement</div>
      <div class="story-part">${para(5)}${para(6)}</div>
      <div class="comments"><p>A reader comment, long enough to look like prose, with a comma.</p></div>
    </div></body></html>`);
    const got = extractArticle(doc)!;
    expect(got.parts).toHaveLength(2);
    expect(got.article.blocks).toHaveLength(6);
    expect(got.article.text).not.toMatch(/Advertisement|reader comment/);
  });

  it('trusts a lying class name when it wraps the whole article', () => {
    const para = (n: number) => `<p>Paragraph ${n}, with a comma, and enough words to be read as real prose by anyone.</p>`;
    const doc = parseDoc(`<html><body><div class="page-ad-margins"><div class="body-wrap">${[1, 2, 3, 4].map(para).join('')}</div></div>
      <div class="sidebar"><p>Short sidebar text, with a comma, that is not the article at all.</p></div></body></html>`);
    const got = extractArticle(doc)!;
    expect(got.article.blocks).toHaveLength(4);
  });

  it('never lets a sea of comments outweigh the article', () => {
    const comments: string[] = [];
    for (let i = 0; i < 3000; i++) comments.push(`<div class="comment"><b>reader${i}</b><p>A long reader comment, with commas, about gardens, rivers and bridges, number ${i}.</p></div>`);
    const { doc, article } = newsDoc(SEED, { tail: `<section class="more-comments">${comments.join('')}</section>` });
    const got = extractArticle(doc)!;
    expect(got.root.localName).toBe('article');
    expect(got.article.text).toBe(article.paragraphs.join('\n\n'));
  });

  it('returns null on a page without prose', () => {
    const doc = parseDoc('<html><body><nav><a href="/">Home</a><a href="/a">About</a></nav><div>Hello</div><footer>© 2026</footer></body></html>');
    expect(extractArticle(doc)).toBeNull();
  });

  it('reads an article inside an open shadow root', () => {
    const { article } = newsDoc(SEED);
    const doc = parseDoc('<html lang="en"><body><header><nav><a href="#">World</a></nav></header><main><div id="host"></div></main></body></html>');
    const host = doc.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    const art = doc.createElement('article');
    for (const p of article.paragraphs) {
      const el = doc.createElement('p');
      el.textContent = p;
      art.appendChild(el);
    }
    root.appendChild(art);
    const got = extractArticle(doc)!;
    expect(got.article.text).toBe(article.paragraphs.join('\n\n'));
  });
});

describe('bounded work on hostile pages', () => {
  it('survives nesting 5,000 levels deep (no recursion)', () => {
    const { doc, article } = newsDoc(SEED);
    const art = doc.querySelector('article')!;
    let cur: Element = doc.createElement('div');
    const top = cur;
    for (let i = 0; i < 5000; i++) {
      const d = doc.createElement('div');
      d.setAttribute('class', `n${i % 7}`);
      cur.appendChild(d);
      cur = d;
    }
    art.parentNode!.insertBefore(top, art);
    cur.appendChild(art);
    // A second deep chain of tiny text nodes.
    let c2: Element = doc.createElement('div');
    doc.body.appendChild(c2);
    for (let j = 0; j < 5000; j++) {
      const s = doc.createElement('span');
      s.textContent = String(j % 10);
      c2.appendChild(s);
      c2 = s;
    }
    const got = extractArticle(doc)!;
    expect(got.article.text).toBe(article.paragraphs.join('\n\n'));
  });

  it('handles 100,000 elements around the article within a bounded time, in slices', () => {
    const spans: string[] = [];
    for (let i = 0; i < 50_000; i++) spans.push(`<span>${i % 97}</span>`);
    const rows: string[] = [];
    for (let i = 0; i < 12_500; i++) rows.push(`<tr><td>${i}</td><td>x</td><td>y</td></tr>`);
    const { doc, article } = newsDoc(SEED, { tail: `<aside class="tags">${spans.join('')}</aside><table class="stats"><tbody>${rows.join('')}</tbody></table>` });
    const t0 = performance.now();
    const gen = extractArticleSteps(doc, { yieldEvery: 1000 });
    let yields = 0;
    let r = gen.next();
    while (!r.done) {
      yields++;
      r = gen.next();
    }
    const ms = performance.now() - t0;
    expect(r.value!.article.text).toBe(article.paragraphs.join('\n\n'));
    expect(yields).toBeGreaterThan(50); // the work is sliced: the caller regains control
    expect(ms).toBeLessThan(5000);
  });

  it('stops at maxNodes and maxChars and says so', () => {
    const { doc } = newsDoc(SEED);
    const cut = extractArticle(doc, { maxChars: 500 })!;
    expect(cut.truncated).toBe(true);
    expect(cut.article.text.length).toBeLessThanOrEqual(500);
    const few = extractArticle(doc, { maxNodes: 40 });
    expect(few === null || few.truncated).toBe(true);
  });
});
