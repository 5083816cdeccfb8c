/**
 * The live-only kinds (a proxy over CareerOneStop serves them; static endpoints never do). The
 * client loads this module when a page first asks for one.
 */
import * as v from 'valibot';
import {
  schemaVersion,
  list,
  title,
  label,
  onetCode,
  socCode,
  areaCode,
  stateCode,
  year,
  httpsUrl,
  sources,
  AnnualWageValue,
  estimates,
} from './base.ts';

// ---------------------------------------------------------------- live-only documents (tools/proxy)
// What the static releases lack and a live source (CareerOneStop behind the proxy) adds: wages for
// a city's or ZIP code's metro area, videos, certifications, licenses and apprenticeship offices. Static endpoints never
// serve these kinds; an element asks for them only when its endpoint is a proxy.

/**
 * A place as a live source takes it: `US`, a state code, a 5-digit ZIP code, or "City, ST".
 * In a URL it is one path segment (`areas/94110/...`, `areas/Saint%20Paul%2C%20MN/...`).
 */
export const LiveLocation = v.pipe(
  v.string(),
  v.regex(/^(?:[A-Z]{2}|\d{5}|[A-Za-z][A-Za-z .'-]{0,39}, [A-Z]{2})$/),
);

/** CareerOneStop publishes percentiles only (no mean, no employment) for every area. */
export const LiveWageRow = v.object({
  p10: AnnualWageValue,
  p25: AnnualWageValue,
  median: AnnualWageValue,
  p75: AnnualWageValue,
  p90: AnnualWageValue,
});
export type LiveWageRow = v.InferOutput<typeof LiveWageRow>;

export const LiveArea = v.object({
  /** `nation`, `state`, or the BLS metropolitan/nonmetropolitan area the source chose. */
  type: v.picklist(['nation', 'state', 'metro']),
  /** `US`, a state code, or the BLS area code (`41860`). */
  code: v.string(),
  name: v.string(),
  /** null when the source gave no figures at that rate for the area. */
  hourly: v.nullable(LiveWageRow),
  annual: v.nullable(LiveWageRow),
});
export type LiveArea = v.InferOutput<typeof LiveArea>;

/** `areas/{location}/wages/{soc}.json`: wages where a reader is, down to the metro area. */
export const LiveWagesDocument = v.object({
  schemaVersion,
  kind: v.literal('live-wages'),
  sources,
  soc: socCode,
  title: v.string(),
  /** The location as asked. */
  location: LiveLocation,
  /** The wage estimates' year as the source gives it; null when it gives none. */
  wageYear: v.nullable(v.string()),
  /** The nation, then the state, then the metro area(s); each present only when published. */
  areas: v.array(LiveArea),
});
export type LiveWagesDocument = v.InferOutput<typeof LiveWagesDocument>;

/** `videos/{onetCode}.json`: CareerOneStop's career videos for an occupation. */
export const VideosDocument = v.object({
  schemaVersion,
  kind: v.literal('videos'),
  sources,
  code: onetCode,
  title: v.string(),
  /** CareerOneStop's page that plays the occupation's video; null when it links none. */
  pageUrl: v.nullable(httpsUrl),
  /** In the source's order; empty when it has no video for the occupation. */
  videos: v.array(v.object({ code: v.string(), title: v.string(), type: v.nullable(v.string()) })),
});
export type VideosDocument = v.InferOutput<typeof VideosDocument>;

/** `certifications/{onetCode}.json`: certifications from CareerOneStop's Certification Finder. */
export const CertificationsDocument = v.object({
  schemaVersion,
  kind: v.literal('certifications'),
  sources,
  code: onetCode,
  /** In the source's order; empty when it lists none. */
  certifications: v.array(
    v.object({
      id: v.string(),
      name: v.string(),
      organization: v.nullable(v.string()),
      url: v.nullable(httpsUrl),
      type: v.nullable(v.string()),
      description: v.nullable(v.string()),
    }),
  ),
});
export type CertificationsDocument = v.InferOutput<typeof CertificationsDocument>;

/** `areas/{state}/licenses/{onetCode}.json`: a state's licenses from CareerOneStop's License Finder. */
export const LicensesDocument = v.object({
  schemaVersion,
  kind: v.literal('licenses'),
  sources,
  code: onetCode,
  area: areaCode,
  /** In the source's order; empty when the state licenses nothing for the occupation. */
  licenses: v.array(
    v.object({
      id: v.string(),
      title: v.string(),
      description: v.nullable(v.string()),
      agency: v.nullable(v.object({ name: v.string(), url: v.nullable(httpsUrl) })),
    }),
  ),
});
export type LicensesDocument = v.InferOutput<typeof LicensesDocument>;

/**
 * `areas/{state}/apprenticeships.json`: the offices that register and oversee apprenticeships in
 * a state, from CareerOneStop's "List Apprenticeship Offices". By place, not by occupation: every
 * career shares them. Every field but the level and the name may be missing from the source.
 */
export const ApprenticeshipsDocument = v.object({
  schemaVersion,
  kind: v.literal('apprenticeships'),
  sources,
  area: stateCode,
  /** In the source's order within each level; empty when it lists none. */
  offices: list(
    v.object({
      /** Which list the source put it in: the federal Office of Apprenticeship, the state's agency, or a regional office. */
      level: v.picklist(['federal', 'state', 'regional']),
      name: title,
      /** The office's own phone number, as the source writes it. */
      phone: v.nullable(label),
      /** The person to ask: at least a name, an email or a phone. */
      contact: v.nullable(
        v.object({
          name: v.nullable(label),
          title: v.nullable(label),
          email: v.nullable(v.pipe(v.string(), v.maxLength(200), v.regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/))),
          phone: v.nullable(label),
        }),
      ),
      /** Street lines, then city, state and ZIP as the source writes them; null when it gives none. */
      address: v.nullable(
        v.object({
          lines: list(label, 2),
          city: v.nullable(label),
          state: v.nullable(label),
          zip: v.nullable(label),
        }),
      ),
    }),
    500,
  ),
});
export type ApprenticeshipsDocument = v.InferOutput<typeof ApprenticeshipsDocument>;
