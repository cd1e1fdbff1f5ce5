import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { FeedError, isFeedError } from '../feed/errors.js';
import type { FeedLoadOptions } from '../feed/load-feed.js';
import type { LoadedFeed, LoadMeta, LoadOptions } from '../feed/load.js';
import { setWidgetState, type SiarElement } from './base-element.js';
import type { SiarErrorDetail } from './events.js';
import type { Profile } from './profile.js';
import { yieldToMain } from '../feed/slices.js';

export type { SiarErrorDetail, SiarLoadDetail, WidgetErrorKind } from './events.js';

/** Thrown (and never shown) when a widget has no `src`: reported as kind `no-source`. */
const NO_SOURCE = Symbol('no-source');
/** The abort reason when a widget leaves the page: the load resumes when it comes back. */
const DISCONNECTED = Symbol('disconnected');

/** What a load produced: the sources that loaded (fresh or stale) and the errors of those that did not. */
export interface FeedResult<T extends LoadMeta = LoadedFeed> {
  feeds: T[];
  errors: FeedError[];
}

export interface FeedControllerOptions<T extends LoadMeta> {
  /** The absolute or page-relative URLs to load (empty: the widget has no source). */
  urls: () => string[];
  /** How many items the widget will show for a result (0 → `empty`). */
  count: (result: FeedResult<T>) => number;
  /** Options passed to the loader. */
  load?: () => LoadOptions;
  /**
   * Loads one URL: `loadFeed` for feeds, `loadResource` with a codec for anything else. Gets the
   * widget's effective time zone (own `time-zone`, else the profile's, else WIB) as `timeZone`:
   * dates written without a zone are read in it.
   */
  loader: (url: string, options: FeedLoadOptions) => Promise<T>;
  /** The widget's URLs from a province profile, used when `src` is empty. */
  fromProfile?: (profile: Profile) => (string | undefined)[];
  /**
   * Loads the code that renders a result (the widget's item templates, date formatting): started
   * with the first request, in parallel with it, and awaited before the result counts as
   * complete. The widget's first frame (heading, skeleton) and its error state never wait for it.
   */
  view?: () => Promise<unknown>;
  /**
   * Called once the view has loaded, in a task of its own (before the data is rendered): a widget
   * prepares its item templates there (renders a sample off the page), so that the render of the
   * first items, otherwise the longest task it has, only clones them. The data is rendered once a
   * returned promise settles (a warm-up that takes several tasks).
   */
  warmUp?: () => void | Promise<void>;
}

/**
 * Loads a widget's feeds with Lit's `Task`: each run gets an `AbortSignal`, a newer run cancels
 * the older one, and late results are dropped. It reflects `state` on the host and emits
 * `siar-load` / `siar-error` once the result is rendered. Several URLs load in parallel; the
 * result is an error only when every one of them failed, and the others' errors travel in
 * `siar-load`'s `errors`. A widget taken off the page stops loading (its request is aborted and
 * no event fires) and loads again when it is put back.
 */
export class FeedController<T extends LoadMeta = LoadedFeed> implements ReactiveController {
  readonly task: Task<[string, string, string], FeedResult<T>>;
  private readonly host: SiarElement & ReactiveControllerHost;
  /** A run was cut short by a disconnect: run again on reconnect. */
  private suspended = false;
  /** Counts runs, so an event of a run that a newer one replaced is not sent. */
  private run = 0;

