/**
 * The design article (test/data/corpus/seed/seed-kidal-convoy.txt, our own test article),
 * shipped as data so the welcome page can annotate it offline with the real engine. A unit
 * test keeps this copy equal to the corpus file.
 */
export const DESIGN_ARTICLE: { readonly title: string; readonly paragraphs: readonly string[] } = {
  title: "Malian army says 10 separatist fighters killed in Kidal",
  paragraphs: [
    "Ten separatist fighters were killed in two days of fighting with Malian security forces in the northern Kidal region, according to a statement released by the military on Friday. The separatist group claimed it inflicted heavy losses on Malian troops and members of a Russian-aligned military force.",
    "The violence erupted on Thursday when the army launched an operation in the area. The following day, a logistics convoy was ambushed, but military officials said the assault was repelled.",
    "The separatists reported killing several Malian soldiers and fighters affiliated with the Kremlin-backed Africa Corps during the ambush.",
    "This armed group has long pushed for the creation of an independent state in northern Mali. A 2015 peace agreement, which aimed to integrate some former fighters into the national army, has since collapsed.",
    "The group stated it had seized a range of military equipment and supplies, including 12 trucks loaded with food, fuel tankers, a military pickup, and an armored vehicle from a convoy of around 30 vehicles. It also acknowledged the deaths of three of its members in the clash.",
    "Videos shared on social media showed burning military trucks scattered across a desert expanse, with masked and armed individuals posing at the scene. Uniformed bodies, resembling those of Malian soldiers, were also visible. These videos have not been independently verified.",
    "According to Rida Lyammouri, a security analyst with the Policy Center for the New South, Mali’s armed forces continue to face serious challenges in remote areas like Kidal.",
    "“The lack of timely and accurate intelligence makes it difficult to safeguard convoys, putting the military at a disadvantage against armed groups that are familiar with the terrain,” Lyammouri said.",
    "The recent confrontation occurred shortly after the Wagner Group, a Russian paramilitary organization that had supported Malian forces for over three years, announced its departure. Despite this, the Africa Corps—under the command of Russia’s defense ministry—has confirmed it will continue operating in Mali.",
    "U.S. officials estimate that roughly 2,000 Russian military contractors remain in the country, although the division between Wagner and Africa Corps personnel remains unclear.",
  ],
};
