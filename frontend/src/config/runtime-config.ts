// Settings that differ per deployment come from /config.json at start-up, so one build runs anywhere.
export type RuntimeConfig = {
  keycloakUrl: string;
  realm: string;
  clientId: string;
};

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`config.json could not be loaded (${response.status})`);
  }
  return (await response.json()) as RuntimeConfig;
}