  constructor(host: SiarElement, options: FeedControllerOptions<T>) {
    const { loader } = options;
    this.host = host;
    host.addController(this);
    this.task = new Task(host, {
      // The own time-zone is an argument: a feed's zone-less dates are read in it, so changing it reloads.
      args: () => [options.urls().join(' '), host.profileUrl, host.timeZone] as [string, string, string],
      task: async ([key, profileUrl], { signal }) => {
        this.run++;
        setWidgetState(host, 'loading');
        // Requests start in a task of their own, after the render that scheduled them.
        await yieldToMain();
        signal.throwIfAborted();
        // The rendering code loads beside the data, requested in the next task (the feeds' requests
        // start in this one); its failure is reported only if data arrived.
        const view = options.view
          ? yieldToMain()
              .then(options.view)
              .then(async () => {
                if (!options.warmUp) return;
                await yieldToMain();
                await options.warmUp();
              })
          : undefined;
        view?.catch(() => {});
        let urls = key.split(' ').filter(Boolean);
        if (profileUrl) {
          // The profile is shared by every widget on the page (one request); its failure only
          // matters when the widget has no src of its own.
          try {
            // The profile reader loads only for widgets that have a profile (most have a src).
            const { loadProfile } = await import('./profile.js');
            const profile = await loadProfile(profileUrl, { signal });
            // Every widget of the page waits for the same profile: each takes it (and renders
            // with it) in a task of its own rather than all of them in the one that read it.
            await yieldToMain();
            signal.throwIfAborted();
            host.provinceProfile = profile;
          } catch (error) {
            // What a failed profile configured goes with it (another province's name and logo).
            host.provinceProfile = undefined;
            if (!urls.length) throw error;
          }
          if (!urls.length && host.provinceProfile && options.fromProfile) {
            urls = options.fromProfile(host.provinceProfile).filter((u): u is string => !!u);
          }
        }
        if (!urls.length) throw NO_SOURCE;
        // After the profile: its time zone counts when the widget has none of its own.
        const timeZone = host.effectiveTimeZone;
        const settled = await Promise.allSettled(urls.map((url) => loader(url, { ...options.load?.(), signal, timeZone })));
        const result: FeedResult<T> = { feeds: [], errors: [] };
        for (const s of settled) {
          if (s.status === 'fulfilled') result.feeds.push(s.value);
          else result.errors.push(isFeedError(s.reason) ? s.reason : new FeedError('network', String(s.reason)));
        }
        if (!result.feeds.length) throw result.errors[0];
        if (view) {
          try {
            await view;
          } catch (cause) {
            throw new FeedError('network', 'The widget\'s display code could not be loaded.', { cause });
          }
        }
        // The render starts a task of its own: the feed's last parse slice does not run into it.
        await yieldToMain();
        signal.throwIfAborted();
        return result;
      },
      onComplete: (result) => {
        const count = options.count(result);
        setWidgetState(host, count ? 'ready' : 'empty');
        const errors = result.errors.map((e) => this.errorDetail(e));
        this.afterRender(() => host.emit('siar-load', { count, stale: result.feeds.some((f) => f.source === 'stale'), errors }));
      },
      onError: (error) => {
        if (error === DISCONNECTED || !host.isConnected) return;
        const detail = this.errorDetail(error);
        if (detail.kind === 'aborted') return;
        setWidgetState(host, 'error');
        this.afterRender(() => host.emit('siar-error', detail));
      },
    });
  }

  /** Sends an event once the render that shows the result is done, unless the widget left or reloaded. */
  private afterRender(send: () => void): void {
    const run = this.run;
    void this.host.updateComplete.then(() => {
      if (run === this.run && this.host.isConnected) send();
    });
  }

  hostConnected(): void {
    if (!this.suspended) return;
    this.suspended = false;
    void this.task.run();
  }

  hostDisconnected(): void {
    if (this.task.status !== TaskStatus.PENDING) return;
    this.suspended = true;
    this.run++; // whatever the cut run would have sent is void
    this.task.abort(DISCONNECTED);
  }

  /** The current result, when the last run succeeded. */
  get result(): FeedResult<T> | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** Normalized detail of the current error. */
  errorDetail(error: unknown = this.task.error): SiarErrorDetail {
    if (error === NO_SOURCE) return { kind: 'no-source', message: this.host.t('errorNoSource') };
    if (isFeedError(error)) {
      const detail: SiarErrorDetail = { kind: error.kind, message: error.message };
      if (error.status !== undefined) detail.status = error.status;
      if (error.url !== undefined) detail.url = error.url;
      return detail;
    }
    return { kind: 'network', message: String(error) };
  }

  /** Loads again (the retry button). Failed loads are never cached, so this reaches the network. */
  retry(): void {
    void this.task.run();
  }
}
