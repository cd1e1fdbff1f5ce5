import { expect, fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SiarElement } from '../src/internal/base-element.js';
import { clearFeedCache, FeedError } from '../src/feed/index.js';

let n = 0;
/** A mock-server URL no other test used, so request counts and caches start clean. */
export function fresh(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}key=t${Date.now()}-${n++}`;
}

/** How many requests the mock server saw for a `fresh()` URL. */
export async function hits(url: string): Promise<number> {
  const key = new URL(url, location.href).searchParams.get('key');
  return ((await (await fetch(`/__mock/hits?key=${key}`)).json()) as { hits: number }).hits;
}

/** Waits until a widget leaves `loading` (its `siar-load` or `siar-error`). */
export async function whenSettled(el: SiarElement): Promise<void> {
  await el.updateComplete;
  if (el.state === 'loading') {
    await Promise.race([oneEvent(el, 'siar-load'), oneEvent(el, 'siar-error')]);
  }
  await el.updateComplete;
}

/** Renders a widget and waits until it leaves `loading`. */
export async function settled<T extends SiarElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await whenSettled(el);
  return el;
}

/** Runs axe-core on the element (shadow DOM included) and fails on any violation. */
export async function expectAccessible(el: Element): Promise<void> {
  await expect(el).to.be.accessible();
}

export function resetFeeds(): void {
  clearFeedCache({ stored: true });
}

/** Visible text of the shadow root, white space collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The FeedError `fn` throws (the test fails when it throws nothing, or something else). */
export function thrownFeedError(fn: () => unknown): FeedError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

/** Runs `fn` with `console.warn` recorded instead of printed; gives its result and the warnings. */
export async function withWarnings<T>(fn: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const real = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    return { result: await fn(), warnings };
  } finally {
    console.warn = real;
  }
}

/**
 * Records `read()` after each render of a widget's shadow root that changed its DOM, until the
 * widget leaves `loading` and `siar-load` fires: one entry per render, since a MutationObserver
 * reports once per microtask checkpoint (a list drawn in several tasks leaves several entries).
 */
export async function perRender<T>(el: SiarElement, read: () => T): Promise<T[]> {
  const seen: T[] = [];
  const observer = new MutationObserver(() => {
    if (el.state !== 'loading') seen.push(read());
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  await oneEvent(el, 'siar-load');
  observer.disconnect();
  return seen;
}
