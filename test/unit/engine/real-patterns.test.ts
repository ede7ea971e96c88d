/**
 * The ways real reporting writes claims (issue 13): who is speaking, carry-over, tolls,
 * figures in words, verification. Every sentence here is written for the test; none comes
 * from a published article.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';
import { quoteMarks } from '../../../src/engine/quote-marks.ts';

describe('who is speaking', () => {
  it('English: a body referred back to ("the NGO", "the rights organisation") keeps the analyst label, never a party', () => {
    const r = run([
      'Human Rights Watch said soldiers had detained dozens of herders near the river.',
      'The army said its patrol came under fire near the river.',
      'The rights organisation has urged the authorities to open an inquiry.',
      'The NGO added that several witnesses had described the same uniforms.',
    ]);
    expect(r.labels('The rights organisation')).toBe('analyst');
    expect(r.labels('The NGO added')).toBe('analyst');
  });

  it('English: an organisation word with a proper name is independent; the president of one speaks for it', () => {
    const r = run([
      'Fighting broke out near the border last week.',
      'The Sahel Justice Collective said its members had counted 40 bodies in two villages.',
      '“We found the graves ourselves,” said the president of the Sahel Justice Collective.',
    ]);
    expect(r.labels('The Sahel Justice Collective')).toBe('analyst,figure');
    expect(r.labels('“We found')).toBe('analyst');
  });

  it('English: a source named after a short closing "says" is that source, not the subject before it', () => {
    const r = run(['Gunmen came back to the market twice, says a security source.']);
    expect(r.claim('Gunmen came back')?.labels ?? []).not.toContain('party-claim');
  });

  it('English: "the ministry and two residents said" is the ministry’s claim too', () => {
    const r = run(['Fourteen herders died in the raid, the ministry and two residents said.']);
    expect(r.labels('Fourteen herders')).toBe('figure,party-claim');
  });

  it('English: a passive with an adverb ("is sometimes loosely called") is no attribution', () => {
    const r = run(['The JNIM affiliate spoke of a victory.', 'That faction is sometimes loosely called the southern brigade.']);
    expect(r.claim('That faction is')).toBeUndefined();
  });

  it('French: inverted speaker after a day and the outlet (« a déclaré vendredi à l’AFP X, responsable d’une ONG »)', () => {
    const r = run(
      [
        'Des militaires sont responsables de la mort de dizaines de civils, a déclaré vendredi à l’AFP Moussa Diallo, responsable d’une ONG de défense des droits humains.',
        '« Nous avons recensé 45 corps », a-t-il ajouté.',
      ],
      {},
      'Niger : des exécutions',
    );
    expect(r.labels('Des militaires')).toBe('analyst,figure');
    expect(r.labels('« Nous avons')).toBe('analyst,figure');
  });

  it('French: « la présidente du Réseau … » and « l’agence onusienne » are independent', () => {
    const r = run(
      [
        'Les violences ont repris dans la région.',
        '« Les victimes étaient désarmées », a précisé la présidente du Réseau sahélien pour la paix.',
        'Le HCR affirme que 3 000 personnes ont fui les combats.',
        'L’agence onusienne précise que la plupart sont des femmes.',
      ],
      {},
      'Burkina : des déplacés',
    );
    expect(r.labels('« Les victimes')).toBe('analyst');
    expect(r.labels('L’agence onusienne')).toBe('analyst');
  });

  it('French: « selon le groupe de surveillance X » is the monitor, not an armed group', () => {
    const r = run(['Plus de 900 civils sont morts cette année, d’après le groupe de surveillance ACLED.'], {}, 'Mali : le bilan');
    expect(r.labels('Plus de 900')).toBe('analyst,figure');
  });

  it('French: « X ainsi que des témoins affirment » keeps the party as subject', () => {
    const r = run(['Les rebelles ainsi que plusieurs habitants affirment que l’armée a tué 12 bergers.'], {}, 'Mali : des accusations');
    expect(r.labels('Les rebelles')).toBe('figure,party-claim');
  });
});

describe('who is speaking (round 2)', () => {
  it('English: "Niger’s president says" is the state; a person named after "said" is the speaker', () => {
    const r = run([
      'Niger’s president says the army has retaken the town.',
      'The convoy came under fire near the border, said Ali Moussa, spokesman for the separatist coalition.',
    ]);
    expect(r.labels('Niger’s president')).toBe('party-claim');
    expect(r.labels('The convoy came')).toBe('party-claim');
  });

  it('English: an acronym given in parentheses names the same body later, also before a role', () => {
    const r = run([
      'The Collective for Justice in the Sahel (CJS) said it had counted 30 bodies.',
      'CJS said the victims were farmers.',
      '“They were unarmed,” said CJS head Awa Keita.',
    ]);
    expect(r.labels('The Collective for Justice')).toBe('analyst,figure');
    expect(r.labels('CJS said')).toBe('analyst');
    expect(r.labels('“They were unarmed')).toBe('analyst');
  });

  it('English: an officer speaking on condition of anonymity is no party; "…, SomeOutlet reported." is the outlet', () => {
    const r = run([
      'Twelve soldiers were killed in the ambush, an army officer said on condition of anonymity.',
      'The air force intervened and the attackers fled, LocalNews reported.',
    ]);
    expect(r.labels('Twelve soldiers')).toBe('figure');
    expect(r.claim('The air force intervened')).toBeUndefined();
  });

  it('English: a party in a complement ("training from the government") is not the subject', () => {
    const r = run(['Recruits who were promised rifles by June from the government complained to reporters that they felt abandoned.']);
    expect(r.claim('Recruits who')).toBeUndefined();
  });

  it('English: pages linked to an ethnic group are no party', () => {
    const r = run(['Accounts linked to a local ethnic group reported that 9 officers from the community were killed.']);
    expect(r.labels('Accounts linked')).toBe('figure');
  });

  it('French: « a rappelé X » is a speech verb; « ont rappelé leurs ambassadeurs » is not', () => {
    const r = run(
      [
        '« Les attaques ont doublé depuis janvier », a rappelé le ministre de la Défense.',
        'Les trois pays ont rappelé leurs ambassadeurs.',
      ],
      {},
      'Niger : la force conjointe',
    );
    expect(r.labels('« Les attaques ont doublé')).toBe('party-claim');
    expect(r.claim('Les trois pays')).toBeUndefined();
  });

  it('French: what a leader says at a ceremony is no claim, nor the quotation it closes', () => {
    const r = run(
      [
        '« Nous ne vendrons plus notre coton brut.',
        'Nous le transformerons ici », a lancé le chef de la junte lors d’une cérémonie à Ouagadougou.',
      ],
      {},
      'Burkina : une usine',
    );
    expect(r.claim('« Nous ne vendrons')).toBeUndefined();
    expect(r.claim('Nous le transformerons')).toBeUndefined();
  });
});

describe('who is speaking (round 3)', () => {
  it('English: a long apposition after "said X," still names the expert; witnesses who told a rights group give its findings', () => {
    const r = run([
      '“The killings must be investigated,” said Jane Roe, lead West Africa investigator for Amnesty International.',
      'Two farmers told Human Rights Watch that soldiers had burned the granaries.',
    ]);
    expect(r.labels('“The killings')).toBe('analyst');
    expect(r.labels('Two farmers told')).toBe('analyst');
  });

  it('French: « X (ACR) ainsi que des témoins affirment », « a-t-il noté », « selon SLB »', () => {
    const r = run(
      [
        'Le Cadre stratégique permanent (CSP) ainsi que des habitants affirment que l’armée a tué 9 bergers.',
        'L’ONG Sahel Libertés (SLB) affirme avoir recensé 30 corps.',
        '« Les victimes avaient les mains liées », a-t-elle noté.',
        'Les exhumations ont eu lieu en juin, selon SLB.',
      ],
      {},
      'Niger : une enquête',
    );
    expect(r.labels('Le Cadre stratégique')).toBe('figure,party-claim');
    expect(r.labels('« Les victimes')).toBe('analyst');
    expect(r.labels('Les exhumations')).toBe('analyst');
  });
});

describe('who is speaking (round 4)', () => {
  it('English: "the non-governmental organisation XYZ" is a named body; "claims for" is a noun; "posted on X"', () => {
    const r = run([
      'The killings were documented by the non-governmental organisation Sahelwatch, which tracks armed groups.',
      'Earlier claims for such attacks came from another faction.',
      'The junta leader posted on X that the army had retaken the town.',
    ]);
    expect(r.labels('The killings were documented')).toContain('analyst');
    expect(r.labels('The killings were documented')).not.toContain('party-claim');
    expect(r.claim('Earlier claims')).toBeUndefined();
    expect(r.labels('The junta leader posted')).toBe('party-claim');
  });

  it('French: a person introduced with a title speaks for it later; « d’après des ONG » is no analyst', () => {
    const r = run(
      [
        'Le colonel Issa Kondo, ministre de la Défense, a présidé une réunion lundi.',
        '« Nos soldats ont repoussé l’attaque », a assuré Issa Kondo.',
        'Des milliers de déplacés vivent dans la région, d’après des ONG.',
      ],
      {},
      'Niger : la défense',
    );
    expect(r.labels('« Nos soldats')).toBe('party-claim');
    expect(r.claim('Des milliers')?.labels ?? []).not.toContain('analyst');
  });
});

describe('who is speaking (round 5)', () => {
  it('English: "…, said Dupont and other sources" is Dupont’s; French: « Selon la note » is the embassy’s, not the resident quoted since', () => {
    const en = run([
      'The regional governor, Paul Dupont, said the town was calm.',
      'The attackers fled north before dawn, said Dupont and other sources.',
    ]);
    expect(en.labels('The attackers fled')).toBe('party-claim');
    const fr = run(
      [
        'Une délégation est attendue jeudi, selon une note de l’ambassade du Mali.',
        'Un habitant affirme que la frontière est calme.',
        'Selon la note, la délégation restera deux jours.',
      ],
      {},
      'Mali : une délégation',
    );
    expect(fr.labels('Selon la note')).toBe('party-claim');
  });
});

describe('who is speaking (round 6)', () => {
  it('an en dash ends the speaker after « selon »; "what it claims are" is still a claim', () => {
    const fr = run(['Les soldats seraient revenus au village – selon Aminata – pour fouiller les cases des djihadistes.'], {}, 'Mali : un village');
    expect(fr.claim('Les soldats')?.labels ?? []).not.toContain('party-claim');
    const en = run(['The army is backed by what it claims are foreign trainers.']);
    expect(en.labels('The army is backed')).toBe('party-claim');
  });
});

describe('who is speaking (round 7)', () => {
  it('a party heading a relative clause with its own verb is not the subject ("…where the militias patrol blamed…")', () => {
    const r = run([
      'Farmers who graze near hills where the militias patrol blamed the gunmen for the thefts.',
      'Herders near the valley where the army said it had struck described heavy losses.',
    ]);
    expect(r.claim('Farmers who graze')).toBeUndefined();
  });
});

describe('who is speaking (round 8)', () => {
  it('a participle takes the sentence’s subject only when the sentence opens with it', () => {
    const r = run([
      'A decade of bloodshed has weakened the military juntas that seized control in Mali, Niger and Chad over the past years, faulting civilian rulers for the defeats.',
      'The junta has expelled the envoy, accusing him of spying.',
    ]);
    expect(r.claim('A decade of bloodshed')).toBeUndefined();
    expect(r.labels('The junta has expelled')).toBe('party-claim');
  });
});

describe('figures (round 2)', () => {
  it('English: "more than 100 died", "displaced millions", "a force of 5,000 men", trucks attacked', () => {
    const r = run([
      'Villagers said over 100 had died during the night.',
      'The conflict has displaced millions.',
      'The ministers announced a joint force of 5,000 men.',
      'The militants attacked 80 tanker trucks near the border.',
    ]);
    expect(r.labels('Villagers said')).toBe('figure');
    expect(r.labels('The conflict has')).toBe('figure');
    expect(r.labels('The ministers announced')).toContain('figure');
    expect(r.labels('The militants attacked')).toBe('figure');
  });

  it('French: « au moins 17 ressortissants enlevés », « 17 enlèvements », « une quarantaine de motos abandonnées », « par centaine »', () => {
    const r = run(
      [
        'Au moins 17 ressortissants asiatiques ont été enlevés depuis l’an dernier.',
        'La région a enregistré 17 enlèvements depuis mars.',
        'Les fuyards ont laissé une quarantaine de motos abandonnées dans la brousse.',
        'Venus par centaine, les assaillants ont encerclé le camp.',
      ],
      {},
      'Mali : les otages',
    );
    expect(r.labels('Au moins 17')).toBe('figure');
    expect(r.labels('La région a enregistré')).toBe('figure');
    expect(r.labels('Les fuyards')).toBe('figure');
    expect(r.labels('Venus par centaine')).toBe('figure');
  });
});

describe('carry-over over several sentences', () => {
  it('English: a quotation running over sentences and closed by "he said" is the speaker’s throughout', () => {
    const r = run([
      'Gunmen struck the base at dawn.',
      '“This is the heaviest loss we have suffered this year.',
      'Twenty of our soldiers were killed and 11 wounded,” the defence minister said.',
    ]);
    expect(r.labels('“This is the heaviest')).toBe('party-claim');
    expect(r.labels('Twenty of our')).toBe('figure,party-claim');
  });

  it('French: a whole quoted sentence right after a quoted statement continues it', () => {
    const r = run(
      [
        '« Les assaillants ont incendié le marché », a déclaré Amnesty International.',
        '« Ils ont ensuite visé les puits. »',
        'La saison sèche a commencé.',
      ],
      {},
      'Mali : un marché incendié',
    );
    expect(r.labels('« Ils ont ensuite')).toBe('analyst');
    expect(r.claim('La saison sèche')).toBeUndefined();
  });
});

describe('figures in words, and what is not the conflict', () => {
  it('English: "at least one" counts; flood tolls do not', () => {
    const r = run([
      'At least one gendarme died when the post was stormed.',
      'Floods have killed 21 people since June, the interior ministry said.',
    ]);
    expect(r.labels('At least one')).toBe('figure');
    expect(r.claim('Floods have killed')).toBeUndefined();
  });

  it('French: « plusieurs dizaines d’éleveurs » disparus counts; a toll of drownings does not', () => {
    const r = run(
      ['Plusieurs dizaines de bergers ont disparu près du fleuve.', 'Les inondations ont fait 30 morts par noyade, selon le ministère.'],
      {},
      'Mauritanie : des éleveurs disparus',
    );
    expect(r.labels('Plusieurs dizaines de bergers')).toBe('figure');
    expect(r.claim('Les inondations')).toBeUndefined();
  });
});

describe('verification and restricted information', () => {
  it('English: verification under way, controlled information, banned media', () => {
    const r = run([
      'The authenticity of the footage is still being examined.',
      'The junta tightly controls information about the war.',
      'Foreign media have been suspended since last year.',
      'The army said the convoy reached the town.',
    ]);
    expect(r.labels('The authenticity')).toBe('unverified');
    expect(r.labels('The junta tightly')).toBe('unverified');
    expect(r.labels('Foreign media')).toBe('unverified');
    expect(r.labels('The army said')).toBe('party-claim');
  });

  it('French: « les vérifications sont en cours », « contrôle étroitement l’information », « l’interdiction de rapporter »', () => {
    const r = run(
      [
        'Les vérifications sont en cours.',
        'Le pouvoir contrôle étroitement l’information sur les opérations.',
        'La presse locale est sous le coup d’une interdiction de couvrir les opérations.',
        '« Nous n’avons pas pu établir la culpabilité des officiers », a dit le juge.',
      ],
      {},
      'Burkina : l’information',
    );
    expect(r.labels('Les vérifications')).toBe('unverified');
    expect(r.labels('Le pouvoir contrôle')).toBe('unverified');
    expect(r.labels('La presse locale')).toBe('unverified');
    expect(r.claim('« Nous n’avons pas pu')?.labels ?? []).not.toContain('unverified');
  });
});

describe('joint subjects and pronouns that point back to them', () => {
  it('English: "He and the civil society association X said" — the party and the association both speak', () => {
    const r = run([
      'The convoy was hit near the border, said Ali Maiga, spokesman for the separatist coalition.',
      'He and the local civil society association Sahel Voices said soldiers and their Russian allies had carried out the attack.',
      'A civil society group said nine people died.',
    ]);
    expect(r.labels('He and the local')).toBe('analyst,party-claim');
    expect(r.labels('A civil society group')).toBe('figure');
  });

  it('French: « Lui et l’association de la société civile X affirment »', () => {
    const r = run([
      'Le convoi a été visé près de la frontière, a affirmé Ali Maïga, porte-parole de la coalition séparatiste.',
      'Lui et l’association de la société civile Voix du Sahel affirment que des soldats et leurs alliés russes ont mené l’attaque.',
    ]);
    expect(r.labels('Lui et l’association')).toBe('analyst,party-claim');
  });

  it('English: "the West African country and its allies …, they said" — a region adjective is not a person', () => {
    const r = run([
      'Bamako accused Algiers of downing a drone near the border, the minister said.',
      'The West African country and its two allies will recall their ambassadors, they said in a joint statement on Monday.',
    ]);
    expect(r.labels('The West African country')).toBe('party-claim');
  });

  it('French: « Le pays ouest-africain et ses alliés …, ont-ils indiqué »', () => {
    const r = run([
      'Bamako a accusé Alger d’avoir abattu un drone près de la frontière, a déclaré le ministre.',
      'Le pays ouest-africain et ses deux alliés vont rappeler leurs ambassadeurs, ont-ils indiqué lundi dans un communiqué commun.',
    ]);
    expect(r.labels('Le pays ouest-africain')).toBe('party-claim');
  });
});

describe('quotations over several sentences, with a mark lost on the way', () => {
  it('English: a quotation opened at the end of one sentence and closed before "according to" two sentences on', () => {
    const r = run([
      'The gunmen went from house to house," said a trader from the town.',
      'The toll cannot be given at this stage, "',
      'given how large the area is',
      '", according to the army spokesman.',
    ]);
    expect(r.labels('The toll cannot')).toBe('party-claim');
    expect(r.labels('given how large')).toBe('party-claim');
    expect(r.labels('The gunmen went')).toBe('');
  });

  it('French: the same with « selon » after the closing mark', () => {
    const r = run([
      'Ils ont tout brûlé sur leur passage," raconte un commerçant.',
      'Aucun bilan ne peut être donné pour l’instant, "',
      'vu l’étendue de la zone',
      '", selon le porte-parole de l’armée.',
    ]);
    expect(r.labels('Aucun bilan')).toBe('party-claim');
    expect(r.labels('vu l’étendue')).toBe('party-claim');
  });

  it('reads the direction of straight marks from their neighbours, curly and French marks from their shape', () => {
    expect(quoteMarks('He said: "We left." Then "no".').map((m) => m.open)).toEqual([true, false, true, false]);
    expect(quoteMarks('", according to the ministry.').map((m) => m.open)).toEqual([false]);
    expect(quoteMarks('for the moment, "').map((m) => m.open)).toEqual([true]);
    expect(quoteMarks('« Nous », a-t-il dit, “yes”').map((m) => m.open)).toEqual([true, false, true, false]);
  });
});

describe('a statement named as a noun: "accusations by X", « les accusations de X »', () => {
  it('English: the accuser is the speaker, the target after "against" is not', () => {
    const r = run(['The talks follow accusations by Mauritania against the Malian army, blamed for killing herders.']);
    expect(r.claim('The talks follow')?.source?.name).toBe('Mauritanian government');
    expect(r.labels('The talks follow')).toBe('party-claim');
  });

  it('French: « les accusations du Niger contre l’armée malienne »; « les accusations d’exactions » names no one', () => {
    const r = run([
      'La rencontre fait suite aux accusations du Niger contre l’armée malienne, accusée d’exactions répétées.',
      'Les accusations d’exactions se multiplient dans la région.',
    ]);
    expect(r.claim('La rencontre')?.source?.name).toBe('Nigerien government');
    expect(r.labels('Les accusations d’exactions')).toBe('');
  });
});

describe('who answers an accusation is the party accused, not the body that accused it', () => {
  it('English: "They defend themselves against…" after a rights group and the authorities it could not reach', () => {
    const r = run([
      'Amnesty International said drone strikes had killed eight civilians at a market.',
      'Reporters could not reach the Malian authorities.',
      'They defend themselves against repeated accusations of abuses against civilians.',
    ]);
    expect(r.labels('They defend')).toBe('party-claim');
    expect(r.claim('They defend')?.source?.name).toBe('Malian authorities');
  });

  it('French: « Elles se défendent contre… », and a denial after an accusation of the army', () => {
    const r = run([
      'Human Rights Watch affirme que des soldats ont exécuté des villageois près de Djibo.',
      'L’ONG n’a pas pu joindre l’armée burkinabè.',
      'Elle se défend régulièrement contre les accusations d’exactions.',
    ]);
    expect(r.labels('Elle se défend')).toBe('party-claim');
    const r2 = run(['Amnesty International accuse l’armée malienne d’avoir tué des civils.', 'Les militaires démentent.']);
    expect(r2.labels('Les militaires')).toBe('party-claim');
  });

  it('a pronoun that does not deny stays with the last speaker', () => {
    const r = run([
      'Human Rights Watch said soldiers had detained dozens of herders.',
      'The army did not answer questions.',
      'It added that some of the herders had been released.',
    ]);
    expect(r.labels('It added')).toBe('analyst');
  });
});

describe('a party justifying itself by a fact claims that fact; by a promise, it only states an intent', () => {
  it('English', () => {
    const r = run([
      'The attack was the deadliest since the officers took power, who had justified their coup by the collapse of security in the north.',
      'The junta has justified its break with Paris by promising to restore order.',
    ]);
    expect(r.labels('The attack was')).toBe('party-claim');
    expect(r.labels('The junta has')).toBe('');
  });

  it('French', () => {
    const r = run([
      'C’est le bilan le plus lourd depuis l’arrivée au pouvoir des militaires, qui avaient justifié leur putsch par la montée de l’insécurité.',
      'La junte a justifié sa rupture avec Paris en promettant de rétablir l’ordre.',
    ]);
    expect(r.labels('C’est le bilan')).toBe('party-claim');
    expect(r.labels('La junte a justifié')).toBe('');
  });
});

describe('"…, X announced." closing the sentence: the clause before the comma is what was announced', () => {
  it('English: a place or a time may follow the verb, an object may not', () => {
    const r = run([
      'The three juntas signed a joint defence charter on Sunday, delegations from the three Sahel countries announced in the capital.',
      'Talks with the donors stalled, and the junta announced a new budget.',
    ]);
    expect(r.labels('The three juntas')).toBe('party-claim');
    expect(r.labels('Talks with the donors')).toBe('');
  });

  it('French', () => {
    const r = run([
      'Les trois juntes ont signé une charte de défense commune, les délégations des trois pays sahéliens ont annoncé samedi à Bamako.',
      'Les discussions ont échoué, et la junte a annoncé un nouveau budget.',
    ]);
    expect(r.labels('Les trois juntes')).toBe('party-claim');
    expect(r.labels('Les discussions')).toBe('');
  });
});

describe('"X responded by saying…", « X a réagi en affirmant… »: X says it', () => {
  it('English, with a joint subject of two countries', () => {
    const r = run(['Mali and Burkina Faso quickly responded by saying that any such move would be treated as an act of war.']);
    expect(r.labels('Mali and Burkina Faso')).toBe('party-claim');
  });

  it('French', () => {
    const r = run(['Le Mali et le Burkina Faso ont aussitôt réagi en affirmant que toute opération serait un acte de guerre.']);
    expect(r.labels('Le Mali et le Burkina Faso')).toBe('party-claim');
  });
});

describe('an announcement with a figure in its object is the party’s figure', () => {
  it('English', () => {
    const r = run([
      'On Monday the defence minister announced the creation of a joint force of 5,000 men.',
      'The junta announced the creation of a joint force.',
    ]);
    expect(r.labels('On Monday the defence')).toBe('figure,party-claim');
    expect(r.labels('The junta announced')).toBe('');
  });

  it('French', () => {
    const r = run([
      'Lundi, le ministre de la Défense annonçait la création d’une force conjointe de 5 000 hommes.',
      'La junte a annoncé la création d’une force conjointe.',
    ]);
    expect(r.labels('Lundi, le ministre')).toBe('figure,party-claim');
    expect(r.labels('La junte a annoncé')).toBe('');
  });
});

describe('a sentence that is a quotation with a few words around it continues the speaker just quoted', () => {
  it('English', () => {
    const r = run([
      '“The juntas are not winning, so they pool their forces,” says Paul Martin, an anthropologist at the University of Lyon.',
      'Even so, “a few thousand men is not much”.',
    ]);
    expect(r.labels('Even so')).toBe('analyst');
  });

  it('French, and not when the words around the quotation say more', () => {
    const r = run([
      '« Les juntes ne gagnent pas, elles mutualisent donc leurs forces », souligne Paul Martin, anthropologue à l’université de Lyon.',
      'Même si « quelques milliers d’hommes, ce n’est pas énorme ».',
      'La nouvelle unité devra couvrir un territoire immense autour de la « zone des trois frontières ».',
    ]);
    expect(r.labels('Même si')).toBe('analyst');
    expect(r.labels('La nouvelle unité')).toBe('');
  });
});
