import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

describe('disclaimers — English', () => {
  it('a disclaimer pointing back covers the sentences describing the footage (seed pattern)', () => {
    const r = run([
      'The group said it had seized 12 trucks. It also acknowledged the deaths of three of its members.',
      'Videos shared on social media showed burning military trucks. Uniformed bodies were also visible. These videos have not been independently verified.',
    ]);
    expect(r.labels('Videos shared')).toBe('unverified');
    expect(r.labels('Uniformed bodies')).toBe('unverified');
    expect(r.labels('These videos')).toBe('unverified');
    expect(r.labels('It also acknowledged')).not.toContain('unverified');
    const d = r.claim('These videos');
    expect(d?.covers).toEqual([r.claim('Videos shared')?.id, r.claim('Uniformed bodies')?.id]);
    expect(r.claim('Uniformed bodies')?.coveredBy).toBe(d?.id);
  });

  it('reaches back over an intervening paragraph to the footage "described above", not to the paragraph in between', () => {
    const r = run([
      'A group said it had seized a base.',
      'Videos shared online showed fighters entering the base. In one clip, men walk past bodies. A third video appears to show soldiers with their hands raised.',
      'The army said in a statement that its troops had pulled back. An army spokesman did not respond to questions.',
      'It was not possible to independently verify the videos described above.',
    ]);
    for (const s of ['Videos shared', 'In one clip', 'A third video', 'It was not possible']) expect(r.labels(s)).toContain('unverified');
    expect(r.labels('The army said')).toBe('party-claim');
    expect(r.labels('A group said')).toBe('party-claim');
  });

  it('"These figures" covers the numbers given by sources just before it, not narration', () => {
    const r = run([
      'Chad’s army said it had killed 96 fighters and lost 15 soldiers. Army spokesman Gen. Ahmat Goudja said 32 soldiers had also been wounded. These figures could not be independently verified.',
      'The offensive, dubbed Operation Haskanite, began after 40 soldiers were killed, according to the presidency.',
    ]);
    expect(r.labels('Chad’s army')).toBe('figure,party-claim,unverified');
    expect(r.labels('Army spokesman')).toBe('figure,party-claim,unverified');
    expect(r.labels('These figures')).toBe('unverified');
    expect(r.labels('The offensive')).toBe('figure,party-claim');
  });

  it('a general access statement and an inline cue label only their own sentence', () => {
    const r = run([
      'The army said 20 soldiers were killed. Access to the area is restricted, making independent verification difficult.',
      'Local sources said at least two civilians were among the dead, a claim that could not be confirmed.',
      'Satellite images appeared to show burned aircraft, but the date of the images could not be confirmed.',
    ]);
    expect(r.labels('The army said')).toBe('figure,party-claim');
    expect(r.labels('Access to the area')).toBe('unverified');
    expect(r.labels('Local sources')).toBe('figure,unverified');
    expect(r.labels('Satellite images')).toBe('unverified');
  });

  it('is not fooled by denials, hedges or the absence of a toll', () => {
    const r = run(['No official toll was given. More than 400 soldiers have reportedly been killed. The army chief confirmed the withdrawal. The authorities have not commented.']);
    expect(r.labels('No official toll')).toBe('');
    expect(r.labels('More than 400')).toBe('figure');
    expect(r.labels('The authorities')).toBe('');
  });
});

describe('disclaimers — French', () => {
  it('« Ces images… » covers the description of the footage', () => {
    const r = run(
      [
        'Les premières images sont apparues dans la nuit. Filmées au téléphone, elles montrent des dizaines de corps. Autour d’eux, des hommes armés invectivent les survivants. Ces images n’ont pas pu être authentifiées de source indépendante.',
      ],
      {},
      'Burkina Faso : les images d’un massacre',
    );
    expect(r.labels('Les premières images')).toBe('');
    expect(r.labels('Filmées au téléphone')).toBe('figure,unverified');
    expect(r.labels('Autour d’eux')).toBe('unverified');
    expect(r.labels('Ces images')).toBe('unverified');
  });

  it('« Ces bilans… » in its own paragraph covers the tolls of sources two paragraphs back', () => {
    const r = run(
      [
        'Deux attaques ont fait au moins 27 morts, selon plusieurs sources sécuritaires.',
        'Les assaillants, arrivés à moto par dizaines, ont visé un poste. Le ministère de la Défense affirme avoir « neutralisé plusieurs dizaines de terroristes ».',
        'Ces bilans restent invérifiables de source indépendante : l’accès à la zone est strictement contrôlé.',
      ],
      {},
      'Niger : attaques près de Tillabéri',
    );
    expect(r.labels('Deux attaques')).toBe('figure,unverified');
    expect(r.labels('Les assaillants')).toBe('figure');
    expect(r.labels('Le ministère')).toBe('figure,party-claim,unverified');
    expect(r.labels('Ces bilans')).toBe('unverified');
  });

  it('recognises explicit unconfirmed reports and impossible verification', () => {
    const r = run(
      [
        'Des informations de presse, non confirmées à ce stade, évoquaient des liens avec le trafic.',
        'La zone est inaccessible aux journalistes, ce qui rend toute vérification indépendante impossible.',
        'Dans un message, il a assuré que l’autorité de l’État serait rétablie sur tout le territoire.',
      ],
      {},
      'Mali',
    );
    expect(r.labels('Des informations')).toBe('unverified');
    expect(r.labels('La zone')).toBe('unverified');
    expect(r.labels('Dans un message')).not.toContain('unverified');
  });
});
