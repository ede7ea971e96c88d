/**
 * The first look (title, path, first heading, first paragraphs) decides whether the always-on
 * script scans a page at all, so it must never turn away a page the topic gate would pass.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLook, firstLookText, FIRST_LOOK_PARAGRAPHS, paragraphsText } from '../../../src/content/first-look';
import { pageTextSteps } from '../../../src/content/page-text';
import { TOPIC_SCAN_LIMIT, topicGate } from '../../../src/engine/topic';
import { drain } from '../../../src/page/dom-walk';
import { newsDoc, parseDoc, ROOT } from '../page/helpers';

const corpusIds = ['seed', 'dev'].flatMap((dir) =>
  readdirSync(join(ROOT, 'test/data/corpus', dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, '')),
);

describe('first look', () => {
  it('finds a Sahel name on every corpus article the topic gate passes as a news page', () => {
    let passed = 0;
    for (const id of corpusIds) {
      const { doc } = newsDoc(id);
      const gate = topicGate({ title: doc.title, text: drain(pageTextSteps(doc)) });
      if (!gate.aboutSahel) continue;
      passed++;
      expect(firstLook(doc, `/news/${id}.html`).mentionsSahel, id).toBe(true);
    }
    expect(passed).toBeGreaterThanOrEqual(20);
  });

  it('the gate on the paragraphs alone agrees with the gate on the whole page text, for every corpus article', () => {
    let sahel = 0;
    for (const id of corpusIds) {
      const { doc } = newsDoc(id);
      const whole = topicGate({ title: doc.title, text: drain(pageTextSteps(doc)) });
      const paragraphs = topicGate({ title: doc.title, text: paragraphsText(doc, Infinity, TOPIC_SCAN_LIMIT) });
      expect(paragraphs.aboutSahel, id).toBe(whole.aboutSahel);
      if (paragraphs.aboutSahel) sahel++;
    }
    expect(sahel).toBeGreaterThanOrEqual(20);
    expect(sahel).toBeLessThan(corpusIds.length);
  });

  it('paragraphsText keeps the order, separates paragraphs by a blank line and respects its caps', () => {
    const doc = parseDoc('<html><body><div><p>One.</p><section><p>Two <b>bold</b>.</p></section></div><p>Three.</p></body></html>');
    expect(paragraphsText(doc, Infinity, 1000)).toBe('One.\n\nTwo bold.\n\nThree.');
    expect(paragraphsText(doc, 2, 1000)).toBe('One.\n\nTwo bold.');
    expect(paragraphsText(doc, Infinity, 3)).toBe('One.');
  });

  it('finds a security report that names only a Burkinabè town and province, or only Niger in its title', () => {
    const town = parseDoc(
      '<html><head><title>Survivors of a village massacre speak out | Local news</title></head><body><h1>Survivors speak out</h1>' +
        '<p>Survivors of the attack on their village met the press in Ouahigouya on Saturday.</p><p>The village lies in the province of Yatenga.</p></body></html>',
    );
    expect(firstLook(town, '/news/survivors').mentionsSahel).toBe(true);
    const title = parseDoc(
      '<html><head><title>Niger : douze soldats tués dans une embuscade</title></head><body>' +
        '<p>Une patrouille est tombée dans une embuscade tendue par des hommes armés.</p></body></html>',
    );
    expect(firstLook(title, '/afrique/embuscade').mentionsSahel).toBe(true);
  });

  it('finds none on a page about something else, even with Sahel names further down', () => {
    const body = '<p>The orchestra opened its season with a new symphony and a full hall.</p>'.repeat(FIRST_LOOK_PARAGRAPHS);
    const doc = parseDoc(`<html><head><title>Concert review</title></head><body><h1>A new season</h1>${body}<p>More: Mali, Niger, Bamako.</p></body></html>`);
    const look = firstLook(doc, '/culture/concert');
    expect(look.mentionsSahel).toBe(false);
    expect(look.paragraphChars).toBeGreaterThan(2000);
  });

  it('reads the title, the URL path and the first heading', () => {
    const plain = '<p>Nothing to see in this paragraph at all.</p>';
    expect(firstLook(parseDoc(`<html><head><title>Attack near Kidal</title></head><body>${plain}</body></html>`), '/x').mentionsSahel).toBe(true);
    expect(firstLook(parseDoc(`<html><head><title>News</title></head><body>${plain}</body></html>`), '/world/africa/burkina-faso-attack').mentionsSahel).toBe(false);
    expect(firstLook(parseDoc(`<html><head><title>News</title></head><body>${plain}</body></html>`), '/world/Burkina-Faso-attack').mentionsSahel).toBe(true);
    expect(firstLook(parseDoc(`<html><head><title>News</title></head><body><h1>Junta in Niamey</h1>${plain}</body></html>`), '/x').mentionsSahel).toBe(true);
  });

  it('stops collecting after its paragraph and character caps', () => {
    const long = `<p>${'word '.repeat(3000)}</p>`;
    const { paragraphChars } = firstLookText(parseDoc(`<html><body>${long.repeat(10)}</body></html>`), '/');
    expect(paragraphChars).toBeLessThan(2 * 15_000);
  });

  it('says "look properly" when the page broke the DOM methods it uses', () => {
    const doc = parseDoc('<html><body><p>x</p></body></html>');
    doc.getElementsByTagName = () => {
      throw new Error('broken by the page');
    };
    expect(firstLook(doc, '/').mentionsSahel).toBe(true);
  });
});
