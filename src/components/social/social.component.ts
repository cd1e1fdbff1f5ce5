import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { loadProfile } from '../../internal/profile.js';
import { SiarElement } from '../../internal/base-element.js';
import { heading } from '../../internal/heading.js';
import { baseStyles } from '../../internal/styles.js';
import { ALIASES, PLATFORMS, PLATFORM_NAMES, platformOfUrl, toAccount, type Account, type Platform } from './platforms.js';
import { socialStyles } from './social.styles.js';

let uid = 0;

/**
 * The province's official social-media accounts as a bar of icon links. Only known platforms on
 * their real hosts are shown; anything else is rejected with a console warning.
 *
 * @summary Official social account bar (Instagram, Facebook, YouTube, X, TikTok, WhatsApp Channel, Threads, Telegram, LinkedIn).
 *
 * @slot - Links (`<a href="https://www.instagram.com/…">`) read as accounts; also the no-JS fallback.
 *
 * @event siar-select - An account link was activated (cancelable). `detail: { item: { platform, url } }`.
 *
 * @csspart base - The outer navigation landmark.
 * @csspart heading - The optional heading.
 * @csspart list - The list of accounts.
 * @csspart item - One account.
 * @csspart link - An account link.
 * @csspart icon - An account's icon.
 * @csspart handle - The handle text (with `show-handle`).
 * @csspart empty - Shown when no valid account is given.
 *
 * @cssproperty --siar-social-size - Icon button size (default by `size`: 2.25 / 2.75 / 3.5rem).
 * @cssproperty --siar-social-gap - Space between icons.
 * @cssproperty --siar-social-color - Icon colour in the `mono` variant.
 * @cssproperty --siar-social-z-index - Stacking order of the `floating` layout (default 1000).
 */
export class SiarSocial extends SiarElement {
  static override styles = [baseStyles, socialStyles];

  static override properties: PropertyDeclarations = {
    ...SiarElement.properties,
    name: { type: String },
    layout: { type: String, reflect: true },
    size: { type: String, reflect: true },
    variant: { type: String, reflect: true },
    showHandle: { type: Boolean, attribute: 'show-handle' },
    heading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    instagram: { type: String },
    facebook: { type: String },
    youtube: { type: String },
    x: { type: String },
    twitter: { type: String },
    tiktok: { type: String },
    whatsapp: { type: String },
    threads: { type: String },
    telegram: { type: String },
    linkedin: { type: String },
    slotted: { state: true },
  };

  /** Whose accounts these are, used in accessible names: "Instagram resmi Pemprov Contoh". */
  name = '';
  /** `horizontal` (default), `vertical` or `floating` (fixed to the side of the viewport). */
  layout: 'horizontal' | 'vertical' | 'floating' = 'horizontal';
  /** `small`, `medium` (default) or `large`. */
  size: 'small' | 'medium' | 'large' = 'medium';
  /** `brand` colours (default) or `mono`. */
  variant: 'brand' | 'mono' = 'brand';
  /** Show each account's handle beside its icon. */
  showHandle = false;
  /** Optional visible heading; the navigation landmark is labelled by it (or by "Media Sosial Resmi"). */
  heading = '';
  /** Level of the optional heading (1–6, default 2). */
  headingLevel = 2;
  /** Instagram handle or `https://www.instagram.com/…` URL. */
  instagram = '';
  /** Facebook page name or URL. */
  facebook = '';
  /** YouTube handle (`@humasprovcontoh`) or URL. */
  youtube = '';
  /** X (Twitter) handle or URL. */
  x = '';
  /** Alias of `x`. */
  twitter = '';
  /** TikTok handle or URL. */
  tiktok = '';
  /** WhatsApp Channel id or `https://whatsapp.com/channel/…` URL. */
  whatsapp = '';
  /** Threads handle or URL. */
  threads = '';
  /** Telegram channel name or `https://t.me/…` URL. */
  telegram = '';
  /** LinkedIn company page id or URL. */
  linkedin = '';

