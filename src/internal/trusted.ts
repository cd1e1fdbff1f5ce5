/**
 * Structured data for search engines (`<script type="application/ld+json">`) under Trusted Types.
 * Script text is a Trusted Types sink even for JSON-LD, which never executes; without a policy,
 * a strict page reports a violation. The policy below accepts only text that parses as JSON, so
 * it cannot be used to smuggle a script.
 */
interface ScriptPolicy {
  createScript(input: string): unknown;
}

let policy: ScriptPolicy | null | undefined;

function scriptPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } }).trustedTypes;
    try {
      policy = tt
        ? tt.createPolicy('siar-jsonld', {
            createScript: (input: string) => {
              JSON.parse(input); // throws for anything that is not JSON
              return input;
            },
          })
        : null;
    } catch {
      policy = null; // the page's CSP does not allow this policy name
    }
  }
  return policy;
}

/** Sets a JSON-LD script's text: through the `siar-jsonld` policy where Trusted Types exist. */
export function setJsonScriptText(script: HTMLScriptElement, json: string): void {
  const p = scriptPolicy();
  script.textContent = (p ? p.createScript(json) : json) as string;
}
