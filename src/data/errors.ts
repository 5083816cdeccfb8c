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

export class DataError extends Error {
  override name = 'DataError';
  constructor(
    readonly kind: DataErrorKind,
    message: string,
    readonly details: { url?: string; status?: number; attribute?: string } = {},
  ) {
    super(message);
  }

  /** Worth a retry button: the same request may succeed later. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout';
  }
}

export const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';
