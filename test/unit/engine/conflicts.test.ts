import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

describe('conflicting accounts', () => {
  it('links the army’s toll and the separatists’ toll both ways (EN)', () => {
    const r = run([
      'Separatist rebels said they had killed 84 Wagner mercenaries and 47 Malian soldiers near Tinzaouaten.',
      'The Malian army has given a far lower toll.',
      'The army general staff said two soldiers had been killed.',
    ]);
    const rebels = r.claim('Separatist rebels');
    const army = r.claim('The army general staff');
    expect(rebels?.conflictsWith).toContain(army?.id);
    expect(army?.conflictsWith).toContain(rebels?.id);
    expect(army?.explanation).toMatch(/separatists give a different account/i);
  });

  it('does not link two accounts from the same side', () => {
    const r = run(['The army said it had killed 20 militants.', 'Wagner-linked Telegram channels said the operation had killed 20 militants.']);
    expect(r.claim('The army said')?.conflictsWith).toEqual([]);
  });

  it('links a party’s denial to the findings it rejects (FR)', () => {
    const r = run(
      [
        'Au moins 500 personnes ont été tuées, affirme un rapport de l’ONU publié vendredi.',
        'Les autorités de transition ont rejeté vendredi les conclusions du rapport.',
      ],
      {},
      'Mali : le rapport sur Moura',
    );
    const un = r.claim('Au moins 500');
    const denial = r.claim('Les autorités');
    expect(denial?.conflictsWith).toContain(un?.id);
    expect(un?.conflictsWith).toContain(denial?.id);
  });
});
