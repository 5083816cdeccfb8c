import type { Messages } from '../i18n/en.ts';

/** What went wrong, in the words an element shows and an `occupation-error` listener reads. */
export type DataErrorKind =
  /** An attribute cannot name anything (a code that is not an O*NET-SOC code). */
  | 'invalid-attribute'
  /** The endpoint answered 404: no such occupation, area or program. */
  | 'not-found'
  /** No answer, or an HTTP error other than 404 (after the retries). */
  | 'network'
  /** No answer within the client's timeout. */
  | 'timeout'
  /** The answer is not JSON, or not the document expected (shape or schemaVersion). */
  | 'invalid-data';

export interface DataErrorDetails {
  url?: string;
  status?: number;
  /** The attribute at fault and the value it had, for `invalid-attribute`. */
  attribute?: string;
  value?: string;
}

/**
 * An error's `message` is for developers, in English; what a visitor reads is made when the
 * element renders, in its language, by `localized` (or from the kind alone).
 */
export class DataError extends Error {
  override name = 'DataError';
  constructor(
    readonly kind: DataErrorKind,
    message: string,
    readonly details: DataErrorDetails = {},
    readonly localized?: (t: Messages) => string,
  ) {
    super(message);
  }

  /** Worth a retry button: the same request may succeed later. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout';
  }
}

/** An attribute whose value names nothing: the message in English, and the visitor's in their language. */
export const invalidAttribute = (
  attribute: string,
  value: string,
  message: string,
  localized: (t: Messages) => string,
): DataError => new DataError('invalid-attribute', message, { attribute, value }, localized);

export const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';
