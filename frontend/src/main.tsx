import '@mantine/core/styles.css';
import './index.css';
import '@/lib/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { loadRuntimeConfig } from '@/config/runtime-config';
import { setTokenSource } from '@/lib/api-client';
import { anonymous, startKeycloak, type Auth } from '@/lib/auth';

async function bootstrap() {
  let auth: Auth = anonymous;
  try {
    auth = await startKeycloak(await loadRuntimeConfig());
  } catch (error) {
    // The public pages work without the login service; the login button then retries.
    console.warn('Login service not reachable', error);
    auth = { ...anonymous, login: () => window.location.reload() };
  }
  setTokenSource(auth.token);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App auth={auth} />
    </StrictMode>,
  );
}

void bootstrap();
