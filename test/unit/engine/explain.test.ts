import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';
import { annotate } from '../../../src/engine/annotate.ts';
import { loadCorpus } from '../../../cli/lib/corpus.ts';

const sentences = (s: string) => s.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý«“"])/u).filter(Boolean);

describe('explanations', () => {
  it('English: names who gives the figure and what is missing, and the other side', () => {
    const r = run([
      'Ten separatist fighters were killed near Kidal, according to a statement released by the military.',
      'The separatist group claimed it inflicted heavy losses on Malian troops.',
    ]);
    const e = r.claim('Ten separatist')?.explanation ?? '';
    expect(e).toMatch(/^The figure comes from the Malian army, a party to the conflict; no independent toll is given\./);
    expect(e).toMatch(/The separatists give a different account\./);
  });

  it('French: the note is in French and says who speaks', () => {
    const r = run(['L’armée malienne affirme avoir « neutralisé » une trentaine d’assaillants.'], {}, 'Mali : embuscade');
    expect(r.claim('L’armée')?.explanation).toMatch(/^Le chiffre provient de l'armée malienne, partie au conflit/);
  });

  it('follows the note language setting', () => {
    const r = run(['L’armée malienne affirme avoir « neutralisé » une trentaine d’assaillants.'], { noteLanguage: 'en' }, 'Mali : embuscade');
    expect(r.result.noteLanguage).toBe('en');
    expect(r.claim('L’armée')?.explanation).toMatch(/^The figure comes from the Malian army/);
  });

  it('explains unverified material, analysts and anonymous figures', () => {
    const r = run([
      'Videos shared online showed burning trucks. These videos have not been independently verified.',
      'According to Rida Lyammouri, a security analyst with the Policy Center for the New South, the army is stretched.',
      'A security source told AFP that 77 people had been killed.',
    ]);
    expect(r.claim('Videos shared')?.explanation).toMatch(/could not be independently verified/);
    expect(r.claim('According to Rida')?.explanation).toMatch(/Rida Lyammouri \(Policy Center for the New South\), an independent analyst/);
    expect(r.claim('A security source')?.explanation).toMatch(/comes from a security source/);
  });

  it('every note of the corpus is 1 to 3 short sentences in the article language', () => {
    for (const a of loadCorpus()) {
      for (const c of annotate(a.article, { force: true }).claims) {
        const n = sentences(c.explanation).length;
        expect(n, c.explanation).toBeGreaterThanOrEqual(1);
        expect(n, c.explanation).toBeLessThanOrEqual(3);
        expect(c.explanation.length).toBeLessThan(400);
        if (a.language === 'fr') expect(c.explanation).toMatch(/\b(?:le|la|les|l'|de|du|des|est|sont|ont|à)\b/);
        else expect(c.explanation).toMatch(/\b(?:the|a|is|of|from|this)\b/);
      }
    }
  });
});
