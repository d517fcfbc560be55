import '@mantine/core/styles.css';
import './index.css';
import '@/lib/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { clockReady } from '@/lib/clock';

// The public pages render at once: no login check, no wait for the server's clock (staff screens wait for both).
void clockReady();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
