/** Why a feed could not be loaded. */
export type FeedErrorKind =
  | 'network'
  | 'http'
  | 'timeout'
  | 'too-large'
  | 'parse'
  | 'unsupported'
  | 'aborted';

/**
 * The one error type the feed engine throws. `name` is set explicitly so minification
 * cannot change it (GOV.UK does the same for its error classes).
 */
export class FeedError extends Error {
  override name = 'FeedError';
  readonly kind: FeedErrorKind;
  /** HTTP status, for `http` errors. */
  readonly status?: number;
  /** The URL that failed, where there is one. */
  readonly url?: string;

  constructor(
    kind: FeedErrorKind,
    message: string,
    options: { status?: number; url?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.url !== undefined) this.url = options.url;
  }
}

/** True for a {@link FeedError} (also across realms, where `instanceof` fails). */
export function isFeedError(value: unknown): value is FeedError {
  return (
    value instanceof FeedError ||
    (typeof value === 'object' && value !== null && (value as Error).name === 'FeedError')
  );
}
