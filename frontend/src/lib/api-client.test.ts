import { onApi, requests } from '@/testing/mock-api';
import { api, ApiError, errorMessageKey, setTokenSource, unwrap } from './api-client';
import { changeLanguage } from './i18n';

describe('api client', () => {
  afterEach(() => setTokenSource(async () => undefined));

  it('sends the bearer token of the login', async () => {
    setTokenSource(async () => 'abc');
    onApi('GET /api/v1/me', { body: { subject: 's', roles: [], projects: [] } });
    await unwrap(api.GET('/api/v1/me'));
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer abc');
  });

  it('sends no Authorization header when logged out', async () => {
    onApi('GET /api/v1/districts', { body: [] });
    await unwrap(api.GET('/api/v1/districts'));
    expect(requests[0]?.headers.has('Authorization')).toBe(false);
  });

  it('asks for answers in the UI’s language', async () => {
    onApi('GET /api/v1/districts', { body: [] });
    await unwrap(api.GET('/api/v1/districts'));
    await changeLanguage('en');
    await unwrap(api.GET('/api/v1/districts'));
    expect(requests.map((request) => request.headers.get('Accept-Language'))).toEqual(['de', 'en']);
  });

  it('turns problem details into an ApiError with the field errors', async () => {
    const blank = { field: 'name', code: 'required', params: {}, message: 'is required' };
    onApi('POST /api/v1/projects', {
      status: 400,
      body: { type: 'x', title: 't', status: 400, errors: [blank] },
    });
    const failure = unwrap(api.POST('/api/v1/projects', { body: {} as never })).catch((error) => error);
    const error = await failure;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).problem?.errors).toEqual([blank]);
  });

  it.each([
    [0, 'errors.network'],
    [401, 'errors.unauthorized'],
    [403, 'errors.forbidden'],
    [404, 'errors.notFound'],
    [409, 'errors.conflict'],
    [412, 'errors.stale'],
    [503, 'errors.unavailable'],
    [500, 'errors.generic'],
  ])('explains status %i with %s', (status, key) => {
    expect(errorMessageKey(new ApiError(status))).toBe(key);
  });

  it('explains a form sent again after its first answer was lost', () => {
    const reused = {
      type: 'https://amm-casedesk.example/problems/idempotency-key-reused',
      title: 't',
      status: 422,
    };
    expect(errorMessageKey(new ApiError(422, reused))).toBe('errors.alreadySent');
  });
});
