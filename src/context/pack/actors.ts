/**
 * Armed groups, state and foreign forces, leaders, governments, organisations and state media.
 * Descriptions are written for this pack; facts and sources from shared/context/SAHEL-CONTEXT.md.
 */
import type { ContextEntry } from '../types';
import { REVIEWED } from './common';

const r = REVIEWED;

export const ACTORS: ContextEntry[] = [
  // ---------------------------------------------------------------- Mali
  {
    id: 'fama', kind: 'state-force', name: 'Malian Armed Forces', party: true, country: ['mali'],
    displayName: { en: 'Malian Armed Forces (FAMa)', fr: 'Forces armées maliennes (FAMa)' },
    aliases: {
      en: ['FAMa', 'Malian army', 'Malian military', "Mali's army", "Mali's armed forces", "Mali's military", 'Mali army', 'Malian troops', 'Malian soldiers', 'Malian forces', 'Malian security forces', 'Malian defence ministry', 'Malian defense ministry', "Mali's defence ministry", 'Malian air force'],
      fr: ['Forces armées maliennes', 'armée malienne', 'armée du Mali', 'forces maliennes', 'soldats maliens', 'militaires maliens', 'ministère malien de la Défense', 'armée de l’air malienne'],
    },
    genericAliases: ['the army', 'the armed forces', 'the army general staff', 'soldiers', 'troops', 'l’armée', 'l’état-major', 'l’état-major général des armées', 'les forces armées', 'les soldats', 'des soldats', 'les militaires', 'des militaires'],
    description: {
      en: 'Mali’s national army and air force, run since the 2020–2021 coups by a military-led transitional government. Since late 2021 they have fought alongside Russian personnel (Wagner, then the Africa Corps) and rely heavily on Turkish-made drones. UN investigators and rights groups accuse them of grave abuses against civilians, notably at Moura in 2022; the authorities deny this.',
      fr: 'L’armée de terre et l’armée de l’air du Mali, dirigées depuis les coups d’État de 2020 et 2021 par un pouvoir de transition militaire. Depuis fin 2021, elles combattent avec des personnels russes (Wagner, puis l’Africa Corps) et utilisent beaucoup de drones turcs. Des enquêteurs de l’ONU et des ONG les accusent de graves exactions contre des civils, notamment à Moura en 2022 ; les autorités démentent.',
    },
    links: [
      { title: 'The use of drones in Mali (West Africa Maps)', url: 'https://westafricamaps.com/en/analysis/the-use-of-uavs-in-mali-between-civilian-victims-and-military-strategy---west-africa-maps', lang: 'en' },
      { title: 'UN report on Moura (summary)', url: 'https://www.ibtimes.co.za/un-outlines-five-days-horror-malis-moura-105584', lang: 'en' },
    ],
    related: ['mali-government', 'assimi-goita', 'wagner', 'africa-corps', 'turkish-drones', 'moura-killings'], reviewed: r,
  },
  {
    id: 'assimi-goita', kind: 'person', name: 'Assimi Goïta', party: true, country: ['mali'],
    aliases: { en: ['Gen. Assimi Goïta', 'Gen. Goïta', 'General Goïta', 'Colonel Goïta', 'Col. Assimi Goïta'], fr: ['général Assimi Goïta', 'colonel Assimi Goïta'] },
    description: {
      en: 'Malian colonel, since promoted general, at the head of the officers who toppled President Ibrahim Boubacar Keïta in August 2020; after pushing aside the civilian transitional leaders in May 2021 he became transitional president. In July 2025 the junta granted him a five-year term, renewable with no election.',
      fr: 'Officier qui a mené le coup d’État d’août 2020 au Mali puis, après un second putsch en mai 2021, est devenu président de la transition. En juillet 2025, la junte lui a accordé un mandat de cinq ans renouvelable sans élection.',
    },
    links: [{ title: 'Mali: two coups in nine months (timeline)', url: 'https://www.capitalfm.co.ke/news/2021/05/mali-timeline-two-coups-in-nine-months/', lang: 'en' }],
    related: ['mali-government', 'fama', 'mali-coups', 'goita-mandate'], reviewed: r,
  },
  {
    id: 'mali-government', kind: 'government', name: 'Malian transitional government', party: true, salient: false, country: ['mali'],
    displayName: { fr: 'Gouvernement de transition du Mali' },
    aliases: {
      en: ['Malian junta', "Mali's junta", 'Malian government', "Mali's government", 'Malian authorities', "Mali's transitional government", 'transition authorities', 'transitional authorities', "Mali's military government", 'Malian presidency'],
      fr: ['junte malienne', 'gouvernement malien', 'autorités maliennes', 'gouvernement de transition', 'gouvernement de la transition', 'autorités de transition', 'autorités de la transition', 'pouvoir malien', 'présidence malienne'],
    },
    genericAliases: ['the junta', 'la junte', 'the government', 'le gouvernement', 'the military government'],
    description: {
      en: 'The military-led authorities that have run Mali since the coups of 2020 and 2021, headed by Assimi Goïta. They pushed out French forces and the UN mission, turned to Russia, left ECOWAS, ended the 2015 Algiers accord and dissolved political parties in 2025.',
      fr: 'Le pouvoir de transition dominé par les militaires qui dirige le Mali depuis les coups d’État de 2020 et 2021, sous Assimi Goïta. Il a poussé au départ les forces françaises et la mission de l’ONU, s’est tourné vers la Russie, a quitté la CEDEAO, a dénoncé l’accord d’Alger de 2015 et dissous les partis en 2025.',
    },
    links: [{ title: 'Mali ends peace deal with separatist groups (DW)', url: 'https://www.dw.com/en/mali-ends-peace-deal-with-separatist-groups/a-68088180', lang: 'en' }],
    related: ['assimi-goita', 'fama', 'ortm', 'aes'], reviewed: r,
  },
  {
    id: 'ortm', kind: 'organisation', name: 'ORTM (Malian state broadcaster)', party: true, salient: false, country: ['mali'],
    aliases: { en: ['ORTM', 'Malian state television', 'Malian state broadcaster'], fr: ['Office de radiodiffusion télévision du Mali', 'télévision nationale malienne', 'télévision publique malienne'] },
    description: {
      en: 'Mali’s state radio and television, which broadcasts army and government communiqués. What it airs is the position of the authorities, not independent confirmation.',
      fr: 'La radio-télévision d’État du Mali, qui diffuse les communiqués de l’armée et du gouvernement. Ce qu’elle diffuse exprime la position des autorités, pas une confirmation indépendante.',
    },
    links: [{ title: 'Mali: suspension of France 24 and RFI (Public Media Alliance)', url: 'https://www.publicmediaalliance.org/mali-suspension-of-france-24-and-rfi-must-be-revoked/', lang: 'en' }],
    related: ['mali-government', 'guide-party-media'], reviewed: r,
  },
  // ---------------------------------------------------------------- Burkina Faso
  {
    id: 'burkina-army', kind: 'state-force', name: 'Burkina Faso Armed Forces and the VDP', party: true, country: ['burkina-faso'],
    displayName: { en: 'Burkina Faso Armed Forces and VDP auxiliaries', fr: 'Forces armées du Burkina Faso et VDP' },
    aliases: {
      en: ['Burkina Faso Armed Forces', 'Burkinabè army', 'Burkina Faso army', "Burkina Faso's army", 'Burkina army', "Burkina's army", 'Burkinabè armed forces', 'Burkinabè military', "Burkina Faso's military", 'Burkinabè soldiers', 'Burkinabè troops', 'Burkinabè defence ministry',
        'VDP', 'VDPs', 'VDP militia', 'VDP militias', 'Volunteers for the Defence of the Homeland', 'Volunteers for the Defense of the Homeland', 'Volunteers for the Defense of the Fatherland'],
      fr: ['armée burkinabè', 'Forces armées nationales du Burkina Faso', 'armée du Burkina Faso', 'armée du Burkina', 'soldats burkinabè', 'militaires burkinabè', 'ministère burkinabè de la Défense',
        'Volontaires pour la défense de la patrie', 'BVDP', 'Brigade de veille et de défense patriotique', 'milices VDP', 'supplétifs VDP'],
    },
    genericAliases: ['the army', 'the armed forces', 'the army general staff', 'soldiers', 'troops', 'l’armée', 'l’état-major', 'l’état-major général des armées', 'les forces armées', 'les soldats', 'des soldats', 'les militaires', 'des militaires'],
    description: {
      en: 'Burkina Faso’s army, under Capt. Ibrahim Traoré’s junta since 2022, and its civilian auxiliaries, the Volunteers for the Defence of the Homeland (VDP), created in 2020 and mass-recruited from late 2022 after about two weeks of training. Jihadists cite the VDP to call their victims “militia”. Human Rights Watch accuses soldiers and VDP units of killing Fulani civilians (Solenzo, 2025); the government calls this disinformation.',
      fr: 'L’armée burkinabè, sous la junte du capitaine Traoré depuis 2022, et ses supplétifs civils, les Volontaires pour la défense de la patrie (VDP), créés en 2020 et recrutés en masse dès fin 2022 après deux semaines de formation. Les jihadistes invoquent les VDP pour traiter leurs victimes de « miliciens ». Human Rights Watch accuse soldats et VDP de tueries de civils peuls (Solenzo, 2025) ; le gouvernement parle de désinformation.',
    },
    links: [
      { title: 'Burkina Faso: government-allied militias linked to massacre (HRW release)', url: 'https://nova.com.na/burkina-faso-government-allied-militias-linked-to-massacre', lang: 'en' },
      { title: 'Recrutement des VDP au-delà des objectifs (RFI, reprise)', url: 'https://burkinainfo.com/2022/11/28/burkina-faso-le-recrutement-de-volontaires-face-au-terrorisme-depasse-les-objectifs-fixes-rfi/?amp=1', lang: 'fr' },
    ],
    related: ['ibrahim-traore', 'burkina-government', 'barsalogho-attack', 'solenzo-killings'], reviewed: r,
  },
  {
    id: 'ibrahim-traore', kind: 'person', name: 'Ibrahim Traoré', party: true, country: ['burkina-faso'],
    aliases: { en: ['Capt. Ibrahim Traoré', 'Captain Ibrahim Traoré', 'Captain Traoré', 'Capt. Traoré'], fr: ['capitaine Ibrahim Traoré', 'capitaine Traoré'] },
    description: {
      en: 'Army captain who overthrew Lt-Col. Paul-Henri Sandaogo Damiba on 30 September 2022, eight months after Damiba’s own coup. He ended military cooperation with France, turned to Russia and co-founded the Alliance of Sahel States; in May 2024 his transition was prolonged by five years. Fact-checkers have debunked many AI-made videos and invented quotes about him.',
      fr: 'Capitaine qui a pris le pouvoir au Burkina Faso le 30 septembre 2022 en renversant le lieutenant-colonel Paul-Henri Damiba. Il a rompu la coopération militaire avec la France, s’est rapproché de la Russie et a cofondé l’Alliance des États du Sahel ; en mai 2024, la transition a été prolongée de cinq ans. Il fait l’objet de nombreuses vidéos générées par IA et de fausses citations démenties par les vérificateurs.',
    },
    links: [{ title: 'September 2022 Burkina Faso coup (Wikipedia)', url: 'https://en.wikipedia.org/wiki/September_2022_Burkina_Faso_coup_d%27%C3%A9tat', lang: 'en' }],
    related: ['burkina-government', 'burkina-army', 'burkina-coups', 'guide-ai-generated'], reviewed: r,
  },
  {
    id: 'burkina-government', kind: 'government', name: 'Burkinabè transitional government', party: true, salient: false, country: ['burkina-faso'],
    displayName: { fr: 'Gouvernement de transition du Burkina Faso' },
    aliases: {
      en: ['Burkinabè junta', "Burkina Faso's junta", "Burkina's junta", 'Burkinabè government', "Burkina Faso's government", 'Burkina Faso government', 'Burkinabè authorities', 'MPSR', 'Patriotic Movement for Safeguard and Restoration'],
      fr: ['junte burkinabè', 'gouvernement burkinabè', 'autorités burkinabè', 'Mouvement patriotique pour la sauvegarde et la restauration', 'pouvoir burkinabè'],
    },
    genericAliases: ['the junta', 'la junte', 'the government', 'le gouvernement', 'the military government'],
    description: {
      en: 'The military authorities of Burkina Faso (MPSR), led by Capt. Ibrahim Traoré since September 2022 after a first coup in January 2022. They expelled French forces, suspended RFI and France 24, left ECOWAS with Mali and Niger and regularly dismiss reports of abuses as disinformation.',
      fr: 'Le pouvoir militaire du Burkina Faso (MPSR), dirigé par le capitaine Ibrahim Traoré depuis septembre 2022, après un premier putsch en janvier 2022. Il a fait partir les forces françaises, suspendu RFI et France 24, quitté la CEDEAO avec le Mali et le Niger et qualifie souvent de désinformation les rapports d’exactions.',
    },
    links: [{ title: 'Burkina Faso extends transition by five years (News Ghana)', url: 'https://newsghana.com.gh/burkina-faso-extends-transitional-government-by-five-years/', lang: 'en' }],
    related: ['ibrahim-traore', 'burkina-army', 'burkina-coups', 'rtb'], reviewed: r,
  },
  {
    id: 'rtb', kind: 'organisation', name: 'RTB (Burkinabè state broadcaster)', party: true, salient: false, country: ['burkina-faso'],
    aliases: { en: ['RTB', 'Burkinabè state television', 'Radiodiffusion Télévision du Burkina'], fr: ['télévision nationale burkinabè'] },
    description: {
      en: 'Burkina Faso’s state radio and television, which airs the junta’s and the army’s statements and footage. Human Rights Watch has geolocated some of its drone-strike videos to show civilian targets.',
      fr: 'La radio-télévision d’État du Burkina Faso, qui diffuse les déclarations et les images de la junte et de l’armée. Human Rights Watch a géolocalisé certaines de ses vidéos de frappes de drones pour montrer des cibles civiles.',
    },
    links: [{ title: 'Drone strikes in Burkina Faso killed civilians (The Intercept)', url: 'https://qoshe.com/the-intercept/nick-turse/drone-strikes-in-burkina-faso-killed-scores-of-civilians/169639127/amp', lang: 'en' }],
    related: ['burkina-government', 'guide-party-media'], reviewed: r,
  },
  // ---------------------------------------------------------------- Niger
  {
    id: 'niger-army', kind: 'state-force', name: 'Niger Armed Forces', party: true, country: ['niger'],
    displayName: { en: 'Niger Armed Forces (FAN)', fr: 'Forces armées nigériennes (FAN)' },
    aliases: {
      en: ['FAN', 'Nigerien army', 'Nigerien Armed Forces', "Niger's army", 'Niger army', "Niger's armed forces", "Niger's military", 'Nigerien military', 'Nigerien soldiers', 'Nigerien troops', "Niger's defence ministry", 'Nigerien defence ministry', "Niger's defence minister", 'National Guard of Niger'],
      fr: ['Forces armées nigériennes', 'armée nigérienne', 'armée du Niger', 'soldats nigériens', 'militaires nigériens', 'ministère nigérien de la Défense', 'Garde nationale du Niger'],
    },
    genericAliases: ['the army', 'the armed forces', 'the army general staff', 'soldiers', 'troops', 'l’armée', 'l’état-major', 'les forces armées', 'les soldats', 'des soldats', 'les militaires', 'des militaires'],
    description: {
      en: 'Niger’s army, which with the National Guard fights Islamic State Sahel and JNIM in the west (Tillabéri, Tahoua) and ISWAP and Boko Haram around Diffa. Since the July 2023 coup it operates without French or US troops and has received Russian military trainers. Large attacks on its posts are often first reported, with differing tolls, by security sources or monitors.',
      fr: 'L’armée du Niger, qui combat avec la Garde nationale l’État islamique au Sahel et le JNIM à l’ouest (Tillabéri, Tahoua), l’ISWAP et Boko Haram vers Diffa. Depuis le putsch de 2023, elle opère sans troupes françaises ni américaines, avec des instructeurs russes. Les attaques contre ses postes sont souvent d’abord rapportées par des sources sécuritaires ou des observateurs, avec des bilans divergents.',
    },
    links: [{ title: 'Niger : 27 soldats tués près de Tillabéri', url: 'https://lesnouvellesdafrique.info/2025/09/11/niger-massacre-de-27-soldats-a-tilaberi', lang: 'fr' }],
    related: ['niger-government', 'abdourahamane-tiani', 'issp', 'tillaberi'], reviewed: r,
  },
  {
    id: 'abdourahamane-tiani', kind: 'person', name: 'Abdourahamane Tiani', party: true, country: ['niger'],
    aliases: { en: ['Abdourahamane Tchiani', 'Omar Tchiani', 'Tiani', 'Tchiani', 'Gen. Tiani', 'General Tiani'], fr: ['général Abdourahamane Tiani'] },
    description: {
      en: 'General who commanded Niger’s presidential guard when it seized President Mohamed Bazoum on 26 July 2023; two days later he proclaimed himself leader of the CNSP junta. Since March 2025 he has been president of a five-year, renewable transition. His name is also written Tchiani.',
      fr: 'Commandant de la garde présidentielle du Niger, qui a séquestré le président Mohamed Bazoum le 26 juillet 2023 puis s’est proclamé chef de la junte du CNSP deux jours plus tard. En mars 2025, il a été investi président pour une transition de cinq ans renouvelable. Son nom s’écrit aussi Tchiani.',
    },
    links: [{ title: 'Niger coup: General Tiani appears on TV (Daily Maverick)', url: 'https://www.dailymaverick.co.za/article/2023-07-28-niger-coup-general-tiani-appears-on-tv-as-transitional-council-president/', lang: 'en' }],
    related: ['niger-government', 'niger-coup', 'mohamed-bazoum', 'niger-army'], reviewed: r,
  },
  {
    id: 'niger-government', kind: 'government', name: 'Nigerien military government (CNSP)', party: true, salient: false, country: ['niger'],
    displayName: { fr: 'Pouvoir militaire nigérien (CNSP)' },
    aliases: {
      en: ['CNSP', 'National Council for the Safeguard of the Homeland', 'Nigerien junta', "Niger's junta", 'Nigerien government', "Niger's government", 'Nigerien authorities', "Niger's military authorities", "Niger's military rulers"],
      fr: ['Conseil national pour la sauvegarde de la patrie', 'junte nigérienne', 'gouvernement nigérien', 'autorités nigériennes', 'pouvoir nigérien'],
    },
    genericAliases: ['the junta', 'la junte', 'the government', 'le gouvernement', 'the military government'],
    description: {
      en: 'The junta that took power in Niger in July 2023 under Gen. Abdourahamane Tiani. It pushed out French and US forces, left ECOWAS with Mali and Burkina Faso, withdrew from the Lake Chad regional force in 2025 and restricts independent media.',
      fr: 'La junte au pouvoir au Niger depuis juillet 2023, sous le général Abdourahamane Tiani. Elle a fait partir les forces françaises et américaines, quitté la CEDEAO avec le Mali et le Burkina Faso, quitté la force régionale du lac Tchad en 2025 et restreint les médias indépendants.',
    },
    links: [{ title: 'Niger withdraws from regional force (Devdiscourse)', url: 'https://www.devdiscourse.com/article/headlines/3327801-niger-withdraws-from-regional-force-to-protect-oil-assets', lang: 'en' }],
    related: ['abdourahamane-tiani', 'niger-army', 'niger-coup', 'rtn'], reviewed: r,
  },
  {
    id: 'rtn', kind: 'organisation', name: 'ORTN / Télé Sahel (Nigerien state broadcaster)', party: true, salient: false, country: ['niger'],
    aliases: { en: ['RTN', 'Télé Sahel', 'Nigerien state television', 'Radio Télévision du Niger'], fr: ['télévision nationale nigérienne', 'Office de radiodiffusion télévision du Niger', 'ORTN'] },
    description: {
      en: 'Niger’s state radio and television, which carries the junta’s and the defence ministry’s communiqués and tolls. Its reports express the authorities’ position.',
      fr: 'La radio-télévision d’État du Niger, qui relaie les communiqués et les bilans de la junte et du ministère de la Défense. Ses informations expriment la position des autorités.',
    },
    links: [{ title: 'Niger : 27 soldats tués près de Tillabéri', url: 'https://lesnouvellesdafrique.info/2025/09/11/niger-massacre-de-27-soldats-a-tilaberi', lang: 'fr' }],
    related: ['niger-government', 'guide-party-media'], reviewed: r,
  },
  {
    id: 'mohamed-bazoum', kind: 'person', name: 'Mohamed Bazoum', country: ['niger'],
    aliases: { en: ['President Bazoum', 'Bazoum'], fr: [] },
    description: {
      en: 'Niger’s elected president from 2021 until the army overthrew him on 26 July 2023; the junta has held him with his wife since then, despite repeated ECOWAS calls for his release. The junta accused his camp of seeking a French intervention, citing documents that could not be independently verified.',
      fr: 'Président élu du Niger de 2021 jusqu’à son renversement par l’armée le 26 juillet 2023 ; la junte le détient depuis avec son épouse, malgré les demandes répétées de libération de la CEDEAO. La junte a accusé son camp de chercher une intervention française, sur la foi de documents invérifiables de source indépendante.',
    },
    links: [{ title: 'ECOWAS lifts part of sanctions against Niger', url: 'https://codelist.biz/ecowas-announced-the-lifting-of-part-of-the-sanctions-against-niger-with-immediate-effect/', lang: 'en' }],
    related: ['niger-coup', 'abdourahamane-tiani', 'ecowas'], reviewed: r,
  },
  // ---------------------------------------------------------------- Chad, Mauritania
  {
    id: 'chad-army', kind: 'state-force', name: 'Chadian National Army', party: true, country: ['chad'],
    displayName: { en: 'Chadian National Army (ANT)', fr: 'Armée nationale tchadienne (ANT)' },
    aliases: {
      en: ['ANT', 'Chadian army', "Chad's army", 'Chad army', 'Chadian military', 'Chadian soldiers', 'Chadian troops', 'Chadian armed forces'],
      fr: ['Armée nationale tchadienne', 'armée tchadienne', 'soldats tchadiens', 'militaires tchadiens', 'forces armées tchadiennes'],
    },
    genericAliases: ['the army', 'the armed forces', 'soldiers', 'troops', 'l’armée', 'l’état-major', 'les forces armées', 'les soldats', 'des soldats', 'les militaires', 'des militaires'],
    description: {
      en: 'Chad’s army, long rated among the most battle-hardened in the region, is at war with Boko Haram and ISWAP in the Lake Chad area. Chad ended its defence pact with France in November 2024 and took over the last French base in January 2025. Its operation communiqués, such as those on Operation Haskanite, give tolls no one can check independently.',
      fr: 'L’armée du Tchad, longtemps considérée comme l’une des plus aguerries de la région, combat Boko Haram et l’ISWAP autour du lac Tchad. Le Tchad a mis fin à son accord de défense avec la France en novembre 2024 et la dernière base française a été rétrocédée en janvier 2025. Ses communiqués d’opération, comme ceux d’Haskanite, donnent des bilans invérifiables.',
    },
    links: [{ title: 'French base in Chad handed over (Africanews)', url: 'https://www.africanews.com/2024/12/26/french-military-base-in-chad-officially-handed-over-to-ndjamena-after-end-of-defence-agree/', lang: 'en' }],
    related: ['chad-government', 'mahamat-deby', 'barkaram-attack', 'lake-chad', 'mnjtf'], reviewed: r,
  },
  {
    id: 'mahamat-deby', kind: 'person', name: 'Mahamat Idriss Déby Itno', party: true, country: ['chad'],
    aliases: { en: ['Mahamat Idriss Déby', 'Mahamat Déby', 'Mahamat Kaka'], fr: ['maréchal Mahamat Idriss Déby', 'général Mahamat Déby'] },
    description: {
      en: 'Chad’s president, who took over at the head of a military council when his father Idriss Déby Itno was killed in April 2021, a move opponents called a coup. Official results gave him about 61% in the May 2024 election; runner-up Succès Masra alleged fraud and rights groups questioned the vote’s credibility.',
      fr: 'Président du Tchad, arrivé au pouvoir à la tête d’un conseil militaire à la mort de son père Idriss Déby Itno en avril 2021, ce que ses opposants ont qualifié de coup d’État. Les résultats officiels lui ont donné environ 61 % à la présidentielle de mai 2024 ; son rival Succès Masra a dénoncé des fraudes et des ONG ont mis en doute la crédibilité du scrutin.',
    },
    links: [{ title: 'Chad confirms Mahamat Idriss Déby as president (Africanews)', url: 'https://www.africanews.com/2024/05/17/chad-confirms-mahamat-idriss-deby-as-president/', lang: 'en' }],
    related: ['chad-government', 'chad-army', 'barkaram-attack'], reviewed: r,
  },
  {
    id: 'chad-government', kind: 'government', name: 'Chadian government', party: true, salient: false, country: ['chad'],
    displayName: { fr: 'Gouvernement tchadien' },
    aliases: {
      en: ["Chad's government", 'Chadian authorities', 'Chadian presidency', 'Chadian officials', 'Chad government'],
      fr: ['gouvernement tchadien', 'autorités tchadiennes', 'présidence tchadienne', 'pouvoir tchadien'],
    },
    genericAliases: ['the government', 'le gouvernement'],
    description: {
      en: 'The government of President Mahamat Idriss Déby Itno. It is not an AES member and keeps ties with ECOWAS neighbours; it ended French military cooperation in 2024–2025.',
      fr: 'Le gouvernement du président Mahamat Idriss Déby Itno. Il n’est pas membre de l’AES et garde des liens avec ses voisins de la CEDEAO ; il a mis fin à la coopération militaire française en 2024-2025.',
    },
    links: [{ title: 'Chad announces full pullout of French troops', url: 'https://zambianobserver.com/chad-announces-full-pullout-of-french-troops/', lang: 'en' }],
    related: ['mahamat-deby', 'chad-army'], reviewed: r,
  },
  {
    id: 'mauritania-army', kind: 'state-force', name: 'Mauritanian Armed Forces', party: true, country: ['mauritania'],
    displayName: { fr: 'Forces armées mauritaniennes' },
    aliases: { en: ['Mauritanian army', "Mauritania's army", 'Mauritanian military', "Mauritania's military"], fr: ['Forces armées mauritaniennes', 'armée mauritanienne'] },
    description: {
      en: 'Mauritania’s army has kept the country largely free of jihadist attacks in recent years, although it was hit in earlier ones. It patrols the long border with Mali, where refugees fleeing the fighting arrive at the Mbera camp; border incidents with Malian forces and their Russian partners are sensitive.',
      fr: 'L’armée mauritanienne a largement préservé le pays des attaques jihadistes ces dernières années, même s’il en a subi auparavant. Elle surveille la longue frontière avec le Mali, d’où arrivent au camp de Mbera des réfugiés fuyant les combats ; les incidents frontaliers avec les forces maliennes et leurs partenaires russes sont sensibles.',
    },
    links: [{ title: 'Malians seek safety in Mauritania (inkl)', url: 'https://inkl.com/news/children-were-hunted-by-armed-men-malians-seek-safety-in-mauritania', lang: 'en' }],
    related: ['mauritania', 'unhcr'], reviewed: r,
  },
  // ---------------------------------------------------------------- Jihadist groups
  {
    id: 'jnim', kind: 'armed-group', name: 'JNIM', party: true,
    displayName: { en: 'JNIM (Group for the Support of Islam and Muslims)', fr: 'JNIM (Groupe de soutien à l’islam et aux musulmans, GSIM)' },
    aliases: {
      en: ['GSIM', "Jama'at Nusrat al-Islam wal-Muslimin", "Jama'at Nasr al-Islam wal Muslimin", 'Jamaat Nusrat al-Islam wal-Muslimin', "Jama'a Nusrat ul-Islam wa al-Muslimin", 'Group for the Support of Islam and Muslims', 'Support Group for Islam and Muslims'],
      fr: ['Groupe de soutien à l’islam et aux musulmans', 'Groupe pour le soutien de l’islam et des musulmans'],
    },
    description: {
      en: 'Al-Qaeda’s Sahel coalition, formed in March 2017 from Ansar Dine, the Katiba Macina, al-Mourabitoun and an AQIM branch, led by Iyad Ag Ghaly. It fights the armies, their Russian partners, the VDP and Islamic State Sahel, and claimed Barsalogho, the 2024 Bamako attack and the 2025 fuel blockade. Its claims (az-Zallaqa outlet) cannot be verified independently and often inflate enemy losses.',
      fr: 'La coalition d’al-Qaïda au Sahel, née en mars 2017 de la fusion d’Ansar Dine, de la katiba Macina, d’al-Mourabitoune et d’une branche d’AQMI, dirigée par Iyad Ag Ghaly. Elle combat les armées, leurs alliés russes, les VDP et l’État islamique au Sahel, et a revendiqué Barsalogho, l’attaque de Bamako de 2024 et le blocus du carburant de 2025. Ses revendications (média az-Zallaqa) sont invérifiables et gonflent souvent les pertes adverses.',
    },
    links: [
      { title: 'JNIM (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Jama%27at_Nasr_al-Islam_wal_Muslimin', lang: 'en' },
      { title: 'Mali: enabling dialogue with the jihadist coalition JNIM (Crisis Group)', url: 'https://www.crisisgroup.org/africa/sahel/mali/306-mali-enabling-dialogue-jihadist-coalition-jnim', lang: 'en' },
    ],
    related: ['iyad-ag-ghaly', 'katiba-macina', 'amadou-koufa', 'issp', 'fuel-blockade', 'barsalogho-attack', 'bamako-attack-2024'],
    trackedBy: ['acled', 'crisis-group', 'menastream'], reviewed: r,
  },
  {
    id: 'katiba-macina', kind: 'armed-group', name: 'Katiba Macina', party: true, country: ['mali'],
    displayName: { fr: 'Katiba Macina' },
    aliases: { en: ['Macina Liberation Front', 'Massina Liberation Front', 'FLM', 'Katiba Massina'], fr: ['Front de libération du Macina', 'katiba du Macina'] },
    description: {
      en: 'JNIM’s branch in central Mali, led by the Fulani preacher Amadou Koufa and active since about 2015. According to a 2020 estimate by the Africa Center for Strategic Studies, it accounted for most of the violence attributed to JNIM. Its presence is used to justify reprisals against Fulani civilians as a whole, a generalisation rights groups warn against.',
      fr: 'La branche du centre du Mali du JNIM, dirigée par le prédicateur peul Amadou Koufa et active depuis 2015 environ. Le Centre d’études stratégiques de l’Afrique estimait en 2020 qu’elle commettait l’essentiel des violences attribuées au JNIM. Sa présence sert à justifier des représailles contre l’ensemble des civils peuls, une généralisation contre laquelle les ONG mettent en garde.',
    },
    links: [{ title: 'Speaking with the “bad guys”: central Mali’s jihadists (Crisis Group)', url: 'https://www.crisisgroup.org/africa/sahel/mali/276-speaking-bad-guys-toward-dialogue-central-malis-jihadists', lang: 'en' }],
    related: ['jnim', 'amadou-koufa', 'mopti'], reviewed: r,
  },
  {
    id: 'iyad-ag-ghaly', kind: 'person', name: 'Iyad Ag Ghaly', party: true, country: ['mali'],
    aliases: { en: ['Iyad ag Ghali', 'Iyad Ag Aghali'], fr: [] },
    description: {
      en: 'Tuareg leader from Kidal who led rebellions in the 1990s, founded Ansar Dine in 2012 and has headed JNIM since 2017.',
      fr: 'Chef touareg originaire de Kidal, meneur de rébellions dans les années 1990, fondateur d’Ansar Dine en 2012 et émir du JNIM depuis 2017.',
    },
    links: [{ title: 'The largest jihadist group in the Sahel is born (Explica)', url: 'https://www.explica.co/the-largest-jihadist-group-in-the-sahel-is-born-international/', lang: 'en' }],
    related: ['jnim', 'kidal'], reviewed: r,
  },
  {
    id: 'amadou-koufa', kind: 'person', name: 'Amadou Koufa', party: true, country: ['mali'],
    aliases: { en: ['Amadou Kouffa', 'Hamadoun Koufa'], fr: [] },
    description: {
      en: 'Fulani preacher at the head of the Katiba Macina, the central Mali branch that helped found JNIM in 2017. His death has been announced before and then contradicted, so treat such reports with care.',
      fr: 'Prédicateur peul du centre du Mali qui dirige la katiba Macina, composante fondatrice du JNIM en 2017. Sa mort a déjà été annoncée puis démentie : ce type d’information est à prendre avec prudence.',
    },
    links: [{ title: 'Jihadist groups in the Sahel formalize merger (Jihadology)', url: 'https://jihadology.net/2017/03/27/guest-post-jihadist-groups-in-the-sahel-region-formalize-merger', lang: 'en' }],
    related: ['katiba-macina', 'jnim'], reviewed: r,
  },
  {
    id: 'issp', kind: 'armed-group', name: 'Islamic State Sahel Province', party: true,
    displayName: { fr: 'État islamique au Sahel (EIS, ex-EIGS)' },
    aliases: {
      en: ['ISSP', 'IS Sahel', 'Islamic State Sahil Province', 'Islamic State in the Greater Sahara', 'ISGS', 'IS-GS', 'IS Greater Sahara'],
      fr: ['État islamique au Sahel', 'EIS', 'EIGS', 'EI Sahel', 'EI au Sahel', 'État islamique dans le Grand Sahara', 'État islamique au Grand Sahara', 'Province du Sahel de l’État islamique'],
    },
    description: {
      en: 'The Islamic State’s Sahel branch, founded in 2015 as the Islamic State in the Greater Sahara (ISGS) by Adnan Abu Walid al-Sahrawi, killed by a French strike in 2021; a full province since March 2022. It is blamed for many mass killings of civilians where Mali, Niger and Burkina Faso meet, and fights JNIM as well as the states. Its claims come via IS central media, often late or inflated.',
      fr: 'La branche sahélienne de l’État islamique, fondée en 2015 sous le nom d’État islamique dans le Grand Sahara (EIGS) par Adnan Abou Walid al-Sahraoui, tué par une frappe française en 2021 ; province à part entière depuis mars 2022. On lui impute de nombreux massacres de civils aux confins du Mali, du Niger et du Burkina, et elle combat aussi le JNIM. Ses revendications, via les médias centraux de l’EI, sont souvent tardives ou gonflées.',
    },
    links: [
      { title: 'Islamic State in the Greater Sahara (Wikizero)', url: 'https://www.wikizero.com/en/Islamic_State_in_the_Greater_Sahara', lang: 'en' },
      { title: 'France says ISGS leader killed', url: 'https://fromthetrenchesworldreport.com/france-says-leader-of-isil-group-in-sahel-has-been-killed/291409', lang: 'en' },
    ],
    related: ['jnim', 'iswap', 'menaka', 'tillaberi', 'liptako-gourma'], trackedBy: ['acled', 'crisis-group', 'menastream'], reviewed: r,
  },
  {
    id: 'iswap', kind: 'armed-group', name: 'Islamic State West Africa Province', party: true,
    displayName: { en: 'Islamic State West Africa Province (ISWAP)', fr: 'État islamique en Afrique de l’Ouest (ISWAP)' },
    aliases: { en: ['ISWAP', "Islamic State's West Africa Province", 'ISWA', 'Wilayat Gharb Ifriqiya'], fr: ['État islamique en Afrique de l’Ouest', 'EIAO', 'Province d’Afrique de l’Ouest de l’État islamique'] },
    description: {
      en: 'Islamic State branch that split from Boko Haram in 2016 and is strongest around Lake Chad (north-east Nigeria, Diffa in Niger, Chad, Cameroon). In May 2021 its fighters overran Boko Haram’s Sambisa base, where Boko Haram leader Abubakar Shekau died. Media often lump it together with Boko Haram, although the two groups fight each other.',
      fr: 'Branche de l’État islamique issue d’une scission de Boko Haram en 2016, surtout implantée autour du lac Tchad (nord-est du Nigeria, Diffa au Niger, Tchad, Cameroun). En mai 2021, ses combattants ont pris la base de Boko Haram dans la forêt de Sambisa, où le chef de Boko Haram Abubakar Shekau est mort. Les médias la confondent souvent avec Boko Haram, alors que les deux groupes se combattent.',
    },
    links: [{ title: 'Shekau dead as ISWAP captures Sambisa (HumAngle)', url: 'https://humanglemedia.com/boko-haram-strongman-shekau-dead-as-iswap-fighters-capture-sambisa-forest', lang: 'en' }],
    related: ['boko-haram', 'lake-chad', 'issp', 'diffa'], trackedBy: ['acled', 'humangle', 'crisis-group'], reviewed: r,
  },
  {
    id: 'boko-haram', kind: 'armed-group', name: 'Boko Haram', party: true,
    aliases: { en: ['JAS', "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", 'Shekau faction'], fr: [] },
    description: {
      en: 'Nigerian jihadist movement whose armed insurgency began in 2009, led by Abubakar Shekau until his death in 2021. Its remaining factions operate around Lake Chad, and Chad held it responsible for the Barkaram attack of October 2024. The name is often used loosely for attacks that may be ISWAP’s.',
      fr: 'Mouvement jihadiste nigérian entré en insurrection armée en 2009 et dirigé par Abubakar Shekau jusqu’à sa mort en 2021. Ses factions restantes opèrent autour du lac Tchad ; le Tchad lui a imputé l’attaque de Barkaram d’octobre 2024. Le nom est souvent employé à tort pour des attaques qui pourraient être le fait de l’ISWAP.',
    },
    links: [{ title: 'Boko Haram leader Shekau dead (Daily Post)', url: 'https://dailypost.ng/2021/05/20/boko-haram-leader-shekau-dead-after-iswap-attack/embed', lang: 'en' }],
    related: ['iswap', 'lake-chad', 'barkaram-attack', 'mnjtf'], trackedBy: ['acled', 'humangle', 'crisis-group'], reviewed: r,
  },
  {
    id: 'ansarul-islam', kind: 'armed-group', name: 'Ansarul Islam', party: true, country: ['burkina-faso'],
    aliases: { en: ['Ansaroul Islam', 'Ansar ul Islam'], fr: [] },
    description: {
      en: 'Jihadist group born in 2016 in northern Burkina Faso (Soum province), which operates alongside JNIM and took part in the blockade of Djibo from 2022. Depending on the source, attacks in the north are blamed on it, on JNIM or on “unidentified gunmen”.',
      fr: 'Groupe jihadiste burkinabè apparu en 2016 dans le nord (province du Soum), qui agit aux côtés du JNIM ; il faisait partie des groupes imposant le blocus de Djibo à partir de 2022. Selon les sources, les attaques dans le nord lui sont imputées, ou au JNIM, ou à des « individus armés non identifiés ».',
    },
    links: [{ title: '“We found their bodies later that day” (HRW, 2019)', url: 'https://www.hrw.org/report/2019/03/22/we-found-their-bodies-later-day/atrocities-armed-islamists-and-security-forces', lang: 'en' }],
    related: ['jnim', 'djibo'], reviewed: r,
  },
  // ---------------------------------------------------------------- Northern Mali movements
  {
    id: 'fla', kind: 'armed-group', name: 'Azawad Liberation Front', party: true, country: ['mali'],
    displayName: { en: 'Azawad Liberation Front (FLA)', fr: 'Front de libération de l’Azawad (FLA)' },
    aliases: { en: ['FLA'], fr: ['Front de libération de l’Azawad'] },
    description: {
      en: 'Separatist front created at Tinzaouaten on 30 November 2024 by merging the CSP-DPA’s movements (MNLA, HCUA, parts of the MAA and of GATIA) under one flag and one command. Its stated aim is independence, or at least self-determination, for Azawad (northern Mali); Mali’s government treats it as a terrorist group. Its tolls and images, like the army’s claims about it, are one side’s account.',
      fr: 'Front séparatiste créé le 30 novembre 2024 à Tinzaouaten, lorsque le CSP-DPA et ses mouvements (MNLA, HCUA, une partie du MAA et du GATIA) ont fusionné sous un drapeau et un commandement uniques. Il revendique ouvertement l’indépendance ou l’autodétermination de l’Azawad, le nord du Mali ; le gouvernement malien le qualifie de terroriste. Ses bilans et ses images, comme ceux de l’armée à son sujet, sont la version d’un camp.',
    },
    links: [
      { title: 'FLA: the challenges facing the new separatist coalition (West Africa Maps)', url: 'https://westafricamaps.com/en/analysis/azawad-liberation-front-fla-the-challenges-facing-the-new-separatist-coalition', lang: 'en' },
      { title: 'Frappes de drone à Tinzaouatène après la création du FLA (Impact.sn)', url: 'https://impact.sn/Mali-frappes-de-drone-a-Tinzaouatene-apres-la-creation-d-une-nouvelle-coalition-separatiste_a49690.html', lang: 'fr' },
    ],
    related: ['csp', 'cma', 'mnla', 'hcua', 'fla-founding', 'azawad', 'tinzaouaten'], reviewed: r,
  },
  {
    id: 'csp', kind: 'armed-group', name: 'Permanent Strategic Framework (CSP)', party: true, country: ['mali'],
    displayName: { fr: 'Cadre stratégique permanent (CSP)' },
    aliases: {
      en: ['CSP', 'CSP-PSD', 'CSP-DPA', 'Permanent Strategic Framework', 'Permanent Strategic Framework for Peace, Security and Development', 'Strategic Framework for the Defence of the People of Azawad'],
      fr: ['Cadre stratégique permanent', 'Cadre stratégique permanent pour la paix, la sécurité et le développement', 'Cadre stratégique permanent pour la défense du peuple de l’Azawad'],
    },
    description: {
      en: 'Framework set up in 2021 by the separatist CMA together with the pro-government Platform, meant to implement the 2015 Algiers accord. From September 2023 its remaining members fought the junta and Wagner and the Platform groups walked out; it fought at Kidal and at Tinzaouaten in July 2024. Renamed CSP-DPA in May 2024, it merged into the FLA at the end of November 2024.',
      fr: 'Cadre créé en 2021 par la CMA et la Plateforme progouvernementale pour appliquer l’accord d’Alger de 2015. En septembre 2023, ses membres restants ont pris les armes contre la junte et Wagner, et les groupes de la Plateforme l’ont quitté ; il a combattu lors de l’offensive sur Kidal et de la bataille de Tinzaouaten de juillet 2024. Rebaptisé CSP-DPA en mai 2024, il s’est fondu dans le FLA le 30 novembre 2024.',
    },
    links: [{ title: 'Cadre stratégique permanent (Wikizero, fr)', url: 'https://www.wikizero.org/wiki/fr/Cadre_strat%C3%A9gique_permanent', lang: 'fr' }],
    related: ['fla', 'cma', 'platform-gatia', 'tinzaouaten-battle', 'kidal-recapture'], reviewed: r,
  },
  {
    id: 'cma', kind: 'armed-group', name: 'Coordination of Azawad Movements (CMA)', party: true, country: ['mali'],
    displayName: { fr: 'Coordination des mouvements de l’Azawad (CMA)' },
    aliases: { en: ['CMA', 'Coordination of Azawad Movements'], fr: ['Coordination des mouvements de l’Azawad'] },
    description: {
      en: 'Separatist alliance formed around 2014 by the MNLA, the HCUA and the MAA (an Arab movement of the north). It signed the 2015 Algiers accord, held Kidal until November 2023, and later formed the core of the CSP and then the FLA.',
      fr: 'Alliance du MNLA, du HCUA et du Mouvement arabe de l’Azawad formée vers 2014 ; elle a signé l’accord d’Alger de 2015 et tenu Kidal jusqu’en novembre 2023. Elle a formé le noyau du CSP puis du FLA.',
    },
    links: [{ title: 'Mali ends peace deal with separatist groups (DW)', url: 'https://www.dw.com/en/mali-ends-peace-deal-with-separatist-groups/a-68088180', lang: 'en' }],
    related: ['mnla', 'hcua', 'csp', 'fla', 'algiers-accord'], reviewed: r,
  },
  {
    id: 'mnla', kind: 'armed-group', name: 'National Movement for the Liberation of Azawad (MNLA)', party: true, country: ['mali'],
    displayName: { fr: 'Mouvement national de libération de l’Azawad (MNLA)' },
    aliases: { en: ['MNLA', 'National Movement for the Liberation of Azawad'], fr: ['Mouvement national de libération de l’Azawad', 'Mouvement national pour la libération de l’Azawad'] },
    description: {
      en: 'Tuareg separatist movement founded in October 2011; it launched the January 2012 rebellion and proclaimed an independent Azawad in April 2012, before its jihadist allies pushed it out of the northern towns. Bamako has accused it of ties to jihadist groups, which the movement rejects. It merged into the FLA in November 2024.',
      fr: 'Mouvement séparatiste touareg fondé en octobre 2011, qui a lancé la rébellion de janvier 2012 et proclamé l’indépendance de l’Azawad en avril 2012, avant d’être chassé des villes du nord par ses alliés jihadistes. Les autorités maliennes l’accusent de liens avec les jihadistes, ce qu’il dément. Il s’est fondu dans le FLA en novembre 2024.',
    },
    links: [{ title: 'Tuareg rebellion (2012) (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Tuareg_rebellion_(2012)', lang: 'en' }],
    related: ['cma', 'fla', 'azawad'], reviewed: r,
  },
  {
    id: 'hcua', kind: 'armed-group', name: 'High Council for the Unity of Azawad (HCUA)', party: true, country: ['mali'],
    displayName: { fr: 'Haut conseil pour l’unité de l’Azawad (HCUA)' },
    aliases: { en: ['HCUA', 'High Council for the Unity of Azawad'], fr: ['Haut conseil pour l’unité de l’Azawad'] },
    description: {
      en: 'Kidal-based member of the CMA and then the CSP, led by Alghabass Ag Intalla, which absorbed smaller factions in 2021 and merged into the FLA at the end of 2024. Old videos of its parades have been passed off online as “terrorist convoys”.',
      fr: 'Membre de la CMA puis du CSP basé à Kidal et dirigé par Alghabass Ag Intalla, qui a absorbé de petites factions en 2021. Il s’est fondu dans le FLA en novembre 2024. D’anciennes vidéos de ses défilés ont circulé en ligne comme des « convois terroristes ».',
    },
    links: [{ title: 'Non, cette vidéo ne montre pas des véhicules armés quittant… (Africa Check)', url: 'https://africacheck.org/fr/fact-checks/meta-programme-fact-checks/non-cette-video-ne-montre-pas-des-vehicules-armes-quittant', lang: 'fr' }],
    related: ['cma', 'fla', 'kidal'], reviewed: r,
  },
  {
    id: 'msa', kind: 'armed-group', name: 'Movement for the Salvation of Azawad (MSA)', party: true, country: ['mali'],
    displayName: { fr: 'Mouvement pour le salut de l’Azawad (MSA)' },
    aliases: { en: ['MSA', 'Movement for the Salvation of Azawad', 'Moussa Ag Acharatoumane'], fr: ['Mouvement pour le salut de l’Azawad'] },
    description: {
      en: 'Armed movement from the Ménaka area, headed by Moussa Ag Acharatoumane, which fought Islamic State Sahel with GATIA. It quit the CSP in September 2023 when the coalition turned its guns on the junta: a name containing “Azawad” does not make a group separatist or hostile to Bamako.',
      fr: 'Mouvement touareg de Ménaka dirigé par Moussa Ag Acharatoumane, qui a combattu l’État islamique au Sahel avec le GATIA. Il a quitté le CSP en septembre 2023 quand la coalition est entrée en guerre contre la junte : tous les groupes portant le nom « Azawad » ne sont pas séparatistes.',
    },
    links: [{ title: 'Ménaka offensive (FindAtWiki)', url: 'https://findatwiki.com/M%C3%A9naka_offensive', lang: 'en' }],
    related: ['menaka', 'platform-gatia', 'issp', 'csp'], reviewed: r,
  },
  {
    id: 'platform-gatia', kind: 'armed-group', name: 'Platform coalition and GATIA', party: true, country: ['mali'],
    displayName: { fr: 'Plateforme et GATIA' },
    aliases: {
      en: ['GATIA', 'Imghad Tuareg Self-Defence Group and Allies', 'Platform coalition', 'the Platform'],
      fr: ['Groupe autodéfense touareg Imghad et alliés', 'Plateforme des mouvements du 14 juin 2014 d’Alger', 'la Plateforme'],
    },
    caseSensitive: ['the Platform', 'la Plateforme'],
    description: {
      en: 'Loyalist coalition that signed the 2015 peace deal on Bamako’s side; its best-known member is GATIA, a Tuareg Imghad militia. Some of its groups sat in the CSP from 2021 to 2023, and one GATIA wing is reported to have gone over to the FLA in 2024 while others stayed with the government, so check which faction a spokesman represents.',
      fr: 'Coalition de groupes armés signataires de l’accord de 2015 du côté du gouvernement ; le GATIA, milice touarègue imghad, en est le membre le plus connu. Certains groupes de la Plateforme ont rejoint le CSP en 2021 puis l’ont quitté en 2023, et une partie du GATIA aurait rejoint le FLA en 2024 tandis que d’autres restaient fidèles à Bamako : vérifier pour quelle faction parle un porte-parole.',
    },
    links: [{ title: 'FLA: the new separatist coalition (West Africa Maps)', url: 'https://westafricamaps.com/en/analysis/azawad-liberation-front-fla-the-challenges-facing-the-new-separatist-coalition', lang: 'en' }],
    related: ['csp', 'msa', 'algiers-accord'], reviewed: r,
  },
  {
    id: 'dan-na-ambassagou', kind: 'armed-group', name: 'Dan Na Ambassagou', party: true, country: ['mali'],
    aliases: { en: ['Dan Nan Ambassagou', 'Dana Amassagou', 'Dan na Amassagou'], fr: [] },
    description: {
      en: 'Umbrella of Dogon self-defence groups in central Mali formed in late 2016. A Fulani association blamed it for the March 2019 Ogossagou massacre; it denied this and ignored the government’s order to dissolve. Reports often speak of “hunters” or “dozos” without naming a group, so do not assume they mean this militia.',
      fr: 'Regroupement de milices d’autodéfense dogon du centre du Mali formé fin 2016. Une association peule l’a accusé du massacre d’Ogossagou en mars 2019 ; il a nié et ignoré l’ordre de dissolution du gouvernement. Les récits parlent souvent de « chasseurs » ou de « dozos » sans nommer de groupe : ils ne désignent pas forcément cette milice.',
    },
    links: [{ title: 'Actor profile: Dan Na Ambassagou (ACLED)', url: 'https://acleddata.com/2022/05/09/actor-profile-dan-na-ambassagou', lang: 'en' }],
    related: ['mopti', 'katiba-macina'], reviewed: r,
  },
  // ---------------------------------------------------------------- Foreign forces
  {
    id: 'wagner', kind: 'foreign-force', name: 'Wagner Group', party: true,
    displayName: { fr: 'Groupe Wagner' },
    aliases: {
      en: ['Wagner', 'PMC Wagner', 'ChVK Wagner', 'Wagner mercenaries', 'Russian mercenaries', 'Russian instructors', 'white men'],
      fr: ['groupe Wagner', 'mercenaires de Wagner', 'mercenaires russes', 'instructeurs russes', 'hommes blancs'],
    },
    asSurname: ['Wagner'],
    description: {
      en: 'Russian private military company present in Mali from late 2021; Bamako never admitted it was there and spoke only of Russian “instructors”. Its fighters took part in the 2023 Kidal offensive, took their worst losses at Tinzaouaten in July 2024 and are tied by witnesses and UN reports to abuses such as Moura, which Mali denies. On 6 June 2025 it said it was pulling out of Mali; Russia’s Africa Corps announced it would remain.',
      fr: 'Groupe de mercenaires russes déployé au Mali dès fin 2021, jamais reconnu par Bamako, qui parlait d’« instructeurs » russes. Il a pris part à l’offensive sur Kidal (2023), subi ses pires pertes à Tinzaouaten (juillet 2024) et est lié par des témoins et l’ONU à des exactions comme Moura, ce que Bamako dément. Le 6 juin 2025, il a annoncé quitter le Mali ; l’Africa Corps russe dit y rester.',
    },
    links: [
      { title: 'Wagner leaves Mali, Africa Corps stays (AllAfrica)', url: 'https://allafrica.com/stories/202506090190.html', lang: 'en' },
      { title: 'Wagner in Mali (TRT Afrika)', url: 'https://trt.global/afrika-english/article/ca898af2966d', lang: 'en' },
    ],
    related: ['africa-corps', 'fama', 'moura-killings', 'tinzaouaten-battle', 'russia-government'],
    trackedBy: ['acled', 'all-eyes-on-wagner', 'the-sentry'], reviewed: r,
  },
  {
    id: 'africa-corps', kind: 'foreign-force', name: 'Africa Corps', party: true,
    displayName: { fr: 'Africa Corps (Corps africain russe)' },
    aliases: { en: ['Russian Africa Corps', 'Afrikansky Korpus', 'Африканский корпус'], fr: ['Corps africain', 'Corps africain russe'] },
    description: {
      en: 'Force of Russia’s defence ministry set up after Wagner’s 2023 mutiny and Yevgeny Prigozhin’s death, to bring its African operations under state control; reported in Mali, Burkina Faso, Niger and Libya. It took over in Mali after Wagner’s June 2025 exit, with many former Wagner fighters; US officials estimate about 2,000 Russians remain there.',
      fr: 'Force du ministère russe de la Défense créée après la mutinerie de Wagner en 2023 et la mort d’Evgueni Prigojine, pour placer ses opérations africaines sous contrôle de l’État ; signalée au Mali, au Burkina Faso, au Niger et en Libye. Elle a pris le relais au Mali après le départ de Wagner en juin 2025, avec beaucoup d’anciens de Wagner ; environ 2 000 Russes y restent selon des responsables américains.',
    },
    links: [
      { title: 'Wagner leaves Mali, Africa Corps stays (AllAfrica)', url: 'https://allafrica.com/stories/202506090190.html', lang: 'en' },
      { title: 'New Russian Africa Corps to take over from Wagner (Maghreb Insider)', url: 'https://www.maghrebinsider.com/new-russian-african-military-corps-to-take-over-from-wagner/', lang: 'en' },
    ],
    related: ['wagner', 'russian-mod', 'fama'], trackedBy: ['acled', 'all-eyes-on-wagner', 'the-sentry'], reviewed: r,
  },
  {
    id: 'russian-mod', kind: 'government', name: 'Russian Ministry of Defence', party: true, salient: false,
    displayName: { fr: 'Ministère russe de la Défense' },
    aliases: {
      en: ['Russian defence ministry', 'Russian defense ministry', "Russia's defence ministry", "Russia's defense ministry", 'Russian Ministry of Defense', 'Russian MoD'],
      fr: ['ministère russe de la Défense', 'ministère de la Défense russe'],
    },
    description: {
      en: 'The Russian ministry that commands the Africa Corps, the state-run successor to Wagner in the Sahel.',
      fr: 'Le ministère russe qui commande l’Africa Corps, successeur étatique de Wagner au Sahel.',
    },
    links: [{ title: 'Russia expands into the Sahel with Africa Corps', url: 'https://yuits.com/russia-expands-into-the-sahel-with-its-new-brand-africa-corps-international/', lang: 'en' }],
    related: ['africa-corps', 'russia-government'], reviewed: r,
  },
  {
    id: 'russia-government', kind: 'government', name: 'Russian government (Kremlin)', party: true, salient: false,
    displayName: { fr: 'Gouvernement russe (Kremlin)' },
    aliases: { en: ['Kremlin', 'Russian government', "Russia's government"], fr: ['gouvernement russe'] },
    description: {
      en: 'The Russian state, a party where its forces fight alongside Sahel armies. It presents its military ties with Mali, Burkina Faso and Niger as cooperation requested by sovereign governments, and has defended operations such as Moura at the UN.',
      fr: 'L’État russe, partie au conflit là où ses forces combattent aux côtés des armées sahéliennes. Il présente ses liens militaires avec le Mali, le Burkina Faso et le Niger comme une coopération demandée par des États souverains et a défendu à l’ONU des opérations comme Moura.',
    },
    links: [{ title: 'Wagner in Mali (TRT Afrika)', url: 'https://trt.global/afrika-english/article/ca898af2966d', lang: 'en' }],
    related: ['africa-corps', 'wagner', 'russian-mod'], reviewed: r,
  },
  {
    id: 'barkhane', kind: 'foreign-force', name: 'Operation Barkhane', party: true,
    displayName: { fr: 'Opération Barkhane' },
    aliases: {
      en: ['Barkhane', 'Barkhane force', 'Operation Serval', 'Task Force Takuba', 'Takuba', 'Task Force Sabre', 'French forces in the Sahel'],
      fr: ['force Barkhane', 'forces françaises au Sahel', 'force Sabre'],
    },
    description: {
      en: 'France’s Sahel counter-terrorism operation (2014–2022), which followed Operation Serval in Mali (2013) and had some 5,500 soldiers at its peak. France left Mali in August 2022, ended Barkhane in November 2022, then left Burkina Faso (2023), Niger (2023) and Chad (January 2025). The juntas and pro-Russian media accuse France of having helped jihadists; France denies it and no independent evidence has been produced.',
      fr: 'L’opération antiterroriste française au Sahel (2014-2022), après Serval au Mali (2013), avec jusqu’à 5 500 soldats. La France a quitté le Mali en août 2022, clos Barkhane en novembre 2022, puis quitté le Burkina Faso (2023), le Niger (2023) et le Tchad (janvier 2025). Des juntes et des médias prorusses l’accusent d’avoir aidé les jihadistes ; Paris dément et aucune preuve indépendante n’a été produite.',
    },
    links: [{ title: 'Final French troops leave Mali (Tribune)', url: 'https://tribuneonlineng.com/french-troops-fully-withdraw-from-mali/', lang: 'en' }],
    related: ['mali-government', 'gao', 'ndjamena'], reviewed: r,
  },
  // ---------------------------------------------------------------- Organisations and forces
  {
    id: 'minusma', kind: 'organisation', name: 'MINUSMA', country: ['mali'],
    displayName: { en: 'MINUSMA (UN mission in Mali, 2013–2023)', fr: 'MINUSMA (mission de l’ONU au Mali, 2013-2023)' },
    aliases: {
      en: ['UN peacekeeping mission in Mali', 'United Nations Multidimensional Integrated Stabilization Mission in Mali', 'UN mission in Mali'],
      fr: ['Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali', 'Mission des Nations unies au Mali', 'mission de l’ONU au Mali'],
    },
    description: {
      en: 'UN stabilisation mission deployed in Mali from 2013, over 17,000 strong by the end and often named the most lethal UN peacekeeping operation for its own staff. Its human-rights staff recorded violations by every camp. The Security Council closed it at the junta’s request on 30 June 2023 and the last units left by the end of 2023, removing a major independent source on casualties.',
      fr: 'Mission de stabilisation de l’ONU au Mali (2013-2023), plus de 17 000 personnels à la fin, souvent dite la plus meurtrière des missions de paix ; sa division des droits de l’homme documentait les exactions de tous les camps. À la demande de la junte, le Conseil de sécurité y a mis fin le 30 juin 2023 et elle est partie fin 2023, privant le pays d’une source indépendante majeure de bilans.',
    },
    links: [{ title: 'Security Council ends MINUSMA mandate (UN audiovisual library)', url: 'https://media.un.org/avlibrary/en/asset/d306/d3067286', lang: 'en' }],
    related: ['minusma-withdrawal', 'ohchr', 'mali-government'], reviewed: r,
  },
  {
    id: 'ecowas', kind: 'organisation', name: 'ECOWAS',
    displayName: { en: 'ECOWAS (Economic Community of West African States)', fr: 'CEDEAO (Communauté économique des États de l’Afrique de l’Ouest)' },
    aliases: { en: ['Economic Community of West African States'], fr: ['CEDEAO', 'Communauté économique des États de l’Afrique de l’Ouest'] },
    description: {
      en: 'West Africa’s regional bloc, based in Abuja. It suspended Mali, Burkina Faso and Niger following each coup, hit Mali (2022) and Niger (2023) with tough sanctions, threatened military action in Niger, then lifted most Niger sanctions in February 2024. The three juntas’ exit took effect on 29 January 2025; they accuse the bloc of serving foreign interests, while it says it was defending constitutional rule.',
      fr: 'Le bloc régional ouest-africain (siège à Abuja). Il a suspendu le Mali, le Burkina Faso et le Niger après leurs putschs, sanctionné le Mali (2022) et le Niger (2023), menacé d’intervenir au Niger, puis levé l’essentiel de ces sanctions en février 2024. Les trois juntes l’ont quitté (effet au 29 janvier 2025) en l’accusant de servir l’étranger ; il dit défendre l’ordre constitutionnel.',
    },
    links: [{ title: 'Mali, Burkina Faso, Niger to officially exit ECOWAS (Podium News)', url: 'https://podiumnews.net/mali-burkina-faso-niger-to-officially-exit-ecowas-in-2025', lang: 'en' }],
    related: ['ecowas-exit', 'aes'], reviewed: r,
  },
  {
    id: 'aes', kind: 'organisation', name: 'Alliance of Sahel States', party: true, country: ['mali', 'burkina-faso', 'niger'],
    displayName: { en: 'Alliance of Sahel States (AES)', fr: 'Alliance des États du Sahel (AES)' },
    aliases: {
      en: ['AES', 'Confederation of Sahel States', 'Liptako-Gourma Charter', 'AES unified force', 'unified AES force', 'FU-AES', 'AES force'],
      fr: ['Alliance des États du Sahel', 'Confédération des États du Sahel', 'Charte du Liptako-Gourma', 'Force unifiée de l’AES', 'force unifiée'],
    },
    description: {
      en: 'Mutual-defence pact of Mali, Burkina Faso and Niger, created by the Liptako-Gourma Charter of 16 September 2023, which became a confederation in July 2024. The three then announced, in January 2025, a joint force of roughly 5,000 soldiers, headquartered in Niamey. Its joint communiqués are statements by parties to the conflict, and the force’s operations are hard to verify.',
      fr: 'Pacte de défense mutuelle du Mali, du Burkina Faso et du Niger, créé par la Charte du Liptako-Gourma du 16 septembre 2023 et devenu une confédération en juillet 2024. Une force conjointe d’environ 5 000 soldats, basée à Niamey, a été annoncée en janvier 2025. Ses communiqués communs émanent de parties au conflit, et les opérations de la force sont difficiles à vérifier.',
    },
    links: [{ title: 'Ce qu’il faut savoir de la Charte du Liptako-Gourma', url: 'https://lebeninoislibere.bj/afrique-ce-quil-faut-savoir-de-la-charte-du-liptako-gourma-instituant-lalliance-des-etats-du-sahel-aes/', lang: 'fr' }],
    related: ['ecowas-exit', 'mali-government', 'burkina-government', 'niger-government', 'liptako-gourma'], reviewed: r,
  },
  {
    id: 'g5-sahel', kind: 'organisation', name: 'G5 Sahel', party: true,
    aliases: { en: ['G5S', 'G5 Sahel Joint Force'], fr: ['Force conjointe du G5 Sahel'] },
    description: {
      en: 'Grouping of Mauritania, Mali, Burkina Faso, Niger and Chad created in 2014, with a joint counter-terrorism force. Mali left in 2022 and Burkina Faso and Niger in late 2023, after which it was wound up; the AES took its place for those three.',
      fr: 'Groupement de la Mauritanie, du Mali, du Burkina Faso, du Niger et du Tchad créé en 2014, doté d’une force antiterroriste conjointe. Le Mali l’a quitté en 2022, puis le Burkina Faso et le Niger fin 2023, après quoi il a été dissous ; l’AES l’a remplacé pour ces trois pays.',
    },
    links: [{ title: 'Mali, Burkina et Niger mettent en place l’AES (PressAfrik)', url: 'https://www.pressafrik.com/Le-Mali-Burkina-et-Niger-mettent-en-place-l-Alliance-des-Etats-du-Sahel-AES_a262137.html', lang: 'fr' }],
    related: ['aes'], reviewed: r,
  },
  {
    id: 'mnjtf', kind: 'state-force', name: 'Multinational Joint Task Force', party: true,
    displayName: { en: 'Multinational Joint Task Force (MNJTF)', fr: 'Force multinationale mixte (FMM)' },
    aliases: { en: ['MNJTF', 'Multi-National Joint Task Force'], fr: ['Force multinationale mixte', 'FMM'] },
    description: {
      en: 'Lake Chad coalition of Nigeria, Chad, Niger and Cameroon, created in 2015 to fight Boko Haram and ISWAP and often faulted for weak coordination. Chad threatened to pull out after the Barkaram attack of October 2024, and Niger’s junta left it in March 2025.',
      fr: 'Force régionale créée en 2015 par le Nigeria, le Tchad, le Niger et le Cameroun contre Boko Haram et l’ISWAP, longtemps critiquée pour son manque de coordination. Le Tchad a menacé de la quitter après l’attaque de Barkaram d’octobre 2024, et la junte nigérienne s’en est retirée en mars 2025.',
    },
    links: [{ title: 'Niger withdraws from MNJTF (Africannow)', url: 'https://www.africannow.com/niger-withdraws-mnjtf-oil-security/', lang: 'en' }],
    related: ['lake-chad', 'boko-haram', 'iswap', 'chad-army'], reviewed: r,
  },
  {
    id: 'turkish-drones', kind: 'equipment', name: 'Turkish drones (Bayraktar TB2, Akıncı)',
    displayName: { fr: 'Drones turcs (Bayraktar TB2, Akıncı)' },
    aliases: { en: ['Bayraktar TB2', 'Bayraktar', 'TB2', 'Akıncı', 'Baykar', 'Turkish drones', 'Turkish-made drones'], fr: ['drones turcs', 'drones de fabrication turque', 'drone turc'] },
    description: {
      en: 'Armed drones made in Türkiye have become the core of the Sahel juntas’ air forces. Mali took delivery of Bayraktar TB2s several times from late 2022 to early 2024 (accounts of the dates vary) and of Akıncı drones in November 2024; Burkina Faso got roughly a dozen in April 2024. Governments describe their strikes as hitting “terrorists”, but local sources and rights groups report civilians among the dead in some of them.',
      fr: 'Les drones armés turcs sont le pilier de l’aviation des juntes sahéliennes. Le Mali a reçu des TB2 entre fin 2022 et début 2024 (dates divergentes selon les sources) et des Akıncı en novembre 2024 ; le Burkina Faso une douzaine en avril 2024. Les gouvernements disent frapper des « terroristes » ; sources locales et ONG signalent des victimes civiles lors de certaines frappes.',
    },
    links: [{ title: 'The use of drones in Mali (West Africa Maps)', url: 'https://westafricamaps.com/en/analysis/the-use-of-uavs-in-mali-between-civilian-victims-and-military-strategy---west-africa-maps', lang: 'en' }],
    related: ['fama', 'burkina-army', 'france24-observers'], reviewed: r,
  },
  {
    id: 'algeria-government', kind: 'government', name: 'Algerian government and army', party: true, salient: false,
    displayName: { fr: 'Gouvernement et armée algériens' },
    aliases: {
      en: ['Algerian army', 'Algerian government', 'Algerian defence ministry', "Algeria's defence ministry", 'Algerian foreign ministry', 'Algerian authorities'],
      fr: ['armée algérienne', 'gouvernement algérien', 'ministère algérien de la Défense', 'ministère algérien des Affaires étrangères', 'autorités algériennes'],
    },
    description: {
      en: 'Algeria was the lead mediator of the 2015 Algiers accord, which Mali’s junta ended in January 2024, accusing Algiers of hostile acts. Relations broke down further in April 2025, when Algeria said it shot down a Malian drone over its territory and Mali said the drone was inside Mali; in that dispute both governments speak as parties.',
      fr: 'L’Algérie était le principal médiateur de l’accord d’Alger de 2015, que la junte malienne a dénoncé en janvier 2024 en accusant Alger d’actes hostiles. Les relations se sont encore dégradées en avril 2025, quand l’Algérie a dit avoir abattu un drone malien au-dessus de son territoire, Bamako affirmant qu’il était au Mali ; dans ce différend, les deux gouvernements parlent en parties.',
    },
    links: [{ title: 'Mali ends peace deal with separatist groups (DW)', url: 'https://www.dw.com/en/mali-ends-peace-deal-with-separatist-groups/a-68088180', lang: 'en' }],
    related: ['algiers-accord', 'tinzaouaten', 'mali-government'], reviewed: r,
  },
];
