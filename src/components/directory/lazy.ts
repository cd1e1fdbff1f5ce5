import { lazyModule, type LazyModule } from '../../feed/lazy.js';
import { withParsedStyles } from '../../internal/base-element.js';

/** The on-demand part of `<siar-directory>`. */
export type Reader = typeof import('./read.js');

/**
 * The directory reader (`read.ts`: validation, normalizers, JSON-LD, search, grouping, the list's
 * templates and an opened agency's content), imported once per page on first use. The widget
 * calls it as it starts its request, so the reader arrives while the directory does. A failed
 * import (a CDN hiccup) is not remembered: the next call tries again.
 *
 * @internal
 */
export const loadReader: LazyModule<Reader> = /* @__PURE__ */ lazyModule(() => import('./read.js'), 'directory reader', withParsedStyles);

/**
 * The reader, once {@link loadReader} has brought it. The widget holds a directory only after its
 * load awaited the reader, so render code finds it here synchronously.
 *
 * @internal
 */
export function readerIfLoaded(): Reader | undefined {
  return loadReader.loaded();
}
