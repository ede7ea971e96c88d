/** Countries, regions, towns and the Niger river. */
import type { ContextEntry } from '../types';
import { REVIEWED } from './common';

const r = REVIEWED;

export const PLACES: ContextEntry[] = [
  // ---------------------------------------------------------------- Countries (background)
  {
    id: 'mali', kind: 'place', name: 'Mali', salient: false, country: ['mali'],
    aliases: { en: ['Republic of Mali'], fr: ['République du Mali'] },
    description: {
      en: 'Landlocked Sahel country ruled by a military-led transition since the 2020 and 2021 coups, at war with JNIM, Islamic State Sahel and, in the north, separatist movements.',
      fr: 'Pays sahélien enclavé dirigé par une transition militaire depuis les coups d’État de 2020 et 2021, en guerre contre le JNIM, l’État islamique au Sahel et, dans le nord, des mouvements séparatistes.',
    },
    links: [{ title: 'Mali: two coups in nine months (timeline)', url: 'https://www.capitalfm.co.ke/news/2021/05/mali-timeline-two-coups-in-nine-months/', lang: 'en' }],
    related: ['mali-government', 'fama', 'aes'], reviewed: r,
  },
  {
    id: 'burkina-faso', kind: 'place', name: 'Burkina Faso', salient: false, country: ['burkina-faso'],
    aliases: { en: ['Burkina'], fr: [] },
    description: {
      en: 'Sahel country ruled by the army since two coups in 2022, where large areas are contested by JNIM and where violence has displaced more than two million people.',
      fr: 'Pays sahélien dirigé par l’armée depuis deux coups d’État en 2022, dont de vastes zones sont disputées par le JNIM et où les violences ont déplacé plus de deux millions de personnes.',
    },
    links: [{ title: 'Burkina Faso’s second coup in a year (Afrique Média)', url: 'https://afriquemedia.tv/2022/10/04/on-friday-september-30-2022-burkina-faso-experienced-its-second-military-coup-in-a-year/', lang: 'en' }],
    related: ['burkina-government', 'burkina-army', 'aes'], reviewed: r,
  },
  {
    id: 'niger', kind: 'place', name: 'Niger', salient: false, country: ['niger'],
    aliases: { en: ['Republic of Niger', 'Niger Republic'], fr: ['République du Niger'] },
    description: {
      en: 'Sahel country (not to be confused with Nigeria or the Niger river) ruled by a junta since the July 2023 coup, fighting Islamic State Sahel and JNIM in the west and Boko Haram and ISWAP in the south-east.',
      fr: 'Pays sahélien (à ne pas confondre avec le Nigeria ni avec le fleuve Niger) dirigé par une junte depuis le coup d’État de juillet 2023, en guerre contre l’État islamique au Sahel et le JNIM à l’ouest, Boko Haram et l’ISWAP au sud-est.',
    },
    links: [{ title: 'Niger, quatrième pays du Sahel à subir un coup d’État', url: 'https://pour.press/niger-le-quatrieme-pays-du-sahel-a-subir-un-coup-detat-anti-occidental', lang: 'fr' }],
    related: ['niger-government', 'niger-army', 'aes'], reviewed: r,
  },
  {
    id: 'chad', kind: 'place', name: 'Chad', salient: false, country: ['chad'],
    aliases: { en: ['Republic of Chad'], fr: ['Tchad', 'République du Tchad'] },
    asFirstName: ['Chad'],
    description: {
      en: 'Central African Sahel country led by Mahamat Idriss Déby Itno, fighting Boko Haram and ISWAP in the Lake Chad area; it is not an AES member.',
      fr: 'Pays sahélien d’Afrique centrale dirigé par Mahamat Idriss Déby Itno, en guerre contre Boko Haram et l’ISWAP autour du lac Tchad ; il n’est pas membre de l’AES.',
    },
    links: [{ title: 'Chad confirms Mahamat Idriss Déby as president (Africanews)', url: 'https://www.africanews.com/2024/05/17/chad-confirms-mahamat-idriss-deby-as-president/', lang: 'en' }],
    related: ['chad-government', 'chad-army', 'lake-chad'], reviewed: r,
  },
  {
    id: 'mauritania', kind: 'place', name: 'Mauritania', salient: false, country: ['mauritania'],
    aliases: { en: ['Islamic Republic of Mauritania'], fr: ['Mauritanie'] },
    description: {
      en: 'Atlantic Sahel country bordering Mali, largely spared by jihadist attacks in recent years, which hosts Malian refugees at the Mbera camp near Bassikounou.',
      fr: 'Pays sahélien atlantique voisin du Mali, largement épargné par les attaques jihadistes ces dernières années, qui accueille des réfugiés maliens au camp de Mbera près de Bassikounou.',
    },
    links: [{ title: 'Hors camp: refugees in Mauritania (New Left Review)', url: 'https://newleftreview.org/sidecar/posts/hors-camp', lang: 'en' }],
    related: ['mauritania-army', 'unhcr'], reviewed: r,
  },
  {
    id: 'niger-river', kind: 'place', name: 'Niger River', salient: false,
    displayName: { fr: 'Fleuve Niger' },
    aliases: { en: ['River Niger', 'Inner Niger Delta', 'Niger bend'], fr: ['fleuve Niger', 'delta intérieur du Niger', 'boucle du Niger'] },
    description: {
      en: 'West Africa’s main river, which crosses Mali (Ségou, Mopti, Timbuktu, Gao) and Niger (Niamey). Boats on it have been attacked, as in September 2023 near Timbuktu.',
      fr: 'Le grand fleuve d’Afrique de l’Ouest, qui traverse le Mali (Ségou, Mopti, Tombouctou, Gao) et le Niger (Niamey). Des bateaux y ont été attaqués, comme en septembre 2023 près de Tombouctou.',
    },
    links: [{ title: 'Tombouctou and Bamba attacks (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Tombouctou_and_Bamba_attacks', lang: 'en' }],
    related: ['timbuktu', 'gao', 'segou'], reviewed: r,
  },
  // ---------------------------------------------------------------- Mali
  {
    id: 'kidal', kind: 'place', name: 'Kidal', country: ['mali'],
    aliases: { en: ['Kidal region'], fr: ['région de Kidal'] },
    description: {
      en: 'Desert town and region of north-eastern Mali near Algeria, heartland of the Tuareg separatist movements, which held it from 2014 until Malian troops backed by Wagner retook it on 14 November 2023. The government presents the capture as restored sovereignty; separatists call it an occupation.',
      fr: 'Ville et région désertiques du nord-est du Mali, près de l’Algérie, berceau des mouvements séparatistes touareg, qui l’ont tenue de 2014 jusqu’à sa prise par l’armée et Wagner le 14 novembre 2023. Le gouvernement y voit une souveraineté restaurée ; les séparatistes parlent d’occupation.',
    },
    links: [{ title: 'Battle of Kidal (2023) (Wikizero)', url: 'https://wikizero.com/m/Battle_of_Kidal_(2023)', lang: 'en' }],
    related: ['kidal-recapture', 'fla', 'tinzaouaten', 'azawad'], reviewed: r,
  },
  {
    id: 'gao', kind: 'place', name: 'Gao', country: ['mali'],
    aliases: { en: ['Gao region'], fr: ['région de Gao'] },
    asFirstName: ['Gao'],
    description: {
      en: 'Largest city of northern Mali, on the Niger river; jihadists occupied it in 2012, and it later housed France’s main Barkhane base, which passed to the Malian army in August 2022.',
      fr: 'Plus grande ville du nord du Mali, sur le fleuve Niger ; occupée par des jihadistes en 2012, elle a ensuite abrité la principale base française de Barkhane, remise à l’armée malienne en août 2022.',
    },
    links: [{ title: 'French troops fully withdraw from Mali (Tribune)', url: 'https://tribuneonlineng.com/french-troops-fully-withdraw-from-mali/', lang: 'en' }],
    related: ['barkhane', 'azawad', 'niger-river'], reviewed: r,
  },
  {
    id: 'timbuktu', kind: 'place', name: 'Timbuktu', country: ['mali'],
    displayName: { fr: 'Tombouctou' },
    aliases: { en: ['Timbuktoo', 'Timbuktu region', 'city of 333 saints'], fr: ['Tombouctou', 'région de Tombouctou', 'cité des 333 saints'] },
    description: {
      en: 'Historic city on the edge of the Sahara, a UNESCO World Heritage site. JNIM put it under blockade from August 2023, and on 7 September 2023 attacked the passenger boat “Tombouctou”; the government reported 49 civilians and 15 soldiers killed, while later compilations count far more civilian dead.',
      fr: 'Ville historique aux portes du Sahara, inscrite au patrimoine mondial de l’UNESCO. Le JNIM l’a soumise à un blocus à partir d’août 2023 et a attaqué le 7 septembre 2023 le bateau « Tombouctou » ; le gouvernement a annoncé 49 civils et 15 soldats tués, des décomptes ultérieurs donnant bien plus de victimes civiles.',
    },
    links: [{ title: 'Mali: blockade of Timbuktu region, flash report (OCHA)', url: 'https://www.unocha.org/publications/report/mali/mali-blockade-timbuktu-region-flash-report-no-1-28-august-2023', lang: 'en' }],
    related: ['jnim', 'niger-river', 'guide-early-numbers'], reviewed: r,
  },
  {
    id: 'menaka', kind: 'place', name: 'Ménaka', country: ['mali'],
    aliases: { en: ['Menaka region'], fr: ['région de Ménaka'] },
    description: {
      en: 'Region of eastern Mali on the Niger border where Islamic State Sahel launched an offensive in March 2022 against Tuareg armed groups, JNIM and the army; by 2023 it controlled much of the countryside. Local communities counted about a thousand deaths in a year.',
      fr: 'Région de l’est du Mali, à la frontière du Niger, où l’État islamique au Sahel a lancé en mars 2022 une offensive contre des groupes armés touareg, le JNIM et l’armée ; en 2023, il tenait une grande partie des campagnes. Les communautés locales ont compté environ un millier de morts en un an.',
    },
    links: [{ title: 'Mali : nouveau déferlement de déplacés de Ménaka à Kidal (RFI)', url: 'https://www.rfi.fr/fr/afrique/20230421-mali-nouveau-d%C3%A9ferlement-de-d%C3%A9plac%C3%A9s-de-m%C3%A9naka-%C3%A0-kidal', lang: 'fr' }],
    related: ['issp', 'msa'], reviewed: r,
  },
  {
    id: 'mopti', kind: 'place', name: 'Mopti', country: ['mali'],
    aliases: { en: ['Mopti region', 'central Mali', 'Sévaré'], fr: ['région de Mopti', 'centre du Mali'] },
    description: {
      en: 'Region of central Mali (with Dogon country and Bandiagara), where the Katiba Macina, Dogon militias and the army clash and where Moura and Ogossagou lie. Claims of ethnic targeting of Fulani or Dogon civilians are frequent; attributions to “hunters” or “jihadists” are often uncertain.',
      fr: 'Région du centre du Mali (avec le pays dogon et Bandiagara), où s’affrontent la katiba Macina, des milices dogon et l’armée, et où se trouvent Moura et Ogossagou. Les accusations de ciblage ethnique de civils peuls ou dogon sont fréquentes ; les attributions à des « chasseurs » ou à des « jihadistes » sont souvent incertaines.',
    },
    links: [{ title: 'Attacks in central Mali’s Dogon and Fulani villages (France 24)', url: 'https://www.france24.com/en/20190618-attacks-central-mali-villages-dogon-fulani', lang: 'en' }],
    related: ['katiba-macina', 'dan-na-ambassagou', 'moura-killings'], reviewed: r,
  },
  {
    id: 'segou', kind: 'place', name: 'Ségou', country: ['mali'],
    aliases: { en: ['Ségou region'], fr: ['région de Ségou'] },
    description: {
      en: 'Farming region and city on the Niger between Bamako and Mopti, into which JNIM has expanded; it was among the areas hit by the 2025 fuel blockade.',
      fr: 'Région agricole et ville sur le Niger, entre Bamako et Mopti, où le JNIM s’est étendu ; elle fait partie des zones touchées par le blocus du carburant de 2025.',
    },
    links: [{ title: 'Many killed in central Mali ethnic attacks (Eurafrica)', url: 'https://eurafrica.info/2020/06/09/many-killed-in-central-mali-ethnic-attacks-officials/', lang: 'en' }],
    related: ['jnim', 'fuel-blockade', 'niger-river'], reviewed: r,
  },
  {
    id: 'bamako', kind: 'place', metonymFor: 'mali-government', name: 'Bamako', country: ['mali'],
    aliases: { en: ['Malian capital', "Mali's capital", 'Faladié', 'Bamako-Sénou', 'Sénou'], fr: ['capitale malienne'] },
    description: {
      en: 'Mali’s capital, from where the junta rules. JNIM attacked its gendarmerie school and the military zone of its airport on 17 September 2024, and its 2025 fuel blockade caused severe shortages in the city.',
      fr: 'Capitale du Mali et siège de la junte. Le JNIM y a attaqué l’école de gendarmerie et la zone militaire de l’aéroport le 17 septembre 2024, et son blocus du carburant de 2025 a provoqué de graves pénuries dans la ville.',
    },
    links: [{ title: 'Over 70 killed in Bamako attacks (Dawn, AFP)', url: 'https://www.dawn.com/news/1859967/over-70-killed-200-injured-in-mali-attacks', lang: 'en' }],
    related: ['bamako-attack-2024', 'fuel-blockade', 'mali-government'], reviewed: r,
  },
  {
    id: 'tinzaouaten', kind: 'place', name: 'Tinzaouaten', country: ['mali'],
    aliases: { en: ['Tin Zaouatene', 'Tinzawatene', 'Tinzawaten', 'Tin Zaouaten', 'Tin-Zaouatine', 'Tinzaouatine'], fr: ['Tinzaouatène'] },
    description: {
      en: 'Small locality on Mali’s border with Algeria (which has a town of similar name opposite) that became the separatists’ main base after Kidal fell. It saw the July 2024 battle, the FLA’s founding in November 2024 and Malian drone strikes, notably on 1 December 2024. It has many spellings, and images from it are often reused out of context.',
      fr: 'Petite localité malienne à la frontière algérienne (une ville homonyme se trouve en face, en Algérie), devenue la principale base des séparatistes après la chute de Kidal. Elle a connu la bataille de juillet 2024, la fondation du FLA en novembre 2024 et des frappes de drones maliens, notamment le 1er décembre 2024. Son nom s’écrit de multiples façons et ses images sont souvent réutilisées hors contexte.',
    },
    links: [
      { title: 'Battle of Tinzaouaten (2024) (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Battle_of_Tinzaouaten_(2024)', lang: 'en' },
      { title: 'Frappes de drone à Tinzaouatène (Impact.sn)', url: 'https://impact.sn/Mali-frappes-de-drone-a-Tinzaouatene-apres-la-creation-d-une-nouvelle-coalition-separatiste_a49690.html', lang: 'fr' },
    ],
    related: ['tinzaouaten-battle', 'fla-founding', 'fla', 'kidal'], reviewed: r,
  },
  {
    id: 'azawad', kind: 'place', name: 'Azawad', country: ['mali'],
    aliases: { en: ['Azaouad', 'State of Azawad'], fr: ['État de l’Azawad'] },
    description: {
      en: 'Tuareg name for northern Mali. The MNLA declared an independent “State of Azawad” in April 2012, which no country recognised and which collapsed within months; the FLA still uses the name. The word carries the separatists’ position; neutral wording is “northern Mali” or the names of the regions (Kidal, Gao, Timbuktu, Ménaka).',
      fr: 'Nom touareg du nord du Mali. Le MNLA y a proclamé en avril 2012 un « État de l’Azawad » indépendant, reconnu par aucun pays et effondré en quelques mois ; le FLA emploie toujours ce nom. Le mot porte la position des séparatistes ; une formulation neutre est « nord du Mali » ou le nom des régions (Kidal, Gao, Tombouctou, Ménaka).',
    },
    links: [{ title: 'Azawad (Wikipedia on IPFS)', url: 'https://en.wikipedia-on-ipfs.org/wiki/Azawad', lang: 'en' }],
    related: ['fla', 'mnla', 'guide-vocabulary'], reviewed: r,
  },
  // ---------------------------------------------------------------- Burkina Faso
  {
    id: 'ouagadougou', kind: 'place', metonymFor: 'burkina-government', name: 'Ouagadougou', country: ['burkina-faso'],
    aliases: { en: ['Ouaga', 'Burkinabè capital', "Burkina Faso's capital"], fr: ['capitale burkinabè'] },
    description: {
      en: 'Burkina Faso’s capital and seat of the junta, scene of both 2022 coups; French special forces left their camp near the city in February 2023.',
      fr: 'Capitale du Burkina Faso et siège de la junte, théâtre des deux coups d’État de 2022 ; les forces spéciales françaises ont quitté leur camp proche de la ville en février 2023.',
    },
    links: [{ title: 'Burkina Faso’s second coup in a year (Afrique Média)', url: 'https://afriquemedia.tv/2022/10/04/on-friday-september-30-2022-burkina-faso-experienced-its-second-military-coup-in-a-year/', lang: 'en' }],
    related: ['burkina-government', 'burkina-coups'], reviewed: r,
  },
  {
    id: 'djibo', kind: 'place', name: 'Djibo', country: ['burkina-faso'],
    aliases: { en: ['Soum province'], fr: ['province du Soum'] },
    description: {
      en: 'Main town of Soum province in northern Burkina Faso, besieged by JNIM and Ansarul Islam since February 2022; hundreds of thousands of mostly displaced people have been trapped there, supplied largely by air. Claims about attacks and hunger there are hard to check because access is cut.',
      fr: 'Chef-lieu de la province du Soum, dans le nord du Burkina Faso, assiégé par le JNIM et Ansarul Islam depuis février 2022 ; des centaines de milliers de personnes, surtout des déplacés, y sont piégées et ravitaillées surtout par air. Les informations sur les attaques et la faim y sont difficiles à vérifier faute d’accès.',
    },
    links: [{ title: 'Siege of Djibo (WikiMili)', url: 'https://wikimili.com/en/Siege_of_Djibo', lang: 'en' }],
    related: ['jnim', 'ansarul-islam', 'guide-access'], reviewed: r,
  },
  {
    id: 'barsalogho', kind: 'place', name: 'Barsalogho', country: ['burkina-faso'],
    aliases: { en: ['Barsalgho'], fr: [] },
    description: {
      en: 'Town of north-central Burkina Faso, some 40 km north of Kaya, where hundreds of people were massacred by JNIM on 24 August 2024 while digging trenches to defend it.',
      fr: 'Ville du Centre-Nord du Burkina Faso, à une quarantaine de kilomètres au nord de Kaya, où le JNIM a tué des centaines de personnes qui creusaient des tranchées le 24 août 2024.',
    },
    links: [{ title: 'Barsalogho massacre (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Barsalogho_massacre', lang: 'en' }],
    related: ['barsalogho-attack'], reviewed: r,
  },
  // ---------------------------------------------------------------- Niger
  {
    id: 'niamey', kind: 'place', metonymFor: 'niger-government', name: 'Niamey', country: ['niger'],
    aliases: { en: ['Nigerien capital', "Niger's capital", 'Air Base 101'], fr: ['capitale nigérienne', 'Base aérienne 101'] },
    description: {
      en: 'Niger’s capital, where the presidential guard detained President Bazoum in July 2023. French and US troops used its Air Base 101 until 2023–2024; in 2025 the base became home to the AES joint force’s headquarters.',
      fr: 'Capitale du Niger, où le président Bazoum a été séquestré en juillet 2023. Sa base aérienne 101 a accueilli des forces françaises et américaines jusqu’en 2023-2024 et est devenue en 2025 le quartier général de la force conjointe de l’AES.',
    },
    links: [{ title: 'Niger : la force unifiée entre en phase opérationnelle (ICI1FO)', url: 'https://ici1fo.com/2025/10/02/niger-la-force-unifiee-entre-en-phase-operationnelle-avec-un-commandant-burkinabe', lang: 'fr' }],
    related: ['niger-government', 'aes', 'niger-coup'], reviewed: r,
  },
  {
    id: 'tillaberi', kind: 'place', name: 'Tillabéri', country: ['niger'],
    aliases: { en: ['Tillabéry', 'Tillaberi region'], fr: ['région de Tillabéri'] },
    description: {
      en: 'Region of western Niger on the borders of Mali and Burkina Faso, the main theatre of Islamic State Sahel and JNIM attacks on civilians and soldiers. Tolls there usually rest on unnamed security sources or monitoring groups, and they often disagree.',
      fr: 'Région de l’ouest du Niger, aux frontières du Mali et du Burkina Faso, principal théâtre des attaques de l’État islamique au Sahel et du JNIM contre civils et militaires. Les bilans viennent souvent de sources sécuritaires anonymes ou de collectifs de veille, et divergent.',
    },
    links: [{ title: 'Niger : 27 soldats tués près de Tillabéri', url: 'https://lesnouvellesdafrique.info/2025/09/11/niger-massacre-de-27-soldats-a-tilaberi', lang: 'fr' }],
    related: ['issp', 'liptako-gourma', 'niger-army'], reviewed: r,
  },
  {
    id: 'diffa', kind: 'place', name: 'Diffa', country: ['niger'],
    aliases: { en: ['Diffa region', 'Bosso'], fr: ['région de Diffa'] },
    description: {
      en: 'Region of south-eastern Niger bordering Nigeria and Chad, hit by Boko Haram and ISWAP and under a state of emergency since 2015; it has hosted hundreds of thousands of refugees and displaced people.',
      fr: 'Région du sud-est du Niger, frontalière du Nigeria et du Tchad, frappée par Boko Haram et l’ISWAP et sous état d’urgence depuis 2015 ; elle a accueilli des centaines de milliers de réfugiés et de déplacés.',
    },
    links: [{ title: 'Security and humanitarian situation worsens in Diffa (UNHCR)', url: 'https://www.unhcr.org/in/news/briefing-notes/security-and-humanitarian-situations-worsen-diffa-niger-boko-haram-continues', lang: 'en' }],
    related: ['iswap', 'boko-haram', 'lake-chad'], reviewed: r,
  },
  {
    id: 'liptako-gourma', kind: 'place', name: 'Liptako-Gourma', country: ['mali', 'burkina-faso', 'niger'],
    displayName: { en: 'Liptako-Gourma (three-borders area)', fr: 'Liptako-Gourma (zone des trois frontières)' },
    aliases: {
      en: ['Liptako', 'three-border area', 'three borders area', 'three borders region', 'tri-border area', 'tri-state area', 'three borders'],
      fr: ['zone des trois frontières', 'région des trois frontières', 'trois frontières', 'triangle de feu'],
    },
    description: {
      en: 'Historic region where Mali, Burkina Faso and Niger meet, whose name was taken by a 1970 regional development authority and by the 2023 AES charter; over the past decade and more it has been the heart of Islamic State Sahel and JNIM violence. “Three borders” has no precise limits: check which country an event actually happened in.',
      fr: 'Région historique où se rejoignent le Mali, le Burkina Faso et le Niger, dont le nom a été repris par une autorité de développement créée en 1970 puis par la charte de l’AES de 2023 ; épicentre depuis les années 2010 des violences de l’État islamique au Sahel et du JNIM. Les « trois frontières » n’ont pas de limites précises : vérifier dans quel pays un fait s’est produit.',
    },
    links: [{ title: 'Zone des trois frontières (Franco Wiki)', url: 'https://franco.wiki/fr/Zone_des_trois_fronti%C3%A8res.html', lang: 'fr' }],
    related: ['issp', 'tillaberi', 'aes'], reviewed: r,
  },
  // ---------------------------------------------------------------- Chad
  {
    id: 'lake-chad', kind: 'place', name: 'Lake Chad basin', country: ['chad', 'niger'],
    displayName: { fr: 'Bassin du lac Tchad' },
    aliases: { en: ['Lake Chad', 'Lake Chad region', 'Chad Basin', 'Lac province'], fr: ['lac Tchad', 'bassin du lac Tchad', 'région du lac Tchad', 'province du Lac'] },
    description: {
      en: 'Shallow lake at the meeting point of Chad, Niger, Nigeria and Cameroon; Boko Haram and ISWAP hide in its islands and swamps. UN agencies count the crisis around it among the world’s most neglected, with millions displaced, but many figures in circulation are years old, so check their date.',
      fr: 'Lac peu profond partagé par le Tchad, le Niger, le Nigeria et le Cameroun, dont les îles et marais abritent Boko Haram et l’ISWAP. Les agences de l’ONU en font l’une des crises les plus négligées, avec des millions de déplacés ; beaucoup de chiffres cités datent de plusieurs années, vérifier leur date.',
    },
    links: [{ title: 'Lake Chad Basin crisis overview (ReliefWeb)', url: 'https://reliefweb.int/report/nigeria/lake-chad-basin-crisis-overview-11-august-2017', lang: 'en' }],
    related: ['boko-haram', 'iswap', 'mnjtf', 'barkaram-attack', 'diffa'], reviewed: r,
  },
  {
    id: 'ndjamena', kind: 'place', metonymFor: 'chad-government', name: 'N’Djamena', country: ['chad'],
    aliases: { en: ['Ndjamena', 'Chadian capital'], fr: ['capitale tchadienne'] },
    description: {
      en: 'Chad’s capital, where Operation Barkhane had its headquarters; France handed over its last base there in January 2025. After gunmen assaulted the presidential compound on 8 January 2025, the government dismissed early reports blaming Boko Haram.',
      fr: 'Capitale du Tchad et ancien quartier général de l’opération Barkhane ; la dernière base française y a été rétrocédée en janvier 2025. Après l’assaut contre le palais présidentiel le 8 janvier 2025, le gouvernement a rejeté les premières informations qui accusaient Boko Haram.',
    },
    links: [{ title: 'Tchad : bilan de l’attaque contre la présidence (Tribune Échos)', url: 'https://tribuneechos.com/tchad-bilan-de-lattaque-contre-la-presidence-24-assaillants-impliques-19-morts-et-9-blesses-gouvernement', lang: 'fr' }],
    related: ['chad-government', 'barkhane'], reviewed: r,
  },
];
