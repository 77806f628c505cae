import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

// Built on first use, once per process (~150 ms): it ranks ~50,000 leaked passwords and indexes keyboard layouts.
let estimator: ZxcvbnFactory | undefined;

/**
 * Whether a password someone chooses is too easy to guess (NIST 800-63B 3.1.1.2, ASVS V6.2): built from leaked
 * passwords, keyboard walks, repeats, dates, or the account's own name and email. Score 3 is about 10^8 guesses or more.
 * Checked on the server only: the dictionaries would add megabytes to the browser's bundle.
 */
export function isGuessablePassword(password: string, account: { email: string; name: string }) {
  const accountWords = ["careport", account.email, ...account.email.split(/[@.]/), ...account.name.split(/\s+/)];
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator.check(password, accountWords.filter(Boolean)).score < 3;
}
