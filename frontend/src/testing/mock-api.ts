// A stand-in for the backend in unit tests: tests declare answers per method and path.
type Answer = { status?: number; body?: unknown; headers?: Record<string, string> };
type Handler = (request: Request) => Answer | Promise<Answer>;

const handlers = new Map<string, Handler>();
export const requests: Request[] = [];

export function resetApi() {
  handlers.clear();
  requests.length = 0;
}

/** Answers `METHOD /path` (path without query) with the given answer or handler. */
export function onApi(route: string, answer: Answer | Handler) {
  handlers.set(route, typeof answer === 'function' ? answer : () => answer);
}

globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  // the app asks for some files by path alone (/config.json), as a browser resolves them against the page
  const request =
    input instanceof Request ? input : new Request(new URL(String(input), window.location.href), init);
  requests.push(request.clone());
  const url = new URL(request.url);
  const handler = handlers.get(`${request.method} ${url.pathname}`);
  if (!handler) {
    return new Response(JSON.stringify({ title: 'no mock', status: 404 }), {
      status: 404,
      headers: { 'Content-Type': 'application/problem+json' },
    });
  }
  const { status = 200, body, headers = {} } = await handler(request);
  const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType, ...headers },
  });
};
