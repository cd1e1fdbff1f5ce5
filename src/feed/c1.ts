/**
 * The windows-1252 characters behind C1 controls: a module of its own so that `collapse` (which
 * every widget loads at start-up) does not pull in the byte decoder, which only the lazily loaded
 * feed engine needs.
 */

/** The characters windows-1252 has at 0x80–0x9F, where ISO-8859-1 has C1 controls. */
export const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The windows-1252 character a C1 control stands for in mislabelled text (`&#146;` → ’). */
export function fromC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}
