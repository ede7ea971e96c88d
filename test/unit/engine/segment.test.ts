import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SENTENCE, paragraphBlocks, splitSentences } from '../../../src/engine/segment.ts';
import { loadCorpus, locateGold } from '../../../cli/lib/corpus.ts';

/** The sentences of a one-paragraph text, as strings. */
function split(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('sentence splitter — English', () => {
  it.each([
    ['U.S. officials estimate that 2,000 contractors remain. The army disagrees.', ['U.S. officials estimate that 2,000 contractors remain.', 'The army disagrees.']],
    ['Lt. Col. Paul-Henri Damiba was ousted by Capt. Ibrahim Traoré. Gen. Tiani took power later.', ['Lt. Col. Paul-Henri Damiba was ousted by Capt. Ibrahim Traoré.', 'Gen. Tiani took power later.']],
    ['The assault began at about 5 a.m. A municipal official said many died.', ['The assault began at about 5 a.m.', 'A municipal official said many died.']],
    ['At around 5 a.m., attackers entered the school. Flights were suspended.', ['At around 5 a.m., attackers entered the school.', 'Flights were suspended.']],
    ['The strike hit at 6 a.m. GMT on Sunday. Nobody claimed it.', ['The strike hit at 6 a.m. GMT on Sunday.', 'Nobody claimed it.']],
    ['John F. Kennedy visited Dakar. It rained.', ['John F. Kennedy visited Dakar.', 'It rained.']],
    ['The force has about 2,400 men. It was created in 2.6 days.', ['The force has about 2,400 men.', 'It was created in 2.6 days.']],
    ['What happened? Nobody knows.', ['What happened?', 'Nobody knows.']],
    ['The army said the situation was “under control.” It gave no toll.', ['The army said the situation was “under control.”', 'It gave no toll.']],
    ['“We fought. They fled,” he said. Then he left.', ['“We fought. They fled,” he said.', 'Then he left.']],
    ['"It is over. We won," the group said. Nobody confirmed it.', ['"It is over. We won," the group said.', 'Nobody confirmed it.']],
    ['The Africa Corps—under the command of Russia’s defence ministry—will stay. Wagner left.', ['The Africa Corps—under the command of Russia’s defence ministry—will stay.', 'Wagner left.']],
    ['The U.S. Army trained them. The U.S. The end.', ['The U.S. Army trained them.', 'The U.S.', 'The end.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('sentence splitter — French', () => {
  const NB = '\u00a0';
  const NNB = '\u202f';
  it.each([
    ['« Le message est adressé au pouvoir », ajoute M. Kané. Il se tait.', ['« Le message est adressé au pouvoir », ajoute M. Kané.', 'Il se tait.']],
    [`«${NB}Tillabéri n’est pas isolée${NB}: c’est un chef-lieu${NB}», souligne-t-il. Puis il part.`, [`«${NB}Tillabéri n’est pas isolée${NB}: c’est un chef-lieu${NB}», souligne-t-il.`, 'Puis il part.']],
    ['Mme Diallo et Me Vautrin sont arrivées. Le Gén. Tiani aussi.', ['Mme Diallo et Me Vautrin sont arrivées.', 'Le Gén. Tiani aussi.']],
    ['L’épave a été retrouvée à 9,5 kilomètres. Bamako accuse Alger.', ['L’épave a été retrouvée à 9,5 kilomètres.', 'Bamako accuse Alger.']],
    [`La ville compte 4${NNB}444 acacias. Rendez-vous est pris.`, [`La ville compte 4${NNB}444 acacias.`, 'Rendez-vous est pris.']],
    ['Qu’a annoncé le JNIM ? Une interdiction.', ['Qu’a annoncé le JNIM ?', 'Une interdiction.']],
    [`Le texte reconnaît «${NB}des pertes${NB}». Niamey accuse l’EI.`, [`Le texte reconnaît «${NB}des pertes${NB}».`, 'Niamey accuse l’EI.']],
    ['« Nous avons tenu. Ils ont fui », raconte-t-il. Il repart.', ['« Nous avons tenu. Ils ont fui », raconte-t-il.', 'Il repart.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('sentence splitter — structure', () => {
  it('never crosses a block and keeps the block index', () => {
    const text = 'First paragraph. Still first.\n\nSecond paragraph\n\nThird. End';
    const s = splitSentences(text, paragraphBlocks(text));
    expect(s.map((x) => [text.slice(x.start, x.end), x.block])).toEqual([
      ['First paragraph.', 0],
      ['Still first.', 0],
      ['Second paragraph', 1],
      ['Third.', 2],
      ['End', 2],
    ]);
  });

  it('cuts runaway text without punctuation into bounded pieces', () => {
    const text = 'word '.repeat(2000);
    const s = splitSentences(text);
    expect(s.length).toBeGreaterThan(1);
    for (const x of s) expect(x.end - x.start).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('returns ordered, trimmed, non-overlapping sentences for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const s = splitSentences(text);
        let last = 0;
        for (const x of s) {
          expect(x.start).toBeGreaterThanOrEqual(last);
          expect(x.end).toBeGreaterThan(x.start);
          expect(text.slice(x.start, x.end)).toBe(text.slice(x.start, x.end).trim());
          last = x.end;
        }
      }),
    );
  });

  it('reproduces every labeled sentence boundary of the corpus (EN and FR)', () => {
    let total = 0;
    let matched = 0;
    const misses: string[] = [];
    for (const a of loadCorpus()) {
      const keys = new Set(splitSentences(a.article.text, a.article.blocks).map((s) => `${s.start}:${s.end}`));
      locateGold(a.article, a.sentences).forEach((g, i) => {
        total++;
        if (g && keys.has(`${g[0]}:${g[1]}`)) matched++;
        else misses.push(`${a.id}: ${a.sentences[i]?.text}`);
      });
    }
    expect(misses).toEqual([]);
    expect(matched).toBe(total);
  });
});
