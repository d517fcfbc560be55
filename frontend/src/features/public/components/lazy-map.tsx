import { Loader } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from './places-map';

// Leaflet and its plugins load with the map only: a chunk of their own, after the page's text is there.
const PlacesMap = lazy(() => import('./places-map'));

/**
 * True once the browser has painted the page and is idle (at the latest after a second): the map's code is asked
 * for then, so that loading and running Leaflet does not hold back the list and the text beside it on a slow phone.
 */
function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setIdle(true), { timeout: 1000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(() => setIdle(true), 100);
    return () => window.clearTimeout(id);
  }, []);
  return idle;
}

export function LazyMap({ places, selected }: { places: Place[]; selected?: string }) {
  const { t } = useTranslation(['pages', 'public']);
  const idle = useIdle();
  const loading = (
    <div className="amm-map amm-map-loading" role="status">
      <Loader size="sm" />
      <span>{t('map.loading')}</span>
    </div>
  );
  if (!idle) return loading;
  return (
    <Suspense fallback={loading}>
      <PlacesMap
        places={places}
        selected={selected}
        label={t('map.mapLabel')}
        tilesOffText={t('map.tilesOff')}
      />
    </Suspense>
  );
}

export type { Place };
