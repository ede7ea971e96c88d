/** Says which stored settings were damaged and reset to defaults (everything else was kept). */
import { t } from '../../popup/lib/i18n';
import type { ResetReport } from '../../settings/storage';
import { fieldName } from '../lib/field-names';

/** Renders nothing when there is no report; otherwise the list and a dismiss button. */
export function ResetNotice({ report, onDismiss }: { report: ResetReport | null; onDismiss(): void }) {
  if (!report) return null;
  return (
    <section id="reset-notice" class="notice" role="alert" aria-labelledby="reset-heading">
      <h2 id="reset-heading">{t('resetHeading')}</h2>
      <p>{t('resetIntro')}</p>
      <ul>
        {report.fields.map((path) => (
          <li key={path} data-path={path}>
            {fieldName(path)} <code>{path}</code>
          </li>
        ))}
      </ul>
      <button type="button" class="secondary" id="reset-dismiss" onClick={onDismiss}>
        {t('resetDismiss')}
      </button>
    </section>
  );
}
