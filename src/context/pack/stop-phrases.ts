/**
 * Phrases that contain an alias but name something else; the linker matches them first so
 * the shorter alias is not linked, and links nothing.
 */
export const STOP_PHRASES: string[] = [
  // Nigeria, not Niger
  'Niger Delta', 'Niger State', 'delta du Niger',
  // Named after the river, not the country
  'Festival sur le Niger', 'Office du Niger',
];
