// npm start: serves the demo (built dist/ + demo/ with the sample province) on localhost.
// Feeds are served with the headers a province's server should send (CORS and caching), so the
// demo behaves like a real embed.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: {
    rootDir: new URL('..', import.meta.url).pathname,
    port,
    hostname: 'localhost',
    nodeResolve: false,
    watch: false,
    middleware: [
      async (ctx, next) => {
        if (ctx.path === '/') ctx.redirect('/demo/');
        await next();
        if (ctx.path.startsWith('/demo/data/')) {
          ctx.set('Access-Control-Allow-Origin', '*');
          ctx.set('Cache-Control', 'public, max-age=300');
        }
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nSiar demo: http://localhost:${port}/demo/  (Ctrl+C to stop)\n`);
process.on('SIGINT', () => server.stop().then(() => process.exit(0)));
