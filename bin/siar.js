#!/usr/bin/env node
// `siar` — the publisher kit's command (docs/publisher.md). The kit's Node packages (rss-parser,
// ajv, ajv-formats, sanitize-html) are optional peer dependencies of `siar`, so `npm install siar`
// stays lean for browser users; the `siar-publisher` package (packages/siar-publisher/) brings
// them: `npx siar-publisher build`. In this repository they are dev dependencies: `npx siar build`.
const NODE_ONLY = ['rss-parser', 'ajv', 'ajv-formats', 'sanitize-html'];

let main;
try {
  ({ main } = await import('../dist/node/cli/siar.js'));
} catch (err) {
  const missing = err?.code === 'ERR_MODULE_NOT_FOUND' && NODE_ONLY.find((name) => String(err.message).includes(`'${name}'`));
  if (!missing) throw err;
  process.stderr.write(
    `siar: paket Node "${missing}" untuk alat penerbit belum terpasang. Jalankan: npx siar-publisher <perintah>\n` +
      `siar: the publisher kit's Node package "${missing}" is not installed. Run: npx siar-publisher <command>\n` +
      '      (or: npm install --save-dev siar-publisher)\n',
  );
  process.exit(1);
}
process.exitCode = await main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`siar: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return 1;
});
