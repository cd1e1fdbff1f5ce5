import { html, nothing, type TemplateResult } from 'lit';
import type { ShownAlert } from '../../feed/alerts.js';
import { dateTimeAttribute, formatDate } from '../../internal/format.js';
import type { SiarAlert } from './alert.component.js';

/**
 * How `<siar-alert>` draws its banners: its strings, the banner templates, their styles and date formatting.
 * Re-exported by the reader (`read.ts`), so it arrives in the same lazy chunk, with the first
 * request: the banner's first frame is empty (nothing is known to be in force) and needs none of it.
 * `alert.component.ts` holds the element, its sources, refreshes and dismissals.
 *
 * @internal
 */

export { alertStyles as styles } from './alert.styles.js';

const STRINGS = {
  id: {
    label: 'Peringatan',
    more: '+{count} peringatan lain',
    less: 'Sembunyikan peringatan lain',
    dismiss: 'Tutup peringatan: {headline}',
    details: 'Selengkapnya',
    source: 'Sumber: {name}',
    until: 'sampai',
    magnitude: 'Magnitudo {value}',
    depth: 'kedalaman {value}',
    felt: 'Dirasakan: {value}',
    Extreme: 'Sangat berbahaya',
    Severe: 'Berbahaya',
    Moderate: 'Waspada',
    Minor: 'Perhatian',
    Unknown: 'Informasi',
  },
  en: {
    label: 'Warnings',
    more: '+{count} more warnings',
    less: 'Hide the other warnings',
    dismiss: 'Dismiss warning: {headline}',
    details: 'Full alert',
    source: 'Source: {name}',
    until: 'until',
    magnitude: 'Magnitude {value}',
    depth: 'depth {value}',
    felt: 'Felt: {value}',
    Extreme: 'Extreme',
    Severe: 'Severe',
    Moderate: 'Moderate',
    Minor: 'Minor',
    Unknown: 'Information',
  },
} as const;
type AlertStringKey = keyof (typeof STRINGS)['id'];

/** One of the banner's strings in the widget's language; the page's `strings` override it. */
function text(host: SiarAlert, key: AlertStringKey, params: Record<string, string | number> = {}): string {
  const own = (host.strings as Record<string, string | undefined>)[key];
  return (own ?? STRINGS[host.effectiveLang][key]).replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/**
 * The banner area: the first (most severe) alert, the others behind "+N peringatan lain" (shown
 * when `expanded`), and the live region. `announced` holds the alerts already announced on this page: a new Extreme or
 * Severe one is announced assertively (`role="alert"`).
 */
export function renderAlerts(host: SiarAlert, alerts: readonly ShownAlert[], expanded: boolean, announced: ReadonlySet<string>): TemplateResult | typeof nothing {
  const [first, ...others] = alerts;
  if (!first) return nothing;
  const urgent = alerts.find((a) => !announced.has(a.key) && (a.severity === 'Extreme' || a.severity === 'Severe'));
  return html`<section part="base" class="base" aria-label=${text(host, 'label')}>
    ${renderBanner(host, first)}
    ${others.length
      ? html`<button part="more-button" class="more" type="button" aria-expanded=${expanded ? 'true' : 'false'} @click=${() => host.toggleOthers()}>
            ${expanded ? text(host, 'less') : text(host, 'more', { count: others.length })}
          </button>
          ${expanded ? others.map((a) => renderBanner(host, a)) : nothing}`
      : nothing}
    <div class="visually-hidden" role="alert">${urgent ? `${text(host, urgent.severity)}: ${urgent.headline}` : ''}</div>
  </section>`;
}

function renderBanner(host: SiarAlert, alert: ShownAlert): TemplateResult {
  const lang = host.effectiveLang;
  const zone = host.effectiveTimeZone;
  const quake = alert.quake;
  return html`<article part="banner" class="banner severity-${alert.severity.toLowerCase()}" lang=${alert.language}>
    <p class="top">
      <span part="severity" class="severity">${text(host, alert.severity)}</span>
      <span part="event" class="event">${alert.event}</span>
    </p>
    <p part="headline" class="headline">${alert.headline}</p>
    ${quake
      ? html`<p class="quake">${text(host, 'magnitude', { value: quake.magnitude.toFixed(1) })}${quake.depth ? `, ${text(host, 'depth', { value: quake.depth })}` : ''}${quake.felt ? html`<br />${text(host, 'felt', { value: quake.felt })}` : nothing}${quake.potential ? html`<br /><strong>${quake.potential}</strong>` : nothing}</p>`
      : nothing}
    ${alert.area ? html`<p part="area" class="area">${alert.area}</p>` : nothing}
    <p part="time" class="time">
      <time datetime=${dateTimeAttribute(alert.start, zone)}>${formatDate(alert.start, lang, zone)}</time>
      ${text(host, 'until')}
      <time datetime=${dateTimeAttribute(alert.end, zone)}>${formatDate(alert.end, lang, zone)}</time>
    </p>
    ${alert.instruction ? html`<p part="instruction" class="instruction">${alert.instruction}</p>` : nothing}
    <p class="bottom">
      <span part="source" class="source">${text(host, 'source', { name: alert.source ?? alert.sender })}</span>
      ${alert.url
        ? html`<a part="link" class="link" href=${alert.url} target="_blank" rel="noopener noreferrer">${text(host, 'details')}<span class="visually-hidden"> ${host.t('newTab')}</span></a>`
        : nothing}
    </p>
    <button part="dismiss-button" class="dismiss" type="button" aria-label=${text(host, 'dismiss', { headline: alert.headline })} @click=${() => host.dismiss(alert)}>
      <span aria-hidden="true">×</span>
    </button>
  </article>`;
}
