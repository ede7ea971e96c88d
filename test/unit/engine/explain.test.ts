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

  it('French notes name the parties in French, from the context pack', async () => {
    const { builtinIndex } = await import('../../../src/context/pack.ts');
    const { buildSummary, sourceName } = await import('../../../src/overlay/view-model.ts');
    const paras = [
      'Au Mali, l’armée algérienne affirme avoir abattu un drone près de la frontière.',
      'Le ministère algérien des Affaires étrangères a dénoncé une violation de son espace aérien.',
      'Le groupe Wagner a déclaré que ses hommes avaient repoussé l’attaque.',
    ];
    const r = run(paras, { context: builtinIndex() }, 'Mali : un drone abattu');
    const army = r.claim('Au Mali')!;
    expect(army.source?.name).toBe('Algerian army'); // the normalised name stays canonical
    expect(army.source?.label).toBe('Armée algérienne'); // a French alias of the pack entry
    expect(sourceName(army, 'fr')).toBe('Armée algérienne');
    expect(sourceName(army, 'en')).toBe('Algerian army');
    expect(r.claim('Le ministère')?.source?.label).toBe('Ministère algérien des Affaires étrangères');
    expect(r.claim('Le groupe Wagner')?.source?.label).toBe('Groupe Wagner'); // the entry's French display name
    const summary = buildSummary(r.result.claims, 'fr');
    expect(summary.parties.map((p) => p.name).join(' ')).not.toMatch(/Algerian|Group\b/);
    // English notes keep the English names.
    const en = run(['Algeria’s army said it shot down a drone near the border with Mali.'], { context: builtinIndex() }, 'Mali: drone downed');
    expect(en.result.claims[0]?.source?.name).toBe('Algerian army');
    expect(en.result.claims[0]?.source?.label).toBeUndefined();
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
