/** Shared constants of the built-in pack's data files. */

/** Date every built-in entry was last reviewed against its sources. */
export const REVIEWED = '2026-11-25';

/** The countries the pack treats as the Sahel core (entry ids). */
export const SAHEL_COUNTRIES = ['mali', 'burkina-faso', 'niger', 'chad', 'mauritania'] as const;
