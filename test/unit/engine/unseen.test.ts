/**
 * Articles written for these tests (not from the labeled corpus), in other phrasings than the
 * corpus: they check that the rules carry over to text the engine was not tuned on. Labels
 * follow GUIDELINE.md. U unverified, P party-claim, F figure, A analyst.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/engine/annotate.ts';
import { articleFromParagraphs } from '../../../cli/lib/article.ts';

type Case = [string, string];
const LETTER: Record<string, string> = { unverified: 'U', 'party-claim': 'P', figure: 'F', analyst: 'A' };

/** Annotates one article (paragraphs of [sentence, expected labels]); returns the mismatches. */
function mismatches(title: string, paras: Case[][]): string[] {
  const art = articleFromParagraphs(paras.map((p) => p.map((c) => c[0]).join(' ')), title);
  const r = annotate(art, { force: true });
  const out: string[] = [];
  for (const [t, exp] of paras.flat()) {
    const at = art.text.indexOf(t);
    const got = (r.claims.find((x) => x.start === at)?.labels ?? []).map((l) => LETTER[l]).sort().join('');
    const want = [...exp].sort().join('');
    if (got !== want) out.push(`expected ${want || '-'}, got ${got || '-'}: ${t}`);
  }
  return out;
}

describe('unseen articles — English', () => {
  it('a wire on an ambush in northern Burkina Faso', () => {
    expect(
      mismatches('Dozens killed in attack on convoy in northern Burkina Faso', [
        [
          ['Suspected jihadists killed at least 35 civilians in an attack on a convoy in northern Burkina Faso, the regional governor said on Monday.', 'PF'],
          ['The convoy, escorted by members of the Volunteers for the Defence of the Homeland (VDP), was travelling between Djibo and Bourzanga.', ''],
          ['Lt. Col. Rodolphe Sorgho, the governor of the Centre-Nord region, said in a statement that 20 other people had been wounded.', 'PF'],
        ],
        [
          ['No group immediately claimed responsibility for the attack.', ''],
          ['But JNIM has carried out similar ambushes in the area, according to the Armed Conflict Location & Event Data Project.', 'A'],
          ['Burkina Faso has been ruled by a military junta since 2022.', ''],
        ],
        [
          ['A photo posted on Facebook by a local association showed several burned vehicles on a dirt road.', 'U'],
          ['Reuters was unable to verify the photo.', 'U'],
        ],
        [
          ['"The security situation has deteriorated sharply in the past year," said Constantin Gouvy, a Sahel researcher at Clingendael.', 'A'],
          ["He said the army's reliance on civilian militias had exposed villagers to reprisals.", 'A'],
          ['Government spokesman Jean-Emmanuel Ouédraogo told reporters that the VDP were "the spearhead of the reconquest".', 'P'],
        ],
        [
          ['UN Secretary-General António Guterres condemned the attack and called for those responsible to be brought to justice.', ''],
          ['More than 2 million people have been displaced by the violence in Burkina Faso, according to government figures.', 'PF'],
        ],
      ]),
    ).toEqual([]);
  });

  it('claims, denials, tolls and a disclaimer in a Mali report', () => {
    expect(
      mismatches('Mali: attack near Gao', [
        [
          ["Burkina Faso's army said on Tuesday it had killed more than 50 militants in air and ground operations near Dori.", 'PF'],
          ['The operations followed an attack on an outpost on Sunday.', ''],
          ['JNIM said in a message on its Telegram channel that it had overrun the outpost and seized four vehicles.', 'PF'],
        ],
        [
          ['Photos circulating online showed a burned-out armoured vehicle and several bodies.', 'U'],
          ['AFP could not verify the images.', 'U'],
        ],
        [
          ['The defence ministry in Niamey said 17 soldiers were killed in the ambush.', 'PF'],
          ['Local residents told Reuters that at least 30 civilians were killed.', 'F'],
          ['Residents said the attackers arrived on motorbikes.', ''],
        ],
        [
          ['Islamic State Sahel Province claimed responsibility for the attack in a statement carried by its Amaq news agency.', 'P'],
          ["Mali's government denied that any civilians had been harmed.", 'P'],
          ['Unconfirmed reports on social media said the town’s mayor had been abducted.', 'U'],
          ['Access to the area is tightly restricted, making independent verification difficult.', 'U'],
        ],
        [
          ['The convoy was attacked by dozens of gunmen.', 'F'],
          ["The Malian army's communiqué put the death toll at 14.", 'PF'],
          ['Human Rights Watch said soldiers had executed at least 40 villagers.', 'AF'],
          ['It was not immediately clear who carried out the attack.', ''],
          ['The army announced the deaths of two soldiers in a roadside bombing.', 'PF'],
        ],
        [
          ['More than 1,000 people were killed in Mali in the first half of 2025, ACLED data show.', 'AF'],
          ["Mali's army chief of staff, Gen. Oumar Diarra, told state television that terrorists had suffered heavy losses.", 'P'],
          ['“We have repelled the attack and the situation is under control,” a military spokesman told Reuters.', 'P'],
          ['Several analysts interviewed by AFP said the junta was losing ground.', ''],
        ],
      ]),
    ).toEqual([]);
  });

  it('narration that names parties and numbers without making claims', () => {
    expect(
      mismatches('Mali: a country at war', [
        [
          ['Soldiers said goodbye to their families before the convoy left Gao.', ''],
          ["The town's name means 'well' in Tamasheq, residents say.", ''],
          ['The group was founded in 2017 by Iyad Ag Ghaly.', ''],
          ['Mali has about 22 million inhabitants.', ''],
        ],
        [
          ['In 2012, the army lost control of the north.', ''],
          ["The army's 2,000-strong contingent arrived in Gao last week.", 'F'],
          ['It takes three days to drive from Bamako to Kidal.', ''],
          ['Three years ago, the junta expelled French troops.', ''],
        ],
        [
          ['Its leader told supporters in a speech that the fight would continue.', 'P'],
          ['Journalists who reported on the massacre were expelled.', ''],
          ['The fighting claimed the lives of dozens of civilians.', 'F'],
          ["Wagner's founder Yevgeny Prigozhin died in a plane crash in 2023.", ''],
        ],
      ]),
    ).toEqual([]);
  });
});

