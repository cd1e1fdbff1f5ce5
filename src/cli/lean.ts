/**
 * Lean widget feeds. A widget that shows five releases should not download and parse a hundred
 * full articles: `releases.json` / `videos.json` carry the newest `widget_items` items (default
 * {@link DEFAULT_WIDGET_ITEMS}; pinned and urgent items always), each with its plain-text summary
 * as `content_text` and no `content_html` unless the feed's config says `content: "full"`, and
 * image sizes in `_siar.image_width` / `image_height` where the image is a file next to the
 * feeds. Every item, with its full content, goes to the archive next to it
 * (`releases-archive.json`, `videos-archive.json`), which the lean feed names in
 * `_siar.archive_url`; later runs carry items over from the archive, so nothing is lost.
 */
import { join, resolve, sep } from 'node:path';
import { imageFileSize, imageSize, type ImageSize } from './image-size.js';
import type { OutItem } from './model.js';
import { orderItem, orderSiar } from './normalize.js';

export const DEFAULT_WIDGET_ITEMS = 20;
export type FeedName = 'releases' | 'videos';
export const FEED_FILES: Record<FeedName, string> = { releases: 'releases.json', videos: 'videos.json' };
export const ARCHIVE_FILES: Record<FeedName, string> = { releases: 'releases-archive.json', videos: 'videos-archive.json' };

/**
 * The items of the lean feed: priority items (the widgets show them first, whatever their date)
 * and the newest others up to `n` items in all, in the archive's order; each without
 * `content_html` unless `full`.
 */
export function leanItems(items: readonly OutItem[], n: number, full: boolean): OutItem[] {
  const priority = items.filter((i) => i._siar.priority).length;
  let others = Math.max(0, n - priority);
  const chosen = items.filter((i) => !!i._siar.priority || others-- > 0);
  if (full) return chosen;
  return chosen.map((item) => {
    const { content_html: _html, content_text: _text, ...rest } = item;
    // JSON Feed 1.1 wants content_html or content_text in every item: the summary is the content here.
    return orderItem({ ...rest, content_text: item.summary || item.title });
  });
}

/**
 * Sets `_siar.image_width` / `image_height` on items whose image is a file in (or beside) the
 * output folder: a relative address (resolved against the feed), or one under `public_url`.
 * Sizes of other images are removed (an image address that changed must not keep an old size).
 */
export function addImageSizes(
  feeds: ReadonlyArray<readonly OutItem[]>,
  out: string,
  publicUrl: string | undefined,
  /** Files about to be written (new thumbnails), by absolute path. */
  unwritten: ReadonlyMap<string, Uint8Array> = new Map(),
): number {
  const cache = new Map<string, ImageSize | undefined>();
  let sized = 0;
  for (const items of feeds) {
    for (const item of items) {
      delete item._siar.image_width;
      delete item._siar.image_height;
      const path = item.image ? localPath(item.image, out, publicUrl) : undefined;
      if (path && !cache.has(path)) {
        const bytes = unwritten.get(path);
        cache.set(path, bytes ? imageSize(bytes) : imageFileSize(path));
      }
      const size = path ? cache.get(path) : undefined;
      if (size) {
        item._siar.image_width = size.width;
        item._siar.image_height = size.height;
        sized++;
      }
      item._siar = orderSiar(item._siar);
    }
  }
  return sized;
}

/** The file an image address names on this machine, when it is a relative address or under public_url. */
export function localPath(image: string, out: string, publicUrl: string | undefined): string | undefined {
  let rel: string | undefined;
  if (publicUrl && image.startsWith(publicUrl)) rel = image.slice(publicUrl.length);
  else if (!/^[A-Za-z][A-Za-z0-9+.-]*:|^[/\\]/.test(image)) rel = image;
  if (rel === undefined) return undefined;
  rel = rel.replace(/[?#].*$/, '');
  try {
    rel = decodeURIComponent(rel);
  } catch {
    return undefined;
  }
  if (!rel || rel.includes('\0')) return undefined;
  const path = resolve(join(out, rel));
  // a relative address may climb out of the output folder (`../img/`), but only so far as the site would
  return path.startsWith(resolve(out, '..', '..') + sep) ? path : undefined;
}
