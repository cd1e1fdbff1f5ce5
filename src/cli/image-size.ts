/**
 * Width and height of an image from its first bytes (PNG, GIF, JPEG, WebP) or its root element
 * (SVG `width`/`height` in px or unitless, else `viewBox`), for `_siar.image_width` /
 * `image_height`: a widget that knows an image's size reserves its box before the image arrives,
 * so nothing on the host page moves. Only the header is read; nothing is decoded.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export interface ImageSize {
  width: number;
  height: number;
}

/** Bytes read from a file: enough for any header above (JPEG SOF usually sits after EXIF, in the first 64 KB). */
const HEAD_BYTES = 64 * 1024;

const ok = (width: number, height: number): ImageSize | undefined =>
  Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0 && width <= 65535 && height <= 65535 ? { width, height } : undefined;

function svgSize(b: Uint8Array): ImageSize | undefined {
  const text = Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 8192)).toString('utf8');
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return undefined;
  const attr = (name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1]?.trim();
  const px = (v: string | undefined): number | undefined => {
    const m = v ? /^(\d+(?:\.\d+)?)(px)?$/.exec(v) : null;
    return m ? Math.round(Number(m[1])) : undefined;
  };
  const w = px(attr('width'));
  const h = px(attr('height'));
  if (w && h) return ok(w, h);
  const box = attr('viewBox')?.split(/[\s,]+/).map(Number);
  if (box?.length === 4 && box.every(Number.isFinite)) return ok(Math.round(box[2]!), Math.round(box[3]!));
  return undefined;
}

function jpegSize(b: Uint8Array): ImageSize | undefined {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const length = (b[at + 2]! << 8) | b[at + 3]!;
    // SOF0–SOF15, but not DHT (C4), JPG (C8) or DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return ok((b[at + 7]! << 8) | b[at + 8]!, (b[at + 5]! << 8) | b[at + 6]!);
    }
    if (length < 2) return undefined;
    at += 2 + length;
  }
  return undefined;
}

function webpSize(b: Uint8Array): ImageSize | undefined {
  const chunk = String.fromCharCode(...b.subarray(12, 16));
  if (chunk === 'VP8 ' && b.length >= 30) return ok(((b[27]! << 8) | b[26]!) & 0x3fff, ((b[29]! << 8) | b[28]!) & 0x3fff);
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return ok((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X' && b.length >= 30) return ok(1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)), 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)));
  return undefined;
}

/** The size of the image in `bytes`, or undefined when it is not a readable PNG, GIF, JPEG, WebP or SVG. */
export function imageSize(bytes: Uint8Array): ImageSize | undefined {
  const b = bytes;
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    return ok(v.getUint32(16), v.getUint32(20));
  }
  if (b.length >= 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return ok(b[6]! | (b[7]! << 8), b[8]! | (b[9]! << 8));
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpegSize(b);
  if (b.length >= 16 && String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...b.subarray(8, 12)) === 'WEBP') return webpSize(b);
  return svgSize(b);
}

/** The size of an image file (its first {@link HEAD_BYTES} are read), or undefined. */
export function imageFileSize(path: string): ImageSize | undefined {
  if (!/\.(png|gif|jpe?g|webp|svg)$/i.test(path)) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buf, 0, HEAD_BYTES, 0);
    return imageSize(buf.subarray(0, n));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
