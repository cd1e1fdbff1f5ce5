import { LitElement, render, adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative, type PropertyDeclarations, type PropertyValues } from 'lit';
import { onStringsChange, pageStringsVersion, toLang, translate, type Lang, type StringKey, type Strings } from './i18n.js';
import { validTimeZone } from './time-zone.js';
import { heading } from './heading.js';
import { pageUrl, safeUrl } from '../feed/url.js';
import type { Profile } from './profile.js';
import type { SiarEventDetails } from './events.js';

/**
 * Landmark names per role: role → (widget → name), each in the order the widgets first named a
 * landmark of that role, so ordinals do not depend on which widget rendered what first.
 */
const landmarks = new Map<string, Map<SiarElement, string>>();

/**
 * Parses a lazily loaded module's styles as soon as the module arrives (while the data is still on
 * its way), so that the render which first adopts them (see {@link SiarElement.addStyles}) does not
 * also parse them: on a slow phone that render is the longest task a widget has. Returns the module.
 *
 * @internal
 */
export function withParsedStyles<T extends { styles: CSSResultOrNative }>(module: T): T {
  if (!(module.styles instanceof CSSStyleSheet)) void module.styles.styleSheet;
  return module;
}

/** The lifecycle a widget reflects on its host as the `state` attribute. */
export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';

/** Writes a widget's state: only Siar's own code holds this (see {@link setWidgetState}). */
let writeState: (el: SiarElement, state: WidgetState) => void;

/**
 * Sets a widget's `state` (and, on its next update, the reflected attribute). The one way to
 * change it: the property has no setter and a page's `setAttribute('state', …)` is reverted.
 *
 * @internal
 */
export function setWidgetState(el: SiarElement, state: WidgetState): void {
  writeState(el, state);
}

