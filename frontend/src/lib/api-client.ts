import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '@/api/generated/schema';

export type Problem = components['schemas']['Problem'];

/** A failed API call: the HTTP status and, when the server sent one, its problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem?: Problem;

  constructor(status: number, problem?: Problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** The message for one field, when the server named it (validation problems). */
  fieldError(field: string): string | undefined {
    return this.problem?.errors?.find((error) => error.field === field)?.message;
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

// Typed for JSON answers (and problem+json errors); the file downloads ask with `parseAs: 'blob'`.
export const api = createClient<paths, `${string}/json`>({ baseUrl: window.location.origin });
api.use(bearer);

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

/** The translation key that explains an error to the user. */
export function errorMessageKey(error: unknown): string {
  if (!(error instanceof ApiError)) return 'errors.generic';
  if (error.problem?.type?.endsWith('/concurrent-update')) return 'errors.stale';
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
