import { describe, expect, it } from 'vitest';
import { clutterLevel, hiddenByAttributes, isCaption, isClutter, isNeverText } from '../../../src/page/skip-rules';
import { parseDoc } from './helpers';

function el(html: string): Element {
  return parseDoc(`<html><body>${html}</body></html>`).body.firstElementChild!;
}

describe('skip rules', () => {
  it.each([
    ['<div class="related-stories"></div>', true],
    ['<div class="article-share"></div>', true],
    ['<div class="story-comments"></div>', true],
    ['<div id="disqus_thread"></div>', true],
    ['<div class="adSlot"></div>', true],
    ['<div class="byline"></div>', true],
    ['<div class="entry-meta"></div>', true],
    ['<div itemprop="author"></div>', true],
    ['<div class="article-body js-social-share"></div>', false],
    ['<div class="entry-content"></div>', false],
    ['<div class="header-default lazyload"></div>', false],
    ['<div class="shadow reader"></div>', false],
    ['<main class="js-social-anchor"></main>', false],
    ['<article class="post modal-enabled"></article>', false],
  ])('isClutter(%s) is %s', (html, want) => {
    expect(isClutter(el(html))).toBe(want);
  });

  it('tells strong clutter (never the article) from weak hints (class names that may lie)', () => {
    expect(clutterLevel(el('<section class="more-comments"></section>'))).toBe(2);
    expect(clutterLevel(el('<div class="relatedStories"></div>'))).toBe(2);
    expect(clutterLevel(el('<div class="Page-ad-margins"></div>'))).toBe(1);
    expect(clutterLevel(el('<div class="js-social-anchor"></div>'))).toBe(1);
    expect(clutterLevel(el('<div class="story-text"></div>'))).toBe(0);
  });

  it('recognises captions by tag and class', () => {
    expect(isCaption(el('<figcaption></figcaption>'))).toBe(true);
    expect(isCaption(el('<span class="media-caption__text"></span>'))).toBe(true);
    expect(isCaption(el('<p class="intro"></p>'))).toBe(false);
  });

  it('never reads scripts, forms controls, nav, aside, footer, chrome roles or hidden things', () => {
    for (const html of ['<script></script>', '<style></style>', '<nav></nav>', '<aside></aside>', '<footer></footer>',
      '<button></button>', '<div role="navigation"></div>', '<div role="complementary"></div>', '<p hidden></p>',
      '<p aria-hidden="true"></p>', '<p style="color:red; display : none"></p>', '<span class="visually-hidden"></span>',
      '<sahel-lens-overlay></sahel-lens-overlay>']) {
      expect(isNeverText(el(html)), html).toBe(true);
    }
    expect(isNeverText(el('<p style="display:block">x</p>'))).toBe(false);
    expect(hiddenByAttributes(el('<p class="hidden-mobile">x</p>'))).toBe(false);
  });
});