/**
 * What every Siar widget shares, and nothing more: `src`, `lang`, `time-zone`, string overrides,
 * the reflected, read-only `state`, following the language of an ancestor and page-wide strings,
 * and bubbling, composed events. Loading lives in {@link FeedController}; rendering of the common
 * states in `states.ts`.
 *
 * @attribute state - Reflected lifecycle: `loading` → `ready` | `empty` | `error`. Read-only: a page's `setAttribute('state', …)` is reverted.
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
    profile: { type: String },
    provinceProfile: { attribute: false },
    currentState: { state: true },
    inheritedLang: { state: true },
    pageStrings: { state: true },
  };

  static {
    writeState = (el, state) => {
      el.currentState = state;
    };
  }

  /**
   * Lit's class preparation (run by `define()` in a task before the upgrade), then a widget
   * heading rendered off the page: the first Lit render of a page otherwise also compiles Lit's
   * template code (and prepares the heading's template) inside the task that upgrades and first
   * renders a widget, its longest.
   *
   * @internal
   */
  static override finalize(): void {
    super.finalize();
    // Each class renders it once (a few microseconds after the first); no document on a server.
    if (globalThis.document) render(heading(2, '', ''), document.createElement('div'));
  }

  /** Lit's observed attributes, and `state`: a page's write to it is reverted. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'state'];
  }

  /** URL of the widget's data, resolved against the page. */
  src = '';
  /** `id` (default) or `en`; when empty, the nearest `[lang]` ancestor decides. */
  override lang = '';
  /** IANA time zone for dates: `Asia/Jakarta` (WIB, default), `Asia/Makassar` (WITA), `Asia/Jayapura` (WIT). */
  timeZone = '';
  /** Overrides for any visible string, e.g. `strings='{"releasesHeading":"Berita Pemprov"}'`. */
  strings: Partial<Strings> = {};
  /** The lifecycle behind `state`; written only through {@link setWidgetState}. */
  private currentState: WidgetState = 'loading';
  /** The language of the nearest `[lang]` ancestor, watched while connected (see {@link watchLang}). */
  private inheritedLang: Lang = 'id';
  /** The page-wide strings' version (see `setStrings`), so a change renders the widget again. */
  private pageStrings = pageStringsVersion();
  private langObserver?: MutationObserver;
  private stopStrings?: () => void;

  /**
   * Changes whenever the page-wide strings or an inherited language change: part of the key of
   * anything rendered once and kept (the directory's rows).
   *
   * @internal
   */
  get textVersion(): string {
    return `${this.inheritedLang}:${this.pageStrings}`;
  }

  /** Reflected lifecycle: `loading` → `ready` | `empty` | `error`. Read-only. */
  get state(): WidgetState {
    return this.currentState;
  }
  /**
   * URL of the province profile (`siar.json`). Used instead of `src` when `src` is empty; also
   * gives the time zone and the province's name and logo. Inherited from an enclosing
   * `<siar-province profile="…">`.
   */
  profile = '';
  /** The loaded province profile, once there is one. */
  provinceProfile: Profile | undefined = undefined;
  // `limit`, `heading`, `heading-level` and `show` mean the same in every widget that lists
  // items; each such widget declares them reactive (`static properties`), the behaviour is here.

  /**
   * How many items to show. The same in every widget: a positive number caps the list; `0` (or
   * a negative or non-numeric value) means no cap, every item. Each widget has its own default.
   */
  limit = 0;
  /** Heading text; each widget has its own default. To hide the heading, leave `heading` out of `show`. */
  heading = '';
  /** Level of the widget heading (1–6, default 2); headings inside the widget are one level below. */
  headingLevel = 2;
  /**
   * Which parts to show, space- or comma-separated. Every widget knows `heading`; the others
   * are listed on each widget's page. The default shows everything the widget has.
   */
  show = '';

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
    return this.lang ? toLang(this.lang) : this.ancestorLang();
  }

  /**
   * Where the error and empty states' "open the source" link points: the first URL in `src`, else
   * the widget's URL from the profile, else the profile itself. Only http(s).
   */
  protected sourceLink(fromProfile: string | undefined): string | undefined {
    const first = this.src.split(/\s+/).find(Boolean) ?? fromProfile ?? (this.profileUrl || undefined);
    return first ? safeUrl(first, pageUrl()) : undefined;
  }

  /** `show` and the set read from it, so each render's many lookups share one set. */
  private partsOf?: [show: string, parts: ReadonlySet<string>];

  /**
   * The parts `show` names (read-only: one set per value of `show`, shared by every lookup).
   *
   * @internal
   */
  get shownParts(): ReadonlySet<string> {
    if (this.partsOf?.[0] !== this.show) this.partsOf = [this.show, new Set(this.show.split(/[\s,]+/).filter(Boolean))];
    return this.partsOf[1];
  }

  /**
   * `items` capped by `limit` (see {@link limit}: 0 is no cap).
   *
   * @internal
   */
  protected capped<T>(items: readonly T[]): T[] {
    const cap = Math.floor(this.limit);
    return cap > 0 ? items.slice(0, cap) : items.slice();
  }

  /**
   * `value` when it is one of `allowed`, else the first of them (the widget's default).
   *
   * @internal
   */
  protected oneOf<T extends string>(value: string, allowed: readonly T[]): T {
    return (allowed as readonly string[]).includes(value) ? (value as T) : allowed[0]!;
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
   *
   * @internal
   */
  landmarkName(role: string, name: string): string | undefined {
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

  /**
   * The name of the widget's region landmark: `aria-labelledby` its heading while the heading is
   * shown and its name is unique on the page, else `aria-label` (the name with its ordinal when
   * another widget has it too, see {@link landmarkName}; the plain name when the heading is hidden).
   *
   * @internal
   */
  regionLabels(title: string, headingId: string, headingShown: boolean): { labelledby: string | undefined; label: string | undefined } {
    const numbered = this.landmarkName('region', title);
    return { labelledby: headingShown && !numbered ? headingId : undefined, label: numbered ?? (headingShown ? undefined : title) };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchLang();
    this.pageStrings = pageStringsVersion();
    this.stopStrings = onStringsChange(() => (this.pageStrings = pageStringsVersion()));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const named of landmarks.values()) named.delete(this);
    this.langObserver?.disconnect();
    this.langObserver = undefined;
    this.stopStrings?.();
  }

  /**
   * Follows `lang` changes above the widget: the document's light DOM and every shadow root the
   * widget sits in are watched for `lang` attributes, so `<html lang="en">` set by a language
   * switch reaches a widget without a `lang` of its own.
   */
  private watchLang(): void {
    this.langObserver?.disconnect();
    const observer = new MutationObserver(() => (this.inheritedLang = this.ancestorLang()));
    const options: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };
    for (let root = this.getRootNode(); ; root = root.host.getRootNode()) {
      if (root instanceof ShadowRoot) observer.observe(root, options);
      else {
        if (root instanceof Document) observer.observe(root.documentElement, options);
        break;
      }
    }
    this.langObserver = observer;
    this.inheritedLang = this.ancestorLang();
  }

  /** The language of the closest ancestor with `lang` (across shadow roots), else `id`. */
  private ancestorLang(): Lang {
    for (let node: Node | null = this.parentNode; node; ) {
      if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return 'id';
  }

  /** Styles added after the element's own (see {@link addStyles}). */
  private lateStyles: CSSResultOrNative[] = [];

  /**
   * Adds styles that arrive with lazily loaded templates (a widget's item view) to this widget's
   * shadow root, after its own, once. Call it before the render that first uses them (`willUpdate`):
   * the styles apply in the same frame as the markup. Lit's `adoptStyles` does the adopting
   * (constructable style sheets, or `<style>` elements with the page's nonce where those are missing).
   *
   * @internal
   */
  addStyles(styles: CSSResultOrNative): void {
    const root = this.renderRoot;
    if (this.lateStyles.includes(styles) || !(root instanceof ShadowRoot)) return;
    this.lateStyles.push(styles);
    const own = (this.constructor as typeof LitElement).elementStyles;
    // Constructable sheets are replaced as a list; the `<style>` fallback appends only the new one.
    adoptStyles(root, supportsAdoptingStyleSheets ? [...own, ...this.lateStyles] : [styles]);
  }

  /**
   * The rest of a long list, drawn a few items per task after the first render (see
   * `internal/results.ts`); unset when nothing is pending.
   *
   * @internal
   */
  drawing?: Promise<void>;

  /** Settles once the current render is done and, with it, every item of a list still being drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.drawing) {
      await this.drawing;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Reflects `state` as an attribute (only Siar's own code changes it). */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    if (this.getAttribute('state') !== this.currentState) this.setAttribute('state', this.currentState);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'state') {
      // Read-only: a page's write is undone at once (the widget's own reflection matches already).
      if (value !== this.currentState) this.setAttribute('state', this.currentState);
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  /**
   * A visible string in the language in force.
   *
   * @internal
   */
  t(key: StringKey, params?: Record<string, string | number>): string {
    return translate(this.effectiveLang, key, params, this.strings ?? {});
  }

  /**
   * Dispatches a bubbling, composed event: a `CustomEvent` with `detail`. Returns `false` when a
   * listener called `preventDefault()` on a cancelable event.
   *
   * @internal
   */
  emit<K extends `siar-${string}`>(
    name: K,
    detail: K extends keyof SiarEventDetails ? SiarEventDetails[K] : unknown,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: !!options.cancelable, detail }));
  }
}
