import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PublicError, PublicLoading } from './public-state';
import { useDistrictResults } from '../api/public-api';

/** Where each district's tile sits: roughly where the district lies (west to east, north to south). */
const TILES: Record<string, { row: number; col: number; short: string }> = {
  '14730': { row: 1, col: 2, short: 'Nordsachsen' },
  '14627': { row: 1, col: 3, short: 'Meißen' },
  '14625': { row: 1, col: 4, short: 'Bautzen' },
  '14626': { row: 1, col: 5, short: 'Görlitz' },
  '14713': { row: 2, col: 1, short: 'Leipzig' },
  '14729': { row: 2, col: 2, short: 'Landkreis Leipzig' },
  '14522': { row: 2, col: 3, short: 'Mittelsachsen' },
  '14612': { row: 2, col: 4, short: 'Dresden' },
  '14524': { row: 3, col: 1, short: 'Zwickau' },
  '14511': { row: 3, col: 2, short: 'Chemnitz' },
  '14521': { row: 3, col: 3, short: 'Erzgebirge' },
  '14628': { row: 3, col: 4, short: 'Sächs. Schweiz-Osterzgeb.' },
  '14523': { row: 4, col: 1, short: 'Vogtland' },
};

type Released = number | '<5' | undefined;

/**
 * The public key results by district as a tile-grid cartogram: one tile per district, placed roughly as on a map,
 * shaded by the released number of mentees supported. Figures as released (small counts withheld, the rest
 * rounded); the grid keeps the map's west-east order in every language.
 */
export function DistrictCartogram() {
  const { t, i18n } = useTranslation(['pages', 'public']);
  const results = useDistrictResults();
  if (results.isPending) return <PublicLoading />;
  if (results.isError) return <PublicError onRetry={() => void results.refetch()} />;
  const rows = results.data.rows.filter((row) => row.key && TILES[row.key]);
  const max = Math.max(
    1,
    ...rows.map((row) => (typeof row.menteesSupported?.total === 'number' ? row.menteesSupported.total : 0)),
  );
  const number = (value: Released) =>
    value === undefined
      ? '–'
      : value === '<5'
        ? t('cartogram.withheld')
        : value.toLocaleString(i18n.language);
  return (
    <Stack gap="sm" component="section" aria-labelledby="cartogram-heading">
      <Title order={2} size="h3" id="cartogram-heading">
        {t('cartogram.heading')}
      </Title>
      <Text size="sm">{t('cartogram.intro')}</Text>
      <ul className="amm-cartogram" aria-labelledby="cartogram-heading">
        {rows.map((row) => {
          const tile = TILES[row.key!]!;
          const supported = row.menteesSupported?.total as Released;
          const share = typeof supported === 'number' ? supported / max : 0;
          return (
            <li
              key={row.key}
              className="amm-tile"
              style={{
                gridRow: tile.row,
                gridColumn: tile.col,
                // 10 % to 75 % of blue 8 on white: black text keeps at least 6.5:1 on every tile (white text
                // reaches 4.5:1 only on almost pure blue 8, so the darkest tiles stay light enough for black)
                background: `color-mix(in srgb, var(--mantine-color-blue-8) ${Math.round(10 + share * 65)}%, white)`,
                color: 'var(--mantine-color-black)',
              }}
            >
              <span className="amm-tile-name" dir="auto">
                {tile.short}
              </span>
              <span className="amm-tile-figure">
                {t('cartogram.supported')}: {number(supported)}
              </span>
              <span className="amm-tile-figure">
                {t('cartogram.placed')}: {number(row.menteesPlaced?.total as Released)}
              </span>
            </li>
          );
        })}
      </ul>
      <Text size="xs" c="dimmed">
        {t('cartogram.legend')}
      </Text>
    </Stack>
  );
}
