// The WordPress plugin in a real WordPress: Debian's `wordpress` package (6.1) with PHP and a private
// MariaDB, served by PHP's built-in server, the plugin installed from dist/wordpress/siar.zip, the
// demo feeds served from a second origin (127.0.0.2, CORS) — then pages with each shortcode and block
// opened in Chromium, their raw HTML read without JavaScript, hostile attributes, the settings page,
// uninstall, and the added time to first byte of the server-side fallback (warm and cold transient).
//
//   npm run build && node scripts/build-wordpress.mjs && node --test test/wordpress/run.mjs
//
// Without php/mysqld this skips (exit 0) unless CI is set, where it fails.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWordPress, readZip } from '../../scripts/build-wordpress.mjs';
import { createStaticServer, listen } from '../../scripts/serve-demo.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let ZIP = process.env.SIAR_WP_ZIP || join(root, 'dist/wordpress/siar.zip');
const WP_CORE = process.env.SIAR_WP_CORE || '/usr/share/wordpress';
const which = (cmd) => {
  for (const dir of (process.env.PATH || '').split(':').concat(['/usr/sbin', '/sbin'])) if (existsSync(join(dir, cmd))) return join(dir, cmd);
  return null;
};
const PHP = which('php');
const MYSQLD = which('mysqld') || which('mariadbd');
const INSTALL_DB = which('mariadb-install-db') || which('mysql_install_db');
const MARIADB = which('mariadb') || which('mysql');
const missing = [!PHP && 'php', !MYSQLD && 'mysqld', !INSTALL_DB && 'mariadb-install-db', !MARIADB && 'mariadb', !existsSync(join(WP_CORE, 'wp-settings.php')) && 'wordpress'].filter(Boolean);
const CI = !!process.env.CI && process.env.CI !== 'false';
// RSS/Atom are read on the server with SimpleXML (Debian: php-xml); without it those feeds have no fallback.
const XML = !!PHP && /^SimpleXML$/m.test(execFileSync(PHP, ['-m'], { encoding: 'utf8' }));

if (missing.length && !CI) {
  console.log(`# skip wordpress: php/mariadb missing (${missing.join(', ')}); apt-get install -y wordpress php-cli php-mysql php-xml mariadb-server`);
}

const freePort = () =>
  new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** GET with the time to first byte: { status, headers, body, ttfb } (ms). */
function get(url, { headers = {} } = {}) {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const req = request(url, { headers: { 'accept-encoding': 'identity', ...headers } }, (res) => {
      const ttfb = Number(process.hrtime.bigint() - start) / 1e6;
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ttfb }));
    });
    req.on('error', fail);
    req.setTimeout(30000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.end();
  });
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const decode = (s) =>
  s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n)).replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&#039;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const env = { procs: [], servers: [] };
const KNOWN = new Set(['class', 'src', 'profile', 'lang', 'time-zone', 'heading', 'heading-level', 'show', 'limit', 'layout', 'category', 'query', 'more-href', 'save-data']);

if (missing.length && CI) {
  test('WordPress test prerequisites are installed (CI)', () => {
    assert.fail(`missing ${missing.join(', ')}: .ci/run installs wordpress php-cli php-mysql php-xml mariadb-server`);
  });
}

