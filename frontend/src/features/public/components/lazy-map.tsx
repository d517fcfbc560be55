import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from './places-map';

// Leaflet and its plugins load with the map only: a chunk of their own, after the page's text is there.
const PlacesMap = lazy(() => import('./places-map'));

export function LazyMap({ places, selected }: { places: Place[]; selected?: string }) {
  const { t } = useTranslation(['pages', 'public']);
  return (
    <Suspense
      fallback={
        <div className="amm-map amm-map-loading" role="status">
          <Loader size="sm" />
          <span>{t('map.loading')}</span>
        </div>
      }
    >
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
