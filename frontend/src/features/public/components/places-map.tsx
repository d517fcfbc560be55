import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import L from 'leaflet';
import 'leaflet.markercluster';
import { useEffect, useRef, useState } from 'react';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import { mapTiles, type MapTiles } from '@/config/runtime-config';

/** A place on the map: its popup lists the lines and links (built as DOM nodes, never as HTML text). */
export type Place = {
  id: string;
  latitude: number;
  longitude: number;
  title: string;
  subtitle?: string;
  lines: string[];
  links: { href: string; label: string }[];
  kind?: 'office' | 'service';
};

const SAXONY_CENTRE: L.LatLngTuple = [50.93, 13.45];

function popupOf(place: Place): HTMLElement {
  const root = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = place.title;
  root.appendChild(title);
  for (const text of [place.subtitle, ...place.lines]) {
    if (!text) continue;
    const line = document.createElement('div');
    line.textContent = text;
    root.appendChild(line);
  }
  for (const link of place.links) {
    const line = document.createElement('div');
    const anchor = document.createElement('a');
    anchor.href = link.href;
    anchor.textContent = link.label;
    line.appendChild(anchor);
    root.appendChild(line);
  }
  root.setAttribute('dir', 'auto');
  return root;
}

function ClusteredMarkers({ places, selected }: { places: Place[]; selected?: string }) {
  const map = useMap();
  const markers = useRef(new Map<string, L.Marker>());
  const group = useRef<L.MarkerClusterGroup | null>(null);

  useEffect(() => {
    const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
    markers.current.clear();
    for (const place of places) {
      const marker = L.marker([place.latitude, place.longitude], {
        icon: L.divIcon({
          className: `amm-marker amm-marker-${place.kind ?? 'office'}`,
          iconSize: [22, 22],
          html: '',
        }),
        title: place.title,
        alt: place.title,
        keyboard: true,
      });
      marker.bindPopup(() => popupOf(place));
      cluster.addLayer(marker);
      markers.current.set(place.id, marker);
    }
    map.addLayer(cluster);
    group.current = cluster;
    if (places.length > 0) {
      map.fitBounds(L.latLngBounds(places.map((p) => [p.latitude, p.longitude] as L.LatLngTuple)), {
        padding: [24, 24],
        maxZoom: 12,
      });
    }
    return () => {
      map.removeLayer(cluster);
    };
  }, [map, places]);

  useEffect(() => {
    const marker = selected ? markers.current.get(selected) : undefined;
    if (marker && group.current) {
      group.current.zoomToShowLayer(marker, () => marker.openPopup());
    }
  }, [selected, places]);
  return null;
}

/**
 * A map of Saxony (Leaflet) with clustered markers and a popup for each place. The background tiles come from
 * the deployment's settings (OpenStreetMap by default, attribution shown) and may be switched off; the page
 * beside it always lists the same places, so the map is never the only way.
 */
export default function PlacesMap({
  places,
  selected,
  label,
  tilesOffText,
}: {
  places: Place[];
  selected?: string;
  label: string;
  tilesOffText: string;
}) {
  const [tiles, setTiles] = useState<MapTiles | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void mapTiles().then((configured) => current && setTiles(configured));
    return () => {
      current = false;
    };
  }, []);
  return (
    <div className="amm-map" role="region" aria-label={label}>
      <MapContainer
        center={SAXONY_CENTRE}
        zoom={7}
        minZoom={6}
        maxZoom={18}
        scrollWheelZoom={false}
        className="amm-map-canvas"
      >
        {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} />}
        <ClusteredMarkers places={places} selected={selected} />
      </MapContainer>
      {tiles === null && <p className="amm-map-note">{tilesOffText}</p>}
    </div>
  );
}
