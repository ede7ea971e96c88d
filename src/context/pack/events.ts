/** Events, with disputed figures attributed to whoever gave them. */
import type { ContextEntry } from '../types';
import { REVIEWED } from './common';

const r = REVIEWED;

export const EVENTS: ContextEntry[] = [
  {
    id: 'moura-killings', kind: 'event', name: 'Moura killings (March 2022)', country: ['mali'],
    displayName: { fr: 'Tueries de Moura (mars 2022)' },
    aliases: { en: ['Moura', 'Mourah', 'Moura massacre', 'Moura killings'], fr: ['massacre de Moura', 'tuerie de Moura', 'tueries de Moura'] },
    asSurname: ['Moura'],
    description: {
      en: 'Five-day operation from 27 March 2022 by Malian troops and foreign military personnel in Moura, central Mali. The army said it “neutralised” 203 terrorists; Human Rights Watch counted about 300 civilians executed, and a UN report (May 2023) at least 500 killed, most summarily. Mali denies any abuse; witnesses and diplomats name Wagner, while the UN did not give the foreigners’ nationality.',
      fr: 'Opération de cinq jours menée à partir du 27 mars 2022 par des soldats maliens et des militaires étrangers à Moura, dans le centre du Mali. L’armée dit avoir « neutralisé » 203 terroristes ; Human Rights Watch a compté environ 300 civils exécutés, et un rapport de l’ONU (mai 2023) au moins 500 morts, surtout sommairement exécutés. Bamako dément ; témoins et diplomates désignent Wagner, l’ONU ne nomme pas la nationalité des étrangers.',
    },
    links: [
      { title: 'UN outlines five days of horror in Moura (IBTimes)', url: 'https://www.ibtimes.co.za/un-outlines-five-days-horror-malis-moura-105584', lang: 'en' },
      { title: 'Malian and “foreign” soldiers killed 500 in Moura, UN says (Teller Report)', url: 'https://www.tellerreport.com/news/2023-05-12-malian-and-%22foreign%22-soldiers-reportedly-killed-500-people-in-central-country--un-says.rJVU5bYsN3.html', lang: 'en' },
    ],
    related: ['fama', 'wagner', 'ohchr', 'mopti', 'guide-access'], reviewed: r,
  },
  {
    id: 'tinzaouaten-battle', kind: 'event', name: 'Battle of Tinzaouaten (July 2024)', country: ['mali'],
    displayName: { fr: 'Bataille de Tinzaouaten (juillet 2024)' },
    aliases: { en: ['Battle of Tinzaouaten', 'Tinzaouaten battle', 'Tinzaouaten ambush'], fr: ['bataille de Tinzaouaten', 'combats de Tinzaouaten', 'bataille de Tinzaouatène'] },
    description: {
      en: 'On 25–27 July 2024, near the Algerian border, CSP separatists ambushed a Malian army and Wagner convoy, in what is widely called Wagner’s heaviest loss in Africa. The army first reported 2 soldiers killed; the CSP claimed 84 Wagner fighters and 47 soldiers; JNIM said it fought and killed 50 Russians (the separatists deny its role); pro-Russian channels gave 25 to over 80 dead. None is verified.',
      fr: 'Du 25 au 27 juillet 2024, près de la frontière algérienne, les séparatistes du CSP ont pris en embuscade un convoi de l’armée malienne et de Wagner, qui y a subi sa plus lourde perte en Afrique. L’armée a d’abord annoncé 2 soldats tués, le CSP 84 hommes de Wagner et 47 soldats, le JNIM 50 Russes (il dit avoir combattu, ce que nient les séparatistes), des canaux prorusses de 25 à plus de 80. Aucun chiffre n’est vérifié.',
    },
    links: [
      { title: 'Battle of Tinzaouaten (2024) (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Battle_of_Tinzaouaten_(2024)', lang: 'en' },
      { title: 'Tuaregs and JNIM inflict major losses (The Atlas News)', url: 'https://theatlasnews.co/conflict/2024/07/29/tuaregs-jnim-inflict-major-losses-on-malian-russian-forces', lang: 'en' },
    ],
    related: ['tinzaouaten', 'csp', 'wagner', 'fama', 'guide-tolls-differ'], reviewed: r,
  },
  {
    id: 'barsalogho-attack', kind: 'event', name: 'Barsalogho attack (August 2024)', country: ['burkina-faso'],
    displayName: { fr: 'Attaque de Barsalogho (août 2024)' },
    aliases: { en: ['Barsalogho massacre', 'Barsalogho attack'], fr: ['massacre de Barsalogho', 'attaque de Barsalogho', 'tuerie de Barsalogho'] },
    description: {
      en: 'On 24 August 2024 JNIM attacked soldiers, VDP auxiliaries and residents digging trenches around Barsalogho at the army’s request, the worst single attack Burkina Faso has suffered. Estimates: at least 200 dead (UN, first count), 400–500 (sources cited by Reuters), about 600 (French assessment reported by CNN); JNIM claimed about 300, all “militia” in its words. No full official toll is known.',
      fr: 'Le 24 août 2024, le JNIM a attaqué soldats, VDP et habitants qui creusaient des tranchées autour de Barsalogho à la demande de l’armée : l’attaque la plus meurtrière de l’histoire du Burkina. Estimations : au moins 200 morts (ONU, premier décompte), 400 à 500 (sources de Reuters), environ 600 (évaluation française citée par CNN) ; le JNIM en revendique environ 300, tous « miliciens » selon lui. Pas de bilan officiel complet connu.',
    },
    links: [
      { title: 'Barsalogho massacre (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Barsalogho_massacre', lang: 'en' },
      { title: '600 killed, new French report doubles toll (The UNN)', url: 'https://theunn.com/600-killed-in-burkina-faso-attack-new-french-report-doubles-death-toll/', lang: 'en' },
    ],
    related: ['barsalogho', 'jnim', 'burkina-army', 'guide-tolls-differ'], reviewed: r,
  },
  {
    id: 'bamako-attack-2024', kind: 'event', name: 'Bamako attacks (17 September 2024)', country: ['mali'],
    displayName: { fr: 'Attaques de Bamako (17 septembre 2024)' },
    aliases: { en: ['2024 Bamako attacks', 'September 2024 Bamako attack', 'Faladié gendarmerie school attack'], fr: ['attaques du 17 septembre 2024 à Bamako', 'attaque de l’école de gendarmerie de Faladié', 'attentat de Bamako'] },
    description: {
      en: 'In the early hours of 17 September 2024, JNIM fighters struck Bamako’s gendarmerie school in Faladié and the military zone of the airport, where Wagner had a base. The army admitted only “some loss of life”; JNIM claimed hundreds killed or wounded; a security source quoted by AFP counted 77 dead and 255 wounded, and a confidential government document consulted by AFP roughly a hundred. No precise official toll was ever published.',
      fr: 'Le 17 septembre 2024 à l’aube, le JNIM a frappé l’école de gendarmerie de Faladié et la zone militaire de l’aéroport de Bamako, où Wagner avait une base. L’armée a reconnu « quelques pertes en vies humaines », le JNIM revendiqué des centaines de victimes ; une source sécuritaire de l’AFP a compté 77 morts et 255 blessés, un document officiel vu par l’AFP une centaine de morts. Aucun bilan officiel précis n’a été publié.',
    },
    links: [
      { title: 'Over 70 killed, 200 injured in Mali attacks (Dawn, AFP)', url: 'https://www.dawn.com/news/1859967/over-70-killed-200-injured-in-mali-attacks', lang: 'en' },
      { title: 'L’état-major confirme « quelques pertes en vies humaines » (PressAfrik)', url: 'https://www.pressafrik.com/Attaque-terroriste-a-Bamako-l-etat-major-confirme-quelques-pertes-en-vies-humaines-du-cote-de-l-armee_a278410.html', lang: 'fr' },
    ],
    related: ['bamako', 'jnim', 'wagner', 'guide-who-speaks'], reviewed: r,
  },
  {
    id: 'solenzo-killings', kind: 'event', name: 'Solenzo killings (March 2025)', country: ['burkina-faso'],
    displayName: { fr: 'Tueries de Solenzo (mars 2025)' },
    aliases: { en: ['Solenzo', 'Solenzo massacre', 'Solenzo killings'], fr: ['massacre de Solenzo', 'tueries de Solenzo'] },
    description: {
      en: 'Videos that spread on 10–11 March 2025 showed dozens of civilians, mostly Fulani, dead or tied up near Solenzo in western Burkina Faso, surrounded by men in the uniforms of local VDP units. After analysing them, Human Rights Watch reported in May 2025 that special forces and VDPs had killed at least 130 civilians, and that JNIM later took revenge on villages. The government called the videos fabricated and gave no toll.',
      fr: 'Les 10 et 11 mars 2025, des vidéos ont montré des dizaines de civils, surtout peuls, tués ou ligotés près de Solenzo (ouest du Burkina Faso), entourés d’hommes en tenue de VDP locaux. Après analyse, Human Rights Watch a conclu en mai 2025 que forces spéciales et VDP avaient tué au moins 130 civils, puis que le JNIM s’était vengé sur des villages. Le gouvernement parle de montages et n’a donné aucun bilan.',
    },
    links: [
      { title: 'Solenzo massacre (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Solenzo_massacre', lang: 'en' },
      { title: 'Militia implicated in civilian massacre, HRW reports (US Africa Online)', url: 'https://usafricaonline.com/2025/03/16/burkina-faso-militia-implicated-in-civilian-massacre-human-rights-watch-reports/', lang: 'en' },
    ],
    related: ['burkina-army', 'hrw', 'burkina-government', 'guide-denials'], reviewed: r,
  },
  {
    id: 'kidal-recapture', kind: 'event', name: 'Kidal recapture (November 2023)', country: ['mali'],
    displayName: { fr: 'Reprise de Kidal (novembre 2023)' },
    aliases: { en: ['Kidal recapture', 'Kidal offensive', 'Battle of Kidal'], fr: ['reprise de Kidal', 'prise de Kidal', 'bataille de Kidal', 'offensive sur Kidal'] },
    description: {
      en: 'Once the UN mission had left its Kidal camp, Malian troops supported by Wagner and Turkish drones entered the town on 14 November 2023, ending separatist control dating from 2014. Bamako celebrated restored sovereignty; the separatists said the offensive killed off the 2015 accord. Reliable casualty figures are scarce, and tens of thousands were reported displaced during the wider offensive.',
      fr: 'Après le départ de la mission de l’ONU de son camp de Kidal, l’armée malienne, appuyée par Wagner et des drones turcs, a pris la ville le 14 novembre 2023 aux séparatistes qui la tenaient depuis 2014. Bamako a salué une souveraineté restaurée ; les séparatistes y ont vu la fin de l’accord de 2015. Les bilans fiables manquent, et des dizaines de milliers de déplacés ont été signalés pendant l’offensive.',
    },
    links: [
      { title: 'Malian government seizes Kidal with Wagner support (The Atlas News)', url: 'https://theatlasnews.co/conflict/2023/11/14/malian-government-seizes-kidal-after-un-withdrawal-with-wagner-support/', lang: 'en' },
      { title: 'Battle of Kidal (2023) (Wikizero)', url: 'https://wikizero.com/m/Battle_of_Kidal_(2023)', lang: 'en' },
    ],
    related: ['kidal', 'fama', 'wagner', 'csp', 'turkish-drones'], reviewed: r,
  },
  {
    id: 'algiers-accord', kind: 'event', name: 'Algiers Accord (2015)', country: ['mali'],
    displayName: { fr: 'Accord d’Alger (2015)' },
    aliases: {
      en: ['Algiers Accord', 'Algiers Agreement', 'Algiers peace accord', 'Algiers peace agreement', 'Algiers accords', '2015 Algiers accord', '2015 peace agreement', '2015 peace accord', 'Agreement for Peace and Reconciliation in Mali'],
      fr: ['accord d’Alger', 'accords d’Alger', 'accord de paix d’Alger', 'accord de paix de 2015', 'accord de paix signé à Alger', 'accord pour la paix et la réconciliation au Mali', 'accord pour la paix et la réconciliation'],
    },
    description: {
      en: 'Peace deal signed in 2015 by Mali’s government, the separatist CMA and the pro-government Platform, with Algeria as chief mediator. It was never fully applied; the CMA accused Bamako of abandoning it from 2022, and on 25 January 2024 the junta declared it ended “with immediate effect”, blaming the armed groups and “hostile acts” by Algeria.',
      fr: 'Accord de paix signé en 2015 par le gouvernement malien, la CMA séparatiste et la Plateforme progouvernementale, avec l’Algérie comme médiateur principal. Jamais pleinement appliqué, il était selon la CMA abandonné par Bamako dès 2022 ; le 25 janvier 2024, la junte y a mis fin « avec effet immédiat », en accusant les groupes armés et des « actes hostiles » de l’Algérie.',
    },
    links: [
      { title: 'Mali ends peace deal with separatist groups (DW)', url: 'https://www.dw.com/en/mali-ends-peace-deal-with-separatist-groups/a-68088180', lang: 'en' },
      { title: 'Mali: the Algiers agreement officially dead (Powers of Africa)', url: 'https://powersofafrica.com/article/99/mali-the-algiers-agreement-officially-dead-and-buried/amp', lang: 'en' },
    ],
    related: ['cma', 'platform-gatia', 'csp', 'algeria-government', 'mali-government'], reviewed: r,
  },
  {
    id: 'mali-coups', kind: 'event', name: 'Mali coups (2020 and 2021)', country: ['mali'],
    displayName: { fr: 'Coups d’État au Mali (2020 et 2021)' },
    aliases: { en: ['2020 Malian coup', '2021 Malian coup', 'Malian coups'], fr: ['coup d’État au Mali', 'coups d’État au Mali', 'putsch au Mali', 'Comité national pour le salut du peuple'] },
    description: {
      en: 'After months of street protests, mutinous soldiers detained President Ibrahim Boubacar Keïta on 18 August 2020, and Col. Assimi Goïta emerged at the head of the junta. On 24 May 2021 the military arrested the civilian transitional president and prime minister, and Goïta took charge himself. The coups brought ECOWAS sanctions, the break with France and the turn towards Russia.',
      fr: 'Le 18 août 2020, des militaires ont arrêté le président Ibrahim Boubacar Keïta après des mois de manifestations, et le colonel Assimi Goïta s’est imposé à la tête de la junte ; le 24 mai 2021, ils ont arrêté le président et le Premier ministre civils de la transition, et Goïta a pris leur place. Ces putschs ont entraîné des sanctions de la CEDEAO, la rupture avec la France et le virage vers la Russie.',
    },
    links: [{ title: 'Mali: two coups in nine months (timeline)', url: 'https://www.capitalfm.co.ke/news/2021/05/mali-timeline-two-coups-in-nine-months/', lang: 'en' }],
    related: ['assimi-goita', 'mali-government'], reviewed: r,
  },
  {
    id: 'burkina-coups', kind: 'event', name: 'Burkina Faso coups (2022)', country: ['burkina-faso'],
    displayName: { fr: 'Coups d’État au Burkina Faso (2022)' },
    aliases: { en: ['Burkina Faso coups', 'Burkinabè coups'], fr: ['coups d’État au Burkina Faso', 'coup d’État au Burkina Faso', 'putsch au Burkina'] },
    description: {
      en: 'Lt-Col. Paul-Henri Damiba overthrew the elected president, Roch Marc Christian Kaboré, on 24 January 2022, blaming him for failures against jihadists; Capt. Ibrahim Traoré toppled Damiba on 30 September 2022 on the same grounds. The second coup led to the expansion of the VDP, the exit of French forces and the alliance with Mali and Niger.',
      fr: 'Le 24 janvier 2022, le lieutenant-colonel Paul-Henri Damiba a renversé le président élu Roch Marc Christian Kaboré en invoquant les échecs face aux jihadistes ; le 30 septembre 2022, le capitaine Ibrahim Traoré a renversé Damiba pour les mêmes raisons. Ce second putsch a conduit à l’essor des VDP, au départ des forces françaises et à l’alliance avec le Mali et le Niger.',
    },
    links: [{ title: 'Burkina Faso: events since the January coup (Bobr Times)', url: 'https://bobrtimes.com/burkina-faso-events-since-the-january-coup/', lang: 'en' }],
    related: ['ibrahim-traore', 'burkina-government'], reviewed: r,
  },
  {
    id: 'niger-coup', kind: 'event', name: 'Niger coup (July 2023)', country: ['niger'],
    displayName: { fr: 'Coup d’État au Niger (juillet 2023)' },
    aliases: { en: ['Niger coup', '2023 Niger coup', 'Nigerien coup'], fr: ['coup d’État au Niger', 'putsch au Niger', 'coup d’État du 26 juillet 2023'] },
    description: {
      en: 'Niger’s presidential guard seized President Mohamed Bazoum in Niamey on 26 July 2023, and its commander, Gen. Abdourahamane Tiani, took power at the head of the CNSP, invoking insecurity and bad governance. ECOWAS imposed sanctions and threatened to intervene; French and then US forces later left.',
      fr: 'Le 26 juillet 2023, la garde présidentielle a séquestré le président Mohamed Bazoum à Niamey, et son chef, le général Abdourahamane Tiani, a pris le pouvoir à la tête du CNSP en invoquant l’insécurité et la mauvaise gouvernance. La CEDEAO a imposé des sanctions et menacé d’intervenir ; les forces françaises puis américaines sont parties.',
    },
    links: [{ title: 'Niger coup: Tiani on TV as council president (Daily Maverick)', url: 'https://www.dailymaverick.co.za/article/2023-07-28-niger-coup-general-tiani-appears-on-tv-as-transitional-council-president/', lang: 'en' }],
    related: ['abdourahamane-tiani', 'mohamed-bazoum', 'niger-government', 'ecowas'], reviewed: r,
  },
  {
    id: 'ecowas-exit', kind: 'event', name: 'AES states’ exit from ECOWAS (2024–2025)', country: ['mali', 'burkina-faso', 'niger'],
    displayName: { fr: 'Retrait des États de l’AES de la CEDEAO (2024-2025)' },
    aliases: {
      en: ['Exit of Mali, Burkina Faso and Niger from ECOWAS', 'ECOWAS exit', 'exit from ECOWAS', 'withdrawal from ECOWAS', 'leaving ECOWAS', 'leave ECOWAS', 'departure from ECOWAS'],
      fr: ['retrait de la CEDEAO', 'sortie de la CEDEAO', 'quitter la CEDEAO', 'départ de la CEDEAO'],
    },
    description: {
      en: 'On 28 January 2024 the juntas of Mali, Burkina Faso and Niger said they were quitting ECOWAS at once, charging it with illegal sanctions and with failing to help them against terrorism. Under the bloc’s rules the exit only took legal effect on 29 January 2025, with a grace period to 29 July 2025; both dates appear in articles, each correct for its stage.',
      fr: 'Le 28 janvier 2024, les juntes du Mali, du Burkina Faso et du Niger ont annoncé quitter la CEDEAO « sans délai », l’accusant de sanctions illégales et de ne pas les avoir aidées contre le terrorisme. Selon le traité, le retrait a pris effet le 29 janvier 2025, avec une période de transition jusqu’au 29 juillet 2025 ; les articles citent l’une ou l’autre date, toutes deux justes pour leur étape.',
    },
    links: [
      { title: 'ECOWAS summit sets date of withdrawal (Afrinz)', url: 'https://afrinz.ru/en/2024/12/ecowas-summit-sets-date-for-withdrawal-of-mali-burkina-faso-and-niger-from-the-union/', lang: 'en' },
      { title: 'Mali, Burkina Faso, Niger to officially exit ECOWAS (Podium News)', url: 'https://podiumnews.net/mali-burkina-faso-niger-to-officially-exit-ecowas-in-2025', lang: 'en' },
    ],
    related: ['ecowas', 'aes'], reviewed: r,
  },
  {
    id: 'fuel-blockade', kind: 'event', name: 'JNIM fuel blockade (from September 2025)', country: ['mali'],
    displayName: { fr: 'Blocus du carburant du JNIM (depuis septembre 2025)' },
    aliases: { en: ['JNIM fuel blockade', 'fuel blockade', 'Mali fuel blockade'], fr: ['blocus du carburant', 'blocus sur le carburant', 'blocus des carburants', 'blocus de Bamako'] },
    description: {
      en: 'In early September 2025 JNIM declared a blockade of fuel imports into Mali and attacked tanker convoys; by October Bamako faced severe shortages, power cuts and school closures. Counts of destroyed tankers vary with source and date (“at least 40” in mid-September, more than 100 per importers in October, at least 300 in a later compilation), while the government said the situation was under control.',
      fr: 'Début septembre 2025, le JNIM a décrété un blocus du carburant importé au Mali et attaqué des convois de citernes ; en octobre, Bamako vivait pénuries, coupures de courant et fermetures d’écoles. Le nombre de citernes détruites varie selon la source et la date (« au moins 40 » mi-septembre, plus de 100 selon les importateurs en octobre, au moins 300 selon une compilation ultérieure), le gouvernement assurant maîtriser la situation.',
    },
    links: [
      { title: 'Mali fuel blockade (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Mali_fuel_blockade', lang: 'en' },
      { title: 'Desperate search for fuel in Mali’s capital (AP)', url: 'https://www.daytondailynews.com/news/nation-world/desperate-search-for-fuel-in-malis-capital-as-al-qaida-linked-group-enforces-blockade/VPNMDQYMSVISPEXZM2SG7GN3N4/', lang: 'en' },
    ],
    related: ['jnim', 'bamako', 'segou'], reviewed: r,
  },
  {
    id: 'fla-founding', kind: 'event', name: 'Founding of the FLA and Tinzaouaten drone strikes (November–December 2024)', country: ['mali'],
    displayName: { fr: 'Création du FLA et frappes de drones à Tinzaouaten (novembre-décembre 2024)' },
    aliases: { en: ['founding of the FLA', 'creation of the FLA', 'FLA founding'], fr: ['création du FLA', 'naissance du FLA', 'création du Front de libération de l’Azawad'] },
    description: {
      en: 'The separatist movements met at Tinzaouaten until 30 November 2024, wound up the CSP-DPA and launched the Azawad Liberation Front, with a new flag and an avowed goal of independence. Malian drones struck the town the following morning: the FLA said several of its leaders died (RFI and others reported eight dead), while the army spoke of “terrorist leaders” eliminated.',
      fr: 'Lors d’une réunion à Tinzaouaten achevée le 30 novembre 2024, les mouvements séparatistes ont dissous le CSP-DPA et créé le Front de libération de l’Azawad, avec un nouveau drapeau et un objectif d’indépendance affiché. Des drones maliens ont frappé Tinzaouaten le lendemain matin : le FLA a dit avoir perdu plusieurs responsables (RFI et d’autres ont fait état de huit morts), l’armée évoquant des « chefs terroristes » éliminés.',
    },
    links: [{ title: 'Frappes de drone à Tinzaouatène après la création du FLA (Impact.sn)', url: 'https://impact.sn/Mali-frappes-de-drone-a-Tinzaouatene-apres-la-creation-d-une-nouvelle-coalition-separatiste_a49690.html', lang: 'fr' }],
    related: ['fla', 'csp', 'tinzaouaten', 'turkish-drones'], reviewed: r,
  },
  {
    id: 'minusma-withdrawal', kind: 'event', name: 'End of MINUSMA (2023)', country: ['mali'],
    displayName: { fr: 'Fin de la MINUSMA (2023)' },
    aliases: { en: ['end of MINUSMA', 'MINUSMA withdrawal', 'withdrawal of MINUSMA', "MINUSMA's withdrawal", 'MINUSMA pullout'], fr: ['retrait de la MINUSMA', 'départ de la MINUSMA', 'fin de la MINUSMA'] },
    description: {
      en: 'After Mali demanded the mission’s immediate departure in June 2023, the Security Council unanimously ended MINUSMA’s mandate on 30 June 2023 (Resolution 2690) and ordered its withdrawal by 31 December 2023.',
      fr: 'Après que le Mali a exigé son départ immédiat en juin 2023, le Conseil de sécurité a mis fin à l’unanimité au mandat de la MINUSMA le 30 juin 2023 (résolution 2690) et ordonné son retrait avant le 31 décembre 2023.',
    },
    links: [{ title: 'Security Council ends MINUSMA mandate (Breaking Latest)', url: 'https://www.breakinglatest.news/news/security-council-ends-minusma-mandate-adopts-withdrawal-resolution/', lang: 'en' }],
    related: ['minusma', 'kidal-recapture'], reviewed: r,
  },
  {
    id: 'rfi-france24-suspension', kind: 'event', name: 'Suspension of RFI and France 24 in the Sahel (2022–2023)',
    country: ['mali', 'burkina-faso', 'niger'],
    displayName: { fr: 'Suspension de RFI et France 24 au Sahel (2022-2023)' },
    aliases: { en: ['suspension of RFI', 'suspension of France 24', 'RFI ban'], fr: ['suspension de RFI', 'suspension de France 24', 'suspension de RFI et France 24'] },
    description: {
      en: 'Mali took RFI and France 24 off the air on 17 March 2022, after both aired accusations of abuses by its army, and forbade local media to relay them. Burkina Faso suspended RFI in December 2022 and France 24 in 2023, and Niger cut both in 2023 (exact dates unconfirmed). Readers there may not be able to reach them, and the governments contest their reporting.',
      fr: 'Le Mali a suspendu RFI et France 24 le 17 mars 2022 après qu’elles ont relayé des accusations d’exactions de l’armée, et interdit aux médias locaux de les reprendre. Le Burkina Faso a suspendu RFI en décembre 2022 puis France 24 en 2023, et le Niger a coupé les deux en 2023 (dates exactes non confirmées). Les lecteurs de ces pays peuvent en être privés, et les gouvernements contestent leurs informations.',
    },
    links: [{ title: 'Mali: suspension of France 24 and RFI must be revoked (Public Media Alliance)', url: 'https://www.publicmediaalliance.org/mali-suspension-of-france-24-and-rfi-must-be-revoked/', lang: 'en' }],
    related: ['rfi', 'guide-banned-outlets'], reviewed: r,
  },
  {
    id: 'barkaram-attack', kind: 'event', name: 'Barkaram attack and Operation Haskanite (Chad, October 2024)', country: ['chad'],
    displayName: { fr: 'Attaque de Barkaram et opération Haskanite (Tchad, octobre 2024)' },
    aliases: {
      en: ['Barkaram', 'Bakaram', 'Barkaram attack', 'Operation Haskanite', 'Haskanite', 'Ngouboua attack'],
      fr: ['attaque de Barkaram'],
    },
    description: {
      en: 'During the night of 27 October 2024, attackers whom Chad identified as Boko Haram overran an army position on Barkaram island, in Lake Chad, held by over 200 soldiers; the presidency put the death toll at about 40. President Déby launched Operation Haskanite, and in November the army said it had killed 96 insurgents and lost 15 soldiers. These army figures have not been independently verified.',
      fr: 'Dans la nuit du 27 octobre 2024, des combattants identifiés par le Tchad comme Boko Haram ont pris une base de plus de 200 soldats sur l’île de Barkaram, dans le lac Tchad ; la présidence a parlé d’environ 40 morts. Le président Déby a lancé l’opération Haskanite, et en novembre l’armée a annoncé 96 assaillants tués et 15 soldats morts. Ces chiffres de l’armée n’ont pas été vérifiés de façon indépendante.',
    },
    links: [
      { title: 'Chadian president launches operation after Boko Haram attack (News Chronicle)', url: 'https://thenews-chronicle.com/chadian-president-launches-military-operation-after-boko-haram-attack-kills-over-40-soldiers/?amp=1', lang: 'en' },
      { title: 'Premier accrochage terrestre de l’opération Haskanite (Tribune Échos)', url: 'https://tribuneechos.com/tchad-plusieurs-elements-de-boko-haram-neutralises-lors-du-premier-accrochage-terrestre-de-loperation-haskanite', lang: 'fr' },
    ],
    related: ['chad-army', 'boko-haram', 'lake-chad', 'mahamat-deby'], reviewed: r,
  },
  {
    id: 'goita-mandate', kind: 'event', name: 'Goïta’s five-year mandate and ban on parties (Mali, 2025)', country: ['mali'],
    displayName: { fr: 'Mandat de cinq ans de Goïta et dissolution des partis (Mali, 2025)' },
    aliases: { en: ["Goïta's five-year mandate", 'dissolution of political parties in Mali'], fr: ['mandat de cinq ans de Goïta', 'dissolution des partis politiques au Mali', 'révision de la Charte de la transition'] },
    description: {
      en: 'A national consultation in April 2025 recommended giving Gen. Assimi Goïta a renewable five-year term and dissolving political parties; the junta dissolved the parties in May and the transitional parliament approved the mandate unanimously in July 2025. Niger (March 2025) and Burkina Faso (May 2024) made similar five-year extensions; exiled opponents call it a diktat.',
      fr: 'Une concertation nationale a recommandé en avril 2025 d’accorder au général Assimi Goïta un mandat de cinq ans renouvelable et de dissoudre les partis ; la junte les a dissous en mai et le parlement de transition a voté le mandat à l’unanimité en juillet 2025. Le Niger (mars 2025) et le Burkina Faso (mai 2024) ont fait des prolongations semblables ; des opposants en exil dénoncent un diktat.',
    },
    links: [{ title: 'Mali confirms five-year term for Goïta (TimesLIVE)', url: 'https://www.timeslive.co.za/news/africa/2025-06-12-mali-confirms-five-year-term-for-junta-leader-goita/', lang: 'en' }],
    related: ['assimi-goita', 'mali-government'], reviewed: r,
  },
];
