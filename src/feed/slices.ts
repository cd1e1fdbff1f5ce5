/**
 * Long work cut into slices, so that parsing a large feed never holds the main thread for more
 * than a few milliseconds at a time: taps, scrolling and the host page's own scripts get a turn
 * between slices (no "long task" on a slow phone).
 */

/** A slice's length: well under the 50 ms that makes a long task, also counted four times over (a phone four times slower than the laptop that measured it, as Lighthouse counts). */
const SLICE_MS = 4;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Gives the main thread back and resumes as soon as it can: `scheduler.yield()` where the browser
 * has it (the continuation keeps its priority), else a message on a `MessageChannel` (not clamped
 * or throttled like `setTimeout`), else `setTimeout`.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Measures the current slice: `due()` once it has run {@link SLICE_MS}; `next()` yields and starts a new one. */
export class Slicer {
  private start = performance.now();

  due(): boolean {
    return performance.now() - this.start >= SLICE_MS;
  }

  async next(): Promise<void> {
    await yieldToMain();
    this.start = performance.now();
  }
}
