import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

/** [sentence, figure texts expected (empty: not a figure)] */
type Row = [string, string[]];

const EN: Row[] = [
  ['Ten separatist fighters were killed in two days of fighting.', ['Ten']],
  ['The group seized 12 trucks from a convoy of around 30 vehicles.', ['12', 'around 30']],
  ['It also acknowledged the deaths of three of its members.', ['three']],
  ['U.S. officials estimate that roughly 2,000 Russian military contractors remain.', ['roughly 2,000']],
  ['The group had earlier spoken of “dozens” of soldiers killed.', ['dozens']],
  ['JNIM said it killed about 200 soldiers and 84 Wagner mercenaries.', ['about 200', '84']],
  ['About 2.6 million people were displaced within the central Sahel.', ['About 2.6 million']],
  ['A confidential document put the number of dead at around 100.', ['around 100']],
  ['Fighters struck eight localities at once.', ['eight']],
  ['Russia launched 112 attack drones, of which 87 were shot down.', ['112']],
  ['Tens of thousands of people have fled the city.', ['Tens of thousands']],
  ['More than 4,000 residents began to leave the town after the raid.', ['More than 4,000']],
  ['Some 300 families have left their villages since March.', ['Some 300']],
  ['Soldiers executed several men, including two in front of the mosque.', ['two']],
  ['The convoy had several trucks, including two in poor repair.', []],
  // not figures
  ['The attack began at about 5 a.m. on 17 September 2024.', []],
  ['A 31-year-old survivor walked for four days and 40 kilometres.', []],
  ['The state may take stakes of up to 35 percent, worth $500 million.', []],
  ['The town, home to about 20,000 people, has been under blockade since 2022.', []],
  ['Several Malian soldiers and many civilians died.', []],
  ['The three governments launched a common passport.', []],
  ['The army’s 6th Infantry Division was besieged for 18 months.', []],
  ['Weapons capable of killing dozens of people in seconds were found.', []],
];

const FR: Row[] = [
  ['Des habitants ont découvert une vingtaine de corps.', ['une vingtaine']],
  ['Vingt-sept hommes avaient été interpellés par des militaires.', ['Vingt-sept']],
  ['Les assaillants, arrivés à moto par dizaines, ont visé un poste.', ['par dizaines']],
  ['Le ministère affirme avoir neutralisé « plusieurs dizaines de terroristes ».', ['plusieurs dizaines']],
  ['Au moins 40 camions-citernes ont été incendiés sur les routes.', ['Au moins 40']],
  ['Plusieurs milliers d’habitants ont fui la ville.', ['Plusieurs milliers']],
  ['Plus de 4 000 habitants ont commencé à quitter la ville après le raid.', ['Plus de 4 000']],
  ['Quelque 300 familles ont abandonné leurs villages depuis mars.', ['Quelque 300']],
  ['Les assaillants ont violé plusieurs femmes, dont deux à l’entrée du village.', ['deux']],
  ['Le convoi comptait plusieurs camions, dont deux en panne.', []],
  ['Le bilan fait état de 15 gardes nationaux et 12 soldats tués.', ['15', '12']],
  // not figures
  ['L’épave a été retrouvée à 9,5 kilomètres de la frontière, le 1er avril.', []],
  ['Le festival a attiré des milliers de visiteurs en trois jours.', []],
  ['Le procès de sept hommes soupçonnés de trafic s’est ouvert lundi.', []],
  ['Douze d’entre elles ont été saisies lors d’une perquisition en mars 2023.', []],
  ['Human Rights Watch a analysé onze de ces vidéos.', []],
  ['Plusieurs civils ont été blessés.', []],
];

describe('figures — English', () => {
  it.each(EN)('%s', (sentence, texts) => {
    const c = run([sentence]).claim(sentence);
    expect(c?.figures.map((f) => f.text) ?? []).toEqual(texts);
    expect(c?.labels.includes('figure') ?? false).toBe(texts.length > 0);
  });
});

describe('figures — French', () => {
  it.each(FR)('%s', (sentence, texts) => {
    const c = run([sentence], {}, 'Mali : attaque').claim(sentence);
    expect(c?.figures.map((f) => f.text) ?? []).toEqual(texts);
    expect(c?.labels.includes('figure') ?? false).toBe(texts.length > 0);
  });
});

describe('figure details', () => {
  it('gives the value, what is counted, whether it is approximate and who gives it', () => {
    const s = 'Chad’s army said it had killed 96 Boko Haram fighters and lost roughly 15 soldiers.';
    const figs = run([s]).claim(s)?.figures ?? [];
    expect(figs[0]).toMatchObject({ text: '96', value: 96, approximate: false, counts: 'Boko Haram fighters', givenBy: 'Chadian army' });
    expect(figs[1]).toMatchObject({ text: 'roughly 15', value: 15, approximate: true, counts: 'soldiers' });
  });

  it('reads number words and round quantities', () => {
    const s = 'Des sources font état d’une trentaine de morts et de vingt-sept blessés.';
    const figs = run([s], {}, 'Mali').claim(s)?.figures ?? [];
    expect(figs.map((f) => f.value)).toEqual([30, 27]);
    expect(figs[0]?.approximate).toBe(true);
  });

  it('offsets point at the number in the article text', () => {
    const r = run(['Intro sentence.', 'The army said 44 civilians were killed.']);
    const f = r.claim('The army said')?.figures[0];
    expect(f && r.text.slice(f.start, f.end)).toBe('44');
  });
});
