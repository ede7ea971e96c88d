import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../src/engine/types';
import { labelName, labelNames, t, tn, uiLanguage } from '../../../src/overlay/i18n';

describe('overlay i18n', () => {
  it('names every label in plain words in English and French', () => {
    for (const l of LABELS) {
      expect(labelName('en', l)).toMatch(/^[A-Z][a-z]/);
      expect(labelName('fr', l)).not.toBe(labelName('en', l));
    }
    expect(labelNames('en', ['party-claim', 'figure'])).toBe('Claim by a party, Figure');
    expect(labelNames('fr', ['unverified'])).toBe('Non vérifié');
  });

  it('fills slots with plain text and leaves unknown slots alone', () => {
    expect(t('en', 'card.position', { n: 2, total: 13 })).toBe('Note 2 of 13');
    expect(t('fr', 'card.position', { n: 2, total: 13 })).toBe('Note 2 sur 13');
    expect(t('en', 'card.givenBy', { source: '<b>x</b>' })).toBe('given by <b>x</b>');
    expect(t('en', 'card.givenBy')).toBe('given by {source}');
  });

  it('counts with each language’s plural rule', () => {
    expect(tn('en', 'notes', 0)).toBe('0 notes');
    expect(tn('en', 'notes', 1)).toBe('1 note');
    expect(tn('fr', 'notes', 0)).toBe('0 note');
    expect(tn('fr', 'claims', 1)).toBe('1 affirmation');
    expect(tn('fr', 'claims', 2)).toBe('2 affirmations');
  });

  it('follows the article unless the reader chose a note language', () => {
    expect(uiLanguage('auto', { language: 'fr', noteLanguage: 'fr' })).toBe('fr');
    expect(uiLanguage('auto', { language: 'fr' })).toBe('fr');
    expect(uiLanguage('en', { language: 'fr', noteLanguage: 'fr' })).toBe('en');
    expect(uiLanguage('fr', { language: 'en' })).toBe('fr');
    expect(uiLanguage(undefined, {})).toBe('en');
  });
});
