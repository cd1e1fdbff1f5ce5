// node scripts/screenshots.mjs: the screenshots of the theming page's "slot widths" section
// (issue #17), made from the code so the docs never drift from it.
//
// Serves the repository with the demo's static server (scripts/serve-demo.mjs), opens
// demo/sidebar.html in Chromium (puppeteer-core, CHROME_PATH or /usr/bin/chromium), sets the
// sidebar column (--column) to each container width and captures <siar-releases> and
// <siar-videos> cropped to the widget, in the light and dark schemes:
//   docs/img/widths/{releases,videos}-{280,320,360,480,768}-{light,dark}.png
// The PNGs are re-encoded with a palette of at most 256 colours (no dithering) to keep the
// repository small: about a third of Chromium's RGBA files.
// Motion is reduced (no shimmer, no ticker), the device pixel ratio is 1 and every widget must be
// `ready` with its images decoded before a capture, so a run repeats the same pictures.
// Also prints the width of the release title boxes at each width (the figure the width tests
// check: at least 60 % of the slot at 280–360px).
//
// Options: --no-build (use cdn/ as it is; default: `npm run build` first), --out DIR,
//          --widths 280,320 --schemes light,dark.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { createStaticServer, listen } from './serve-demo.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'docs/img/widths' },
    widths: { type: 'string', default: '280,320,360,480,768' },
    schemes: { type: 'string', default: 'light,dark' },
  },
});
const WIDTHS = args.widths.split(',').map(Number);
const SCHEMES = args.schemes.split(',');

/**
 * What each picture shows (runs in the page): the whole <siar-releases> list, and the vertical
 * video of <siar-videos> (frame, title and meta) — the two widgets whose layout has a breakpoint.
 */
function regions() {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { x: Math.floor(r.left + scrollX), y: Math.floor(r.top + scrollY), width: Math.ceil(r.width), height: Math.ceil(r.height) };
  };
  const releases = document.querySelector('.sidebar siar-releases');
  const videos = document.querySelector('.sidebar siar-videos');
  const short = videos.shadowRoot.querySelector('[part~="item"].vertical');
  const item = box(short);
  const widget = box(videos);
  return { releases: box(releases), videos: { ...item, x: widget.x, width: widget.width } };
}

/** Decodes a non-interlaced 8-bit RGB/RGBA PNG (what Chromium writes) to RGBA pixels. */
function decodePng(png) {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, type, , , interlace] = png.subarray(24, 29);
  if (depth !== 8 || (type !== 6 && type !== 2) || interlace) throw new Error(`unexpected PNG: depth ${depth}, type ${type}`);
  const channels = type === 6 ? 4 : 3;
  const idat = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? rows[y * stride + x - channels] : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      rows[y * stride + x] = (v + [0, a, b, (a + b) >> 1, paeth][filter]) & 255;
    }
  }
  const rgba = Buffer.alloc(width * height * 4, 255);
  for (let i = 0; i < width * height; i++) rows.copy(rgba, i * 4, i * channels, i * channels + channels);
  return { width, height, rgba };
}

/** Re-encodes a screenshot as an indexed PNG: the 256 most used colours (4 bits per channel buckets). */
function toPalettePng(png) {
  const { width, height, rgba } = decodePng(png);
  const buckets = new Map(); // 12-bit colour → [count, r, g, b]
  for (let i = 0; i < rgba.length; i += 4) {
    const key = ((rgba[i] >> 4) << 8) | ((rgba[i + 1] >> 4) << 4) | (rgba[i + 2] >> 4);
    const b = buckets.get(key) ?? buckets.set(key, [0, 0, 0, 0]).get(key);
    b[0]++, (b[1] += rgba[i]), (b[2] += rgba[i + 1]), (b[3] += rgba[i + 2]);
  }
  const palette = [...buckets.values()]
    .sort((x, y) => y[0] - x[0])
    .slice(0, 256)
    .map(([n, r, g, b]) => [Math.round(r / n), Math.round(g / n), Math.round(b / n)]);
  const nearest = new Map();
  const indices = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const rgb = (rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2];
      let index = nearest.get(rgb);
      if (index === undefined) {
        let best = Infinity;
        palette.forEach(([r, g, b], k) => {
          const d = 2 * (r - rgba[i]) ** 2 + 4 * (g - rgba[i + 1]) ** 2 + 3 * (b - rgba[i + 2]) ** 2;
          if (d < best) (best = d), (index = k);
        });
        nearest.set(rgb, index);
      }
      indices[y * (width + 1) + 1 + x] = index;
    }
  }
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(indices, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (!args['no-build']) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
mkdirSync(args.out, { recursive: true });

const server = createStaticServer({ root });
const port = await listen(server, 0, '127.0.0.1');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'],
});

try {
  const page = await browser.newPage();
  // Tall enough for the whole sidebar: no scrolling, so no box moves between measuring and capturing.
  await page.setViewport({ width: 1280, height: 4000, deviceScaleFactor: 1 });
  const figures = [];
  for (const scheme of SCHEMES) {
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: scheme },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await page.goto(`http://127.0.0.1:${port}/demo/sidebar.html`, { waitUntil: 'networkidle0' });
    for (const width of WIDTHS) {
      await page.evaluate(async (w) => {
        document.documentElement.style.setProperty('--column', `${w}px`);
        const widgets = [...document.querySelectorAll('siar-releases, siar-videos, siar-directory')];
        const deadline = Date.now() + 10000;
        while (widgets.some((el) => el.getAttribute('state') !== 'ready') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        if (widgets.some((el) => el.getAttribute('state') !== 'ready')) throw new Error('a widget did not get ready');
        const images = widgets.flatMap((el) => [...el.shadowRoot.querySelectorAll('img')]);
        await Promise.all(images.map((img) => (img.loading = 'eager', img.decode().catch(() => undefined))));
        await document.fonts.ready;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }, width);
      for (const [name, clip] of Object.entries(await page.evaluate(regions))) {
        const file = join(args.out, `${name}-${width}-${scheme}.png`);
        writeFileSync(file, toPalettePng(await page.screenshot({ clip, type: 'png' })));
        console.log(`${file}  ${clip.width}×${clip.height}  ${(statSync(file).size / 1024).toFixed(1)} KB`);
      }
      if (scheme === SCHEMES[0]) {
        const titles = await page.$eval('.sidebar siar-releases', (el) => [...el.shadowRoot.querySelectorAll('[part~="item"] .headline')].map((h) => Math.round(h.getBoundingClientRect().width)));
        figures.push(`${width}px: release title boxes ${[...new Set(titles)].join('/')}px (${Math.round((Math.min(...titles) / width) * 100)} % of the slot)`);
      }
    }
  }
  console.log(`\n${figures.join('\n')}`);
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
}