  /** Accounts from the page's own links in the light DOM. */
  private slotted: Account[] = [];
  /** Loads the province profile (`profile` or an enclosing `<siar-province>`), shared page-wide. */
  private readonly profileTask = new Task(this, {
    args: () => [this.profileUrl] as [string],
    task: async ([url], { signal }) => (url ? await loadProfile(url, { signal }) : undefined),
    onComplete: (profile) => {
      this.provinceProfile = profile;
    },
    onError: (error) => console.warn(`[siar-social] The province profile could not be loaded: ${String((error as Error).message ?? error)}`),
  });
  private readonly headingId = `siar-social-${++uid}`;
  private warned = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLightDom();
  }

  private readLightDom(): void {
    const accounts: Account[] = [];
    for (const a of this.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      const platform = platformOfUrl(href);
      if (!platform) {
        this.warn(`link ${href}`, 'not a known platform on its real host');
        continue;
      }
      const account = toAccount(platform, href);
      if ('rejected' in account) this.warn(href, account.rejected);
      else accounts.push(account);
    }
    this.slotted = accounts;
  }

  private warn(what: string, why: string): void {
    const key = `${what}|${why}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`[siar-social] Ignored ${what}: ${why}.`);
  }

  /** Every valid account, attributes first, then light-DOM links, then the profile; one per platform. */
  get accounts(): Account[] {
    const given = new Map<Platform, string>();
    for (const [key, value] of Object.entries(this.provinceProfile?.social ?? {})) {
      const platform = (ALIASES[key] ?? key) as Platform;
      if (value && PLATFORMS[platform]) given.set(platform, value);
    }
    if (this.twitter) given.set('x', this.twitter);
    for (const p of PLATFORM_NAMES) {
      const value = (this as unknown as Record<string, string>)[p];
      if (value) given.set(p, value);
    }
    const out = new Map<Platform, Account>();
    for (const [platform, value] of given) {
      const account = toAccount(platform, value);
      if ('rejected' in account) this.warn(`${platform}="${value}"`, account.rejected);
      else out.set(platform, account);
    }
    for (const account of this.slotted) if (!out.has(account.platform)) out.set(account.platform, account);
    return PLATFORM_NAMES.flatMap((p) => (out.has(p) ? [out.get(p)!] : []));
  }

  protected override willUpdate(): void {
    const waiting = !!this.profileUrl && !this.provinceProfile && (this.profileTask.status === TaskStatus.INITIAL || this.profileTask.status === TaskStatus.PENDING);
    this.state = this.accounts.length ? 'ready' : waiting ? 'loading' : 'empty';
  }

  protected override render(): TemplateResult {
    const accounts = this.accounts;
    const label = this.heading || this.t('socialHeading');
    const unique = this.landmarkName('navigation', label);
    return html`<nav part="base" class="base layout-${this.layout}" aria-labelledby=${ifDefined(unique ? undefined : this.headingId)} aria-label=${ifDefined(unique)}>
      ${this.heading
        ? heading(this.headingLevel, this.heading, 'heading', this.headingId)
        : html`<span class="visually-hidden" id=${this.headingId}>${label}</span>`}
      ${accounts.length
        ? html`<ul part="list" class="list" role="list">
            ${accounts.map((a) => this.renderAccount(a))}
          </ul>`
        : html`<p part="empty" class="empty">${this.t('empty')}</p>`}
    </nav>`;
  }

  private renderAccount(account: Account): TemplateResult {
    const info = PLATFORMS[account.platform];
    const name = this.t('socialAccount', { platform: info.label, name: this.name || this.provinceProfile?.shortName || '' }).trim();
    return html`<li part="item" class="item platform-${account.platform}">
      <a
        part="link"
        class="link"
        href=${account.url}
        target="_blank"
        rel="noopener noreferrer me"
        @click=${(e: MouseEvent) => {
          if (!this.emit('siar-select', { item: { platform: account.platform, url: account.url } }, { cancelable: true })) e.preventDefault();
        }}
        ><svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${info.icon}</svg
        ><span class="visually-hidden">${name}</span
        >${this.showHandle && account.handle ? html`<span part="handle" class="handle">${account.handle}</span>` : nothing}<span
          class="visually-hidden"
        >
          ${this.t('newTab')}</span
        ></a
      >
    </li>`;
  }
}
