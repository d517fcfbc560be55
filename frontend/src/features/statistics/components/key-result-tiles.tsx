import { Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '@/lib/format';
import {
  isShareWithheld,
  isWithheld,
  type Count,
  type KeyResults,
  type MenteeFigure,
} from '../utils/figures';
import { CountText } from './count-text';
import { DisclosureLegend } from './disclosure-legend';

const ACCENTS = {
  menteesSupported: 'blue',
  employersSupported: 'teal',
  menteesPlaced: 'violet',
  menteesSustainablyIntegrated: 'orange',
} as const;
type TileName = keyof typeof ACCENTS;

/**
 * The programme's four key results as on its slides: big numbers, with the share of women, and the legend of
 * protected figures (or, with `exactNote`, the note that they are exact).
 */
export function KeyResultTiles({ results, exactNote = false }: { results: KeyResults; exactNote?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm">
      <div className="amm-grid amm-grid-4">
        <Tile name="menteesSupported" total={results.menteesSupported.total}>
          <FemaleShare figure={results.menteesSupported} />
        </Tile>
        <Tile name="employersSupported" total={results.employersSupported.total} />
        <Tile name="menteesPlaced" total={results.menteesPlaced.total}>
          <FemaleShare figure={results.menteesPlaced} />
        </Tile>
        <Tile name="menteesSustainablyIntegrated" total={results.menteesSustainablyIntegrated.total}>
          <FemaleShare figure={results.menteesSustainablyIntegrated} />
        </Tile>
      </div>
      <Group gap="xl">
        <Text size="sm">
          <Text span fw={700}>
            {formatNumber(results.projects, i18n.language)}
          </Text>{' '}
          {t('statistics.keyResults.projects', { count: results.projects })}
        </Text>
        <Text size="sm">
          <Text span fw={700}>
            {formatNumber(results.activeMentors, i18n.language)}
          </Text>{' '}
          {t('statistics.keyResults.activeMentors', { count: results.activeMentors })}
        </Text>
      </Group>
      <DisclosureLegend answer={results} exactNote={exactNote} />
    </Stack>
  );
}

function Tile({ name, total, children }: { name: TileName; total: Count; children?: ReactNode }) {
  const { t } = useTranslation();
  const label = t(`statistics.keyResults.${name}`);
  return (
    <Card
      withBorder
      component="article"
      aria-label={label}
      padding="lg"
      style={{ borderTop: `4px solid var(--mantine-color-${ACCENTS[name]}-6)` }}
    >
      <Stack gap={4}>
        <Text fz={36} fw={700} lh={1.1} c={`${ACCENTS[name]}.8`}>
          <CountText count={total} />
        </Text>
        {isWithheld(total) && (
          <Text size="xs" c="dimmed">
            {t('statistics.fewerThanFive')}
          </Text>
        )}
        <Text fw={600}>{label}</Text>
        {children}
        <Text size="xs" c="dimmed">
          {t(`statistics.keyResults.hints.${name}`)}
        </Text>
      </Stack>
    </Card>
  );
}

function FemaleShare({ figure }: { figure: MenteeFigure }) {
  const { t, i18n } = useTranslation();
  if (figure.femaleShare !== null) {
    return (
      <Text size="sm">
        {t('statistics.keyResults.femaleShare', { share: formatPercent(figure.femaleShare, i18n.language) })}
      </Text>
    );
  }
  const withheld = isShareWithheld(figure.femaleShare, [figure.total, figure.female]);
  return (
    <Text size="sm" c="dimmed">
      {withheld ? t('statistics.keyResults.femaleShareWithheld') : t('statistics.keyResults.femaleShareNone')}
    </Text>
  );
}
