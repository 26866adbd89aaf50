// Recognising storage errors: browsers and Dexie report a full disk in several wrappings.

function named(e: unknown): { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown } | null {
  return typeof e === 'object' && e !== null ? (e as Record<string, unknown>) : null;
}

/**
 * True when `e` is, or wraps, a QuotaExceededError: the DOMException itself, Dexie's mapped
 * error, an AbortError whose inner error (the aborted transaction's error) is one, or a
 * BulkError with one among its failures.
 */
export function isQuotaError(e: unknown, depth = 0): boolean {
  const x = named(e);
  if (!x || depth > 5) return false;
  if (x.name === 'QuotaExceededError') return true;
  if (typeof DOMException !== 'undefined' && e instanceof DOMException && e.code === DOMException.QUOTA_EXCEEDED_ERR) return true;
  if (isQuotaError(x.inner, depth + 1) || isQuotaError(x.cause, depth + 1)) return true;
  return Array.isArray(x.failures) && x.failures.some((f) => isQuotaError(f, depth + 1));
}

/** A short description of an unknown error, for the console. */
export function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
