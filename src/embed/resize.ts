/**
 * Host-page snippet for Siar iframes (built to `dist/embed-resize.js`, under 1 KB):
 *
 * ```html
 * <script src="https://contohprov.go.id/siar/embed-resize.js" async></script>
 * ```
 *
 * It listens for `{ type: 'siar:resize', height }` messages and sets the height of the iframe
 * that sent it — only when the message really comes from that iframe's window (`event.source`),
 * from the embed's origin, and the iframe's `src` starts with the Siar embed URL: the
 * `embed.html` next to this script, or the URL in the script's `data-siar-embed` attribute (for
 * a copy pasted inline). Any other page's messages are ignored.
 */
// (Built as an IIFE: nothing leaks into the host page's globals.)
const script = document.currentScript as HTMLScriptElement | null;
const embed = new URL(script?.dataset.siarEmbed || 'embed.html', script?.src || location.href);

addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (event.origin !== embed.origin || !data || data.type !== 'siar:resize') return;
  const height = data.height;
  if (typeof height !== 'number' || !(height >= 0 && height < 1e5)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source && frame.src.startsWith(embed.href)) frame.style.height = `${Math.ceil(height)}px`;
  }
});

export {};
