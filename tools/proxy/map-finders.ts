/**
 * The live-only documents: videos (from the occupation details' `Video` list), certifications
 * (Certification Finder's `CertList`) and licenses (License Finder's `LicenseList`). Lists keep
 * the source's order; an entry without an id or a name is left out, a missing list is empty.
 */
import {
  SCHEMA_VERSION,
  type CertificationsDocument,
  type LicensesDocument,
  type Release,
  type VideosDocument,
} from '../../src/data/schema.ts';
import { httpsUrl, list, record, text } from './numbers.ts';

const id = (value: unknown) => text(typeof value === 'number' ? String(value) : value);

export function videosDocument(
  detail: Record<string, unknown>,
  code: string,
  sources: Release[],
): VideosDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'videos',
    sources,
    code,
    title: text(detail.OnetTitle) ?? code,
    pageUrl: httpsUrl(detail.COSVideoURL),
    videos: list(detail.Video)
      .map(record)
      .map((v) => ({ code: id(v.VideoCode), title: text(v.VideoTitle), type: text(v.VideoType) }))
      .filter((v): v is { code: string; title: string; type: string | null } => !!v.code && !!v.title),
  };
}

export function certificationsDocument(body: unknown, code: string, sources: Release[]): CertificationsDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'certifications',
    sources,
    code,
    certifications: list(record(body).CertList)
      .map(record)
      .flatMap((c) => {
        const certId = id(c.Id);
        const name = text(c.Name);
        if (!certId || !name) return [];
        return [
          {
            id: certId,
            name,
            organization: text(c.Org),
            // The certification's own page when it has one, else its organization's.
            url: httpsUrl(c.Url) ?? httpsUrl(c.OrgWebPage),
            type: text(c.Type),
            description: text(c.Description),
          },
        ];
      }),
  };
}

export function licensesDocument(body: unknown, code: string, area: string, sources: Release[]): LicensesDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'licenses',
    sources,
    code,
    area,
    licenses: list(record(body).LicenseList)
      .map(record)
      .flatMap((l) => {
        const licenseId = id(l.ID);
        const title = text(l.Title);
        if (!licenseId || !title) return [];
        const agency = record(l.LicenseAgency);
        const agencyName = text(agency.Name);
        return [
          {
            id: licenseId,
            title,
            description: text(l.Description),
            agency: agencyName ? { name: agencyName, url: httpsUrl(agency.Url) } : null,
          },
        ];
      }),
  };
}
