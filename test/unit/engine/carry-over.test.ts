import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

describe('carry-over of an attribution', () => {
  it('English: "It also acknowledged…", "He said…", "The statement said…" keep the speaker', () => {
    const r = run([
      'The group stated it had seized 12 trucks. It also acknowledged the deaths of three of its members.',
      'In a statement, the communication minister said the army had pushed back the attackers. He accused “enemies of the nation” of spreading images.',
      'The Malian army said its troops had pulled back. “Our men fought to the last cartridge,” the statement said.',
    ]);
    expect(r.labels('It also acknowledged')).toBe('figure,party-claim');
    expect(r.claim('It also acknowledged')?.source?.carried).toBe(true);
    expect(r.labels('He accused')).toBe('party-claim');
    expect(r.claim('He accused')?.source?.name).toMatch(/government/);
    expect(r.claim('“Our men')?.source?.name).toBe('Malian army');
  });

  it('French: « Il y affirme… », « Elles maintiennent… », « Le texte reconnaît… »', () => {
    const r = run(
      [
        'Le groupe a diffusé une vidéo dans laquelle l’un de ses porte-parole annonce un blocus. Il y affirme que les camions seront considérés comme des cibles.',
        'Les autorités de transition ont rejeté les conclusions du rapport. Elles maintiennent qu’aucun civil n’a été visé.',
        'Le ministère de la Défense affirme avoir repoussé l’attaque. Le texte reconnaît également « des pertes dans nos rangs ».',
      ],
      {},
      'Mali : le blocus',
    );
    expect(r.labels('Il y affirme')).toBe('party-claim');
    expect(r.labels('Elles maintiennent')).toBe('party-claim');
    expect(r.labels('Le texte reconnaît')).toBe('party-claim');
  });

  it('does not carry to a sentence with no attribution, nor across a negation', () => {
    const r = run([
      'The army said it had retaken the town. The town lies on the river.',
      'A spokesman for the FLA said several leaders had been killed. He did not give a toll or name the dead.',
    ]);
    expect(r.labels('The town lies')).toBe('');
    expect(r.labels('He did not')).toBe('');
  });

  it('a resident’s "he said" stays with the resident, not the party quoted before', () => {
    const r = run([
      'The interior ministry said gunmen killed 44 civilians.',
      'A resident of Kokorou said more than 40 bodies had been buried.',
      '“People were praying when they came,” he said.',
    ]);
    expect(r.labels('A resident')).toBe('figure');
    expect(r.labels('“People were')).toBe('');
  });
});
