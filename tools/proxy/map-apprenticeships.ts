/**
 * A state's apprenticeship offices, from CareerOneStop's "List Apprenticeship Offices"
 * (https://www.careeronestop.org/Developers/WebAPI/Apprenticeships/list-apprenticeship-offices.aspx).
 *
 * That page's field table could not be reached when this was written: the shape below is the one
 * two independent users' code reads, and should be checked against a real answer before relying
 * on it. `{ ApprenticeshipOfficeList: [ { Title, ListFedAppOfficeContact, ListStateAppOfficeContact,
 * ListRegionalAppOfficeContact } ] }`, each contact `{ ID, Name, Phone, ProgramLevel, ContactName,
 * ContactEmail, ContactPhone, ContactTitle, Address1, Address2, City, State, Zip }`: strings, often
 * empty (read as absent), lists null or missing (read as empty).
 *
 * The level comes from the list an office is in; `ProgramLevel` (whose values are not documented
 * here) and the entry's `Title` are not carried. An office without a name is left out.
 */
import { SCHEMA_VERSION, type ApprenticeshipsDocument, type Release } from '../../src/data/schema.ts';
import { list, record, text } from './numbers.ts';

type Office = ApprenticeshipsDocument['offices'][number];

/** The source's lists, in the order they are shown: federal, state, regional. */
const LEVELS = [
  ['federal', 'ListFedAppOfficeContact'],
  ['state', 'ListStateAppOfficeContact'],
  ['regional', 'ListRegionalAppOfficeContact'],
] as const;

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** An address the source wrote as an email; anything else (a name, "N/A") is not linked as one. */
const email = (value: unknown) => {
  const e = text(value);
  return e && e.length <= 200 && EMAIL.test(e) ? e : null;
};

/** The document's short fields hold at most 200 characters (the schema's label). */
const short = (value: unknown) => {
  const t = text(value);
  return t && t.length <= 200 ? t : null;
};

export function apprenticeshipsDocument(body: unknown, area: string, sources: Release[]): ApprenticeshipsDocument {
  const entries = list(record(body).ApprenticeshipOfficeList).map(record);
  const offices = LEVELS.flatMap(([level, field]) =>
    entries.flatMap((entry) => list(entry[field]).map(record).flatMap((c) => office(level, c))),
  );
  return { schemaVersion: SCHEMA_VERSION, kind: 'apprenticeships', sources, area, offices };
}

function office(level: Office['level'], c: Record<string, unknown>): Office[] {
  const name = text(c.Name);
  if (!name || name.length > 300) return [];
  const person = {
    name: short(c.ContactName),
    title: short(c.ContactTitle),
    email: email(c.ContactEmail),
    phone: short(c.ContactPhone),
  };
  const lines = [short(c.Address1), short(c.Address2)].filter((l): l is string => l !== null);
  const address = { lines, city: short(c.City), state: short(c.State), zip: short(c.Zip) };
  return [
    {
      level,
      name,
      phone: short(c.Phone),
      // A title alone names nobody to ask.
      contact: person.name || person.email || person.phone ? person : null,
      address: lines.length || address.city || address.state || address.zip ? address : null,
    },
  ];
}
