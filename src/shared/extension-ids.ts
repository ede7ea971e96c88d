/** The Firefox add-on id (browser_specific_settings.gecko.id); tests use it to fix the add-on's origin. */
export const GECKO_ID = 'sahel-lens@sahel-lens.org';
