import type { Auth } from '@/lib/auth';
import { AppProvider } from './provider';
import { AppRouter } from './router';

export function App({ auth }: { auth: Auth }) {
  return (
    <AppProvider auth={auth}>
      <AppRouter />
    </AppProvider>
  );
}
