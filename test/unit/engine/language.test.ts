import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/engine/language.ts';
import { loadCorpus } from '../../../cli/lib/corpus.ts';

describe('language detection', () => {
  it.each([
    ['The army said on Sunday that it had killed 96 fighters in the offensive.', 'en'],
    ['L’armée a affirmé dimanche avoir tué 96 combattants lors de l’offensive.', 'fr'],
    ['Selon le ministère de la Défense, la riposte a permis de neutraliser des terroristes.', 'fr'],
    ['According to the United Nations, at least 200 people were killed in the attack.', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it('uses the page hint when the text says too little', () => {
    expect(detectLanguage('Bamako, 12:40', 'fr-FR').lang).toBe('fr');
    expect(detectLanguage('Bamako, 12:40', 'en').lang).toBe('en');
    expect(detectLanguage('').lang).toBe('en');
  });

  it('recognises the language of every corpus article', () => {
    for (const a of loadCorpus()) {
      expect(detectLanguage(`${a.article.title ?? ''}\n${a.article.text}`).lang, a.id).toBe(a.language);
    }
  });
});
