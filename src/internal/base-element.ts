import { LitElement, type PropertyDeclarations } from 'lit';
import { toLang, translate, type Lang, type StringKey, type Strings } from './i18n.js';
import { validTimeZone } from './format.js';
import { pageUrl, safeUrl } from '../feed/url.js';
import type { Profile } from './profile.js';

/**
 * Landmark names per role: role → (widget → name), each in the order the widgets first named a
 * landmark of that role, so ordinals do not depend on which widget rendered what first.
 */
const landmarks = new Map<string, Map<SiarElement, string>>();

/** The lifecycle a widget reflects on its host as the `state` attribute. */
export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * What every Siar widget shares, and nothing more: `src`, `lang`, `time-zone`, string overrides,
 * the reflected `state`, and `emit()` for bubbling, composed events. Loading lives in
 * {@link FeedController}; rendering of the common states in `states.ts`.
 *
 * @cssproperty --siar-font-family - Font of the whole widget (default: the system UI font).
 * @cssproperty --siar-color-accent - Links, buttons and accents (default #0b5cad; dark #8cc4ff).
 * @cssproperty --siar-color-text - Main text colour.
 * @cssproperty --siar-color-muted - Secondary text (summaries, dates, sources).
 * @cssproperty --siar-color-surface - The widget's background; `transparent` lets the page show through.
 * @cssproperty --siar-color-subtle - Placeholders and skeletons.
 * @cssproperty --siar-color-border - Borders of cards and boxes.
 * @cssproperty --siar-color-danger - The error state's border.
 * @cssproperty --siar-color-warning-surface - Background of the "possibly outdated" notice.
 * @cssproperty --siar-color-warning-text - Text of the "possibly outdated" notice.
 * @cssproperty --siar-color-focus - The focus ring.
 * @cssproperty --siar-radius - Corner radius (default 8px).
 * @cssproperty --siar-gap - Space between items (default 1rem).
 * @cssproperty --siar-heading-size - Font size of the widget heading (default 1.25rem).
 */
export class SiarElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { type: String },
    // Reflected only when set: an empty lang attribute would mean "unknown language" to screen readers.
    lang: { type: String, reflect: true, converter: { fromAttribute: (v: string | null) => v ?? '', toAttribute: (v: string) => v || null } },
    timeZone: { type: String, attribute: 'time-zone' },
    strings: { type: Object },
    state: { type: String, reflect: true },
    profile: { type: String },
    provinceProfile: { attribute: false },
  };

  /** URL of the widget's data, resolved against the page. */
  src = '';
  /** `id` (default) or `en`; when empty, the nearest `[lang]` ancestor decides. */
  override lang = '';
  /** IANA time zone for dates: `Asia/Jakarta` (WIB, default), `Asia/Makassar` (WITA), `Asia/Jayapura` (WIT). */
  timeZone = '';
  /** Overrides for any visible string, e.g. `strings='{"releasesHeading":"Berita Pemprov"}'`. */
  strings: Partial<Strings> = {};
  /** Reflected lifecycle: `loading` → `ready` | `empty` | `error`. Read-only for pages. */
  state: WidgetState = 'loading';
  /**
   * URL of the province profile (`siar.json`). Used instead of `src` when `src` is empty; also
   * gives the time zone and the province's name and logo. Inherited from an enclosing
   * `<siar-province profile="…">`.
   */
  profile = '';
  /** The loaded province profile, once there is one. */
  provinceProfile: Profile | undefined = undefined;

  /** The profile URL in force: own `profile`, else the closest `<siar-province>`'s. */
  get profileUrl(): string {
    if (this.profile) return this.profile;
    for (let node: Node | null = this.parentNode; node; ) {
      if (node instanceof Element && node.localName === 'siar-province') return node.getAttribute('profile') ?? '';
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return '';
  }

  /** The language in force: own `lang`, else the closest ancestor's (across shadow roots), else `id`. */
  get effectiveLang(): Lang {
    if (this.lang) return toLang(this.lang);
    for (let node: Node | null = this.parentNode; node; ) {
      if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return 'id';
  }

  /**
   * Where the error and empty states' "open the source" link points: the first URL in `src`, else
   * the widget's URL from the profile, else the profile itself. Only http(s).
   */
  protected sourceLink(fromProfile: string | undefined): string | undefined {
    const first = this.src.split(/\s+/).find(Boolean) ?? fromProfile ?? (this.profileUrl || undefined);
    return first ? safeUrl(first, pageUrl()) : undefined;
  }

  /** The time zone in force, validated: own `time-zone`, else the profile's, else WIB. */
  get effectiveTimeZone(): string {
    return validTimeZone(this.timeZone || this.provinceProfile?.timeZone);
  }

  /**
   * A landmark's accessible name must be unique on the page (WCAG 1.3.1, axe `landmark-unique`),
   * yet two `<siar-releases>` both say "Siaran Pers". Returns `undefined` while this widget is the
   * first with that role and name, else the name with its ordinal ("Siaran Pers (2)") to use as
   * `aria-label` instead of `aria-labelledby`. The visible heading stays as it is.
   */
  protected landmarkName(role: string, name: string): string | undefined {
    let named = landmarks.get(role);
    if (!named) landmarks.set(role, (named = new Map()));
    named.set(this, name); // a widget keeps its place when it renders again
    let n = 0;
    for (const [el, other] of named) {
      if (other === name && el.isConnected) n++;
      if (el === this) break;
    }
    return n > 1 ? `${name} (${n})` : undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const named of landmarks.values()) named.delete(this);
  }

  /** A visible string in the language in force. */
  t(key: StringKey, params?: Record<string, string | number>): string {
    return translate(this.effectiveLang, key, params, this.strings ?? {});
  }

  /**
   * Dispatches a bubbling, composed event: a `CustomEvent` with `detail`. Returns `false` when a
   * listener called `preventDefault()` on a cancelable event.
   */
  emit<T>(name: `siar-${string}`, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: !!options.cancelable, detail }));
  }
}
