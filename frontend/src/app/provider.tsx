import {
  createTheme,
  DirectionProvider,
  MantineProvider,
  useDirection,
  type CSSVariablesResolver,
} from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { AuthProvider, type Auth } from '@/lib/auth';
import { directionOf } from '@/lib/i18n';

/**
 * Colours that keep WCAG AA contrast (4.5:1) for normal text: buttons, links and light badges in blue 8 rather than
 * Mantine's blue 6 (3.5:1 against white), secondary ("dimmed") text and error messages one step darker. Filled
 * badges and buttons pick black or white text by their colour's luminance (autoContrast); at 0.18 either choice
 * keeps 4.5:1 (white on orange 8 has only 3.6:1, black 5.9:1).
 */
const base = {
  primaryColor: 'blue',
  primaryShade: { light: 8 as const, dark: 8 as const },
  defaultRadius: 'md',
  autoContrast: true,
  luminanceThreshold: 0.18,
};

type Labels = { close: string; first: string; previous: string; next: string; last: string };

/**
 * The theme in a language: the close buttons of dialogs, drawers and notices and the arrows of page controls are
 * named ("Schließen", "Nächste Seite").
 */
function themeIn(labels: Labels) {
  const { close } = labels;
  return createTheme({
    ...base,
    components: {
      // plain objects, not Modal.extend(…): the first chunk of the public pages stays without these components
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
      Drawer: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
      Alert: { defaultProps: { closeButtonLabel: close } },
      Pagination: {
        defaultProps: {
          getControlProps: (control: keyof Omit<Labels, 'close'>) => ({ 'aria-label': labels[control] }),
        },
      },
    },
  });
}

const contrastVariables: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    // the text of light badges and buttons: shade 9 darkened (green 9 alone reaches only 4.4:1 on its light tint)
    ...Object.fromEntries(
      Object.keys(theme.colors).map((color) => [
        `--mantine-color-${color}-light-color`,
        `color-mix(in srgb, var(--mantine-color-${color}-9) 70%, black)`,
      ]),
    ),
  },
  dark: {},
});

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // 4xx answers do not get better by asking again
        retry: (failures, error) =>
          failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
    },
  });
}

/** Right to left for Arabic and Farsi: the document's dir attribute and Mantine's components follow the language. */
function FollowLanguageDirection() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const direction = directionOf(i18n.language);
  useEffect(() => setDirection(direction), [direction, setDirection]);
  return null;
}

export function AppProvider({
  auth,
  queryClient: given,
  children,
}: {
  /** A fixed login (tests); the app itself starts the login lazily (LazyAuthProvider). */
  auth?: Auth;
  queryClient?: QueryClient;
  children: ReactNode;
}) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  const { i18n } = useTranslation();
  // the public pages' texts: the buttons' names exist in all six languages
  const { t } = useTranslation('public');
  const close = t('common.close');
  const first = t('common.firstPage');
  const previous = t('common.previousPage');
  const next = t('common.nextPage');
  const last = t('common.lastPage');
  const theme = useMemo(
    () => themeIn({ close, first, previous, next, last }),
    [close, first, previous, next, last],
  );
  return (
    <DirectionProvider initialDirection={directionOf(i18n.language)} detectDirection={false}>
      <FollowLanguageDirection />
      <MantineProvider
        theme={theme}
        cssVariablesResolver={contrastVariables}
        env={import.meta.env.MODE === 'test' ? 'test' : 'default'}
      >
        <QueryClientProvider client={queryClient}>
          {auth ? <AuthProvider value={auth}>{children}</AuthProvider> : children}
        </QueryClientProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
