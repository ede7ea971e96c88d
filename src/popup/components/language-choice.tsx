/** The note language: follow the article, English or French — a radio group in a fieldset. */
import type { NoteLanguage } from '../../settings/types';
import { t, type MessageKey } from '../lib/i18n';

const CHOICES: { value: NoteLanguage; key: MessageKey; lang?: string }[] = [
  { value: 'auto', key: 'languageAuto' },
  { value: 'en', key: 'languageEn' },
  { value: 'fr', key: 'languageFr' },
];

/** The current note language and the change handler. */
export interface LanguageChoiceProps {
  value: NoteLanguage;
  onChange(value: NoteLanguage): void;
}

/** Renders the three choices; arrow keys move between them (native radio behaviour). */
export function LanguageChoice({ value, onChange }: LanguageChoiceProps) {
  return (
    <fieldset class="group">
      <legend>{t('languageLegend')}</legend>
      {CHOICES.map((c) => (
        <div class="check-row" key={c.value}>
          <input
            type="radio"
            name="note-language"
            id={`lang-${c.value}`}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          />
          <label for={`lang-${c.value}`}>{t(c.key)}</label>
        </div>
      ))}
    </fieldset>
  );
}
