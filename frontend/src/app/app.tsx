import { LazyAuthProvider } from '@/lib/auth';
import { AppProvider } from './provider';
import { AppRouter } from './router';

export function App() {
  return (
    <AppProvider>
      <LazyAuthProvider>
        <AppRouter />
      </LazyAuthProvider>
    </AppProvider>
  );
}
