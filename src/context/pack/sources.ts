/**
 * Independent analysts, monitors, rights groups, fact-checkers and news sources. "Independent"
 * means not a party to the conflict; caveats about funding or viewpoint are stated.
 * Order matters: within a label, notes use sources in this order.
 */
import type { ContextEntry } from '../types';
import { REVIEWED } from './common';

const r = REVIEWED;

export const SOURCES: ContextEntry[] = [
  {
    id: 'acled', kind: 'source', name: 'ACLED', labels: ['party-claim', 'figure'],
    displayName: { en: 'ACLED (Armed Conflict Location & Event Data)' },
    aliases: { en: ['Armed Conflict Location & Event Data', 'Armed Conflict Location and Event Data', 'Armed Conflict Location & Event Data Project'], fr: [] },
    description: {
      en: 'Non-profit that codes political violence worldwide, event by event, with locations and reported fatalities; its Sahel data and actor profiles are widely used by the UN, media and researchers. Its counts rely on what gets reported, so they are likely to undercount where access is restricted.',
      fr: 'Organisation à but non lucratif qui recense les violences politiques dans le monde, événement par événement, avec lieux et morts signalés ; ses données et profils d’acteurs sur le Sahel sont très utilisés par l’ONU, les médias et les chercheurs. Ses décomptes dépendent de ce qui est rapporté et sous-estiment sans doute les zones d’accès restreint.',
    },
    links: [
      { title: 'ACLED', url: 'https://acleddata.com' },
      { title: 'ACLED analysis: Africa', url: 'https://acleddata.com/africa/analysis/', lang: 'en' },
    ],
    related: ['crisis-group', 'ocha'], reviewed: r,
  },
  {
    id: 'crisis-group', kind: 'source', name: 'International Crisis Group', labels: ['party-claim'],
    displayName: { fr: 'International Crisis Group' },
    aliases: { en: ['Crisis Group', 'ICG', 'CrisisWatch'], fr: [] },
    caseSensitive: ['Crisis Group'],
    description: {
      en: 'Brussels-based conflict-prevention organisation that publishes field-based reports on the Sahel and a monthly conflict tracker, CrisisWatch. Its work recommends policy options (such as dialogue with jihadists), and it is funded by governments and foundations.',
      fr: 'Organisation de prévention des conflits basée à Bruxelles, qui publie des rapports de terrain sur le Sahel et un suivi mensuel des conflits, CrisisWatch. Elle formule des recommandations (comme le dialogue avec les jihadistes) et est financée par des gouvernements et des fondations.',
    },
    links: [{ title: 'Crisis Group: Sahel', url: 'https://www.crisisgroup.org/africa/sahel', lang: 'en' }],
    related: ['acled'], reviewed: r,
  },
  {
    id: 'ocha', kind: 'source', name: 'UN OCHA', labels: ['figure'],
    displayName: { en: 'UN OCHA and ReliefWeb', fr: 'OCHA (ONU) et ReliefWeb' },
    aliases: { en: ['OCHA', 'ReliefWeb', 'UN Office for the Coordination of Humanitarian Affairs', 'UN humanitarian agency'], fr: ['Bureau de la coordination des affaires humanitaires', 'BCAH'] },
    description: {
      en: 'The UN humanitarian coordination office, which publishes displacement, access and needs figures and flash reports, such as on the 2023 Timbuktu blockade; its ReliefWeb site gathers reports from UN agencies, NGOs and governments. Many figures rest on government registration, so check each figure’s date.',
      fr: 'Le bureau de coordination humanitaire de l’ONU, qui publie des chiffres de déplacement, d’accès et de besoins ainsi que des rapports d’alerte, par exemple sur le blocus de Tombouctou en 2023 ; son site ReliefWeb rassemble les rapports d’agences onusiennes, d’ONG et de gouvernements. Beaucoup de chiffres reposent sur les enregistrements officiels : vérifier leur date.',
    },
    links: [
      { title: 'UN OCHA', url: 'https://www.unocha.org', lang: 'en' },
      { title: 'ReliefWeb', url: 'https://reliefweb.int', lang: 'en' },
    ],
    related: ['unhcr', 'acled'], reviewed: r,
  },
  {
    id: 'unhcr', kind: 'source', name: 'UNHCR', labels: ['figure'],
    displayName: { en: 'UNHCR (UN refugee agency)', fr: 'HCR (agence de l’ONU pour les réfugiés)' },
    aliases: { en: ['UN refugee agency', 'United Nations High Commissioner for Refugees'], fr: ['HCR', 'Haut-Commissariat des Nations unies pour les réfugiés', 'agence des Nations unies pour les réfugiés'] },
    description: {
      en: 'The UN refugee agency, source of refugee and displacement figures such as those for Mbera camp in Mauritania or Diffa in Niger.',
      fr: 'L’agence des Nations unies pour les réfugiés, source des chiffres de réfugiés et de déplacés, par exemple pour le camp de Mbera en Mauritanie ou Diffa au Niger.',
    },
    links: [{ title: 'UNHCR', url: 'https://www.unhcr.org' }],
    related: ['ocha', 'mauritania'], reviewed: r,
  },
  {
    id: 'acss', kind: 'source', name: 'Africa Center for Strategic Studies', labels: ['figure'],
    displayName: { fr: 'Centre d’études stratégiques de l’Afrique' },
    aliases: { en: ['ACSS'], fr: ['Centre d’études stratégiques de l’Afrique'] },
    description: {
      en: 'Research institution of the US Defense Department that publishes yearly data reviews of militant Islamist violence in Africa (for instance, it counted some 10,400 deaths linked to such groups in the Sahel in 2024). It notes that junta restrictions on reporting make the real numbers likely higher.',
      fr: 'Institution de recherche du département américain de la Défense, qui publie chaque année des bilans chiffrés des violences islamistes en Afrique (par exemple environ 10 400 morts au Sahel en 2024). Elle souligne que les restrictions imposées par les juntes rendent probables des chiffres réels plus élevés.',
    },
    links: [{ title: 'Militant Islamist fatalities at all-time high (ReliefWeb)', url: 'https://reliefweb.int/report/world/african-militant-islamist-group-linked-fatalities-all-time-high', lang: 'en' }],
    related: ['acled'], reviewed: r,
  },
  {
    id: 'iss-africa', kind: 'source', name: 'Institute for Security Studies',
    displayName: { en: 'Institute for Security Studies (ISS Africa)', fr: 'Institut d’études de sécurité (ISS Africa)' },
    aliases: { en: ['ISS', 'ISS Africa', 'ISS Today'], fr: ['Institut d’études de sécurité'] },
    description: {
      en: 'African think tank with an office covering West Africa, the Sahel and the Lake Chad basin; it publishes field-informed analysis and short “ISS Today” pieces on the region.',
      fr: 'Centre de recherche africain doté d’un bureau couvrant l’Afrique de l’Ouest, le Sahel et le bassin du lac Tchad ; il publie des analyses nourries du terrain et de courts articles « ISS Today » sur la région.',
    },
    links: [{ title: 'ISS Africa', url: 'https://issafrica.org' }],
    related: ['crisis-group'], reviewed: r,
  },
  {
    id: 'pcns', kind: 'source', name: 'Policy Center for the New South',
    displayName: { en: 'Policy Center for the New South (PCNS)' },
    aliases: { en: ['PCNS', 'Rida Lyammouri', 'Lyammouri'], fr: [] },
    description: {
      en: 'Think tank set up in Rabat in 2014; its senior fellow Rida Lyammouri has long worked on Sahel security. It is a Moroccan institution, and Morocco has its own regional interests, including its rivalry with Algeria.',
      fr: 'Centre de réflexion basé à Rabat et fondé en 2014 ; son chercheur principal Rida Lyammouri travaille depuis longtemps sur la sécurité au Sahel. C’est une institution marocaine, et le Maroc a ses propres intérêts régionaux, dont sa rivalité avec l’Algérie.',
    },
    links: [{ title: 'Policy Center for the New South', url: 'https://www.policycenter.ma' }],
    related: ['crisis-group'], reviewed: r,
  },
  {
    id: 'critical-threats', kind: 'source', name: 'Critical Threats Project',
    displayName: { en: 'Critical Threats Project (AEI)' },
    aliases: { en: ['Critical Threats', 'CTP', 'Africa File', 'American Enterprise Institute', 'AEI'], fr: [] },
    description: {
      en: 'Project of the American Enterprise Institute, a conservative Washington think tank, whose regular “Africa File” assesses jihadist movements in Africa, including the Sahel. It writes from a US national-security perspective.',
      fr: 'Projet de l’American Enterprise Institute, centre de réflexion conservateur de Washington, dont l’« Africa File » régulier analyse les mouvements jihadistes en Afrique, dont le Sahel. Il adopte le point de vue de la sécurité nationale américaine.',
    },
    links: [{ title: 'Africa File (Critical Threats)', url: 'https://www.criticalthreats.org/briefs/africa-file', lang: 'en' }],
    related: ['acled'], reviewed: r,
  },
  {
    id: 'csis', kind: 'source', name: 'Center for Strategic and International Studies',
    displayName: { en: 'CSIS (Center for Strategic and International Studies)' },
    aliases: { en: ['CSIS'], fr: [] },
    description: {
      en: 'Washington think tank whose analysts write on politics and security in the Sahel.',
      fr: 'Centre de réflexion de Washington qui publie des analyses sur la politique et la sécurité au Sahel.',
    },
    links: [{ title: 'Politics at the heart of the crisis in the Sahel (CSIS)', url: 'https://www.csis.org/analysis/politics-heart-crisis-sahel', lang: 'en' }],
    related: [], reviewed: r,
  },
  {
    id: 'clingendael', kind: 'source', name: 'Clingendael Institute',
    displayName: { fr: 'Institut Clingendael' },
    aliases: { en: ['Clingendael', 'Netherlands Institute of International Relations'], fr: ['Institut Clingendael'] },
    description: {
      en: 'Dutch international-relations institute; its Sahel research covers governance, customary justice, migration and conflict economies in Mali and Niger, at times jointly with ACLED.',
      fr: 'Institut néerlandais de relations internationales dont le programme Sahel étudie la gouvernance, la justice, les migrations et l’économie politique des conflits au Mali et au Niger, parfois avec ACLED.',
    },
    links: [{ title: 'Clingendael: Sahel programme', url: 'https://www.clingendael.org/research-program/sahel-programme', lang: 'en' }],
    related: ['acled'], reviewed: r,
  },
  {
    id: 'ecfr', kind: 'source', name: 'European Council on Foreign Relations',
    displayName: { en: 'European Council on Foreign Relations (ECFR)', fr: 'Conseil européen pour les relations internationales (ECFR)' },
    aliases: { en: ['ECFR'], fr: ['Conseil européen pour les relations internationales'] },
    description: {
      en: 'European think tank known in the Sahel for its interactive mapping of armed groups and foreign forces, a useful background whose details date from 2019.',
      fr: 'Centre de réflexion européen connu au Sahel pour sa cartographie interactive des groupes armés et des forces étrangères, utile en toile de fond mais dont les détails datent de 2019.',
    },
    links: [{ title: 'Mapping armed groups in Mali and the Sahel (ECFR)', url: 'https://ecfr.eu/special/sahel_mapping', lang: 'en' }],
    related: [], reviewed: r,
  },
  {
    id: 'timbuktu-institute', kind: 'source', name: 'Timbuktu Institute',
    aliases: { en: ['African Center for Peace Studies', 'Bakary Sambe', 'Météo Sahel'], fr: ['Timbuktu Institute – African Center for Peace Studies'] },
    description: {
      en: 'Dakar-based research centre founded by Bakary Sambe, with offices in Niamey and Bamako, that publishes a periodic “Météo Sahel” bulletin and analysis of radicalisation and community tensions.',
      fr: 'Centre de recherche basé à Dakar et fondé par Bakary Sambe, avec des bureaux à Niamey et Bamako, qui publie le bulletin périodique « Météo Sahel » et des analyses sur la radicalisation et les tensions communautaires.',
    },
    links: [{ title: 'Timbuktu Institute', url: 'https://timbuktu-institute.org' }],
    related: [], reviewed: r,
  },
  {
    id: 'hrw', kind: 'source', name: 'Human Rights Watch',
    aliases: { en: ['HRW'], fr: [] },
    description: {
      en: 'International rights group whose Sahel investigations rely on witness interviews and video and satellite analysis, covering abuses by armies, militias, Russian forces and jihadist groups (Moura 2022, Solenzo 2025). Sahel governments regularly reject its findings.',
      fr: 'ONG internationale de défense des droits humains dont les enquêtes au Sahel reposent sur des témoignages et l’analyse de vidéos et d’images satellites, et couvrent les exactions des armées, des milices, des forces russes et des jihadistes (Moura 2022, Solenzo 2025). Les gouvernements sahéliens rejettent souvent ses conclusions.',
    },
    links: [{ title: 'Human Rights Watch', url: 'https://www.hrw.org' }],
    related: ['amnesty', 'solenzo-killings', 'moura-killings'], reviewed: r,
  },
  {
    id: 'amnesty', kind: 'source', name: 'Amnesty International',
    aliases: { en: ['Amnesty'], fr: [] },
    caseSensitive: ['Amnesty'],
    description: {
      en: 'International rights organisation that documents unlawful killings and enforced disappearances blamed on Sahel security forces and armed groups; it states that most of its funding comes from members and individual donors.',
      fr: 'ONG internationale qui documente les exécutions illégales et disparitions imputées aux forces de sécurité et aux groupes armés du Sahel ; elle se dit financée surtout par ses membres et des dons du public.',
    },
    links: [{ title: 'Amnesty International', url: 'https://www.amnesty.org' }],
    related: ['hrw'], reviewed: r,
  },
  {
    id: 'ohchr', kind: 'source', name: 'UN Human Rights Office',
    displayName: { en: 'UN Human Rights Office (OHCHR)', fr: 'Haut-Commissariat des Nations unies aux droits de l’homme (HCDH)' },
    aliases: {
      en: ['OHCHR', 'Office of the UN High Commissioner for Human Rights', 'UN High Commissioner for Human Rights'],
      fr: ['Haut-Commissariat des Nations unies aux droits de l’homme', 'Haut-Commissariat de l’ONU aux droits de l’homme', 'HCDH'],
    },
    description: {
      en: 'The UN’s human-rights office, which published the May 2023 fact-finding report on Moura after being refused access to the site. Until 2023 its work in Mali went through MINUSMA’s human-rights division.',
      fr: 'Le bureau des droits de l’homme de l’ONU, auteur du rapport d’enquête de mai 2023 sur Moura, rédigé sans accès au site. Jusqu’en 2023, son travail au Mali passait par la division des droits de l’homme de la MINUSMA.',
    },
    links: [
      { title: 'OHCHR', url: 'https://www.ohchr.org' },
      { title: 'UN outlines five days of horror in Moura (IBTimes)', url: 'https://www.ibtimes.co.za/un-outlines-five-days-horror-malis-moura-105584', lang: 'en' },
    ],
    related: ['moura-killings', 'minusma'], reviewed: r,
  },
  {
    id: 'the-sentry', kind: 'source', name: 'The Sentry',
    aliases: { en: [], fr: [] },
    caseSensitive: ['The Sentry'],
    description: {
      en: 'US-based investigative organisation that follows the money of armed groups; its August 2025 report “Mercenary Meltdown” examined Wagner’s failure in Mali. It is an advocacy group as well as an investigator.',
      fr: 'Organisation d’enquête américaine qui suit l’argent des groupes armés ; son rapport d’août 2025 « Mercenary Meltdown » a examiné l’échec de Wagner au Mali. Elle milite autant qu’elle enquête.',
    },
    links: [
      { title: 'The Sentry', url: 'https://thesentry.org' },
      { title: 'Report details “meltdown” of Wagner in Mali (Pachodo)', url: 'https://pachodo.org/pachodo-english-articles/44300-investigative-report-details-%E2%80%9Cmeltdown%E2%80%9D-of-russia%E2%80%99s-wagner-group-in-mali', lang: 'en' },
    ],
    related: ['wagner'], reviewed: r,
  },
  {
    id: 'all-eyes-on-wagner', kind: 'source', name: 'All Eyes on Wagner',
    aliases: { en: ['AEOW'], fr: [] },
    description: {
      en: 'Open-source research project following Wagner’s activities; in 2022 it drew up a review of the group’s first year in Mali from press reports, witness accounts and rights groups’ findings.',
      fr: 'Projet de recherche en sources ouvertes qui suit les activités de Wagner, dont un bilan de 2022 de sa première année au Mali tiré des médias, de témoins et d’ONG.',
    },
    links: [{ title: 'Massacres, robberies and no help to authorities (Meduza)', url: 'https://meduza.io/amp/en/feature/2022/11/24/massacres-robberies-and-no-help-to-authorities', lang: 'en' }],
    related: ['wagner', 'africa-corps'], reviewed: r,
  },
  {
    id: 'menastream', kind: 'source', name: 'Menastream',
    aliases: { en: ['Héni Nsaibia'], fr: [] },
    description: {
      en: 'Héni Nsaibia’s independent research outlet, which tracks and analyses Sahel jihadist groups.',
      fr: 'Veille et analyse indépendantes des groupes jihadistes au Sahel, par Héni Nsaibia.',
    },
    links: [{ title: 'Menastream', url: 'https://menastream.com' }],
    related: ['acled'], reviewed: r,
  },
  {
    id: 'wamaps', kind: 'source', name: 'Wamaps',
    displayName: { en: 'Wamaps (West Africa Maps)' },
    aliases: { en: ['West Africa Maps', 'westafricamaps'], fr: [] },
    description: {
      en: 'Collective of West African journalists who post rapid security incident reports and longer analyses; news agencies cite it for tolls in Niger and Mali. Its first reports are based on local informants and may not match later counts.',
      fr: 'Collectif de journalistes ouest-africains qui publie des signalements rapides d’incidents sécuritaires et des analyses plus longues ; des agences de presse le citent pour des bilans au Niger et au Mali. Ses premiers signalements reposent sur des sources locales et peuvent différer des décomptes ultérieurs.',
    },
    links: [{ title: 'West Africa Maps', url: 'https://westafricamaps.com' }],
    related: ['acled'], reviewed: r,
  },
  {
    id: 'humangle', kind: 'source', name: 'HumAngle',
    aliases: { en: ['HumAngle Media'], fr: [] },
    description: {
      en: 'Non-profit newsroom founded in 2020 in Abuja, with an office in Maiduguri, that specialises in the Boko Haram and ISWAP conflict around Lake Chad.',
      fr: 'Rédaction à but non lucratif fondée en 2020 à Abuja, avec un bureau à Maiduguri, spécialisée dans le conflit avec Boko Haram et l’ISWAP autour du lac Tchad.',
    },
    links: [{ title: 'HumAngle', url: 'https://humanglemedia.com' }],
    related: ['boko-haram', 'iswap'], reviewed: r,
  },
  {
    id: 'rfi', kind: 'source', name: 'RFI',
    displayName: { en: 'RFI (Radio France Internationale)' },
    aliases: { en: ['Radio France Internationale'], fr: [] },
    description: {
      en: 'French public international radio with dense Sahel coverage and sources on the ground. It has been suspended in Mali, Burkina Faso and Niger, whose juntas accuse it of false reporting.',
      fr: 'Radio publique internationale française à la couverture dense du Sahel et aux sources sur le terrain. Elle est suspendue au Mali, au Burkina Faso et au Niger, dont les juntes l’accusent de fausses informations.',
    },
    links: [{ title: 'RFI Afrique', url: 'https://www.rfi.fr/fr/afrique', lang: 'fr' }],
    related: ['rfi-france24-suspension', 'france24-observers'], reviewed: r,
  },
  {
    id: 'studio-tamani', kind: 'source', name: 'Studio Tamani',
    aliases: { en: ['Fondation Hirondelle'], fr: [] },
    description: {
      en: 'Malian daily radio news programme, on air since 2013 in five languages through dozens of partner stations, produced with the Swiss Fondation Hirondelle and funded by European donors.',
      fr: 'Programme d’information radio quotidien malien, diffusé depuis 2013 en cinq langues par des dizaines de radios partenaires, produit avec la Fondation Hirondelle (Suisse) et financé par des bailleurs européens.',
    },
    links: [{ title: 'Studio Tamani', url: 'https://www.studiotamani.org', lang: 'fr' }],
    related: ['rfi'], reviewed: r,
  },
  {
    id: 'afp-factcheck', kind: 'source', name: 'AFP Fact Check', labels: ['unverified'],
    displayName: { fr: 'AFP Factuel' },
    aliases: { en: ['AFP fact-check', 'AFP Factcheck'], fr: ['AFP Factuel'] },
    description: {
      en: 'Fact-checking service of the French news agency AFP, which has debunked viral Sahel claims such as AI-generated speeches attributed to Ibrahim Traoré. Sahel juntas cite AFP’s French origin to dismiss it.',
      fr: 'Service de vérification de l’agence française AFP, qui a démonté des intox virales sur le Sahel, comme des discours générés par IA attribués à Ibrahim Traoré. Les juntes sahéliennes invoquent l’origine française de l’AFP pour la récuser.',
    },
    links: [{ title: 'AFP Fact Check', url: 'https://factcheck.afp.com', lang: 'en' }],
    related: ['guide-ai-generated', 'africa-check'], reviewed: r,
  },
  {
    id: 'africa-check', kind: 'source', name: 'Africa Check', labels: ['unverified'],
    aliases: { en: [], fr: [] },
    description: {
      en: 'African fact-checking organisation whose French-language desk checks Sahel content, such as doctored army photos or recycled convoy videos.',
      fr: 'Organisation africaine de vérification des faits dont la rédaction francophone vérifie des contenus sur le Sahel, comme des photos truquées de l’armée ou des vidéos de convois recyclées.',
    },
    links: [{ title: 'Africa Check (français)', url: 'https://africacheck.org/fr', lang: 'fr' }],
    related: ['afp-factcheck'], reviewed: r,
  },
  {
    id: 'france24-observers', kind: 'source', name: 'France 24 Observers', labels: ['unverified'],
    displayName: { fr: 'Les Observateurs de France 24' },
    aliases: { en: ['Truth or Fake'], fr: ['Les Observateurs de France 24', 'Observateurs de France 24', 'Info ou Intox'] },
    description: {
      en: 'Verification desk of France 24 that checks user-generated content, for example tracking Russian military flights to Bamako or identifying a 2015 video reused as “French soldiers arming terrorists”. France 24 is French state-owned and suspended in Mali, Burkina Faso and Niger.',
      fr: 'Cellule de vérification de France 24 consacrée aux contenus amateurs, qui a par exemple suivi des vols militaires russes vers Bamako ou identifié une vidéo de 2015 présentée comme des « soldats français armant des terroristes ». France 24 est un média public français suspendu au Mali, au Burkina Faso et au Niger.',
    },
    links: [{ title: 'Les Observateurs de France 24', url: 'https://observers.france24.com/fr/', lang: 'fr' }],
    related: ['afp-factcheck', 'guide-reverse-image'], reviewed: r,
  },
  {
    id: 'bellingcat', kind: 'source', name: 'Bellingcat', labels: ['unverified'],
    aliases: { en: [], fr: [] },
    description: {
      en: 'Open-source investigation collective whose published methods on geolocation and image verification are useful references; no Sahel-specific investigation of its own was confirmed for this pack.',
      fr: 'Collectif d’enquête en sources ouvertes dont les méthodes publiées de géolocalisation et de vérification d’images sont des références utiles ; aucune enquête propre au Sahel n’a été confirmée pour ce dossier.',
    },
    links: [{ title: 'Bellingcat', url: 'https://www.bellingcat.com', lang: 'en' }],
    related: ['guide-geolocation'], reviewed: r,
  },
  {
    id: 'viginum-euvsdisinfo', kind: 'source', name: 'VIGINUM and EUvsDisinfo',
    aliases: { en: ['VIGINUM', 'EUvsDisinfo', 'Portal Kombat'], fr: [] },
    description: {
      en: 'French and EU government bodies that track foreign information manipulation; in February 2024 VIGINUM exposed “Portal Kombat”, a network of pro-Kremlin sites that includes French-language “Pravda” portals. Since they belong to governments with stakes in the region, read their findings with that in mind.',
      fr: 'Organismes publics français et européen de lutte contre les manipulations de l’information ; en février 2024, VIGINUM a mis au jour « Portal Kombat », réseau de sites prorusses comprenant des portails « Pravda » en français. Émanant de gouvernements ayant des intérêts dans la région, leurs conclusions sont à lire en conséquence.',
    },
    links: [{ title: 'The Kremlin’s global spinnings (StopFake)', url: 'https://stopfake.org/en/the-kremlin-s-global-spinnings', lang: 'en' }],
    related: ['guide-party-media'], reviewed: r,
  },
];
