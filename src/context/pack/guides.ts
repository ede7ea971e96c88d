/**
 * Verification advice for readers, shown from notes. `labels` says which notes use a guide;
 * within a label, notes take guides in this order.
 */
import type { ContextEntry } from '../types';
import { REVIEWED } from './common';

const r = REVIEWED;

export const GUIDES: ContextEntry[] = [
  {
    id: 'guide-reverse-image', kind: 'guide', name: 'Reverse image search', labels: ['unverified'], aliases: { en: [], fr: [] },
    displayName: { en: 'Reverse-search the images', fr: 'Rechercher l’origine des images' },
    description: {
      en: 'Search for earlier copies of a picture or video frame with tools such as Google Lens, TinEye or Yandex, or the InVID-WeVerify plugin. Recycled footage is common: a 2015 clip resurfaced in 2022 as “French soldiers arming terrorists” in Mali.',
      fr: 'Passez captures d’écran ou images clés d’une vidéo dans un moteur de recherche inversée (Google Lens, TinEye, Yandex ou l’extension InVID-WeVerify). Les vieilles images sont souvent recyclées : une vidéo de 2015 a circulé en 2022 comme montrant des soldats français armant des terroristes au Mali.',
    },
    links: [
      { title: 'Cette vidéo ne montre pas des soldats français armant des terroristes (France 24 Observateurs)', url: 'https://observers.france24.com/fr/afrique/20221024-attention-cette-vid%C3%A9o-ne-montre-pas-des-soldats-fran%C3%A7ais-armant-des-terroristes-au-mali', lang: 'fr' },
      { title: 'Mali : cette image ne montre pas une opération de l’armée (Africa Check)', url: 'https://africacheck.org/fr/fact-checks/meta-programme-fact-checks/mali-cette-image-n-montre-pas-une-operation-de-larmee', lang: 'fr' },
    ],
    related: ['france24-observers', 'africa-check'], reviewed: r,
  },
  {
    id: 'guide-geolocation', kind: 'guide', name: 'Geolocation', labels: ['unverified'], aliases: { en: [], fr: [] },
    displayName: { en: 'Check where it was filmed', fr: 'Vérifier où la scène a été filmée' },
    description: {
      en: 'Compare landmarks, terrain, buildings and vegetation with satellite imagery before accepting a place name. Human Rights Watch located state-TV drone footage in Burkina Faso this way, and a photo sold as Wagner training Malians turned out to be taken in the Central African Republic.',
      fr: 'Comparez repères, relief, bâtiments et végétation avec des images satellites avant d’accepter un nom de lieu. Human Rights Watch a ainsi localisé des images de frappes de drones de la télévision d’État burkinabè, et une photo censée montrer Wagner formant des Maliens avait en fait été prise en Centrafrique.',
    },
    links: [{ title: 'Drone strikes in Burkina Faso killed civilians (The Intercept)', url: 'https://qoshe.com/the-intercept/nick-turse/drone-strikes-in-burkina-faso-killed-scores-of-civilians/169639127/amp', lang: 'en' }],
    related: ['bellingcat', 'hrw'], reviewed: r,
  },
  {
    id: 'guide-first-poster', kind: 'guide', name: 'Who posted first', labels: ['unverified'], aliases: { en: [], fr: [] },
    displayName: { en: 'Find who posted it first', fr: 'Trouver qui l’a publié en premier' },
    description: {
      en: 'Go back to the earliest copy of a post and look at who made it: a recently created or anonymous account that “reveals” something ahead of everyone should raise doubts. In April 2022 such an account posted pictures of a so-called French mass grave near Gossi; French army drone images showed men, whom France identified as Wagner, burying bodies close by.',
      fr: 'Remontez à la première publication et examinez le compte qui l’a faite : un compte récent ou anonyme qui « révèle » quelque chose à l’avance doit alerter. En 2022, un tel compte a montré un « charnier laissé par les Français » à Gossi, alors qu’une vidéo de drone française montrait des hommes (présentés par Paris comme des Wagner) enterrant des corps à proximité.',
    },
    links: [
      { title: 'French army accuses Wagner of staging a mass grave at Gossi', url: 'https://spamchronicles.com/mali-the-french-army-accuses-wagners-mercenaries-of-having-staged-a-mass-grave-discovered-in-gossi', lang: 'en' },
    ],
    related: ['wagner', 'guide-party-media'], reviewed: r,
  },
  {
    id: 'guide-ai-generated', kind: 'guide', name: 'AI-generated content', labels: ['unverified'], aliases: { en: [], fr: [] },
    displayName: { en: 'Look for signs of AI generation', fr: 'Repérer les contenus générés par IA' },
    description: {
      en: 'Content promoting the juntas, Ibrahim Traoré above all, includes songs, speeches and celebrity praise made with AI. Check for tell-tale flaws (hands, blurry outlines, mouths out of sync), see whether the original poster presented it as fiction, and ask whether any serious news outlet covered the supposed speech.',
      fr: 'Les contenus favorables aux juntes, notamment sur Ibrahim Traoré, comptent des chansons, discours et soutiens de célébrités fabriqués par IA. Cherchez les défauts (mains, contours flous, synchronisation des lèvres), vérifiez si l’auteur l’a présenté comme une fiction et si un média sérieux a rapporté le « discours ».',
    },
    links: [{ title: 'AI-generated Traoré speech (AFP Fact Check)', url: 'https://factcheck.afp.com/doc.afp.com.48WC3KD', lang: 'en' }],
    related: ['ibrahim-traore', 'afp-factcheck'], reviewed: r,
  },
  {
    id: 'guide-access', kind: 'guide', name: 'Restricted access', labels: ['unverified', 'figure'], aliases: { en: [], fr: [] },
    displayName: { en: 'Remember that access is restricted', fr: 'Garder en tête que l’accès est restreint' },
    description: {
      en: 'Independent investigators are often kept away: UN investigators saw Moura only from a helicopter, and besieged towns such as Djibo are hard to reach. “Could not be independently verified” usually means exactly that, and real tolls are probably higher than those reported.',
      fr: 'Les enquêteurs indépendants sont souvent tenus à l’écart : ceux de l’ONU n’ont vu Moura que d’un hélicoptère, et les villes assiégées comme Djibo sont difficiles d’accès. « Invérifiable de source indépendante » est souvent à prendre au pied de la lettre, et les vrais bilans sont sans doute plus lourds.',
    },
    links: [
      { title: 'UN outlines five days of horror in Moura (IBTimes)', url: 'https://www.ibtimes.co.za/un-outlines-five-days-horror-malis-moura-105584', lang: 'en' },
      { title: 'Civilians under blockade in Djibo (ECHO, ReliefWeb)', url: 'https://reliefweb.int/report/burkina-faso/unrest-burkina-faso-civilians-under-blockade-djibo-dg-echo-echo-daily-flash-01', lang: 'en' },
    ],
    related: ['moura-killings', 'djibo'], reviewed: r,
  },
  {
    id: 'guide-cross-check', kind: 'guide', name: 'Cross-checking with data', labels: ['unverified', 'figure'], aliases: { en: [], fr: [] },
    displayName: { en: 'Cross-check with satellite, flight and humanitarian data', fr: 'Recouper avec les données satellites, de vol et humanitaires' },
    description: {
      en: 'Satellite pictures (burn scars, new camps), flight tracking and OCHA or UNHCR displacement figures can back up or undercut a claim: the UN relied on satellite imagery for Moura, and France 24’s Observers followed Russian military planes flying into Bamako.',
      fr: 'Images satellites (traces d’incendie, nouveaux camps), suivi des vols et chiffres de déplacement d’OCHA ou du HCR peuvent confirmer ou contredire une affirmation : l’ONU a utilisé l’imagerie satellite pour Moura, et les Observateurs de France 24 ont suivi des vols militaires russes vers Bamako.',
    },
    links: [{ title: 'Flight paths and satellite images indicate Russian deployment in Mali', url: 'https://newsbit.us/flight-paths-satellite-images-indicate-russia-is-deploying-mercenaries-in-mali', lang: 'en' }],
    related: ['ocha', 'unhcr', 'france24-observers'], reviewed: r,
  },
  {
    id: 'guide-who-speaks', kind: 'guide', name: 'Who is speaking', labels: ['party-claim'], aliases: { en: [], fr: [] },
    displayName: { en: 'Ask who is speaking, and whether they are fighting', fr: 'Se demander qui parle, et s’il est partie au conflit' },
    description: {
      en: 'Every army, junta, jihadist group, separatist front and Russia-linked channel is a combatant, so take their statements as claims until a source with no stake confirms them. After the 2024 Bamako attack, the general staff admitted only “some loss of life”, while a security source quoted by AFP counted 77 dead.',
      fr: 'Armées, juntes, groupes jihadistes, fronts séparatistes et canaux liés à la Russie sont tous des belligérants : leurs déclarations sont des affirmations tant qu’une source sans intérêt dans le conflit ne les confirme pas. Après l’attaque de Bamako en 2024, l’armée parlait de « quelques pertes » quand une source de l’AFP comptait 77 morts.',
    },
    links: [{ title: 'Over 70 killed, 200 injured in Mali attacks (Dawn, AFP)', url: 'https://www.dawn.com/news/1859967/over-70-killed-200-injured-in-mali-attacks', lang: 'en' }],
    related: ['bamako-attack-2024'], reviewed: r,
  },
  {
    id: 'guide-claimed-responsibility', kind: 'guide', name: 'Claims of responsibility', labels: ['party-claim'], aliases: { en: [], fr: [] },
    displayName: { en: '“Claimed responsibility” is itself a claim', fr: 'Une revendication reste une affirmation' },
    description: {
      en: 'JNIM, through az-Zallaqa, and the Islamic State, through its central media, issue claims of attacks, at times days afterwards and with swollen tolls, and rival groups contest each other’s part: JNIM said it joined the 2024 Tinzaouaten fighting, which the separatists denied.',
      fr: 'Le JNIM (via az-Zallaqa) et l’État islamique (via ses médias centraux) revendiquent des attaques, parfois des jours plus tard et avec des bilans gonflés, et se disputent leur rôle : le JNIM a dit avoir combattu à Tinzaouaten en 2024, ce que les séparatistes ont démenti.',
    },
    links: [{ title: 'Battle of Tinzaouaten (2024) (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Battle_of_Tinzaouaten_(2024)', lang: 'en' }],
    related: ['jnim', 'issp', 'tinzaouaten-battle'], reviewed: r,
  },
  {
    id: 'guide-denials', kind: 'guide', name: 'Official denials', labels: ['party-claim'], aliases: { en: [], fr: [] },
    displayName: { en: 'Weigh official denials against documentation', fr: 'Confronter les démentis officiels aux preuves' },
    description: {
      en: 'Authorities frequently dismiss reports as “fake” or “baseless”, as Mali did about Wagner’s presence in 2021 and Burkina Faso about Solenzo in 2025; later evidence (flight data, satellite images, analysed videos) has sometimes proved them wrong. Report both the denial and the evidence.',
      fr: 'Les gouvernements qualifient souvent les informations de « fausses » ou « sans fondement », comme le Mali au sujet de Wagner en 2021 ou le Burkina Faso pour Solenzo en 2025 ; des preuves ultérieures (données de vol, images satellites, vidéos analysées) les ont parfois contredits. Mentionnez le démenti et les éléments.',
    },
    links: [{ title: 'Militia implicated in civilian massacre, HRW reports (US Africa Online)', url: 'https://usafricaonline.com/2025/03/16/burkina-faso-militia-implicated-in-civilian-massacre-human-rights-watch-reports/', lang: 'en' }],
    related: ['solenzo-killings', 'wagner'], reviewed: r,
  },
  {
    id: 'guide-party-media', kind: 'guide', name: 'Conflict parties’ media', labels: ['party-claim'], aliases: { en: [], fr: [] },
    displayName: { en: 'Know the parties’ own media', fr: 'Connaître les médias des belligérants' },
    description: {
      en: 'State broadcasters (ORTM in Mali, RTB in Burkina Faso, Télé Sahel in Niger), army pages, JNIM’s az-Zallaqa, Islamic State media, separatist spokesmen, Telegram channels tied to Wagner or the Africa Corps, and pro-Russian sites all speak for a side. Their material can be news, but it is not independent confirmation.',
      fr: 'Télévisions d’État (ORTM au Mali, RTB au Burkina Faso, Télé Sahel au Niger), pages de l’armée, az-Zallaqa du JNIM, médias de l’État islamique, porte-parole séparatistes, canaux Telegram de Wagner ou de l’Africa Corps et médias prorusses parlent tous pour un camp. Leurs contenus peuvent faire l’actualité, mais ne valent pas confirmation indépendante.',
    },
    links: [{ title: 'The Kremlin’s global spinnings (StopFake)', url: 'https://stopfake.org/en/the-kremlin-s-global-spinnings', lang: 'en' }],
    related: ['ortm', 'rtb', 'rtn', 'viginum-euvsdisinfo'], reviewed: r,
  },
  {
    id: 'guide-tolls-differ', kind: 'guide', name: 'Differing tolls', labels: ['figure'], aliases: { en: [], fr: [] },
    displayName: { en: 'Expect tolls to differ, and look at the range', fr: 'S’attendre à des bilans divergents et regarder l’écart' },
    description: {
      en: 'Each side tends to minimise what it lost and exaggerate what the other lost, so compare several counts and note who gave each. For Barsalogho (2024), estimates ran from about 200 dead (UN, first count) to about 600 (French assessment); at Tinzaouaten, Mali admitted 2 soldiers killed whereas the rebels spoke of 84 Wagner fighters and 47 soldiers.',
      fr: 'Chaque camp tend à minimiser ses pertes et à grossir celles de l’adversaire : comparez plusieurs bilans et notez qui donne chacun. Pour Barsalogho (2024), les estimations allaient d’environ 200 (ONU, premier décompte) à environ 600 (évaluation française) ; à Tinzaouaten, le Mali a annoncé 2 soldats tués quand les rebelles revendiquaient 47 soldats et 84 combattants de Wagner.',
    },
    links: [{ title: '600 killed, new French report doubles toll (The UNN)', url: 'https://theunn.com/600-killed-in-burkina-faso-attack-new-french-report-doubles-death-toll/', lang: 'en' }],
    related: ['barsalogho-attack', 'tinzaouaten-battle', 'acled'], reviewed: r,
  },
  {
    id: 'guide-early-numbers', kind: 'guide', name: 'Early numbers', labels: ['figure'], aliases: { en: [], fr: [] },
    displayName: { en: 'Early numbers change', fr: 'Les premiers chiffres évoluent' },
    description: {
      en: 'First tolls are usually partial: check the date of a figure and whether a later count exists. After the 2023 attack on the “Tombouctou” boat, the government first reported 49 civilians killed; later compilations put the number far higher.',
      fr: 'Les premiers bilans sont généralement partiels : vérifiez la date d’un chiffre et s’il existe un décompte plus récent. Après l’attaque du bateau « Tombouctou » en 2023, le gouvernement a d’abord annoncé 49 civils tués ; des compilations ultérieures donnent bien plus.',
    },
    links: [{ title: 'Tombouctou and Bamba attacks (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Tombouctou_and_Bamba_attacks', lang: 'en' }],
    related: ['timbuktu'], reviewed: r,
  },
  {
    id: 'guide-banned-outlets', kind: 'guide', name: 'Banned outlets', aliases: { en: [], fr: [] },
    displayName: { en: 'Know which outlets are banned where', fr: 'Savoir quels médias sont interdits où' },
    description: {
      en: 'RFI and France 24 are suspended in Mali, Burkina Faso and Niger, local media may not relay them, and local journalists work under pressure. A lack of coverage is not proof that nothing happened.',
      fr: 'RFI et France 24 sont suspendues au Mali, au Burkina Faso et au Niger, les médias locaux ne peuvent pas les reprendre et les journalistes locaux travaillent sous pression. L’absence de couverture ne prouve pas qu’il ne s’est rien passé.',
    },
    links: [{ title: 'Studio Tamani and media in Mali (Fondation Hirondelle)', url: 'https://www.hirondelle.org/en/our-work/projects/geographic/africa/mali', lang: 'en' }],
    related: ['rfi-france24-suspension', 'studio-tamani'], reviewed: r,
  },
  {
    id: 'guide-vocabulary', kind: 'guide', name: 'Loaded vocabulary', aliases: { en: [], fr: [] },
    displayName: { en: 'Watch the vocabulary', fr: 'Se méfier du vocabulaire' },
    description: {
      en: 'Words such as “terrorists neutralised”, “Azawad”, “Russian instructors” versus “Wagner mercenaries”, or “militia” versus “civilians” each carry a side’s position. Prefer names, places and who said what.',
      fr: 'Des mots comme « terroristes neutralisés », « Azawad », « instructeurs russes » contre « mercenaires de Wagner », ou « miliciens » contre « civils » portent chacun la position d’un camp. Préférez les noms, les lieux et qui a dit quoi.',
    },
    links: [{ title: 'Massacre in Burkina Faso: French assessment (Fela News)', url: 'https://felanews.com/massacre-in-burkina-faso-french-assessment-reveals-shocking-toll', lang: 'en' }],
    related: ['azawad', 'wagner'], reviewed: r,
  },
  {
    id: 'guide-spellings', kind: 'guide', name: 'Names and spellings', aliases: { en: [], fr: [] },
    displayName: { en: 'Check names, spellings and places', fr: 'Vérifier noms, graphies et lieux' },
    description: {
      en: 'Places have several spellings (Tinzaouaten or Tin Zaouatene, Timbuktu or Tombouctou, Tillabéri or Tillabéry), and groups change names (CMA, then CSP, then FLA; ISGS, then ISSP). Make sure of the country and region before passing it on.',
      fr: 'Les lieux s’écrivent de plusieurs façons (Tinzaouaten ou Tin Zaouatene, Tombouctou ou Timbuktu, Tillabéri ou Tillabéry) et les groupes changent de nom (CMA, puis CSP, puis FLA ; EIGS, puis EIS). Confirmez le pays et la région avant de partager.',
    },
    links: [{ title: 'FLA: the new separatist coalition (West Africa Maps)', url: 'https://westafricamaps.com/en/analysis/azawad-liberation-front-fla-the-challenges-facing-the-new-separatist-coalition', lang: 'en' }],
    related: ['fla', 'issp', 'liptako-gourma'], reviewed: r,
  },
];
