import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

/** [sentence, party-claim expected, normalised source name (when a party)] */
type Row = [string, boolean, string?];

const EN: Row[] = [
  ['Ten separatist fighters were killed near Kidal, according to a statement released by the military on Friday.', true, 'Malian army'],
  ['Chad’s army said on Sunday it had killed 96 Boko Haram fighters.', true, 'Chadian army'],
  ['The junta led by Capt. Ibrahim Traoré said the army had regained control of several areas.', true, 'Burkinabè junta'],
  ['The Russian defence ministry said its forces had struck military sites.', true, 'Russian defence ministry'],
  ['JNIM said its fighters had destroyed drones parked inside the hangar.', true, 'JNIM'],
  ['A spokesman for the Azawad Liberation Front (FLA) said in a post on X that several of its leaders had been killed.', true, 'FLA'],
  ['Telegram channels linked to Wagner acknowledged heavy losses.', true, 'Wagner Group'],
  ['State television broadcast images of men described by the army as suspects arrested after the attack.', true],
  ['Mali’s transitional government has consistently denied that its soldiers target civilians.', true, 'Malian junta'],
  ['Officially, Bamako has only ever spoken of “Russian instructors.”', true, 'Malian government'],
  ['The group claimed responsibility for the attack in a statement carried by its news agency.', true],
  ['“Our men fought to the last cartridge,” the army said.', true, 'Malian army'],
  // not party claims
  ['A security source told AFP that 77 people had been killed.', false],
  ['Residents said the attackers arrived on motorbikes.', false],
  ['U.S. officials estimate that roughly 2,000 Russian contractors remain in the country.', false],
  ['The Sudan Doctors Network, a medical group, said dozens of civilians had been killed.', false],
  ['ECOWAS said the door remained open.', false],
  ['This armed group has long pushed for the creation of an independent state.', false],
  ['The violence erupted on Thursday when the army launched an operation in the area.', false],
  ['Burkina Faso’s government has still not commented on the attack.', false],
  ['No group has claimed responsibility.', false],
  ['The government declared three days of national mourning and vowed to hunt down those responsible.', false],
  ['The recent confrontation occurred shortly after the Wagner Group, a Russian paramilitary organization, announced its departure.', false],
  ['What did the authorities say?', false],
  ['Attacks in the area are often loosely attributed to “Boko Haram” by officials and media alike.', false],
];

const FR: Row[] = [
  ['Selon l’état-major général des armées, une dizaine de « terroristes » ont été tués.', true, 'Malian army general staff'],
  ['Dans un communiqué lu à la télévision nationale, le ministère de la Défense affirme que la riposte a permis de neutraliser des terroristes.', true, 'Malian defence ministry'],
  ['L’armée algérienne affirme avoir abattu un drone armé près de la frontière.', true, 'Algerian army'],
  ['Selon le ministère algérien de la Défense, l’appareil avait repris une « trajectoire offensive ».', true, 'Algerian defence ministry'],
  ['Bamako accuse désormais Alger de « parrainer le terrorisme ».', true, 'Malian government'],
  ['Le JNIM revendique régulièrement ces attaques sur ses canaux de propagande.', true, 'JNIM'],
  ['« La guerre ne fait que commencer », a averti l’un de leurs porte-parole.', true],
  ['Un habitant rapporte que des militaires avaient assuré aux familles que les détenus étaient « en vie ».', true],
  ['Les populations sont régulièrement accusées par des miliciens de collaborer avec les jihadistes.', true],
  ['L’armée malienne a pris mardi le contrôle de la ville, a annoncé le président de la transition.', true],
  // not party claims
  ['Selon un élu local, vingt-sept hommes avaient été interpellés.', false],
  ['Le groupe jihadiste ne les avait pas revendiquées jeudi matin.', false],
  ['La défense conteste l’essentiel des faits.', false],
  ['Les habitants racontent avoir entendu des tirs toute la nuit.', false],
  ['Qu’a annoncé le JNIM ?', false],
];

describe('attribution to parties — English', () => {
  it.each(EN)('%s', (sentence, party, name) => {
    const r = run([sentence]);
    expect(r.labels(sentence).includes('party-claim')).toBe(party);
    if (party && name) expect(r.claim(sentence)?.source?.name).toBe(name);
  });
});

describe('attribution to parties — French', () => {
  it.each(FR)('%s', (sentence, party, name) => {
    const r = run([sentence], {}, 'Mali : combats près de Kidal');
    expect(r.labels(sentence).includes('party-claim')).toBe(party);
    if (party && name) expect(r.claim(sentence)?.source?.name).toBe(name);
  });
});

describe('attribution details', () => {
  it('records the cue words and the kind of source', () => {
    const s = 'Chad’s army said on Sunday it had killed 96 Boko Haram fighters.';
    const src = run([s]).claim(s)?.source;
    expect(src).toMatchObject({ kind: 'party', name: 'Chadian army', cue: 'said' });
    expect(src?.carried).toBeUndefined();
  });

  it('gives a possessive ministry the country of the sentence before (« Son ministère… »)', () => {
    const r = run(['L’Algérie a répondu en rappelant son ambassadeur.', 'Son ministère des Affaires étrangères a rejeté des accusations « dénuées de tout fondement ».'], {}, 'Mali : un drone abattu');
    expect(r.claim('Son ministère')?.source?.name).toBe('Algerian foreign ministry');
  });

  it('names a generic "group" after the group opening the sentence before', () => {
    const r = run(['JNIM said it had destroyed drones.', 'Wagner, which rarely comments on its operations, published no toll.', 'Telegram channels linked to the group insisted the attackers had been driven back.']);
    expect(r.claim('Telegram channels')?.source?.name).toBe('Wagner Group');
  });

  it('names a generic "group" after the armed group named before it', () => {
    const r = run(['JNIM fighters attacked the base at dawn.', 'The group said it had seized 12 vehicles.']);
    expect(r.claim('The group said')?.source?.name).toBe('JNIM');
  });

  it('follows the origin of a relayed claim: a resident relaying soldiers is a party claim, an analyst relaying a group is not', () => {
    const r = run([
      'A resident said soldiers had told families the detainees were alive.',
      'Cheick Omar Maïga, an analyst with the Timbuktu Institute, said IS Sahel was punishing communities it accuses of collaborating.',
    ]);
    expect(r.labels('A resident said')).toBe('party-claim');
    expect(r.labels('Cheick Omar Maïga')).toBe('analyst');
  });
});
