import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '@/api/generated/schema';
import i18n from '@/lib/i18n';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

/** A failed API call: the HTTP status and, when the server sent one, its problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem?: Problem;

  constructor(status: number, problem?: Problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

type TokenSource = () => Promise<string | undefined>;
let tokenSource: TokenSource = async () => undefined;

/** Called once at start-up with the login's token source; every request then carries the bearer token. */
export function setTokenSource(source: TokenSource) {
  tokenSource = source;
}

const bearer: Middleware = {
  async onRequest({ request }) {
    const token = await tokenSource();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

/** The server words titles and field messages in German or English (English for the other languages). */
const language: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.language === 'de' ? 'de' : 'en');
    return request;
  },
};

// Typed for JSON answers (and problem+json errors); the file downloads ask with `parseAs: 'blob'`.
export const api = createClient<paths, `${string}/json`>({ baseUrl: window.location.origin });
api.use(bearer, language);

/** Returns the data of a successful call or throws an {@link ApiError}. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<{ data: T; response: Response }> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0);
  }
  if (!result.response.ok) {
    throw new ApiError(result.response.status, result.error as Problem | undefined);
  }
  return { data: result.data as T, response: result.response };
}

/** The kind of problem (the last part of its type, such as `consent-required`), or undefined. */
export function problemKind(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.problem?.type?.split('/').pop() || undefined;
}

/** Problems that the user answers otherwise than by reloading (409s that are not about someone else's change). */
const NOT_STALE = new Set(['consent-required', 'deletion-not-allowed', 'account-not-linkable']);

/**
 * Someone else changed the record since it was loaded, or at the same moment: reloading and applying the change
 * again helps.
 */
export function isStale(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if ([412, 428].includes(error.status)) return true;
  const kind = problemKind(error);
  return error.status === 409 && (kind === undefined || !NOT_STALE.has(kind));
}

/** The translation key that explains an error to the user. */
export function errorMessageKey(error: unknown): string {
  if (!(error instanceof ApiError)) return 'errors.generic';
  switch (problemKind(error)) {
    case 'concurrent-update':
      return 'errors.stale';
    case 'idempotency-key-reused':
      return 'errors.alreadySent';
    case 'consent-required':
      return 'errors.consentRequired';
    case 'deletion-not-allowed':
      return 'errors.deletionNotAllowed';
    case 'account-not-linkable':
      return 'errors.accountNotLinkable';
  }
  switch (error.status) {
    case 0:
      return 'errors.network';
    case 400:
      return 'errors.validation';
    case 401:
      return 'errors.unauthorized';
    case 403:
      return 'errors.forbidden';
    case 404:
      return 'errors.notFound';
    case 409:
      return 'errors.conflict';
    case 412:
    case 428:
      return 'errors.stale';
    case 503:
      return 'errors.unavailable';
    default:
      return 'errors.generic';
  }
}
