import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { safeUrl } from '../../feed/url.js';
import type { SiarElement } from '../../internal/base-element.js';
import { externalLink } from '../../internal/states.js';
import { PLATFORMS } from '../social/platforms.js';
import type { Agency, PhoneNumber } from './model.js';
import { addStrings } from '../../internal/i18n.js';
import { SOCIAL_STRINGS } from '../social/strings.js';

// The social links name accounts as the social bar does (its strings come with it otherwise).
addStrings(SOCIAL_STRINGS);

/**
 * What an opened agency shows: contact links, head, address and map, hours, PPID desk, social
 * accounts. Rendered only once a directory has arrived and an agency is opened, so it comes with
 * the reader (see `lazy.ts`), not with the widget.
 */

/** `https://wa.me/<digits>` for a normalized number. */
export function whatsappUrl(phone: PhoneNumber | undefined): string | undefined {
  return phone?.wa ? `https://wa.me/${phone.wa}` : undefined;
}

/** Map link: OpenStreetMap at the coordinates, else an OpenStreetMap search for the address. */
export function mapUrl(agency: Pick<Agency, 'geo' | 'address'>): string | undefined {
  if (agency.geo) {
    const { lat, lon } = agency.geo;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  return agency.address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(agency.address)}` : undefined;
}

/** The host name of a website, for display: "https://www.dinkes.go.id/" → "dinkes.go.id". */
export function displayHost(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '');
    return u.hostname.replace(/^www\./, '') + path;
  } catch {
    return url;
  }
}

/** An agency's content; rendered only while it is open, so a keystroke never builds 500 of them. */
export function renderDetails(host: SiarElement, a: Agency): TemplateResult {
  const name = a.name;
  const map = mapUrl(a);
  // Contacts first: "who do I call" is why people open an agency.
  return html`<div part="details" class="details">
    ${renderActions(host, a.name, a.phone, a.whatsapp, a.email, a.website)}
    <dl class="facts">
      ${a.head
        ? html`<div>
            <dt>${host.t('head')}</dt>
            <dd>${a.head.name}${a.head.title ? html`<span class="head-title">${a.head.title}</span>` : nothing}</dd>
          </div>`
        : nothing}
      ${a.address || map
        ? html`<div>
            <dt>${host.t('address')}</dt>
            <dd>
              ${a.address ? html`<span class="address">${a.address}</span><br />` : nothing}
              ${map ? html`<span class="map">${externalLink(host, map, host.t('map', { name }), 'action map-link')}</span>` : nothing}
            </dd>
          </div>`
        : nothing}
      ${a.hours
        ? html`<div>
            <dt>${host.t('hours')}</dt>
            <dd>${a.hours}</dd>
          </div>`
        : nothing}
      ${a.ppid ? renderPpid(host, a) : nothing}
    </dl>
    ${a.social.length
      ? html`<ul part="social" class="social" role="list">
          ${a.social.map(
            (s) => html`<li>
              <a part="social-link" href=${s.url} target="_blank" rel="noopener noreferrer"
                ><svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">${PLATFORMS[s.platform].icon}</svg
                ><span class="visually-hidden">${host.t('socialAccount', { platform: s.label, name })} ${host.t('newTab')}</span
                ><span aria-hidden="true">${s.label}</span></a
              >
            </li>`,
          )}
        </ul>`
      : nothing}
  </div>`;
}

function renderPpid(host: SiarElement, a: Agency): TemplateResult {
  const ppid = a.ppid!;
  // Links name the desk and its agency: "Telepon PPID Pelaksana Dinkes (Dinas Kesehatan)".
  const who = ppid.name.includes(a.name) ? ppid.name : `${ppid.name} (${a.name})`;
  return html`<div part="ppid" class="ppid">
    <dt>${host.t('ppid')}</dt>
    <dd>
      <span class="ppid-name">${ppid.name}</span>
      ${renderActions(host, who, ppid.phone, undefined, ppid.email, ppid.website)}
    </dd>
  </div>`;
}

function renderActions(
  host: SiarElement,
  name: string,
  phone: PhoneNumber | undefined,
  whatsapp: PhoneNumber | undefined,
  email: string | undefined,
  website: string | undefined,
): TemplateResult | typeof nothing {
  const links: TemplateResult[] = [];
  if (phone) links.push(action(host, 'phone', phone.tel, host.t('phone', { name }), phone.text));
  if (whatsapp) links.push(action(host, 'whatsapp', whatsappUrl(whatsapp), host.t('whatsapp', { name }), whatsapp.text, true));
  if (email) links.push(action(host, 'email', `mailto:${email}`, host.t('email', { name }), email));
  if (website) links.push(action(host, 'website', website, host.t('website', { name }), displayHost(website), true));
  if (!links.length) return nothing;
  return html`<ul class="actions" role="list">
    ${links.map((link) => html`<li>${link}</li>`)}
  </ul>`;
}

/**
 * One contact link. Its accessible name is the action and agency, then the visible value
 * ("Telepon Dinas Kesehatan 0401 312 388"), so voice control users can say what they see.
 */
function action(host: SiarElement, kind: 'phone' | 'whatsapp' | 'email' | 'website', href: string | undefined, label: string, value: string, external = false): TemplateResult {
  const schemes = kind === 'phone' ? ['tel:'] : kind === 'email' ? ['mailto:'] : ['https:', 'http:'];
  const url = safeUrl(href, undefined, schemes);
  const content = html`${ICONS[kind]}<span class="visually-hidden">${label}: </span><span class="value">${value}</span>`;
  if (!url) return html`<span class="action action-${kind}">${content}</span>`;
  return external
    ? html`<a part="action action-${kind}" class="action action-${kind}" href=${url} target="_blank" rel="noopener noreferrer"
        >${content}<span class="visually-hidden"> ${host.t('newTab')}</span></a
      >`
    : html`<a part="action action-${kind}" class="action action-${kind}" href=${url}>${content}</a>`;
}

const icon = (paths: SVGTemplateResult): TemplateResult =>
  html`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">${paths}</svg>`;

const ICONS = {
  phone: icon(
    svg`<path d="M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.9.7 2.8a2 2 0 0 1-.5 2.1L8 9.9a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.9.6 2.8.7a2 2 0 0 1 1.7 2z"/>`,
  ),
  whatsapp: icon(svg`<path d="M3 21l1.7-5A8.5 8.5 0 1 1 8 19.3z"/><path d="M9 9.5c.5 2.5 2.5 4.5 5 5l1-1.5 2 1c-.5 1.5-1.5 2-3 1.5a8 8 0 0 1-5-5c-.5-1.5 0-2.5 1.5-3l1 2z"/>`),
  email: icon(svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>`),
  website: icon(svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18"/>`),
} as const;
