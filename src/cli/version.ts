/** The package version (from package.json) and the User-Agent sent to sources. */
import { readFileSync } from 'node:fs';

function readVersion(): string {
  // dist/node/cli/ and build/node/cli/ are both three levels below the package root.
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const VERSION = readVersion();

export const HOMEPAGE = 'https://www.npmjs.com/package/siar';

/** `SiarPublisher/0.1.0 (+https://www.npmjs.com/package/siar; humas@contohprov.go.id)` */
export function userAgent(contact?: string): string {
  return `SiarPublisher/${VERSION} (+${HOMEPAGE}${contact ? `; ${contact}` : ''})`;
}
