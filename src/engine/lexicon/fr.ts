/**
 * French word lists and cue phrases. Data only: general news vocabulary (verbes de parole,
 * parties et sources, nombres en lettres, formules de vérification), nothing taken from a
 * particular article. Matched on lower-cased text with curly quotes and guillemets folded to
 * straight double quotes and no-break spaces to spaces.
 */
import type { Lexicon } from './types.ts';

/** Nationality adjectives that may sit inside a ministry's name. */
const NAT = '(?:malien|burkinabè|nigérien|tchadien|mauritanien|russe|algérien|français|ukrainien|soudanais|nigérian)';

/** First-group verb endings that assert (present, imperfect, past participle, gerund). */
const V = '(?:e|ent|ait|aient|é|ée|és|ées|ant|era|eront)';

export const FR: Lexicon = {
  lang: 'fr',

  // ---------------------------------------------------------------- attribution
  cueVerbs: [
    'dit', 'disent', 'disait', 'disaient', 'dira',
    `affirm${V}`, `assur${V}`, `indiqu${V}`, `précis${V}`, `ajout${V}`,
    'reconna[iî]t', 'reconnaissent', 'reconnaissait', 'reconnu', 'reconnaissant',
    `revendiqu${V}`, 'dément', 'démentent', 'démentait', 'démenti', 'démentant',
    // Répondre à une accusation : un démenti en d'autres mots.
    "(?:se|s'en) défend(?:ent|ait|aient)?", "s'est défendue?", 'se sont défendue?s',
    'rejette', 'rejettent', 'rejetait', 'rejeté', 'rejetant', `accus${V}`,
    'dénonce', 'dénoncent', 'dénonçait', 'dénoncé', 'dénonçant', 'maintient', 'maintiennent', 'maintenu', 'maintenait',
    `évoqu${V}`, 'fait état', 'font état', 'faisait état', 'faisaient état', 'faisant état',
    'présente', 'présentent', 'présentait', 'présenté', `qualifi${V}`, `attribu${V}`, `estim${V}`,
    `confirm${V}`, 'avertit', 'averti', 'avertissent', 'prévient', 'préviennent',
    `soulign${V}`, `expliqu${V}`, 'analyse', 'analysent', 'analysé', `nuanc${V}`, `résum${V}`,
    'rapporte', 'rapportent', 'rapportait', 'rapporté', `racont${V}`, 'confie', 'confient', 'confié',
    'sourit', `salu${V}`, `insist${V}`, 'écrit', 'écrivent', `document${V}`, 'dresse', 'dressent',
    `recens${V}`, 'conclut', 'concluent', 'conclu', `comment${V}`, `signal${V}`, `martèle`, 'martèlent',
    'parle de', 'parlent de', 'a parlé de', `contest${V}`, 'assure', `déclar${V}`, 'observe', 'observent',
    `dénombr${V}`, `décri(?:t|vent|vait)`, 'décrit', 'jugé', 'juge', `réfut${V}`, `constat${V}`,
    'pointe', 'pointent', 'pointé', `déplor${V}`, `not${V}`,
    // Une justification avance des faits ; par une promesse, c'est une intention (GUIDELINE.md).
    `justifi${V}(?![^.;]{0,100}(?:en promettant|par la promesse|par sa promesse|par leur promesse))`,
  ],
  analystVerbs: [
    'montre', 'montrent', 'montrait', 'révèle', 'révèlent', 'révélé', 'établit', 'établissent', 'suggère', 'suggèrent',
    // Ce qu'un organisme indépendant demande : son point de vue, jamais l'affirmation d'une partie.
    "s'est entretenue? avec", "se sont entretenus avec", 'a interrogé', 'ont interrogé', 'a recueilli', 'ont recueilli',
    'pressé', 'presse(?! (?:locale|internationale|nationale|écrite))', 'pressent', `exhort${V}`, 'appelle', 'appellent', 'appelé', 'a appelé',
    `recommand${V}`,
  ],
  // « rappeler » asserts before a clause or inverted (« a rappelé X »), not "recalled its ambassadors".
  weakVerbs: [`annonc${V}`, 'annonçait', 'annonçant', `révél${V}`, 'rappelle', 'rappellent', 'rappelait', 'rappelé'],
  weakClauseStart: ['que', "qu'", 'avoir', 'être', ':', 'ce que'],
  tollVerbs: [`donn${V}`, `avanc${V}`, 'avançait', 'établi', 'fourni', `livr${V}`, `communiqu${V}`, `chiffr${V}`],
  tollNouns: ['bilan', 'bilans', 'chiffre', 'chiffres', 'nombre', 'décompte', 'estimation'],
  publishVerbs: [`diffus${V}`, `publi${V}`, `post${V}`, 'mis en ligne', 'mise en ligne', `partag${V}`, `relay${V}`],
  publishObjects: [
    'vidéo', 'vidéos', 'communiqué', 'communiqués', 'message', 'messages', 'images', 'photos',
    'enregistrement', 'audio', 'revendication', 'bilan', 'bilans', 'déclaration',
    'sur x', 'sur facebook', 'sur twitter', 'sur telegram', 'sur whatsapp', 'sur les réseaux sociaux', 'en ligne',
  ],
  passiveParticiples: [
    'accusée?s?', 'revendiquée?s?', 'attribuée?s?', 'diffusée?s?', 'publiée?s?', 'rapportée?s?',
    'annoncée?s?', 'démentie?s?', 'confirmée?s?', 'documentée?s?', 'qualifiée?s?', 'décrite?s?',
    'contestée?s?', 'dénoncée?s?', 'rejetée?s?', 'estimée?s?', 'recueillie?s?', 'collectée?s?',
  ],
  by: ['par'],
  according: [
    'selon', "d'après", 'citant', 'cité par', 'citée par', 'à en croire', 'tenir de', "tenir d'", 'tient de', "tient d'", 'tiennent de', "tiennent d'",
    // Ce que dit quelqu'un, nommé comme un nom (« les accusations de la Mauritanie contre… »).
    ...['accusations', 'allégations', 'affirmations', 'démenti', 'démentis', 'dénégations'].flatMap((n) => [`${n} de`, `${n} du`, `${n} des`, `${n} d'`]),
  ],
  forFrame: ['pour'],
  negation: ['ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'ni', 'sans', 'rarement', 'guère', 'refuse de', 'refusé de'],
  determiners: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces', 'notre', 'nos', 'au', 'aux', 'chaque'],
  clauseWords: ['que', "qu'", 'qui', 'dont', 'et', 'mais', 'tandis', 'alors', 'lorsque', 'quand', 'car', 'puisque', 'où', 'si', 'comme', 'ou', 'lequel', 'laquelle', 'lesquels'],
  adjunctPrepositions: [
    'dans', 'en', 'au', 'aux', 'à', 'après', 'avant', 'depuis', 'lors', 'pendant', 'malgré', 'sur',
    'sous', 'par', 'avec', 'sans', 'dès', 'jeudi', 'lundi', 'mardi', 'mercredi', 'vendredi', 'samedi',
    'dimanche', 'début', 'fin', 'mi', 'joint', 'jointe', 'interrogé', 'interrogée', 'contacté',
    'contactée', 'interrogés', 'à l\'époque', 'côté', 'quelques', 'officiellement',
  ],
  invertedPronoun: ['-t-il', '-t-elle', '-t-ils', '-t-elles', '-il', '-elle', '-ils', '-elles', '-on'],

  // ---------------------------------------------------------------- who is speaking
  partyPatterns: [
    { head: 'army', re: [
      'armée', 'armées', 'forces armées', 'forces de défense et de sécurité', 'fds', 'militaires',
      'soldats', 'troupes', 'gendarmerie', 'gendarmes', 'garde nationale', 'officier de gendarmerie',
      'forces de sécurité', "chef d'état-major", 'sources militaires', 'source militaire',
      'forces de défense', 'responsables militaires', 'officiels militaires', 'source militaire', 'le général',
    ] },
    { head: 'air-force', re: ["armée de l'air", 'force aérienne', 'forces aériennes'] },
    { head: 'general-staff', re: ['état-major', 'état-major général des armées', 'état-major des armées', 'haut commandement', 'commandement militaire'] },
    { head: 'junta', re: [
      'junte', 'juntes', 'junte militaire', 'autorités de transition', 'autorités de la transition',
      'gouvernement de transition', 'gouvernement de la transition', 'président de la transition',
      'pouvoir militaire', 'régime militaire', 'militaires au pouvoir', 'conseil militaire',
    ] },
    { head: 'government', re: ['(?:les )?(?:deux|trois) pays(?! (?:voisins|africains))', "pays de l'aes", 'gouvernement', 'gouvernements', 'premier ministre', 'exécutif', 'gouverneur', 'conseil des ministres', 'porte-parole du gouvernement', 'gouvernorat', 'ambassade', 'ambassades'] },
    { head: 'authorities', re: ['autorités', 'régime', 'pouvoirs publics', 'plus hautes instances', 'hautes autorités', 'instances dirigeantes'] },
    { head: 'presidency', re: ['présidence', 'président', "chef de l'état", 'palais présidentiel'] },
    // « le ministère algérien de la Défense »: the nationality sits inside the name.
    { head: 'defence-ministry', re: [
      `ministère (?:${NAT} )?de la défense`, `ministre (?:${NAT} )?de la défense`, 'ministère des armées', 'ministre des armées',
      'ministère de la défense nationale', 'ministre de la défense nationale',
    ] },
    { head: 'interior-ministry', re: [
      `ministère (?:${NAT} )?de l'intérieur`, `ministre (?:${NAT} )?de l'intérieur`, 'ministère de la sécurité', 'ministre de la sécurité',
      'ministère de la sécurité et de la protection civile',
    ] },
    { head: 'foreign-ministry', re: [`ministère (?:${NAT} )?des affaires étrangères`, `ministre (?:${NAT} )?des affaires étrangères`, 'diplomatie'] },
    { head: 'ministry', re: ['ministère', 'ministères'] },
    { head: 'minister', re: ['ministre', 'ministres', 'ministre de la communication', "ministre de l'information"] },
    { head: 'officials', re: [
      '(?:responsables|officiels|hauts responsables) (?:maliens|burkinab[èé]|nigériens|tchadiens|mauritaniens|russes|algériens|gouvernementaux)',
    ] },
    { head: 'state-media', re: [
      'télévision nationale', 'télévision publique', "télévision d'état", 'radio nationale', "médias d'état",
      'médias publics', 'agence de presse officielle', 'ortm', 'rtb', 'rtn', 'télé sahel',
      'radio télévision du (?:niger|burkina|mali|tchad)', 'radio-télévision du (?:niger|burkina|mali|tchad)',
      'radiodiffusion télévision du (?:burkina|mali)', 'office de radiodiffusion et télévision du mali',
      'agence nigérienne de presse', "agence d'information du burkina", 'agence malienne de presse', 'agence tchadienne de presse',
    ] },
    { head: 'militia', re: [
      'milice', 'milices', 'miliciens', 'vdp', 'volontaires pour la défense de la patrie', 'dozos',
      'chasseurs dozos', 'supplétifs', "groupes d'autodéfense", "groupe d'autodéfense", 'milices progouvernementales',
    ] },
    { head: 'armed-group', re: [
      'groupe armé', 'groupes armés', 'groupe', 'groupes', 'insurgés', 'terroristes', 'groupe terroriste',
      'mouvement armé', 'assaillants',
    ] },
    { head: 'separatists', re: [
      'séparatistes', 'séparatiste', 'rebelles', 'rebelle', 'rébellion', "mouvements de l'azawad",
      'ex-rebelles', 'indépendantistes', 'mouvement rebelle', 'coalition rebelle', 'rebelles touareg',
    ] },
    { head: 'jihadists', re: [
      'jihadistes', 'djihadistes', 'jihadiste', 'djihadiste', 'islamistes', 'groupe jihadiste',
      'groupe djihadiste', 'groupes jihadistes', 'groupes djihadistes',
    ] },
    { head: 'mercenaries', re: ['mercenaires', 'paramilitaires', 'groupe paramilitaire', 'société militaire privée', 'force paramilitaire'] },
    { head: 'both-sides', re: ['les deux camps', 'des deux camps', 'les deux parties', 'des deux côtés', 'les belligérants', 'chaque camp'] },
  ],
  parties: [
    { name: 'JNIM', camp: 'jihadist', re: ['jnim', 'gsim', "groupe de soutien à l'islam et aux musulmans", 'katiba macina'] },
    { name: 'Islamic State Sahel', camp: 'jihadist', re: ['daech', 'daesh', 'état islamique au sahel', 'état islamique dans le grand sahara', 'état islamique au grand sahara', 'ei sahel', 'eigs', 'état islamique'] },
    { name: 'ISWAP', camp: 'jihadist', re: ["état islamique en afrique de l'ouest", 'iswap'] },
    { name: 'Boko Haram', camp: 'jihadist', re: ['boko haram'] },
    { name: 'Ansarul Islam', camp: 'jihadist', re: ['ansarul islam', 'ansaroul islam'] },
    { name: 'al-Qaeda', camp: 'jihadist', re: ['al-qaïda', 'al-qaida', 'al qaïda', 'aqmi'] },
    { name: 'FLA', camp: 'separatist', re: ["front de libération de l'azawad", 'fla'] },
    { name: 'CSP', camp: 'separatist', re: ['cadre stratégique permanent', 'csp-psd', 'csp-dpa', 'csp'] },
    { name: 'CMA', camp: 'separatist', re: ["coordination des mouvements de l'azawad", 'cma'] },
    { name: 'MNLA', camp: 'separatist', re: ["mouvement national de libération de l'azawad", 'mnla'] },
    { name: 'HCUA', camp: 'separatist', re: ["haut conseil pour l'unité de l'azawad", 'hcua'] },
    { name: 'GATIA', camp: 'state', re: ['gatia'] },
    { name: 'Dan Na Ambassagou', camp: 'state', re: ['dan na ambassagou'] },
    { name: 'Wagner Group', camp: 'foreign', country: 'RU', re: ['groupe wagner', 'wagner'] },
    { name: 'Africa Corps', camp: 'foreign', country: 'RU', re: ['africa corps'] },
    { name: 'Kremlin', camp: 'foreign', country: 'RU', re: ['kremlin'] },
    { name: 'Barkhane', camp: 'foreign', country: 'FR', re: ['barkhane', 'opération barkhane', 'forces françaises', 'armée française'] },
    { name: 'FAMa', camp: 'state', country: 'ML', re: ['fama', 'forces armées maliennes'] },
    { name: 'AES', camp: 'state', re: ['alliance des états du sahel', 'force unifiée', 'aes'] },
    { name: 'RSF', camp: 'other-armed', re: ['forces de soutien rapide', 'fsr', 'rsf'] },
    { name: 'Hamas', camp: 'other-armed', re: ['hamas'] },
    { name: 'M23', camp: 'other-armed', re: ['m23'] },
  ],
  analystOrgs: [
    { name: 'ACLED', re: ['acled'] },
    { name: 'International Crisis Group', re: ['international crisis group', 'crisis group', 'icg'] },
    { name: 'ISS Africa', re: ["institut d'études de sécurité", 'institute for security studies', 'iss africa', 'iss'] },
    { name: 'Clingendael', re: ['institut clingendael', 'clingendael', 'institut néerlandais des relations internationales'] },
    { name: 'Timbuktu Institute', re: ['timbuktu institute'] },
    { name: 'Policy Center for the New South', re: ['policy center for the new south', 'pcns'] },
    { name: 'Critical Threats Project', re: ['critical threats'] },
    { name: 'ECFR', re: ['conseil européen pour les relations internationales', 'european council on foreign relations', 'ecfr'] },
    { name: 'RUSI', re: ['royal united services institute', 'rusi'] },
    { name: 'Chatham House', re: ['chatham house'] },
    { name: 'Soufan Center', re: ['soufan center', 'soufan group'] },
    { name: 'SITE Intelligence Group', re: ['site intelligence group'] },
    { name: 'Human Rights Watch', re: ['human rights watch', 'hrw'] },
    { name: 'Amnesty International', re: ['amnesty international', 'amnesty'] },
    { name: 'FIDH', re: ['fidh', 'fédération internationale pour les droits humains', "fédération internationale des ligues des droits de l'homme"] },
    { name: 'UNHCR', re: ['hcr', 'unhcr', 'haut-commissariat (?:des nations unies )?pour les réfugiés', "agence de l'onu pour les réfugiés", 'agence des nations unies pour les réfugiés'] },
    { name: 'UN Human Rights Office', re: [
      "haut-commissariat (?:des nations unies )?aux droits de l'homme", 'haut-commissariat', 'hcdh', 'ohchr',
      "bureau des droits de l'homme", "division des droits de l'homme",
    ] },
    { name: 'OCHA', re: ['ocha', 'bureau de la coordination des affaires humanitaires'] },
    { name: 'IOM', re: ['oim', 'organisation internationale pour les migrations'] },
    { name: 'MINUSMA', re: ['minusma'] },
    { name: 'United Nations', re: ['onu', 'nations unies', 'organisation des nations unies', 'casques bleus', "experts de l'onu", "enquêteurs de l'onu"] },
    { name: 'MSF', re: ['médecins sans frontières', 'msf'] },
    { name: 'ICRC', re: ['cicr', 'croix-rouge', 'comité international de la croix-rouge'] },
    { name: 'UNICEF', re: ['unicef'] },
    { name: 'WFP', re: ['programme alimentaire mondial', 'pam'] },
    { name: 'Wamaps', re: ['wamaps'] },
    { name: 'Menastream', re: ['menastream'] },
    { name: 'All Eyes on Wagner', re: ['all eyes on wagner'] },
    { name: 'The Sentry', re: ['the sentry'] },
    { name: 'Bellingcat', re: ['bellingcat'] },
    { name: 'HumAngle', re: ['humangle'] },
  ],
  analystOrgWords: [
    'institut', 'université', 'think tank', 'think-tank', 'groupe de réflexion', 'fondation', 'observatoire', 'centre de recherche',
    "centre d'études", 'centre de recherches', 'ong', 'organisation non gouvernementale', 'collectif', 'réseau', 'ligue',
    "commission nationale des droits de l'homme", "commission des droits de l'homme", "commission d'enquête",
    'organisation de défense des droits', 'organisations de défense des droits humains', 'groupe de surveillance',
    // Nommée, une association de la société civile est indépendante ; sans nom, ou celle d'une
    // communauté, c'est une source ordinaire.
    'association de la société civile', 'organisation de la société civile',
  ],
  expertTitles: [
    'chercheur', 'chercheuse', 'chercheurs', 'chercheuses', 'analyste', 'analystes', 'spécialiste',
    'spécialistes', 'expert', 'experte', 'experts', 'économiste', 'politologue', 'sociologue',
    'historien', 'historienne', 'universitaire', 'professeur', 'professeure', 'enseignant-chercheur',
    'enseignante-chercheuse', 'consultant', 'consultante', 'chercheur associé', 'anthropologue',
    'directeur de recherche', 'directrice de recherche',
    'chercheuse associée',
  ],
  others: [
    'source', 'sources', 'source sécuritaire', 'sources sécuritaires', 'source locale', 'sources locales',
    'source humanitaire', 'sources humanitaires', 'source hospitalière', 'source proche', 'habitant',
    'habitants', 'habitante', 'témoin', 'témoins', 'rescapé', 'rescapés', 'rescapée', 'survivant',
    'survivants', 'proches', 'familles', 'famille', 'villageois', 'réfugié', 'réfugiés', 'réfugiée',
    'déplacés', 'éleveur', 'éleveurs', 'commerçant', 'commerçants', 'agriculteur', 'agriculteurs',
    'humanitaire', 'humanitaires', 'travailleur humanitaire', 'médecin', 'médecins', 'infirmier',
    'élu local', 'élus locaux', 'élu', 'élus', 'élue', 'responsable local', 'responsables locaux',
    'autre responsable local', 'maire', 'conseiller', 'notable', 'notables', 'chef de village',
    'chef coutumier', 'imam', 'responsable communautaire', 'responsables communautaires', 'diplomate',
    'diplomates', 'diplomates occidentaux', 'journaliste', 'journalistes', 'médias', 'presse',
    'informations de presse', 'afp', 'reuters', 'rfi', 'radio france internationale', 'france 24',
    'bbc', "l'agence", 'agence', 'association', 'associations', 'syndicat', 'syndicats', 'entreprise',
    'société', 'barrick', 'cedeao', 'union africaine', 'union européenne', 'parquet', 'ministère public',
    'procureur', 'procureure', 'avocat', 'avocate', 'avocats', 'défense', 'juge', 'tribunal',
    'ordonnance', 'observateurs', 'rédaction',
    'organisateurs', 'organisateur', 'programmateur', 'programmateurs', 'hôteliers', 'restaurateurs',
    'enseignant', 'enseignants', 'étudiants', 'militants des droits', 'opposition', 'responsables américains',
    'responsables occidentaux', 'officiels américains',
  ],
  roles: [
    'secrétaire général', 'secrétaire générale', 'porte-parole', 'représentant', 'représentante', 'envoyé', 'envoyée', 'ambassadeur', 'commandant',
    'chef', 'chefs', 'dirigeant', 'dirigeants', 'officier', 'responsable', 'responsables', 'cadre', 'cadres',
  ],
  relayNouns: [
    'chaîne', 'chaînes', 'chaîne telegram', 'chaînes telegram', 'canaux', 'canal', 'compte', 'comptes',
    'blogueur', 'blogueurs', 'site', 'sites', 'bras médiatique', 'organe de propagande', 'canaux de propagande',
  ],
  relayLinks: [
    'proche de', 'proches de', 'proche du', 'proches du', 'proche des', 'proches des', 'lié à', 'liée à',
    'liés à', 'liées à', 'lié au', 'liés au', 'liée au', 'liées au', 'affilié à', 'affiliée à', 'affiliés à',
    'affiliées à', 'pilotée par', 'piloté par', 'géré par', 'gérée par', 'animé par', 'animée par',
    'favorable à', 'favorables à', 'favorables au', 'favorable au',
  ],
  civilGroupQualifiers: ['de surveillance', 'de suivi', 'de réflexion', 'de recherche', 'de chercheurs', "d'experts", 'de défense des droits', "d'observation", 'qui surveille', 'qui documente'],
  invertedAdjuncts: [
    "aujourd'hui", 'hier', '(?:début|fin|mi-)\\s?\\p{L}+', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'soir', 'matin',
    'encore', 'également', 'aussi', 'notamment', 'ensuite', 'enfin',
    "(?:à|au|aux) (?:l'|la |le |les )?(?:afp|presse|rfi|reuters|ap|médias|journalistes|bbc|france 24|agence france-presse|\\p{Lu}[\\p{L}-]*)",
    "(?:à|au|aux) (?:l'|la |le |les )?[\\p{L}-]+",
  ],
  civilGroupModifiers: ['médical', 'de défense des droits', 'de la société civile', 'communautaire', 'humanitaire', 'de presse', 'de recherche', 'indépendant', 'de jeunes', 'de femmes', 'parlementaire', 'politique', 'industriel'],
  capitals: [
    { code: 'ML', re: ['bamako'] }, { code: 'BF', re: ['ouagadougou'] }, { code: 'NE', re: ['niamey'] },
    { code: 'TD', re: ["n'djamena", 'ndjamena'] }, { code: 'MR', re: ['nouakchott'] }, { code: 'RU', re: ['moscou'] },
    { code: 'DZ', re: ['alger'] }, { code: 'UA', re: ['kiev', 'kyiv'] }, { code: 'SD', re: ['khartoum'] },
  ],
  leaders: [
    { code: 'ML', re: ['assimi go[iï]ta', 'go[iï]ta', 'colonel go[iï]ta', 'général go[iï]ta'] },
    { code: 'BF', re: ['ibrahim traoré', 'capitaine traoré', 'capitaine ibrahim traoré', 'damiba'] },
    { code: 'NE', re: ['abdourahamane tiani', 'abdourahamane tchiani', 'général tiani', 'général tchiani', 'tiani', 'tchiani'] },
    { code: 'TD', re: ['mahamat idriss déby itno', 'mahamat idriss déby', 'mahamat déby', 'déby'] },
    { code: 'RU', re: ['vladimir poutine', 'poutine', 'lavrov'] },
    { code: 'DZ', re: ['tebboune'] },
  ],
  countries: [
    { code: 'ML', re: ['mali', 'malien', 'malienne', 'maliens', 'maliennes'] },
    { code: 'BF', re: ['burkina faso', 'burkina', 'burkinab[èée]'] },
    { code: 'NE', re: ['niger', 'nigérien', 'nigérienne', 'nigériens', 'nigériennes'] },
    { code: 'TD', re: ['tchad', 'tchadien', 'tchadienne', 'tchadiens', 'tchadiennes'] },
    { code: 'MR', re: ['mauritanie', 'mauritanien', 'mauritanienne', 'mauritaniens'] },
    { code: 'RU', re: ['russie', 'russe', 'russes', 'moscou'] },
    { code: 'DZ', re: ['algérie', 'algérien', 'algérienne', 'algériens', 'algériennes'] },
    { code: 'UA', re: ['ukraine', 'ukrainien', 'ukrainienne', 'ukrainiens'] },
    { code: 'SD', re: ['soudan', 'soudanais', 'soudanaise'] },
    { code: 'NG', re: ['nigeria', 'nigéria', 'nigérian', 'nigériane', 'nigérians'] },
    { code: 'FR', re: ['france', 'français', 'française', 'françaises'] },
    { code: 'US', re: ['états-unis', 'américain', 'américaine', 'américains', 'washington'] },
  ],

  // ---------------------------------------------------------------- anaphora
  pronouns: ['il', 'elle', 'ils', 'elles', 'lui', 'eux'],
  documentNouns: [
    'communiqué', 'communiqués', 'texte', 'message', 'rapport', 'déclaration',
    'conclusions', 'étude', 'note', 'revendication', 'document',
  ],
  sameSource: [
    'la même source', 'les mêmes sources', "l'une de ces sources", "l'un de ces sources", 'cette source',
    'ces sources', 'une de ces sources', 'ce responsable', 'cet officier', 'ce porte-parole', 'la source',
  ],
  orgAnaphors: [
    "l'organisation(?! (?:des|de|du|internationale))", "l'ong", "l'agence(?! (?:de|des|du|d'))", "l'institut(?! (?:de|des|du|d'|[a-z]))",
    "l'organisme", "l'agence onusienne", "l'organisation onusienne", "l'organisation de défense des droits (?:de l'homme|humains)",
    "la commission(?! (?:de|du|des|d'|pour|contre|nationale|internationale))", "le collectif(?! (?:de|du|des|d'|pour|contre))",
    "l'observatoire(?! (?:de|du|des|d'|pour))", 'les enquêteurs', 'la mission', 'les chercheurs', "l'organisation humanitaire",
  ],
  findingsSubject: ['(?:leurs|ses|son|sa|les|le|la) (?:conclusions|rapport|travaux|données|enquête|étude|analyse|constats)'],
  fillers: [
    'a', 'ont', 'avait', 'avaient', 'aurait', 'de son côté', 'de leur côté', 'pour sa part', 'pour leur part',
    'également', 'aussi', 'encore', 'déjà', "d'abord", 'ensuite', 'toujours', 'régulièrement', 'alors',
    'même', 'en outre', 'désormais', 'quant à lui', 'quant à elle', 'ainsi', 'officiellement', 'y',
    'elle', 'il', 'elles', 'ils', 'lui', 'eux', 'pourtant', 'toutefois', 'cependant',
  ],

  eventWords: [
    'attaques?', 'attaqué(?:e|s|es)?', 'assauts?', 'embuscades?', 'combats?', 'affrontements?', 'frappes?',
    'pertes', 'repouss\\p{L}*', 'contrôle', 'offensive', 'opérations?', 'bilans?', 'tués?', 'morts?', 'blessés?',
    'saisi\\p{L}*', 'détruit\\p{L}*', 'neutralis\\p{L}*', 'repris', 'reprise', 'retiré\\p{L}*', 'pris',
  ],

  // ---------------------------------------------------------------- figures
  numberWords: [
    'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize',
    'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf',
    '(?:vingt|trente|quarante|cinquante|soixante)(?:-et-un|-et-une|-deux|-trois|-quatre|-cinq|-six|-sept|-huit|-neuf|-dix|-et-onze|-douze|-treize|-quatorze|-quinze|-seize|-dix-sept|-dix-huit|-dix-neuf)?',
    'quatre-vingts?', 'quatre-vingt-(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf)',
    'cent', 'cents', 'mille', 'au moins un', 'au moins une',
  ],
  quantityWords: [
    'une dizaine', 'une douzaine', 'une quinzaine', 'une vingtaine', 'une trentaine', 'une quarantaine',
    'une cinquantaine', 'une soixantaine', 'une centaine', 'un millier', 'des dizaines', 'des centaines',
    'des milliers', 'plusieurs dizaines', 'plusieurs centaines', 'plusieurs milliers', 'par dizaines',
    'par centaines', 'par milliers', 'dizaines', 'centaines', 'milliers', 'des dizaines de milliers',
    'des centaines de milliers', 'quelques dizaines', 'quelques centaines', 'quelques milliers',
    'plusieurs dizaines de milliers', 'plusieurs millions', 'des millions', 'par centaine', 'par dizaine', 'par millier',
  ],
  multipliers: ['millions?', 'milliards?', 'mille', 'milliers'],
  approximators: [
    'environ', 'près de', "près d'", 'presque', 'plus de', "plus d'", 'moins de', "moins d'", 'au moins',
    'au minimum', 'quelque', 'jusqu\'à', 'autour de', 'pas moins de', "pas moins d'", 'entre',
    "de l'ordre de", 'quasiment', 'au total', 'un peu plus de', 'bien plus de',
  ],
  units: [
    'ans', 'an', 'années?', 'jours?', 'semaines?', 'mois', 'heures?', 'h', 'minutes?', 'secondes?',
    'décennies', 'kilomètres?', 'km', 'mètres?', 'm', 'milles', 'pour cent', 'pour cents', '%',
    'tonnes?', 'kg', 'kilos?', 'litres?', 'francs?', 'fcfa', 'cfa', 'euros?', 'dollars?', 'fois', 'ème',
    'e', 'er', 'ère', 'barils?',
  ],
  countedAlways: [
    'combattants?', 'soldats?', 'militaires', 'terroristes?', 'jihadistes?', 'djihadistes?', 'assaillants?',
    'rebelles?', 'mercenaires?', 'gardes nationaux', 'gardes?', 'gendarmes?', 'miliciens?', 'recrues?',
    'policiers?', 'hommes armés', 'insurgés?', 'éléments', 'civils?', 'corps', 'morts?', 'tués', 'blessés?',
    'victimes?', 'disparus?', 'otages?', 'détenus?', 'prisonniers?', 'déplacés?', 'réfugiés?',
    'attaques?', 'frappes?', 'raids?', 'embuscades?', 'assauts?', 'attentats?', 'enlevés?', 'supplétifs',
    'casques bleus', 'paramilitaires', 'instructeurs?', 'personnels? militaires', 'cadavres', 'enlèvements', 'kidnappings',
  ],
  countedPeople: [
    'personnes?', 'hommes', 'femmes', 'enfants', 'filles', 'garçons', 'habitants', 'villageois', 'membres',
    'élèves', 'étudiants', 'fidèles', 'chauffeurs?', 'passagers', 'travailleurs', 'ouvriers', 'mineurs',
    'proches', 'gens', 'individus', 'suspects?', 'maliens', 'burkinab[èé]', 'nigériens', 'tchadiens',
    'éleveurs', 'bergers', 'orpailleurs', 'pêcheurs', 'commerçants', 'agriculteurs', 'cultivateurs', 'jeunes',
    'étrangers', 'ressortissants', 'expatriés', 'officiers', 'généraux',
    'frères', 'fils', 'cousins', 'autres', 'familles', 'ménages',
  ],
  countedEquipment: [
    'véhicules?', 'camions?', 'camions-citernes', 'citernes', 'pick-up', 'pick-ups', 'motos?', 'drones?',
    'missiles?', 'roquettes?', 'avions?', 'hélicoptères?', 'chars?', 'blindés?', 'armes', 'fusils?',
    'kalachnikovs?', 'convois?', 'engins', 'camions-citernes',
  ],
  countedPlaces: ['localités', 'villages?', 'bases?', 'positions', 'postes?', 'camps?', 'casernes?', 'villes', 'sites'],
  casualtyPredicates: [
    'tués?', 'tuées?', 'tuer', 'tue', 'tuant', 'morts?', 'mortes', 'décédés?', 'péri', 'exécutés?',
    'exécutées?', 'massacrés?', 'violée?s?', 'violé', 'assassinés?', 'blessés?', 'blessées?', 'disparus?', 'disparues?',
    'enlevés?', 'enlevées?', 'kidnappés?', 'interpellés?', 'interpellées?', 'arrêtés?', 'arrêtées?',
    'emmenés?', 'emmenées?', 'détenus?', 'capturés?', 'fui', 'fuient', 'fuyant', 'déplacés?', 'réfugiés?',
    'victimes?', 'neutralisés?', 'neutraliser', 'neutralisé', 'abattus?', 'recensé', 'recensés', 'décès',
    'pertes', 'tombés', 'corps', 'enterrés?', 'ligotés?', 'fusillés?', 'perdu', 'perdus', 'perd', 'disparitions?', 'enlèvements?',
    // Le déplacement dit comme un départ (« ont commencé à quitter la ville », « quitté leurs villages »).
    "(?:quitté|quitter|quittent|quittant|abandonné|abandonner|abandonnent) (?:leurs?|la|le|les|l') ?(?:domiciles?|maisons?|foyers?|villages?|ville|localités?|zone|région|commune)",
  ],
  equipmentPredicates: [
    'saisis?', 'saisies?', 'détruits?', 'détruites?', 'incendiés?', 'incendiées?', 'calcinés?', 'brûlés?',
    'abattus?', 'récupérés?', 'capturés?', 'emportés?', 'lancés?', 'tirés?', 'endommagés?', 'pillés?',
    'en flammes', 'interceptés?', 'abandonnés?', 'abandonnées?',
  ],
  attackPredicates: ['attaqués?', 'attaquées?', 'frappés?', 'frappant', 'visés?', 'ciblés?', "pris d'assaut", 'simultanément', 'à la fois', 'attaquant'],
  hypothetical: ['capables? de', 'susceptibles? de', 'pourrait', 'pourraient', 'risque de', 'de quoi'],
  partitive: ["d'entre eux", "d'entre elles", 'parmi eux', 'parmi elles'],
  partitiveBefore: ['dont', 'parmi eux', 'parmi elles', 'parmi lesquels', 'parmi lesquelles'],
  tollContext: ['bilan', 'bilans', 'nombre de morts', 'nombre de victimes', 'nombre de tués', 'décompte', 'chiffre', 'chiffres'],
  months: ['janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
  numberNounGap: [
    'à', 'au', 'aux', 'dans', 'en', 'sur', 'pour', 'contre', 'par', 'avec', 'sans', 'sous', 'vers',
    'entre', 'chez', 'depuis', 'pendant', 'avant', 'après', 'lors', 'et', 'ou', 'que', 'qui', 'dont',
    'un', 'une',
  ],

  // ---------------------------------------------------------------- disclaimers
  notConflict: [
    'inondations?', 'crues?', 'fortes pluies', 'pluies diluviennes', 'pluies torrentielles', 'saison des pluies', 'noyades?',
    'noyée?s?', 'effondrements?', 'épidémies?', 'choléra', 'rougeole', 'accidents? de (?:la route|la circulation)', 'naufrage',
    'glissements? de terrain', 'éboulements?',
  ],
  verification: [
    // "établir la responsabilité" attributes blame; it does not say a fact is unverified.
    "(?<![\\p{L}])(?:pas|jamais|ni|impossible|aucune?|non|sans qu'|difficile de)[^.;,]{0,50}?(?<![\\p{L}])(?:vérifi|confirm|authentifi|corrobor|établi(?!r? (?:la|les) (?:responsabilités?|culpabilité))|recoup|géolocalis)",
    // Vérifications en cours.
    '(?:vérifications?|authentification) (?:est |sont )?(?:en cours|toujours en cours)',
    "(?:authenticité|véracité|origine)[^.;]{0,40}?(?:en cours d'examen|en cours de vérification|est examinée|sont examinées)",
    'invérifiables?',
    'non (?:vérifiée?s?|confirmée?s?|authentifiée?s?|recoupée?s?)',
    'de source non officielle',
    'aucune source indépendante',
    'vérification[^.;,]{0,30}?(?:impossible|difficile)',
  ],
  access: [
    'accès[^.;]{0,40}?(?:restreint|interdit|impossible|difficile|contrôlé|limité|verrouillé|fermé|bloqué)',
    'inaccessibles?',
    "difficile d'accès",
    'difficilement accessibles?',
    '(?:journalistes|enquêteurs|observateurs|presse|médias)[^.;]{0,40}?(?:pas été autorisée?s?|pas autorisée?s?|interdits?|empêchée?s?|refoulée?s?|pas pu se rendre)',
    '(?:pas été autorisée?s?|interdite?s?) (?:à|de) se rendre sur place',
    // Information verrouillée, ou lente à sortir et à être recoupée.
    "(?:contrôle(?:nt)?|verrouille(?:nt)?|encadre(?:nt)?) (?:étroitement |strictement |sévèrement )?(?:l'information|la communication|les informations)",
    "temps (?:pour|à) (?:être |)(?:rapportée?s?|corroborée?s?|confirmée?s?|vérifiée?s?|connue?s?)",
    "interdiction (?:de|d') (?:rapporter|couvrir|publier|relayer)",
    '(?:manque|absence) de sources (?:recoupées|fiables|indépendantes)',
    "pas disposer d'informations (?:suffisamment )?(?:précises|fiables)",
    '(?:médias|journalistes|presse) (?:internationaux|internationale|étrangers|étrangère)[^.;]{0,30}?(?:bannie?s?|suspendue?s?|interdite?s?|expulsée?s?)',
  ],
  demonstratives: ['ces', 'cette', 'ce', 'cet', 'ceux-ci', 'celles-ci'],
  definiteStart: ['les', 'leurs', 'ses', 'ni les', 'aucune des', 'aucun des'],
  describedAbove: ['ci-dessus', 'évoquées plus haut', 'décrites plus haut', 'mentionnées plus haut', 'évoqués plus haut', 'décrits plus haut'],
  materialVisual: ['vidéos?', 'images?', 'photos?', 'photographies', 'séquences?', 'enregistrements?', 'clichés?'],
  materialAccounts: ['témoignages?', 'récits?', 'allégations', 'accusations', 'informations?', 'affirmations', 'revendications?', 'déclarations'],
  materialFigures: ['chiffres?', 'bilans?', 'nombres?', 'estimations?'],
  visualVerbs: [
    'montre', 'montrent', 'montrait', 'montraient', 'montrant', 'filmée?s?', 'filmé', 'on y voit',
    'on voit', 'on distingue', 'on aperçoit', 'on y distingue', 'visibles?', 'semble montrer',
    'semblent montrer',
  ],
  visualContinuation: [
    "(?:sur|dans) (?:l'une|l'un|une autre|un autre|la première|la seconde|la deuxième|la troisième)",
    '(?:une autre|un autre|une deuxième|une troisième) (?:vidéo|image|séquence|photo)',
  ],
};
