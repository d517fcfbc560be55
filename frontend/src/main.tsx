import '@mantine/core/styles.css';
import './index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { clockReady } from '@/lib/clock';
import { i18nReady } from '@/lib/i18n';

// The public pages render at once: no login check, no wait for the server's clock (staff screens wait for both),
// only for the texts of the visitor's language (a small chunk of its own).
void clockReady();
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
