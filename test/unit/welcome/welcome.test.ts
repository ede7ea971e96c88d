/** Issue 17: the welcome page's data and when it opens. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromTxt } from '../../../cli/lib/article';
import { DESIGN_ARTICLE } from '../../../src/welcome/design-article';
import { WELCOME_VERSION, shouldOpenWelcome } from '../../../src/welcome/version';
import { welcomeLang } from '../../../src/welcome/welcome-app';
import { w } from '../../../src/welcome/strings';

describe('welcome page', () => {
  it('ships the design article exactly as the corpus has it', () => {
    const corpus = articleFromTxt(readFileSync(join(import.meta.dirname, '../../data/corpus/seed/seed-kidal-convoy.txt'), 'utf8'));
    expect(DESIGN_ARTICLE.title).toBe(corpus.title);
    expect(DESIGN_ARTICLE.paragraphs.join('\n\n')).toBe(corpus.text);
  });

  it('opens on install, and on update only when WELCOME_VERSION is newer than what was seen', () => {
    expect(shouldOpenWelcome('install', undefined)).toBe(true);
    expect(shouldOpenWelcome('install', WELCOME_VERSION)).toBe(true);
    expect(shouldOpenWelcome('update', WELCOME_VERSION)).toBe(false);
    expect(shouldOpenWelcome('update', WELCOME_VERSION - 1)).toBe(true);
    expect(shouldOpenWelcome('update', undefined)).toBe(true);
    expect(shouldOpenWelcome('update', 'junk')).toBe(true);
    expect(shouldOpenWelcome('update', 3, 3)).toBe(false);
    expect(shouldOpenWelcome('update', 3, 4)).toBe(true);
    expect(shouldOpenWelcome('browser_update', 0)).toBe(false);
    expect(shouldOpenWelcome('shared_module_update', 0)).toBe(false);
  });

  it('speaks the note language when one is chosen, else the browser’s', () => {
    expect(welcomeLang('fr', 'en')).toBe('fr');
    expect(welcomeLang('en', 'fr')).toBe('en');
    expect(welcomeLang('auto', 'fr')).toBe('fr');
    expect(welcomeLang(undefined, 'en')).toBe('en');
    expect(w('fr', 'count', { n: 13 })).toBe('13 notes sur cet article.');
    expect(w('en', 'title')).toBe('Welcome to Sahel Lens');
  });
});
