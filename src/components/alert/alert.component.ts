import { css, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { AlertKind, CapSeverity, ShownAlert } from '../../feed/alerts.js';
import type { CapAlert } from '../../feed/cap.js';
import { FeedError } from '../../feed/errors.js';
import { lazyModule } from '../../feed/lazy.js';
import { loadResource, storage, type Codec, type Loaded, type LoadOptions } from '../../feed/load.js';
import { SiarElement, withParsedStyles } from '../../internal/base-element.js';
import { FeedController, type FeedResult } from '../../internal/feed-controller.js';
import { baseStyles } from '../../internal/styles.js';

/**
 * The reader (CAP, indexes, BMKG JSON, JSON Feed alerts, the rules of what is in force, and the
 * banner's templates, styles and date formatting, `view.ts`): loaded once, with the first request,
 * so none of it is in the banner's start-up bytes. The first frame is empty (nothing is known to be
 * in force yet) and needs none of it; what data needs is then used synchronously from
 * `loadReader.loaded()`.
 */
const loadReader = /* @__PURE__ */ lazyModule(() => import('./read.js'), 'alert reader', withParsedStyles);

/** The alerts one source gave (a document, an index's documents, a feed's items). */
interface AlertSource {
  alerts: CapAlert[];
}
type LoadedAlerts = Loaded<AlertSource>;

/** Stored without Dates: ISO strings, restored on read. */
const reviveDates = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v) ? new Date(v) : v));

const CAP_CODEC: Codec<CapAlert> = {
  name: 'cap',
  parse: async (text, { baseUrl }) => (await loadReader()).readAlerts(text, baseUrl, () => Promise.reject(new FeedError('unsupported', 'Not an index.'))).then((a) => {
    if (a.length !== 1) throw new FeedError('unsupported', 'The link of an alert index does not lead to one CAP alert.', { url: baseUrl });
    return a[0]!;
  }),
  restore: (stored) => reviveDates(stored) as CapAlert,
};

const ALERTS_CODEC: Codec<AlertSource> = {
  name: 'alerts',
  parse: async (text, { baseUrl }) => ({
    alerts: await (await loadReader()).readAlerts(text, baseUrl, (url) => loadResource(url, { lastKnownGood: false }, CAP_CODEC)),
  }),
  restore: (stored) => reviveDates(stored) as AlertSource,
};

/** Loads one alert source (shared, cached, size-capped and timed out like every feed). */
async function loadAlerts(url: string, options: LoadOptions): Promise<LoadedAlerts> {
  const reading = loadReader();
  reading.catch(() => {});
  const result = await loadResource(url, options, ALERTS_CODEC);
  // A last-known-good copy comes back without the reader having parsed anything: wait for it, so
  // the banner can apply the rules (a reader that cannot load shows nothing).
  await reading.catch(() => {});
  return result;
}

const KINDS: readonly AlertKind[] = ['weather', 'earthquake', 'announcement'];
const DISMISSED_KEY = 'siar:alert:dismissed';
/** Dismissals kept: the newest this many, none older than a month. */
const DISMISSED_MAX = 50;
const DISMISSED_AGE = 30 * 24 * 3_600_000;