describe('unseen articles — French', () => {
  it('une dépêche sur une attaque au Tchad', () => {
    expect(
      mismatches('Tchad : 17 soldats tués dans une attaque de Boko Haram', [
        [
          ["Le Tchad a annoncé mercredi la mort de 17 soldats dans une attaque de Boko Haram contre une position de l'armée dans la région du Lac.", 'PF'],
          ["L'attaque a eu lieu dans la nuit de lundi à mardi sur l'île de Kaïga.", ''],
          ["Selon le porte-parole de l'armée, le général Azem Bermandoa Agouna, 60 assaillants ont été « neutralisés » lors de la riposte.", 'PFU'],
        ],
        [
          ["Ce bilan n'a pas pu être vérifié de manière indépendante.", 'U'],
          ['Une source humanitaire dans la région fait état de plusieurs centaines de déplacés depuis le début de la semaine.', 'F'],
        ],
        [
          ["« Boko Haram profite de la saison des pluies pour frapper », estime Rémadji Hoinathy, chercheur à l'Institut d'études de sécurité (ISS) à N'Djamena.", 'A'],
          ["Le chercheur souligne que l'armée tchadienne a perdu plus d'une centaine d'hommes dans la zone depuis 2020.", 'AF'],
        ],
        [
          ['Le président Mahamat Idriss Déby Itno s’est rendu sur place jeudi.', ''],
          ['Il a promis de « poursuivre les terroristes jusque dans leurs derniers retranchements ».', ''],
          ['Des images diffusées par la présidence montrent le chef de l’État saluant des soldats blessés.', 'P'],
        ],
      ]),
    ).toEqual([]);
  });

  it('un papier sur Boulkessi et un hélicoptère abattu', () => {
    expect(
      mismatches('Mali : attaque à Boulkessi', [
        [
          ["Les FAMa ont repoussé une attaque terroriste à Boulkessi, indique un communiqué de l'armée.", 'P'],
          ["D'après un bilan de l'ONU, 3 000 personnes ont été tuées en 2023.", 'AF'],
          ['Interrogé par RFI, un porte-parole de la junte a démenti toute exaction.', 'P'],
        ],
        [
          ["Le chef de la junte a promis de rétablir la sécurité d'ici à la fin de l'année.", ''],
          ['Selon des témoins joints par téléphone, des dizaines de corps jonchaient les rues.', 'FU'],
          ["Ces témoignages n'ont pas pu être recoupés.", 'U'],
          ["Les autorités n'ont pas souhaité réagir.", ''],
        ],
        [
          ["Le JNIM affirme dans une vidéo que ses combattants ont abattu un hélicoptère de l'armée.", 'P'],
          ["Le gouvernement de transition assure pour sa part que l'appareil s'est écrasé à la suite d'un incident technique.", 'P'],
        ],
        [
          ["L'état-major des armées a affirmé avoir neutralisé une quarantaine de terroristes.", 'PF'],
          ['Selon des sources locales, au moins douze civils ont été tués.', 'F'],
          ["Le JNIM a revendiqué l'attaque dans un communiqué.", 'P'],
          ['Trois jours de deuil national ont été décrétés.', ''],
          ['Le festival a attiré des milliers de visiteurs.', ''],
        ],
      ]),
    ).toEqual([]);
  });
});
