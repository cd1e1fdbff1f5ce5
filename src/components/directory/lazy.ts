import { FeedError } from '../../feed/errors.js';
import { withParsedStyles } from '../../internal/base-element.js';

/** The on-demand part of `<siar-directory>`. */
export type Reader = typeof import('./read.js');

let reader: Promise<Reader> | undefined;
let loaded: Reader | undefined;

/**
 * The directory reader (`read.ts`: validation, normalizers, JSON-LD, search, grouping, the list's
 * templates and an opened agency's content), imported once per page on first use. The widget
 * calls it as it starts its request, so the reader arrives while the directory does. A failed import (a CDN hiccup) is not remembered: the next call tries again.
 *
 * @internal
 */
export function loadReader(): Promise<Reader> {
  reader ??= import('./read.js').then(
    (module) => (loaded = withParsedStyles(module)),
    (cause: unknown) => {
      reader = undefined;
      throw new FeedError('network', "Siar's directory reader could not be loaded.", { cause });
    },
  );
  return reader;
}

/**
 * The reader, once {@link loadReader} has brought it. The widget holds a directory only after its
 * load awaited the reader, so render code finds it here synchronously.
 *
 * @internal
 */
export function readerIfLoaded(): Reader | undefined {
  return loaded;
}