/** Dismissed alert keys (`sender,identifier`) with when, from the page's storage; empty where storage is denied. */
function readDismissed(): Map<string, number> {
  try {
    const raw = JSON.parse(storage()?.getItem(DISMISSED_KEY) ?? '[]') as unknown;
    const now = Date.now();
    const entries = Array.isArray(raw) ? raw.filter((e): e is [string, number] => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number' && now - e[1] < DISMISSED_AGE) : [];
    return new Map(entries.slice(-DISMISSED_MAX));
  } catch {
    return new Map();
  }
}

function writeDismissed(dismissed: Map<string, number>): void {
  try {
    storage()?.setItem(DISMISSED_KEY, JSON.stringify([...dismissed].slice(-DISMISSED_MAX)));
  } catch {
    // Full or denied storage: the dismissal lasts for this page view only.
  }
}

/** Alerts already announced on this page (a re-render or refresh does not announce them again). */
const announced = new Set<string>();

/**
 * Urgent announcements and disaster warnings as a banner for the top of a page: CAP 1.1/1.2
 * documents (BMKG's nowcasts among them), Atom/RSS indexes of CAP documents, BMKG earthquake JSON
 * and the province's `alerts.json` (JSON Feed items carrying `_siar.alert`). Only alerts in force
 * for the public are shown, most severe first; when none is, the widget takes no space at all.
 *
 * @summary Warning banner (CAP, BMKG) for the top of a page.
 *
 * @slot - Ignored (an alert banner has no fallback of its own: nothing in force, nothing shown).
 *
 * @event siar-load - Alerts were read and the banner rendered. `detail: { count, stale, errors }` (`count`: alerts shown).
 * @event siar-error - Every source failed. `detail: { kind, status?, message, url? }`; the banner stays empty.
 * @event siar-alert - An alert is shown for the first time on this page. `detail: { alert }`.
 * @event siar-dismiss - The reader dismissed an alert. `detail: { alert }`.
 *
 * @csspart base - The banner area.
 * @csspart banner - One alert.
 * @csspart severity - Its severity, in words.
 * @csspart event - What happens ("Hujan Lebat dan Petir").
 * @csspart headline - The headline.
 * @csspart area - Where.
 * @csspart time - From when until when.
 * @csspart instruction - What to do.
 * @csspart source - The sender ("Sumber: BMKG").
 * @csspart link - The link to the full alert.
 * @csspart more-button - "+N peringatan lain".
 * @csspart dismiss-button - Dismisses one alert.
 *
 * @cssproperty --siar-alert-extreme - Background of Extreme alerts (default #7f0000; text white).
 * @cssproperty --siar-alert-severe - Background of Severe alerts (default #b3261e; text white).
 * @cssproperty --siar-alert-moderate - Background of Moderate alerts (default #ffd54f; text dark).
 * @cssproperty --siar-alert-minor - Background of Minor and Unknown alerts (default #e3f2fd; text dark).
 */
export class SiarAlert extends SiarElement {
  // The banner's styles (alert.styles.ts) are adopted with its templates, once the reader has loaded.
  static override styles = [baseStyles, css`:host { background: transparent; }`];

  static override properties: PropertyDeclarations = {
    ...SiarElement.properties,
    area: { type: String },
    minSeverity: { type: String, attribute: 'min-severity' },
    minMagnitude: { type: Number, attribute: 'min-magnitude' },
    kinds: { type: String },
    refresh: { type: Number },
    expanded: { state: true },
    dismissed: { state: true },
    now: { state: true },
  };

  /** A regency or province name (matched in the area and text), or a `lat,lon` point tested against the alert's shapes. */
  area = '';
  /** Least severity shown: `Extreme`, `Severe`, `Moderate` (default), `Minor`, `Unknown`. */
  minSeverity: CapSeverity = 'Moderate';
  /** Least earthquake magnitude shown (default 5.0). */
  minMagnitude = 5;
  /** Kinds shown, space-separated: `weather earthquake announcement` (default all). */
  kinds = '';
  /** Seconds between refreshes (default 60, at least 30); paused while the page is hidden. */
  refresh = 60;

  private expanded = false;
  private dismissed = readDismissed();
  private now = new Date();
  private timer: ReturnType<typeof setInterval> | undefined;
  private revalidating = false;
  private readonly onVisibility = () => this.schedule();

  private readonly feeds = new FeedController<LoadedAlerts>(this, {
    urls: () => this.src.split(/\s+/).filter(Boolean),
    fromProfile: (profile) => [(profile.feeds as { alerts?: string }).alerts],
    loader: (url, options) => loadAlerts(url, { ...options, ...(this.revalidating ? { ttl: 0, revalidate: true } : {}) }),
    count: (result) => this.shown(result).length,
  });

  /** The alerts in force, filtered, minus the dismissed ones, most severe first. */
  private shown(result: FeedResult<LoadedAlerts> | undefined = this.feeds.task.value): ShownAlert[] {
    // Without the reader there is no data either (it parsed the data); a stale copy read offline
    // while the reader cannot load shows nothing.
    const loaded = loadReader.loaded();
    if (!result || !loaded) return [];
    const kinds = this.kinds.split(/[\s,]+/).filter((k): k is AlertKind => (KINDS as readonly string[]).includes(k));
    return loaded
      .selectAlerts(
        result.feeds.flatMap((f) => f.alerts),
        {
          now: this.now,
          lang: this.effectiveLang,
          minSeverity: this.minSeverity,
          minMagnitude: Number.isFinite(this.minMagnitude) ? this.minMagnitude : 5,
          area: this.area,
          ...(kinds.length ? { kinds } : {}),
          urlOf: () => result.feeds[0]?.url,
        },
      )
      .filter((a) => !this.dismissed.has(a.key));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Refreshes every `refresh` seconds (at least 30) while connected and the page is visible. */
  private schedule(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (!this.isConnected || document.visibilityState === 'hidden') return;
    const seconds = Math.max(30, Number.isFinite(this.refresh) && this.refresh > 0 ? this.refresh : 60);
    this.timer = setInterval(() => void this.reload(), seconds * 1000);
  }

  /** Asks the sources again (conditional requests: a 304 costs a few bytes) and re-reads the clock. */
  private async reload(): Promise<void> {
    this.now = new Date();
    this.revalidating = true;
    try {
      await this.feeds.task.run();
    } catch {
      // A failed refresh keeps what is shown; siar-error says why.
    } finally {
      this.revalidating = false;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('refresh')) this.schedule();
    // Before the render that first draws a banner: styles and markup arrive in the same frame.
    const loaded = loadReader.loaded();
    if (loaded) this.addStyles(loaded.styles);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const alert of this.shown()) {
      if (announced.has(alert.key)) continue;
      announced.add(alert.key);
      this.emit('siar-alert', { alert });
    }
  }

  /** @internal The reader opened or closed the other alerts ("+N peringatan lain"). */
  toggleOthers(): void {
    this.expanded = !this.expanded;
  }

  /** @internal The reader dismissed `alert`: hidden on this site until it is updated. */
  dismiss(alert: ShownAlert): void {
    const next = new Map(this.dismissed);
    next.set(alert.key, Date.now());
    this.dismissed = next;
    writeDismissed(next);
    this.emit('siar-dismiss', { alert });
    // Focus moves to what remains (the next banner's dismiss button), else nowhere surprising.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="dismiss-button"]')?.focus());
  }

  protected override render(): TemplateResult | typeof nothing {
    const alerts = this.shown();
    // Alerts exist only once the reader (which holds the banner templates) has loaded.
    const loaded = loadReader.loaded();
    return alerts.length && loaded ? loaded.renderAlerts(this, alerts, this.expanded, announced) : nothing;
  }
}
