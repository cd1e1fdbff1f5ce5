import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { isFeedError } from '../../feed/errors.js';
import { yieldToMain } from '../../feed/slices.js';
import { SiarElement, setWidgetState } from '../../internal/base-element.js';
import type { SiarErrorDetail } from '../../internal/events.js';
import { heading } from '../../internal/heading.js';
import { baseStyles } from '../../internal/styles.js';
import { ALIASES, PLATFORM_DATA, PLATFORM_NAMES, platformOfUrl, toAccount, type Account, type Platform } from './accounts.js';
import { socialStyles } from './social.styles.js';
import { addStrings } from '../../internal/i18n.js';
import { SOCIAL_STRINGS } from './strings.js';

addStrings(SOCIAL_STRINGS);

let uid = 0;

/**
 * The icons (`icons.ts`, ~2 KB): not at start-up. The first frame has the links, their accessible
 * names, handles and brand colours in boxes of the icons' size; the icons fill those boxes when
 * they arrive (no layout shift). Loaded once per page; a failed import is tried again by the next
 * bar that connects.
 */
let icons: typeof import('./icons.js').ICONS | undefined;
let iconsPending: Promise<void> | undefined;

const LAYOUTS = ['horizontal', 'vertical', 'floating'] as const;

/**
 * The province's official social-media accounts as a bar of icon links. Only known platforms on
 * their real hosts are shown; anything else is rejected with a console warning.
 *
 * @summary Official social account bar (Instagram, Facebook, YouTube, X, TikTok, WhatsApp Channel, Threads, Telegram, LinkedIn).
 *
 * @slot - Links (`<a href="https://www.instagram.com/…">`) read as accounts (and read again when they change); also the no-JS fallback.
 *
 * @event siar-load - The accounts are shown (after the profile, when there is one). `detail: { count, stale, errors }`.
 * @event siar-error - The province profile could not be loaded: its accounts are gone and a notice says so. `detail: { kind, status?, message }`.
 * @event siar-select - An account link was activated (cancelable). `detail: { item: { platform, url, handle? } }`.
 *
 * @csspart base - The outer navigation landmark.
 * @csspart heading - The optional heading.
 * @csspart list - The list of accounts.
 * @csspart item - One account.
 * @csspart link - An account link.
 * @csspart icon - An account's icon.
 * @csspart handle - The handle text (with `show-handle`).
 * @csspart empty - Shown when no valid account is given.
 * @csspart status - "Memuat informasi…" / "Loading information…" while the province profile loads and no account is given yet.
 * @csspart error - The notice shown when the province profile could not be loaded.
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
    // Same meaning in every widget (SiarElement: limit, heading, show).
    limit: { type: Number },
    heading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    show: { type: String },
    layout: { type: String, reflect: true },
    size: { type: String, reflect: true },
    variant: { type: String, reflect: true },
    showHandle: { type: Boolean, attribute: 'show-handle' },
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
    profileError: { state: true },
    iconsFailed: { state: true },
  };

  /**
   * Imports the icons module (replaced in tests to simulate a request that fails).
   *
   * @internal
   */
  static importIcons: () => Promise<typeof import('./icons.js')> = () => import('./icons.js');

  /** Whose accounts these are, used in accessible names: "Instagram resmi Pemprov Contoh". */
  name = '';
  /** `horizontal` (default), `vertical` or `floating` (fixed to the side of the viewport). */
  layout: 'horizontal' | 'vertical' | 'floating' = 'horizontal';
  /** `small`, `medium` (default) or `large`. */
  size: 'small' | 'medium' | 'large' = 'medium';
  /** `brand` colours (default) or `mono`. */
  variant: 'brand' | 'mono' = 'brand';
  /** Show each account's handle beside its icon (the same as `handle` in `show`). */
  showHandle = false;
  /**
   * Optional visible heading; the navigation landmark is labelled by it (or by "Media Sosial
   * Resmi"). Without it, or without `heading` in `show`, the heading is for screen readers only.
   */
  override heading = '';
  /** Level of the optional heading (1–6, default 2). */
  override headingLevel = 2;
  /** Which parts to show, space-separated: any of `heading handle` (default: `heading`; the heading shows when `heading` is set). */
  override show = 'heading';
  /** How many accounts to show (`0`, the default: all). */
  override limit = 0;
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
  /** Why the province profile failed, while it does. */
  private profileError?: SiarErrorDetail;
  /** The icons could not be loaded: each link shows its platform's letters instead. */
  private iconsFailed = false;
  /** Loads the province profile (`profile` or an enclosing `<siar-province>`), shared page-wide. */
  private readonly profileTask = new Task(this, {
    args: () => [this.profileUrl] as [string],
    task: async ([url], { signal }) => {
      this.profileError = undefined;
      if (!url) return undefined;
      // The icons load beside the profile, so its accounts appear with them.
      const glyphs = this.loadIcons();
      // The profile reader loads only for bars that have a profile (most list their accounts).
      const { loadProfile } = await import('../../internal/profile.js');
      const profile = await loadProfile(url, { signal });
      await glyphs;
      // Each widget waiting for this profile renders with it in a task of its own.
      await yieldToMain();
      return profile;
    },
    onComplete: (profile) => {
      this.provinceProfile = profile;
      this.announceLoad();
    },
    onError: (error) => {
      if (!this.isConnected) return;
      // What the failed profile configured goes: no other province's accounts under this name.
      this.provinceProfile = undefined;
      const detail: SiarErrorDetail = isFeedError(error)
        ? { kind: error.kind, message: error.message, ...(error.status !== undefined ? { status: error.status } : {}), ...(error.url ? { url: error.url } : {}) }
        : { kind: 'network', message: String((error as Error)?.message ?? error) };
      if (detail.kind === 'aborted') return;
      this.profileError = detail;
      console.warn(`[siar-social] The province profile could not be loaded: ${detail.message}`);
      void this.updateComplete.then(() => {
        if (this.isConnected && this.profileError === detail) this.emit('siar-error', detail);
      });
    },
  });
  private readonly headingId = `siar-social-${++uid}`;
  private warned = new Set<string>();
  /** Watches the light-DOM links, so a page that changes them is followed. */
  private readonly linkObserver = new MutationObserver(() => this.readLightDom());
  /** `siar-load` is due after the next render. */
  private loadDue = true;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadIcons();
    this.readLightDom();
    this.linkObserver.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
    this.loadDue = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.linkObserver.disconnect();
  }

  /** Brings the icons (once per page) and renders them; never rejects. */
  private loadIcons(): Promise<void> {
    if (icons) return Promise.resolve();
    iconsPending ??= SiarSocial.importIcons().then(
      async (module) => {
        // Their templates are prepared in a task of their own, before any bar renders them.
        await yieldToMain();
        module.prepareIcons?.();
        icons = module.ICONS;
      },
      (cause: unknown) => {
        iconsPending = undefined;
        throw cause;
      },
    );
    return iconsPending.then(
      () => {
        this.iconsFailed = false;
        this.requestUpdate();
      },
      (cause: unknown) => {
        if (!this.iconsFailed) console.warn(`[siar-social] The icons could not be loaded: ${String((cause as Error)?.message ?? cause)}`);
        this.iconsFailed = true;
      },
    );
  }

  /** `siar-load` once the accounts are rendered. */
  private announceLoad(): void {
    this.loadDue = true;
    this.requestUpdate();
  }

  protected override updated(): void {
    if (!this.loadDue || this.state === 'loading' || this.profileError) return;
    this.loadDue = false;
    this.emit('siar-load', { count: this.shownAccounts.length, stale: false, errors: [] });
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
      if (value && Object.hasOwn(PLATFORM_DATA, platform)) given.set(platform, value);
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
    return this.capped(PLATFORM_NAMES.flatMap((p) => (out.has(p) ? [out.get(p)!] : [])));
  }

  /** The accounts this update shows (read once per update: each read checks every URL again). */
  private shownAccounts: Account[] = [];
  /** The profile is still loading and nothing else gave an account. */
  private waiting = false;

  protected override willUpdate(): void {
    this.layout = this.oneOf(this.layout, LAYOUTS);
    this.shownAccounts = this.accounts;
    this.waiting = !!this.profileUrl && !this.provinceProfile && !this.profileError && (this.profileTask.status === TaskStatus.INITIAL || this.profileTask.status === TaskStatus.PENDING);
    setWidgetState(this, this.shownAccounts.length ? 'ready' : this.waiting ? 'loading' : this.profileError ? 'error' : 'empty');
  }

  protected override render(): TemplateResult {
    const accounts = this.shownAccounts;
    const label = this.heading || this.t('socialHeading');
    const unique = this.landmarkName('navigation', label);
    const handles = this.showHandle || this.shownParts.has('handle');
    return html`<nav part="base" class="base layout-${this.layout}" aria-labelledby=${ifDefined(unique ? undefined : this.headingId)} aria-label=${ifDefined(unique)}>
      ${this.heading && this.shownParts.has('heading')
        ? heading(this.headingLevel, this.heading, 'heading', this.headingId)
        : html`<span class="visually-hidden" id=${this.headingId}>${label}</span>`}
      ${this.profileError ? html`<p part="error" class="empty" role="status">${this.t('profileFailed')}</p>` : nothing}
      ${accounts.length
        ? html`<ul part="list" class="list" role="list">
            ${accounts.map((a) => this.renderAccount(a, handles))}
          </ul>`
        : this.profileError
          ? nothing
          : this.waiting
            ? html`<p part="status" class="empty" role="status">${this.t('loading')}</p>`
            : html`<p part="empty" class="empty">${this.t('empty')}</p>`}
    </nav>`;
  }

  private renderAccount(account: Account, handles: boolean): TemplateResult {
    const info = PLATFORM_DATA[account.platform];
    // Until the icons arrive the box stays empty (same size); if they cannot come, two letters.
    const icon =
      icons?.[account.platform] ??
      (this.iconsFailed ? svg`<text x="12" y="16" text-anchor="middle" font-size="10" font-weight="700" fill="currentColor">${info.short}</text>` : nothing);
    const name = this.t('socialAccount', { platform: info.label, name: this.name || this.provinceProfile?.shortName || '' }).trim();
    return html`<li part="item" class="item platform-${account.platform}">
      <a
        part="link"
        class="link"
        href=${account.url}
        target="_blank"
        rel="noopener noreferrer me"
        @click=${(e: MouseEvent) => {
          if (!this.emit('siar-select', { item: account }, { cancelable: true })) e.preventDefault();
        }}
        ><svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${icon}</svg
        ><span class="visually-hidden">${name}</span
        >${handles && account.handle ? html`<span part="handle" class="handle">${account.handle}</span>` : nothing}<span
          class="visually-hidden"
        >
          ${this.t('newTab')}</span
        ></a
      >
    </li>`;
  }
}
