// What the profile reads from the URL before its first render (so a shared URL loads its occupation
// first); the rest of the history handling (profile-history.ts) loads only on pages that opt in.

const CODE = /^\d{2}-\d{4}\.\d{2}$/;

/** The `history` attribute as the query parameter's name (`history` alone: `occupation`); unset, undefined. */
export const historyParam = (value: string | null | undefined): string | undefined =>
  value === undefined || value === null ? undefined : value.trim() || 'occupation';

/** Whether `code` looks like an O*NET-SOC code (a URL or a history entry may hold anything). */
export const isCode = (code: unknown): code is string => typeof code === 'string' && CODE.test(code);

/** The occupation the page's URL names under `param`, if it is a code. */
export function codeInUrl(param: string): string | null {
  const code = new URL(window.location.href).searchParams.get(param)?.trim();
  return isCode(code) ? code : null;
}
