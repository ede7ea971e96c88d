/** The built-in outlets, grouped by kind: the only sites Sahel Lens has standing access to. */
import { t, type MessageKey } from '../../popup/lib/i18n';
import { OUTLETS, type Outlet, type OutletKind } from '../../settings/outlets';

const KIND_KEYS: Record<OutletKind, MessageKey> = {
  wire: 'kindWire',
  broadcaster: 'kindBroadcaster',
  paper: 'kindPaper',
  specialist: 'kindSpecialist',
  sahelian: 'kindSahelian',
};

function languageOf(o: Outlet): string {
  if (o.bilingual) return t('langBoth');
  return t(o.lang === 'en' ? 'languageEn' : 'languageFr');
}

/** Renders one table per kind of outlet, with proper headers for screen readers. */
export function OutletsTable() {
  const kinds = Object.keys(KIND_KEYS) as OutletKind[];
  return (
    <section class="card" aria-labelledby="outlets-heading">
      <h2 id="outlets-heading">{t('outletsHeading')}</h2>
      <p class="hint">{t('outletsIntro')}</p>
      {kinds.map((kind) => (
        <table class="outlets" key={kind} data-kind={kind}>
          <caption>{t(KIND_KEYS[kind])}</caption>
          <thead>
            <tr>
              <th scope="col">{t('outletsColName')}</th>
              <th scope="col">{t('outletsColHost')}</th>
              <th scope="col">{t('outletsColLang')}</th>
            </tr>
          </thead>
          <tbody>
            {OUTLETS.filter((o) => o.kind === kind).map((o) => (
              <tr key={o.host}>
                <th scope="row">{o.name}</th>
                <td>{o.host}</td>
                <td>{languageOf(o)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
