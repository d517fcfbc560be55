// Settings that differ per deployment come from /config.json at start-up, so one build runs anywhere.
export type MapTiles = {
  /** A tile URL template ({z}/{x}/{y}) */
  url: string;
  attribution: string;
};

export type RuntimeConfig = {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  /** The map's background tiles; "off" shows the markers on a plain background. OpenStreetMap when left out. */
  mapTiles?: MapTiles | 'off';
  /**
   * Where staff find the API's documentation (Swagger UI). The backend serves it on its management port, and only
   * where AMM_API_DOCS is set; when left out, the staff menu shows no link.
   */
  apiDocsUrl?: string;
};

export const OPEN_STREET_MAP: MapTiles = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende',
};

let loading: Promise<RuntimeConfig> | undefined;

/** The deployment's settings, asked for once. */
export function loadRuntimeConfig(): Promise<RuntimeConfig> {
  loading ??= fetch('/config.json', { cache: 'no-store' }).then(async (response) => {
    if (!response.ok) {
      loading = undefined;
      throw new Error(`config.json could not be loaded (${response.status})`);
    }
    return (await response.json()) as RuntimeConfig;
  });
  return loading;
}

/** Forgets the settings asked for, so that the next call asks again (tests with other settings). */
export function forgetRuntimeConfig() {
  loading = undefined;
}

/** The map's tiles as configured: null when switched off. */
export async function mapTiles(): Promise<MapTiles | null> {
  try {
    const tiles = (await loadRuntimeConfig()).mapTiles;
    return tiles === 'off' ? null : (tiles ?? OPEN_STREET_MAP);
  } catch {
    return OPEN_STREET_MAP;
  }
}

/** The API documentation's address as configured, or null when there is none. */
export async function apiDocsUrl(): Promise<string | null> {
  try {
    return (await loadRuntimeConfig()).apiDocsUrl ?? null;
  } catch {
    return null;
  }
}
