/**
 * Parses untrusted text into an *inert* document: `DOMParser` documents have no browsing
 * context, so their scripts never run and their images, styles and frames are never fetched.
 *
 * Under `require-trusted-types-for 'script'`, `DOMParser.parseFromString` accepts only
 * TrustedHTML. The pass-through policy below is private to this module and is used for nothing
 * but inert parsing; nothing it produces is ever attached to the page. Pages that restrict
 * policy names must allow `siar-inert` (and `lit-html`): see docs/security.md.
 */

interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
}

let policy: TrustedTypePolicyLike | null | undefined;

function trusted(text: string): string {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): TrustedTypePolicyLike } })
      .trustedTypes;
    try {
      policy = tt ? tt.createPolicy('siar-inert', { createHTML: (input: string) => input }) : null;
    } catch {
      // The page's CSP forbids the policy name: fall back to strings (which the browser may refuse).
      policy = null;
    }
  }
  return (policy ? policy.createHTML(text) : text) as string;
}

/**
 * `text` as TrustedHTML from the `siar-inert` policy (a plain string where Trusted Types are
 * absent), for parsing into a document that is never attached: `sanitizeHtml`'s DOMPurify parses
 * its input with it, so it needs no policy of its own. Never assign the result to a live page.
 */
export function inertHTML(text: string): string {
  return trusted(text);
}

/** Parses `text` as `type` into a document that never executes or loads anything. */
export function parseInert(text: string, type: DOMParserSupportedType): Document {
  return new DOMParser().parseFromString(trusted(text), type);
}
