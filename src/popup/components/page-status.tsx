/** What Sahel Lens found on the tab's page, announced politely to screen readers as it changes. */
import { LabelMark } from '../../ui/label-mark';
import { labelText, t } from '../lib/i18n';
import { countRows, statusLines, type PageState } from '../lib/view-model';

/** Renders the status lines and the counts per label. */
export function PageStatusView({ state }: { state: PageState }) {
  const lines = statusLines(state);
  const rows = countRows(state);
  return (
    <div id="page-status" class="page-status" role="status" aria-live="polite" aria-atomic="true">
      {lines.map((line) => (
        <p key={line.key}>{t(line.key, line.subs)}</p>
      ))}
      {rows.length > 0 ? (
        <ul class="counts" aria-label={t('countsLabel')}>
          {rows.map((row) => (
            <li key={row.label} data-label={row.label}>
              <LabelMark label={row.label} />
              <span class="count-name">{labelText(row.label)}</span>
              <span class="count-value">{row.count}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