describe('Siar for WordPress', { skip: missing.length ? 'php/mariadb missing' : false, timeout: 170000 }, () => {
  let tmp, www, sock, base, feeds, pages, browser, zipNames;
  const phpOut = [];
  const sql = (query) => execFileSync(MARIADB, ['--no-defaults', `--socket=${sock}`, '-uroot', '-N', '-B', 'wordpress', '-e', query], { encoding: 'utf8' });
  // Core files are symlinks into the package, so __DIR__ is the package: ABSPATH is set before anything runs.
  const phpArgs = () => ['-d', `auto_prepend_file=${join(tmp, 'prepend.php')}`];
  const wp = (script, extraEnv = {}) =>
    execFileSync(PHP, [...phpArgs(), '-d', 'display_errors=stderr', join(tmp, 'wp-run.php')], { input: script, encoding: 'utf8', cwd: www, env: { ...process.env, ...extraEnv } });
  // Async: while PHP fetches the feeds, this process must keep serving them.
  const wpAsync = (script, extraEnv = {}) =>
    new Promise((done, fail) => {
      const child = execFile(PHP, [...phpArgs(), '-d', 'display_errors=stderr', join(tmp, 'wp-run.php')], { encoding: 'utf8', cwd: www, env: { ...process.env, ...extraEnv } }, (error, stdout) => (error ? fail(error) : done(stdout)));
      child.stdin.end(script);
    });
  const lastJson = (out) => JSON.parse(out.trim().split('\n').pop());

  let setupError = null;
  // A failed setup is one failing test (CI counts it), and the others are skipped.
  const it = (name, fn) => test(name, (t) => (setupError ? t.skip('setup failed') : fn(t)));
  before(async () => {
    try {
      await setup();
    } catch (error) {
      setupError = error;
    }
  });
  test('setup: MariaDB, WordPress, and the plugin installed by WordPress from the zip', () => {
    if (setupError) throw setupError;
  });

  async function setup() {
    tmp = mkdtempSync(join(tmpdir(), 'siar-wp-'));
    if (!existsSync(ZIP)) {
      // Not built yet (npm run build writes it): package the current widget build the same way.
      ZIP = buildWordPress({ out: join(tmp, 'siar.zip'), log: (m) => console.log(`# ${m}`) }).out;
    }
    sock = join(tmp, 'mysql.sock');

    // MariaDB on a private socket, no network, no grant tables (a throwaway test database).
    const started = Date.now();
    execFileSync(INSTALL_DB, ['--no-defaults', `--datadir=${tmp}/db`, '--user=root', '--skip-test-db', '--auth-root-authentication-method=normal', '--skip-name-resolve'], { stdio: 'ignore' });
    const db = spawn(MYSQLD, ['--no-defaults', `--datadir=${tmp}/db`, `--socket=${sock}`, '--skip-networking', '--skip-grant-tables', '--user=root', `--pid-file=${tmp}/mysqld.pid`, `--log-error=${tmp}/mysqld.log`, '--innodb-buffer-pool-size=32M', '--skip-log-bin'], { stdio: 'ignore' });
    env.procs.push(db);
    for (let i = 0; i < 100 && !existsSync(sock); i++) await sleep(100);
    execFileSync(MARIADB, ['--no-defaults', `--socket=${sock}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

    // The demo feeds on another origin (127.0.0.2), with CORS, as a province server would send them.
    const feedServer = createStaticServer({ root, index: '/' });
    env.servers.push(feedServer);
    const feedPort = await listen(feedServer, 0, '127.0.0.2');
    feeds = `http://127.0.0.2:${feedPort}/demo/data`;
    // A feed server that accepts the connection and never answers.
    const hang = createHttpServer(() => {});
    env.servers.push(hang);
    const hangPort = await listen(hang, 0, '127.0.0.2');

    // WordPress: the packaged core (symlinked), our wp-config.php and wp-content/.
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    www = join(tmp, 'www');
    mkdirSync(join(www, 'wp-content/plugins'), { recursive: true });
    mkdirSync(join(www, 'wp-content/mu-plugins'), { recursive: true });
    mkdirSync(join(www, 'wp-content/uploads'), { recursive: true });
    for (const name of readdirSync(WP_CORE)) {
      if (name === 'wp-config.php' || name === 'wp-content' || name.startsWith('.')) continue;
      symlinkSync(join(WP_CORE, name), join(www, name));
    }
    symlinkSync(join(WP_CORE, 'wp-content/themes'), join(www, 'wp-content/themes'));
    writeFileSync(
      join(www, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' ); define( 'DB_USER', 'root' ); define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${sock}' ); define( 'DB_CHARSET', 'utf8mb4' ); define( 'DB_COLLATE', '' );
if ( getenv( 'SIAR_WP_MS' ) ) { // The multisite network (CLI only): its own tables.
  $table_prefix = 'ms_';
  if ( file_exists( '${tmp}/ms-installed' ) ) {
    define( 'MULTISITE', true ); define( 'SUBDOMAIN_INSTALL', false ); define( 'DOMAIN_CURRENT_SITE', 'ms.test' );
    define( 'PATH_CURRENT_SITE', '/' ); define( 'SITE_ID_CURRENT_SITE', 1 ); define( 'BLOG_ID_CURRENT_SITE', 1 );
  }
} else {
  $table_prefix = 'wp_';
  define( 'WP_HOME', '${base}' ); define( 'WP_SITEURL', '${base}' );
}
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' ); define( 'WP_CONTENT_URL', '${base}/wp-content' );
define( 'WP_DEBUG', true ); define( 'WP_DEBUG_DISPLAY', false ); define( 'WP_DEBUG_LOG', '${tmp}/debug.log' );
define( 'DISABLE_WP_CRON', true ); define( 'AUTOMATIC_UPDATER_DISABLED', true ); define( 'WP_AUTO_UPDATE_CORE', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true ); define( 'WP_ACCESSIBLE_HOSTS', '127.0.0.2' );
${'define'}( 'AUTH_KEY', '${Math.random()}' ); define( 'SECURE_AUTH_KEY', '${Math.random()}' ); define( 'LOGGED_IN_KEY', '${Math.random()}' ); define( 'NONCE_KEY', '${Math.random()}' );
define( 'AUTH_SALT', '${Math.random()}' ); define( 'SECURE_AUTH_SALT', '${Math.random()}' ); define( 'LOGGED_IN_SALT', '${Math.random()}' ); define( 'NONCE_SALT', '${Math.random()}' );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // Test-only: the feed origin is a loopback address on an odd port, which wp_safe_remote_get refuses.
    writeFileSync(
      join(www, 'wp-content/mu-plugins/siar-test.php'),
      `<?php
add_filter( 'http_request_host_is_external', static fn( $external, $host ) => '127.0.0.2' === $host ? true : $external, 10, 2 );
// Test-only: ?siar_test_cdn=1 loads the widgets from the feed origin's /cdn/ (plain http here) as the pinned CDN.
add_filter( 'option_siar_options', static fn( $v ) => isset( $_GET['siar_test_cdn'] ) ? array( 'source' => 'cdn', 'cdn_base' => 'http://127.0.0.2:${feedPort}/cdn/' ) + (array) $v : $v );
add_filter( 'http_allowed_safe_ports', static fn( $ports, $host = '' ) => '127.0.0.2' === $host ? array_merge( (array) $ports, array( ${feedPort}, ${hangPort} ) ) : $ports, 10, 2 );
`,
    );
    writeFileSync(join(tmp, 'prepend.php'), `<?php define( 'ABSPATH', '${www}/' );\n`);
    writeFileSync(
      join(tmp, 'wp-run.php'),
      `<?php
$ms = (bool) getenv( 'SIAR_WP_MS' );
$_SERVER['HTTP_HOST'] = $ms ? 'ms.test' : '127.0.0.1:${port}'; $_SERVER['SERVER_NAME'] = $_SERVER['HTTP_HOST']; $_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', ! file_exists( $ms ? '${tmp}/ms-installed' : '${tmp}/installed' ) );
require ABSPATH . 'wp-load.php';
eval( '?>' . stream_get_contents( STDIN ) );
`,
    );

    // Install WordPress, then the plugin from the zip with WordPress's own installer (what
    // Plugins → Add New → Upload Plugin runs: Plugin_Upgrader, unzip_file, WP_Filesystem).
    wp(`<?php
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'Kabupaten Contoh', 'admin', 'admin@contoh.test', true, '', 'siar-admin-pass' );
`);
    writeFileSync(join(tmp, 'installed'), '');
    const entries = readZip(readFileSync(ZIP));
    zipNames = [...entries.keys()];
    assert.deepEqual(zipNames.filter((n) => !n.startsWith('siar/') || n.includes('..')), [], 'every entry inside siar/');
    const installed = lastJson(wp(`<?php
require_once ABSPATH . 'wp-admin/includes/admin.php'; // what wp-admin/update.php?action=upload-plugin has loaded
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
wp_set_current_user( 1 );
$upgrader = new Plugin_Upgrader( new WP_Ajax_Upgrader_Skin() );
$result   = $upgrader->install( '${ZIP}' );
echo "\n" . wp_json_encode( array( 'result' => is_wp_error( $result ) ? $result->get_error_message() : $result, 'errors' => $upgrader->skin->get_error_messages(), 'plugin' => $upgrader->plugin_info() ) );`));
    assert.deepEqual(installed, { result: true, errors: '', plugin: 'siar/siar.php' }, 'installed by WordPress from the zip');
    for (const [name, data] of entries) {
      assert.ok(readFileSync(join(www, 'wp-content/plugins', name)).equals(data), `${name} unpacked as zipped`);
    }

    // Activate, settings, users, pages.
    const hostile = `" onmouseover=window.__siarPwned=1 x="`;
    const blockAttrs = (o) => JSON.stringify(o).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/--/g, '\\u002d\\u002d');
    const spec = {
      plain: '<p>Halaman tanpa widget.</p>',
      releases: `[siar_releases src="${feeds}/releases.json" limit="3" heading="Siaran pers terbaru"]`,
      videos: `[siar_videos src="${feeds}/videos.json" limit="4"]`,
      directory: `[siar_directory src="${feeds}/directory.json" layout="compact"]`,
      social: `[siar_social instagram="humasprovcontoh" x="@humasprovcontoh"]`,
      profile: `[siar_releases limit="2"]`,
      rss: `[siar_releases src="${feeds}/releases.xml" limit="2"]`,
      atom: `[siar_videos src="${feeds}/videos-youtube.xml" limit="2"]`,
      hanging: `[siar_releases src="http://127.0.0.2:${hangPort}/releases.json"]`,
      alert: `[siar_alert src="${feeds}/alerts.json"]`,
      blocks: [
        `<!-- wp:siar/releases ${blockAttrs({ src: `${feeds}/releases.json`, limit: 3, layout: 'cards' })} /-->`,
        `<!-- wp:siar/videos ${blockAttrs({ src: `${feeds}/videos.json`, limit: 2 })} /-->`,
        `<!-- wp:siar/directory ${blockAttrs({ src: `${feeds}/directory.json` })} /-->`,
        `<!-- wp:siar/social ${blockAttrs({ instagram: 'humasprovcontoh', youtube: '@humasprovcontoh' })} /-->`,
      ].join('\n'),
      hostileShortcode: [
        `[siar_releases src='" onmouseover=alert(1) x="']`,
        `[siar_releases src='${hostile}' heading='x" onfocus="window.__siarPwned=1' layout='list" autofocus onfocus="window.__siarPwned=1']`,
        `[siar_releases src="javascript:window.__siarPwned=1" more-href="javascript:window.__siarPwned=1" limit="1"]`,
        `[siar_releases heading="<script>window.__siarPwned=1</script>" limit="1"]`,
        `[siar_releases heading="<img src=x onerror=window.__siarPwned=1>" limit="1"]`,
      ].join('\n\n'),
      hostileBlock: [
        `<!-- wp:siar/releases ${blockAttrs({ src: hostile, heading: '<script>window.__siarPwned=1</script>', layout: '" onclick="window.__siarPwned=1', limit: 1 })} /-->`,
        `<!-- wp:siar/releases ${blockAttrs({ moreHref: 'javascript:window.__siarPwned=1', heading: '"><img src=x onerror=window.__siarPwned=1>', className: 'a" onmouseover="window.__siarPwned=1', limit: 1 })} /-->`,
      ].join('\n'),
    };
    writeFileSync(join(tmp, 'pages.json'), JSON.stringify(spec));
    const out = wp(`<?php
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$r = activate_plugin( 'siar/siar.php' );
if ( is_wp_error( $r ) ) { fwrite( STDERR, $r->get_error_message() ); exit( 1 ); }
update_option( 'siar_options', array( 'profile' => '${feeds}/siar.json' ) );
kses_remove_filters(); // Raw content: what reaches the shortcode when nothing filtered it on the way in.
$ids = array();
$spec = json_decode( file_get_contents( '${tmp}/pages.json' ), true );
foreach ( $spec as $name => $content ) {
  $ids[ $name ] = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Uji ' . $name, 'post_content' => wp_slash( $content ) ) );
}
// The same hostile shortcodes saved by a contributor (content filtered by kses, as WordPress does).
$contributor = wp_insert_user( array( 'user_login' => 'kontributor', 'user_pass' => 'x-' . wp_generate_password(), 'role' => 'contributor' ) );
wp_set_current_user( $contributor );
kses_init_filters();
$ids['contributor'] = wp_insert_post( array( 'post_type' => 'post', 'post_status' => 'draft', 'post_title' => 'Uji kontributor', 'post_content' => wp_slash( $spec['hostileShortcode'] ) ) );
kses_remove_filters();
wp_set_current_user( 0 );
wp_update_post( array( 'ID' => $ids['contributor'], 'post_status' => 'publish' ) );
echo wp_json_encode( array( 'ids' => $ids, 'alert' => array_key_exists( 'alert', siar_widgets() ) ) );
`);
    const parsed = JSON.parse(out.trim().split('\n').pop());
    pages = Object.fromEntries(Object.entries(parsed.ids).map(([k, id]) => [k, `${base}/?page_id=${id}`]));
    pages.contributor = `${base}/?p=${parsed.ids.contributor}`;
    pages.hasAlert = parsed.alert;

    const server = spawn(PHP, [...phpArgs(), '-S', `127.0.0.1:${port}`, '-t', www], { env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' }, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    server.stderr.on('data', (d) => phpOut.push(String(d)));
    env.procs.push(server);
    for (let i = 0; i < 100; i++) {
      try {
        if ((await get(`${base}/wp-login.php`)).status === 200) break;
      } catch {}
      await sleep(100);
    }
    console.log(`# wordpress ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${base} (feeds ${feeds})`);

    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }

  after(async () => {
    await browser?.close().catch(() => {});
    for (const s of env.servers) (s.closeAllConnections?.(), s.close());
    for (const p of env.procs.reverse()) {
      try {
        process.kill(p.spawnargs.includes('-S') ? -p.pid : p.pid, 'SIGTERM'); // php -S: its workers too
      } catch {}
      await new Promise((r) => (p.exitCode !== null ? r() : (p.once('exit', r), setTimeout(r, 5000))));
    }
    if (tmp && !process.env.SIAR_WP_KEEP) rmSync(tmp, { recursive: true, force: true });
    else if (tmp) console.log(`# kept ${tmp}`);
  });

  /** Opens a page in Chromium; fails on any dialog or uncaught page error; returns the page. */
  async function open(url, { js = true } = {}) {
    const page = await browser.newPage();
    page.problems = [];
    await page.setJavaScriptEnabled(js);
    page.on('dialog', async (d) => {
      page.problems.push(`dialog: ${d.message()}`);
      await d.dismiss();
    });
    page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }
  async function states(page, selector, timeout = 15000) {
    await page
      .waitForFunction((s) => [...document.querySelectorAll(s)].every((el) => ['ready', 'empty', 'error'].includes(el.getAttribute('state'))), { timeout }, selector)
      .catch(() => {});
    return page.$$eval(selector, (els) => els.map((el) => `${el.localName}:${el.getAttribute('state')}`));
  }

  it('the zip holds the plugin and a self-contained browser build; every PHP file passes php -l', () => {
    for (const name of ['siar/siar.php', 'siar/uninstall.php', 'siar/assets/siar.js', 'siar/assets/elements/siar-releases.js', 'siar/assets/sri.json', 'siar/languages/siar-id_ID.mo', 'siar/blocks/releases/block.json']) {
      assert.ok(zipNames.includes(name), `${name} in the zip`);
    }
    for (const name of zipNames.filter((n) => n.endsWith('.js'))) {
      const code = readFileSync(join(www, 'wp-content/plugins', name), 'utf8');
      assert.doesNotMatch(code, /\bfrom\s*["'](?![./])/, `${name} has a bare import`);
    }
    const php = zipNames.filter((n) => n.endsWith('.php'));
    assert.ok(php.length >= 8);
    for (const name of php) {
      const out = execFileSync(PHP, ['-l', join(www, 'wp-content/plugins', name)], { encoding: 'utf8' });
      assert.match(out, /No syntax errors/, name);
    }
  });

  it('every shortcode: the server-side fallback links are in the raw HTML, with the widget script', async () => {
    const feed = JSON.parse(readFileSync(join(root, 'demo/data/releases.json'), 'utf8'));
    const { body } = await get(pages.releases);
    const element = /<siar-releases\b[^>]*>([\s\S]*?)<\/siar-releases>/.exec(body);
    assert.ok(element, 'a <siar-releases> element in the HTML');
    assert.match(element[0], new RegExp(`src="${feeds.replace(/[.]/g, '\\.')}/releases\\.json"`));
    assert.match(element[0], /heading="Siaran pers terbaru"/);
    const links = [...element[1].matchAll(/<li><a href="([^"]+)">([^<]+)<\/a> <time datetime="([^"]+)">/g)];
    assert.equal(links.length, 3, 'limit="3" fallback links, each with a date');
    links.forEach(([, href, title, datetime], i) => {
      assert.equal(decode(href), feed.items[i].url);
      assert.equal(decode(title).replace(/[“”]/g, '"').replace(/[‘’]/g, "'"), feed.items[i].title);
      assert.equal(Date.parse(datetime), Date.parse(feed.items[i].date_published));
    });
    assert.match(body, new RegExp(`<script type="module" src="${base.replace(/[.]/g, '\\.')}/wp-content/plugins/siar/assets/elements/siar-releases\\.js\\?ver=[^"]+" id="siar-releases-js"></script>`));

    const videos = (await get(pages.videos)).body;
    assert.equal((/<siar-videos\b[\s\S]*?<\/siar-videos>/.exec(videos)?.[0].match(/<li><a href="https:/g) ?? []).length, 4, 'four video links');
    const directory = (await get(pages.directory)).body;
    assert.match(directory, /<siar-directory [^>]*layout="compact"[^>]*><ul class="siar-fallback"><li><a href="https:\/\/setda\.contohprov\.go\.id">Sekretariat Daerah<\/a>/);
    const social = (await get(pages.social)).body;
    assert.match(social, /<a href="https:\/\/www\.instagram\.com\/humasprovcontoh\/">Instagram<\/a>/);
    assert.match(social, /<a href="https:\/\/x\.com\/humasprovcontoh">X<\/a>/);
    // No src: the feed named by the province profile set in Settings → Siar.
    const profile = (await get(pages.profile)).body;
    assert.match(profile, new RegExp(`<siar-releases limit="2" profile="${feeds.replace(/[.]/g, '\\.')}/siar\\.json"><ul class="siar-fallback">`));
    assert.equal((profile.match(/<li><a href="https:\/\/contohprov\.go\.id\/berita\//g) ?? []).length, 2);
    // RSS 2.0 and Atom (YouTube) read on the server too: the first two items, linked and dated.
    if (!XML) {
      assert.ok(!CI, 'CI: php-xml (SimpleXML) missing');
      console.log('# wordpress: php-xml missing, RSS/Atom server-side fallback not checked (apt-get install php-xml)');
    }
    for (const [name, file, item] of (XML ? [['rss', 'releases.xml', /<item>[\s\S]*?<title>([^<]+)<\/title>[\s\S]*?<link>([^<]+)<\/link>/g], ['atom', 'videos-youtube.xml', /<entry>[\s\S]*?<title>([^<]+)<\/title>[\s\S]*?<link rel="alternate" href="([^"]+)"/g]] : [])) {
      const expected = [...readFileSync(join(root, 'demo/data', file), 'utf8').matchAll(item)].slice(0, 2).map((m) => [decode(m[2]), decode(m[1])]);
      const html = (await get(pages[name])).body;
      const got = [...html.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a> <time datetime="[^"]+">/g)].map((m) => [decode(m[1]), decode(m[2])]);
      assert.deepEqual(got, expected, name);
    }
  });

  it('blocks render the same element and fallback', async () => {
    const { body } = await get(pages.blocks);
    for (const tag of ['siar-releases', 'siar-videos', 'siar-directory', 'siar-social']) {
      const el = new RegExp(`<${tag}\\b[^>]*><ul class="siar-fallback"><li><a href="https://`).exec(body);
      assert.ok(el, `${tag} block with fallback links`);
      assert.match(body, new RegExp(`/assets/elements/${tag}\\.js`));
    }
    assert.match(body, /<siar-releases [^>]*layout="cards"/);
  });

  it('a page without a shortcode or block loads no Siar script', async () => {
    const { body } = await get(pages.plain);
    assert.match(body, /Halaman tanpa widget/);
    assert.doesNotMatch(body, /plugins\/siar\/|<siar-/);
  });

  it('in Chromium every widget reaches ready against the demo feeds (shortcodes and blocks)', async () => {
    for (const [name, selector, count] of [
      ['releases', 'siar-releases', 1],
      ['videos', 'siar-videos', 1],
      ['directory', 'siar-directory', 1],
      ['social', 'siar-social', 1],
      ['profile', 'siar-releases', 1],
      ['rss', 'siar-releases', 1],
      ['atom', 'siar-videos', 1],
      ['blocks', 'siar-releases, siar-videos, siar-directory, siar-social', 4],
      ...(pages.hasAlert ? [['alert', 'siar-alert', 1]] : []),
    ]) {
      const page = await open(pages[name]);
      const got = await states(page, selector);
      assert.equal(got.length, count, `${name}: ${count} element(s)`);
      assert.deepEqual(got.filter((s) => !s.endsWith(':ready')), [], `${name}: ${got.join(', ')}`);
      assert.deepEqual(page.problems, [], name);
      if (name === 'releases') {
        // The widget replaced the fallback: its own items, in its shadow root.
        const rendered = await page.$eval('siar-releases', (el) => el.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0);
        assert.equal(rendered, 3);
      }
      await page.close();
    }
  });

  it('pinned CDN: the widget loads with the release\'s SRI hashes (entry and, by import map, its chunks)', async () => {
    const sri = JSON.parse(readFileSync(join(www, 'wp-content/plugins/siar/assets/sri.json'), 'utf8'));
    const cdn = `${new URL(feeds).origin}/cdn/`;
    const url = `${pages.releases}&siar_test_cdn=1`;
    const { body } = await get(url);
    const tag = /<script type="module" src="([^"]+)" id="siar-releases-js"([^>]*)><\/script>/.exec(body);
    assert.ok(tag, 'module script tag');
    assert.equal(tag[1], `${cdn}elements/siar-releases.js`);
    assert.equal(tag[2], ` integrity="${sri.files['elements/siar-releases.js']}" crossorigin="anonymous"`);
    const map = JSON.parse(/<script type="importmap">(.*?)<\/script>/.exec(body)[1]);
    const chunk = Object.keys(sri.files).find((f) => f.startsWith('chunks/'));
    assert.equal(map.integrity[`${cdn}${chunk}`], sri.files[chunk]);
    assert.ok(body.indexOf('type="importmap"') < body.indexOf('id="siar-releases-js"'), 'import map before the module');
    const page = await open(url);
    assert.deepEqual(await states(page, 'siar-releases'), ['siar-releases:ready']);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  it('with JavaScript off the reader gets the official links', async () => {
    const page = await open(pages.releases, { js: false });
    const links = await page.$$eval('siar-releases a', (as) => as.map((a) => a.href));
    assert.equal(links.length, 3);
    assert.ok(links.every((h) => h.startsWith('https://contohprov.go.id/berita/')));
    await page.close();
  });

  it('hostile shortcode and block attributes stay inert (raw content and a contributor\'s)', async () => {
    for (const [name, count] of [['hostileShortcode', 5], ['hostileBlock', 2], ['contributor', 3]]) {
      const { body } = await get(pages[name]);
      const elements = body.match(/<siar-releases\b[^>]*>/g) ?? [];
      assert.ok(elements.length >= count, `${name}: ${count} elements rendered (${elements.length})`);
      for (const tag of elements) {
        // Only attributes Siar knows, every value quoted: nothing the author wrote became an attribute.
        const rest = tag.replace(/^<siar-releases/, '').replace(/>$/, '').replace(/\s[a-z-]+="[^"<>]*"/g, '');
        assert.equal(rest.trim(), '', `${name}: ${tag}`);
        const names = [...tag.matchAll(/\s([a-z-]+)="/g)].map((m) => m[1]);
        assert.deepEqual(names.filter((n) => !KNOWN.has(n)), [], `${name}: ${tag}`);
        assert.doesNotMatch(tag, /="\s*javascript:|<script/i, `${name}: ${tag}`);
      }
      const page = await open(pages[name]);
      await states(page, 'siar-releases');
      for (const el of await page.$$('siar-releases')) {
        await el.hover().catch(() => {});
        await el.click().catch(() => {});
      }
      await sleep(200);
      assert.equal(await page.evaluate(() => window.__siarPwned), undefined, `${name}: no injected script ran`);
      assert.deepEqual(page.problems, [], name);
      const attrs = await page.$$eval('siar-releases', (els) => els.flatMap((el) => el.getAttributeNames()));
      assert.deepEqual(attrs.filter((a) => a.startsWith('on') || a === 'x' || a === 'autofocus'), [], name);
      if (name !== 'contributor') {
        // The script-looking heading is text: the widget shows it as text, tags and all stripped to words.
        const headings = await page.$$eval('siar-releases', (els) => els.map((el) => el.getAttribute('heading')).filter(Boolean));
        assert.ok(headings.every((h) => !h.includes('<')), headings.join(' | '));
      }
      await page.close();
    }
  });

  it('settings page: saves a valid profile URL, rejects javascript: and non-http URLs, needs the nonce', async () => {
    const page = await open(`${base}/wp-login.php`);
    await page.$eval('#user_login', (el) => (el.value = 'admin'));
    await page.$eval('#user_pass', (el) => (el.value = 'siar-admin-pass'));
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    const settings = `${base}/wp-admin/options-general.php?page=siar`;
    assert.match(page.url(), /wp-admin/, `logged in: ${page.url()} ${await page.$eval("#login_error", (e) => e.textContent).catch(() => "")}`);
    const submit = async (value) => {
      await page.goto(settings);
      assert.ok(await page.$('#siar-profile'), `settings form at ${page.url()}: ${(await page.content()).replace(/\s+/g, ' ').slice(0, 600)}`);
      await page.$eval('#siar-profile', (el, v) => {
        el.value = v;
        el.form.noValidate = true;
      }, value);
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
      return {
        value: await page.$eval('#siar-profile', (el) => el.value),
        errors: await page.$$eval('.notice-error, .error', (els) => els.map((e) => e.textContent.trim())),
      };
    };
    const good = `${feeds}/siar.json?v=2`;
    let r = await submit(good);
    assert.equal(r.value, good);
    assert.deepEqual(r.errors, []);
    for (const bad of ['javascript:alert(1)', 'ftp://contohprov.go.id/siar.json', 'data:text/html,<script>alert(1)</script>', '" onmouseover="alert(1)', '//contohprov.go.id/siar.json']) {
      r = await submit(bad);
      assert.equal(r.value, good, `${bad} refused, previous kept`);
      assert.equal(r.errors.length, 1, `${bad}: one error notice`);
      assert.match(r.errors[0], /http/);
    }
    assert.match(sql(`SELECT option_value FROM wp_options WHERE option_name = 'siar_options'`), /siar\.json\?v=2/);
    // The same form without the nonce is refused by WordPress, nothing saved.
    const status = await page.evaluate(async (url) => {
      const body = new URLSearchParams({ option_page: 'siar', action: 'update', 'siar_options[profile]': 'https://evil.example/siar.json' });
      return (await fetch(url, { method: 'POST', body })).status;
    }, `${base}/wp-admin/options.php`);
    assert.notEqual(status, 200);
    assert.doesNotMatch(sql(`SELECT option_value FROM wp_options WHERE option_name = 'siar_options'`), /evil/);
    // Bahasa Indonesia for an admin whose language is Indonesian.
    wp(`<?php update_user_meta( 1, 'locale', 'id_ID' );`);
    await page.goto(settings);
    assert.equal(await page.$eval('.wrap h1', (h) => h.textContent.trim()), 'Pengaturan Siar');
    assert.match(await page.$eval('label[for="siar-profile"]', (l) => l.textContent), /Alamat profil provinsi/);
    wp(`<?php update_user_meta( 1, 'locale', '' );`);
    assert.deepEqual(page.problems, []);
    await page.close();
    // Put the original profile back for the figures below.
    wp(`<?php update_option( 'siar_options', array( 'profile' => '${feeds}/siar.json' ) );`);
  });

  it('block editor: the Siar blocks are inserted, with sidebar controls and a live server-rendered preview', async () => {
    const page = await open(`${base}/wp-admin/post-new.php?post_type=page`); // logged in by the settings test
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('siar/releases') && window.wp.data?.select('core/block-editor'), { timeout: 20000 });
    const types = await page.evaluate(() => window.wp.blocks.getBlockTypes().filter((b) => b.name.startsWith('siar/')).map((b) => `${b.name}:${b.title}`));
    assert.ok(types.includes('siar/releases:Siar: Press releases'), types.join(', '));
    assert.ok(['siar/videos', 'siar/directory', 'siar/social'].every((n) => types.some((t) => t.startsWith(`${n}:`))), types.join(', '));
    await page.evaluate((src) => {
      const block = window.wp.blocks.createBlock('siar/releases', { src, limit: 2 });
      window.wp.data.dispatch('core/block-editor').insertBlocks(block);
      window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    }, `${feeds}/releases.json`);
    const frame = async () => {
      for (const f of page.frames()) if (await f.$('.siar-fallback').catch(() => null)) return f;
      return null;
    };
    let preview = null;
    for (let i = 0; i < 100 && !(preview = await frame()); i++) await sleep(200);
    assert.ok(preview, 'the server-rendered preview shows the fallback links');
    assert.equal((await preview.$$('.siar-fallback li a')).length, 2);
    // The sidebar: the block's controls (feed URL field holds the src).
    await page.evaluate(() => window.wp.data.dispatch('core/edit-post')?.openGeneralSidebar('edit-post/block'));
    await page.waitForFunction((src) => [...document.querySelectorAll('.components-panel input')].some((i) => i.value === src), { timeout: 10000 }, `${feeds}/releases.json`);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  it('a failing feed keeps the last good copy', async () => {
    // Expire the fresh copy and point the feed origin somewhere dead: the links stay.
    wp(`<?php
foreach ( array( '${feeds}/releases.json' ) as $u ) {
  $k = 'siar_doc_' . md5( $u ); $v = get_transient( $k ); $v['fresh_until'] = 0; set_transient( $k, $v, WEEK_IN_SECONDS );
}`);
    const server = env.servers[0];
    server.close();
    server.closeAllConnections?.();
    const start = Date.now();
    const { body } = await get(pages.releases);
    const elapsed = Date.now() - start;
    assert.equal((body.match(/<li><a href="https:\/\/contohprov\.go\.id\/berita\//g) ?? []).length, 3, 'last good copy served');
    assert.ok(elapsed < 3000, `dead feed answered within the budget (${elapsed} ms)`);
    const feedPort = new URL(feeds).port;
    const again = createStaticServer({ root, index: '/' });
    env.servers[0] = again;
    await listen(again, Number(feedPort), '127.0.0.2');
  });

  it('a feed that never answers costs one page at most the fetch budget, then nothing (retry later)', async () => {
    const first = await get(pages.hanging);
    const second = await get(pages.hanging);
    console.log(`# wordpress hanging feed: first view ${first.ttfb.toFixed(0)} ms (budget 2 s), next view ${second.ttfb.toFixed(0)} ms`);
    assert.match(first.body, /<siar-releases src="http:\/\/127\.0\.0\.2:\d+\/releases\.json"><\/siar-releases>/, 'the element without fallback');
    assert.ok(first.ttfb < 3000, `first view ${first.ttfb} ms`);
    assert.ok(second.ttfb < 1000, `second view ${second.ttfb} ms`);
  });

  it('figures: time to first byte added by the server-side fallback (warm and cold transient)', async () => {
    const N = 7;
    const flush = () => sql(`DELETE FROM wp_options WHERE option_name LIKE '\\_transient\\_%siar\\_%'`);
    await get(pages.plain);
    await get(pages.releases);
    const plain = [];
    const warm = [];
    const cold = [];
    for (let i = 0; i < N; i++) {
      plain.push((await get(pages.plain)).ttfb);
      warm.push((await get(pages.releases)).ttfb);
      flush();
      const c = await get(pages.releases);
      assert.match(c.body, /<ul class="siar-fallback">/);
      cold.push(c.ttfb);
    }
    const [p, w, c] = [median(plain), median(warm), median(cold)];
    console.log(`# wordpress ttfb: page without widget ${p.toFixed(1)} ms; [siar_releases] warm transient ${w.toFixed(1)} ms (+${(w - p).toFixed(1)}); cold transient (one feed fetched) ${c.toFixed(1)} ms (+${(c - p).toFixed(1)}); median of ${N}, php -S on this machine`);
    assert.ok(w - p < 200, 'a warm transient adds little');
  });

  it('multisite: network defaults (capability and nonce checked, bad URLs refused), per-site override, network uninstall', async () => {
    const MS = { SIAR_WP_MS: '1' };
    wp(`<?php
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/network.php';
wp_install( 'Jaringan Contoh', 'superadmin', 'super@contoh.test', true, '', 'x-' . wp_generate_password() );
foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) { $wpdb->$table = $prefixed; } // as wp-admin/network.php does
install_network();
$r = populate_network( 1, 'ms.test', 'super@contoh.test', 'Jaringan Contoh', '/', false );
if ( is_wp_error( $r ) ) { fwrite( STDERR, $r->get_error_message() ); exit( 1 ); }`, MS);
    writeFileSync(join(tmp, 'ms-installed'), '');
    const made = lastJson(wp(`<?php
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$r = activate_plugin( 'siar/siar.php', '', true );
if ( is_wp_error( $r ) ) { fwrite( STDERR, $r->get_error_message() ); exit( 1 ); }
$site = wpmu_create_blog( 'ms.test', '/kabupaten-dua/', 'Kabupaten Dua', 1 );
$user = wpmu_create_user( 'adminsitus', 'x-' . wp_generate_password(), 'adminsitus@contoh.test' );
add_user_to_blog( $site, $user, 'administrator' );
echo wp_json_encode( array( 'site' => $site, 'user' => $user, 'network_active' => is_plugin_active_for_network( 'siar/siar.php' ) ) );`, MS));
    assert.equal(made.network_active, true);
    const r = lastJson(await wpAsync(`<?php
require_once ABSPATH . 'wp-admin/includes/admin.php'; // what wp-admin/network/edit.php has loaded
add_filter( 'wp_redirect', static function ( $to ) { throw new Exception( 'redirect ' . $to ); } );
add_filter( 'wp_die_handler', static fn() => static function ( $m ) { throw new Exception( 'die ' . ( is_string( $m ) ? $m : '' ) ); } );
$save = static function ( $values, $nonce ) {
  $_POST['siar_network_options'] = wp_slash( $values );
  $_REQUEST['_wpnonce'] = $nonce;
  try { siar_save_network_settings(); return 'returned'; } catch ( Exception $e ) { return $e->getMessage(); }
};
$good = array( 'profile' => '${feeds}/siar.json', 'source' => 'bundled', 'cdn_base' => '', 'lang' => 'en' );
$out = array();
wp_set_current_user( 1 ); // the super admin
$out['no_nonce'] = $save( $good, 'nope' );
$out['after_no_nonce'] = get_site_option( 'siar_network_options', null );
$out['saved'] = $save( $good, wp_create_nonce( 'siar_network-options' ) );
$out['bad'] = $save( array( 'profile' => 'javascript:alert(1)' ) + $good, wp_create_nonce( 'siar_network-options' ) );
$out['errors'] = wp_list_pluck( get_settings_errors( 'siar_network_options' ), 'code' );
$out['network'] = get_site_option( 'siar_network_options' );
wp_set_current_user( ${made.user} ); // a site admin, not a super admin
$out['site_admin'] = $save( array( 'profile' => 'https://evil.example/siar.json' ) + $good, wp_create_nonce( 'siar_network-options' ) );
$out['network_after_site_admin'] = get_site_option( 'siar_network_options' );
wp_set_current_user( 0 );
switch_to_blog( ${made.site} );
$out['inherited'] = siar_options();
$out['html'] = do_shortcode( '[siar_releases limit="1"]' );

update_option( 'siar_options', array( 'profile' => '${feeds}/siar.json?kabupaten=2', 'source' => '', 'cdn_base' => '', 'lang' => '' ) );
$out['override'] = siar_options();
restore_current_blog();
echo wp_json_encode( $out );`, MS));
    assert.match(r.no_nonce, /^die /, 'no nonce: refused');
    assert.equal(r.after_no_nonce, null);
    assert.match(r.saved, /^redirect .*settings\.php\?page=siar-network/);
    assert.match(r.bad, /^redirect /);
    assert.deepEqual(r.errors, ['siar-profile']);
    assert.equal(r.network.profile, `${feeds}/siar.json`, 'javascript: refused, network value kept');
    assert.match(r.site_admin, /^die /, 'a site admin cannot change network defaults');
    assert.equal(r.network_after_site_admin.profile, `${feeds}/siar.json`);
    assert.equal(r.inherited.profile, `${feeds}/siar.json`);
    assert.equal(r.inherited.lang, 'en');
    assert.match(r.html, new RegExp(`<siar-releases limit="1" profile="${feeds.replace(/[.]/g, '\\.')}/siar\\.json" lang="en"><ul class="siar-fallback"><li><a href="https://contohprov\\.go\\.id/berita/`));
    assert.equal(r.override.profile, `${feeds}/siar.json?kabupaten=2`);
    assert.equal(r.override.lang, 'en', 'empty site value: the network default');
    wp(`<?php
require_once ABSPATH . 'wp-admin/includes/plugin.php';
deactivate_plugins( 'siar/siar.php', false, true );
uninstall_plugin( 'siar/siar.php' );`, MS);
    assert.equal(sql(`SELECT CONCAT(meta_key) FROM ms_sitemeta WHERE meta_key LIKE '%siar%' UNION SELECT option_name FROM ms_options WHERE option_name LIKE '%siar%' UNION SELECT option_name FROM ms_${made.site}_options WHERE option_name LIKE '%siar%'`).trim(), '');
  });

  it('uninstall removes options and cached feeds', () => {
    assert.match(sql(`SELECT COUNT(*) FROM wp_options WHERE option_name LIKE '%siar%'`), /^[1-9]/);
    wp(`<?php
require_once ABSPATH . 'wp-admin/includes/plugin.php';
deactivate_plugins( 'siar/siar.php' );
uninstall_plugin( 'siar/siar.php' );`);
    assert.equal(sql(`SELECT option_name FROM wp_options WHERE option_name LIKE '%siar%'`).trim(), '');
  });

  it('no PHP warnings or notices from the plugin', () => {
    const log = existsSync(join(tmp, 'debug.log')) ? readFileSync(join(tmp, 'debug.log'), 'utf8') : '';
    const ours = log.split('\n').filter((l) => /plugins\/siar\//.test(l));
    assert.deepEqual(ours, []);
    assert.deepEqual(phpOut.join('').split('\n').filter((l) => /PHP (Warning|Notice|Fatal|Deprecated).*siar/.test(l)), []);
  });
});
