/**
 * Where BLS publishes an O*NET occupation's figures. OEWS and Employment Projections publish most
 * SOC codes on their own, but some only inside an aggregate (12 codes in the May 2025 / 2024–34
 * releases): either the SOC broad occupation, whose code ends in 0 (31-1120 for 31-1121 and
 * 31-1122), or a BLS-specific combination inside the same broad group (21-1018 for 21-1011 and
 * 21-1014). Such an aggregate is a published code that no O*NET occupation has as its own, so it
 * is found from the releases themselves rather than from a list kept here.
 */
export interface Pointer {
  soc: string;
  title: string;
  aggregate: boolean;
}

/**
 * @param published the codes BLS publishes, with BLS's title
 * @param onetSocs every SOC code O*NET's occupations belong to
 */
export function pointerFor(soc: string, published: Map<string, string>, onetSocs: Set<string>): Pointer | null {
  const own = published.get(soc);
  if (own !== undefined) return { soc, title: own, aggregate: false };
  const broad = `${soc.slice(0, 6)}0`;
  const broadTitle = published.get(broad);
  if (broadTitle !== undefined) return { soc: broad, title: broadTitle, aggregate: true };
  const candidates = [...published.keys()].filter((code) => code.slice(0, 6) === soc.slice(0, 6) && !onetSocs.has(code));
  // Two candidates would be a guess; none means BLS publishes nothing that includes this code.
  if (candidates.length !== 1) return null;
  const code = candidates[0]!;
  return { soc: code, title: published.get(code)!, aggregate: true };
}
