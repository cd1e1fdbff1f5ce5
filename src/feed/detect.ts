import { FeedError } from './errors.js';

/**
 * The text of a feed without BOM and leading white space, and which parser reads it: JSON when
 * it starts with `{` (or the content type says JSON and it does not start with `<`), XML when it
 * starts with `<`. Throws a {@link FeedError}: `parse` for empty text, `unsupported` for
 * anything else.
 */
export function feedBody(text: string, contentType = ''): { body: string; format: 'json' | 'xml' } {
  if (typeof text !== 'string') throw new FeedError('parse', 'Feed text must be a string.');
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{') || (!body.startsWith('<') && /json/i.test(contentType))) return { body, format: 'json' };
  if (body.startsWith('<')) return { body, format: 'xml' };
  if (!body) throw new FeedError('parse', 'The feed is empty.');
  throw new FeedError('unsupported', 'The text is neither XML nor JSON.');
}
