/**
 * A sample of engine output for overlay tests, shaped like what the engine gives for the
 * design article: a party claim with a figure and a conflicting account, an unverified
 * caveat covering two sentences, an analyst, and one sentence carrying markup as text.
 */
import type { Annotations, Claim } from '../../../src/engine/types';

const claim = (c: Partial<Claim> & Pick<Claim, 'id' | 'text' | 'labels'>): Claim => ({
  start: 0,
  end: c.text.length,
  figures: [],
  conflictsWith: [],
  explanation: '',
  links: [],
  entityIds: [],
  ...c,
});

export const EVIL = '<img src=x onerror="alert(1)"> and </script><script>alert(2)</script>';

export function sampleAnnotations(): Annotations {
  const claims: Claim[] = [
    claim({
      id: 'c0',
      start: 0,
      end: 178,
      text: 'Ten separatist fighters were killed in two days of fighting with Malian security forces in the northern Kidal region, according to a statement released by the military on Friday.',
      labels: ['party-claim', 'figure'],
      source: { kind: 'party', name: 'Malian army', cue: 'according to a statement released by', entityId: 'malian-army' },
      figures: [{ text: 'Ten', start: 0, end: 3, value: 10, approximate: false, counts: 'separatist fighters killed', givenBy: 'Malian army' }],
      conflictsWith: ['c1'],
      explanation: 'The figure of ten dead comes from the Malian army’s own statement; the separatists give a different account.',
      links: [
        { title: 'Malian Armed Forces (FAMa)', url: 'https://example.org/fama' },
        { title: 'ACLED conflict data', url: 'https://acleddata.com/' },
        { title: 'Bad link', url: 'javascript:alert(1)' },
      ],
      entityIds: ['malian-army'],
    }),
    claim({
      id: 'c1',
      start: 179,
      end: 298,
      text: 'The separatist group claimed it inflicted heavy losses on Malian troops and members of a Russian-aligned military force.',
      labels: ['party-claim'],
      source: { kind: 'party', name: 'FLA', cue: 'claimed' },
      conflictsWith: ['c0'],
      explanation: 'This is the separatists’ own claim; the army says the opposite.',
      links: [{ title: 'Front de libération de l’Azawad', url: 'https://example.org/fla' }],
    }),
    claim({
      id: 'c9',
      start: 1200,
      end: 1350,
      text: 'Videos shared on social media showed burning military trucks scattered across a desert expanse.',
      labels: ['unverified'],
      coveredBy: 'c11',
      explanation: 'The article says these videos were not independently verified.',
    }),
    claim({
      id: 'c11',
      start: 1420,
      end: 1470,
      text: 'These videos have not been independently verified.',
      labels: ['unverified'],
      covers: ['c9'],
      explanation: 'The article’s own caveat: the videos were not verified.',
    }),
    claim({
      id: 'c12',
      start: 1471,
      end: 1640,
      text: 'According to Rida Lyammouri, a security analyst with the Policy Center for the New South, Mali’s armed forces continue to face serious challenges.',
      labels: ['analyst'],
      source: { kind: 'analyst', name: 'Policy Center for the New South', person: 'Rida Lyammouri' },
      explanation: 'An analyst’s view, from a Moroccan think tank.',
      links: [{ title: 'Policy Center for the New South', url: 'https://www.policycenter.ma/' }],
    }),
    claim({
      id: 'c20',
      start: 2000,
      end: 2100,
      text: `The army said ${EVIL} three more died.`,
      labels: ['party-claim'],
      source: { kind: 'party', name: `Malian army ${EVIL}` },
      explanation: `Explanation quoting ${EVIL} as text.`,
      links: [{ title: EVIL, url: 'https://example.org/x' }],
    }),
  ];
  return {
    language: 'en',
    noteLanguage: 'en',
    aboutSahel: true,
    topicScore: 0.9,
    topicReasons: [],
    sentences: [],
    claims,
    entities: [],
  };
}
