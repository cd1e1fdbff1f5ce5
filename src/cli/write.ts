/**
 * Files readers never see half-written: each output is written to a temporary file in the same
 * directory, flushed, and renamed over the old one (atomic on POSIX file systems). Unchanged
 * content is not rewritten, so mtimes, ETags and CDN caches stay put. A lock file keeps two runs
 * (say, cron firing while a slow run is still busy) from interleaving.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CliError } from './problems.js';

/** Writes `content` (text as UTF-8, or bytes) to `path` atomically. Returns false when the file already had that content. */
export function writeAtomic(path: string, content: string | Uint8Array): boolean {
  const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  try {
    if (readFileSync(path).equals(buf)) return false;
  } catch {
    // missing or unreadable: write it
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    let at = 0;
    while (at < buf.length) at += writeSync(fd, buf, at, buf.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  return true;
}

/** Serializes output JSON: 2-space indent (or compact), newline at the end. */
export function toJson(value: unknown, pretty: boolean): string {
  return `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes `<dir>/.siar-lock`; a lock left by a process that no longer runs is taken over. */
export function acquireLock(dir: string): () => void {
  const path = join(dir, '.siar-lock');
  for (let tries = 0; tries < 2; tries++) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new CliError('out.unwritable', { dir, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
      let pid = NaN;
      try {
        pid = Number(readFileSync(path, 'utf8').trim());
      } catch {
        // removed in the meantime
      }
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new CliError('out.locked', { dir, pid });
      try {
        unlinkSync(path); // stale
      } catch {
        // another process took it over first; try again
      }
    }
  }
  throw new CliError('out.locked', { dir, pid: 0 });
}
