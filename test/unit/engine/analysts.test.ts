import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

describe('analysts — English', () => {
  it.each([
    ['According to Rida Lyammouri, a security analyst with the Policy Center for the New South, the army faces serious challenges.', 'Policy Center for the New South', 'Rida Lyammouri'],
    ['Nadia Berrada, a Sahel specialist at the Soufan Center, said the attackers operated for hours.', 'Soufan Center', 'Nadia Berrada'],
    ['For Salif Kanouté, who tracks political violence for ACLED, the choice of targets was deliberate.', 'ACLED', 'Salif Kanouté'],
    ['Human Rights Watch has documented killings of civilians by Russian-backed forces.', 'Human Rights Watch', undefined],
    ['The Institute for the Study of War, a Washington-based think tank, said Russia had increased its strikes.', 'Institute for the Study of War', undefined],
    ['At least 200 people were killed when jihadists attacked the town, the United Nations said.', 'United Nations', undefined],
    ['“Gold is Mali’s lifeline,” said Abdoulaye Sangaré, an economist at the University of Bamako.', 'University of Bamako', 'Abdoulaye Sangaré'],
  ])('%s', (sentence, org, person) => {
    const c = run([sentence]).claim(sentence);
    expect(c?.labels).toContain('analyst');
    expect(c?.labels).not.toContain('party-claim');
    expect(c?.source?.kind).toBe('analyst');
    expect(c?.source?.name).toBe(org);
    if (person) expect(c?.source?.person).toBe(person);
  });

  it('carries the analyst to the quotation sentences ("he said", the surname)', () => {
    const r = run([
      'Ousmane Diarra, a senior analyst at the International Crisis Group, said the exit would have deep consequences.',
      '"The juntas have turned leaving into a question of sovereignty," he said.',
      'He added that the new force would face funding problems.',
      '“Changing the badge does not change the war,” Diarra said.',
    ]);
    for (const s of ['"The juntas', 'He added', '“Changing']) {
      expect(r.labels(s)).toBe('analyst');
      expect(r.claim(s)?.source).toMatchObject({ kind: 'analyst', name: 'International Crisis Group', carried: true });
    }
  });

  it('does not flag unnamed analysts, rights groups or diplomats', () => {
    const r = run([
      'Analysts see the handover as part of a wider effort by Moscow.',
      'Rights groups warned of collective punishment.',
      'A Western diplomat put it more bluntly.',
      'Wagner fighters manned checkpoints, according to witnesses, diplomats and researchers.',
    ]);
    expect(r.result.claims).toEqual([]);
  });
});

describe('analysts — French', () => {
  it('names the researcher and the institute, and carries them to « estime-t-il » and « selon lui »', () => {
    const r = run(
      [
        'Pour Awa Sidibé, chercheuse à l’International Crisis Group, le groupe cherche à démontrer l’impuissance de l’État.',
        '« Un blocus étouffe l’économie », explique-t-elle.',
        'Selon lui, le risque d’un incident plus grave entre les deux armées n’est plus à exclure.',
        '« Le message est adressé au pouvoir », résume Awa Sidibé.',
      ],
      {},
      'Mali : le blocus du JNIM',
    );
    expect(r.claim('Pour Awa')?.source).toMatchObject({ kind: 'analyst', name: 'International Crisis Group', person: 'Awa Sidibé' });
    expect(r.labels('« Un blocus')).toBe('analyst');
    expect(r.labels('Selon lui')).toBe('analyst');
    expect(r.labels('« Le message')).toBe('analyst');
  });

  it('continues a UN report through « Le rapport », « Il » and « Leurs conclusions »', () => {
    const r = run(
      [
        'Au moins 500 personnes ont été tuées à Moura, affirme un rapport du Haut-Commissariat des Nations unies aux droits de l’homme.',
        'Il dresse une liste de 238 victimes identifiées.',
        'Les enquêteurs de l’ONU n’ont pas été autorisés à se rendre sur place.',
        'Leurs conclusions reposent sur des entretiens avec des rescapés.',
        'Le rapport ne précise pas la nationalité des militaires étrangers.',
      ],
      {},
      'Mali : le rapport de l’ONU sur Moura',
    );
    expect(r.labels('Au moins 500')).toBe('analyst,figure');
    expect(r.labels('Il dresse')).toBe('analyst,figure');
    expect(r.labels('Les enquêteurs')).toBe('unverified');
    expect(r.labels('Leurs conclusions')).toBe('analyst');
    expect(r.labels('Le rapport ne')).toBe('analyst');
  });
});
