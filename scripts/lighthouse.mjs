// npm run lighthouse: builds, serves the demo on localhost, and runs Lighthouse (Debian's
// Chromium) three times on mobile and desktop settings per page; prints median scores, LCP, TBT,
// CLS and bytes. A report, not a gate. Targets: performance ≥ 98, accessibility, best practices
// and SEO 100, CLS ≤ 0.01.
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
if (!process.argv.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

const server = await startDevServer({
  config: { rootDir: root, port: 0, hostname: '127.0.0.1', nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`;
const pages = (process.env.LH_PAGES ?? '/demo/,/demo/releases.html,/demo/videos.html').split(',');
const runs = Number(process.env.LH_RUNS ?? 3);

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
try {
  for (const path of pages) {
    for (const [form, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const { lhr } = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
        const a = lhr.audits;
        samples.push({
          performance: lhr.categories.performance.score * 100,
          accessibility: lhr.categories.accessibility.score * 100,
          bestPractices: lhr.categories['best-practices'].score * 100,
          seo: lhr.categories.seo.score * 100,
          lcp: a['largest-contentful-paint'].numericValue,
          tbt: a['total-blocking-time'].numericValue,
          cls: a['cumulative-layout-shift'].numericValue,
          bytes: a['total-byte-weight'].numericValue,
          failing: Object.values(lhr.categories)
            .flatMap((c) => c.auditRefs)
            .map((r) => a[r.id])
            .filter((x) => x && x.score !== null && x.score < 1 && x.scoreDisplayMode === 'binary')
            .map((x) => x.id),
        });
      }
      const m = (k) => median(samples.map((s) => s[k]));
      results.push({ page: path, form, performance: m('performance'), accessibility: m('accessibility'), bestPractices: m('bestPractices'), seo: m('seo'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls'), bytes: m('bytes'), failing: [...new Set(samples.flatMap((s) => s.failing))] });
    }
  }
} finally {
  await chrome.kill();
  await server.stop();
}

console.log(`\nLighthouse (median of ${runs}) — targets: perf ≥ 98, a11y/BP/SEO 100, CLS ≤ 0.01`);
console.log('page                      form     perf  a11y  BP   SEO   LCP ms  TBT ms  CLS     KB   failing audits');
for (const r of results) {
  console.log(
    `${r.page.padEnd(25)} ${r.form.padEnd(8)} ${String(Math.round(r.performance)).padStart(4)} ${String(Math.round(r.accessibility)).padStart(5)} ${String(Math.round(r.bestPractices)).padStart(4)} ${String(Math.round(r.seo)).padStart(5)} ${String(Math.round(r.lcp)).padStart(8)} ${String(Math.round(r.tbt)).padStart(7)} ${r.cls.toFixed(3).padStart(6)} ${String(Math.round(r.bytes / 1024)).padStart(6)}   ${r.failing.join(', ')}`,
  );
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/lighthouse.json', JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
