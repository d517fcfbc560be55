import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FOLLOW_UP_RESULTS,
  kindOf,
  MENTEE_FIGURES,
  type Breakdown,
  type BreakdownRow,
  type MenteeFigure,
} from '../utils/figures';
import type { Dimension } from '../utils/filters';
import { CountText, ShareText } from './count-text';

type Column = { id: string; group: string; sub?: string; cell: (row: BreakdownRow) => ReactNode };

/** The figures of a breakdown, one row per group and the total of all groups at the foot. */
export function BreakdownTable({
  breakdown,
  dimension,
  label,
}: {
  breakdown: Breakdown;
  dimension: Dimension;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const columns = useColumns(breakdown, dimension);
  const groups = columns.reduce<{ group: string; columns: Column[] }[]>((all, column) => {
    const last = all.at(-1);
    if (last && last.group === column.group) last.columns.push(column);
    else all.push({ group: column.group, columns: [column] });
    return all;
  }, []);
  const twoRows = columns.some((column) => column.sub);
  const cells = (row: BreakdownRow) =>
    columns.map((column) => (
      <Table.Td key={column.id} ta="right" style={{ whiteSpace: 'nowrap' }}>
        {column.cell(row)}
      </Table.Td>
    ));

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover withTableBorder aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" rowSpan={twoRows ? 2 : 1}>
              {t(`statistics.dimensions.${dimension}`)}
            </Table.Th>
            {groups.map(({ group, columns: members }) =>
              members.length > 1 || members[0]?.sub ? (
                <Table.Th key={group} scope="colgroup" colSpan={members.length} ta="center">
                  {group}
                </Table.Th>
              ) : (
                <Table.Th key={group} scope="col" rowSpan={twoRows ? 2 : 1} ta="right">
                  {group}
                </Table.Th>
              ),
            )}
          </Table.Tr>
          {twoRows && (
            <Table.Tr>
              {columns
                .filter((column) => column.sub)
                .map((column) => (
                  <Table.Th key={column.id} scope="col" ta="right" fw={500}>
                    {column.sub}
                  </Table.Th>
                ))}
            </Table.Tr>
          )}
        </Table.Thead>
        <Table.Tbody>
          {breakdown.rows.map((row) => (
            <Table.Tr key={row.key ?? 'unknown'}>
              <Table.Th scope="row" fw={400}>
                {row.label[language]}
              </Table.Th>
              {cells(row)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {breakdown.total && (
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row">{breakdown.total.label[language]}</Table.Th>
              {cells(breakdown.total)}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}

/** The columns that apply to the dimension. */
function useColumns(breakdown: Breakdown, dimension: Dimension): Column[] {
  const { t } = useTranslation();
  const share = (figure: MenteeFigure | null) => (
    <ShareText share={figure?.femaleShare} counts={[figure?.total, figure?.female]} />
  );
  // by gender, the share of women of each group says nothing
  const withShare = dimension !== 'gender';
  const menteeColumns = (id: string, group: string, figure: (row: BreakdownRow) => MenteeFigure | null) =>
    withShare
      ? [
          {
            id: `${id}.total`,
            group,
            sub: t('statistics.breakdown.number'),
            cell: (row: BreakdownRow) => <CountText count={figure(row)?.total} />,
          },
          {
            id: `${id}.share`,
            group,
            sub: t('statistics.breakdown.femaleShare'),
            cell: (row: BreakdownRow) => share(figure(row)),
          },
        ]
      : [{ id, group, cell: (row: BreakdownRow) => <CountText count={figure(row)?.total} /> }];
  switch (kindOf(dimension)) {
    case 'keyResults': {
      const rows = [...breakdown.rows, ...(breakdown.total ? [breakdown.total] : [])];
      const withEmployers = rows.some((row) => row.employersSupported !== null);
      return MENTEE_FIGURES.flatMap((name) => [
        ...menteeColumns(name, t(`statistics.keyResults.${name}`), (row) => row[name]),
        ...(name === 'menteesSupported' && withEmployers
          ? [
              {
                id: 'employersSupported',
                group: t('statistics.keyResults.employersSupported'),
                cell: (row: BreakdownRow) => <CountText count={row.employersSupported?.total} />,
              },
            ]
          : []),
      ]);
    }
    case 'placements':
      return menteeColumns('placements', t('statistics.breakdown.placements'), (row) => row.placements);
    case 'activities':
      return [
        {
          id: 'activities',
          group: t('statistics.breakdown.activities'),
          cell: (row) => <CountText count={row.activities} />,
        },
      ];
    case 'referrals':
      return [
        {
          id: 'referrals',
          group: t('statistics.breakdown.referrals'),
          cell: (row) => <CountText count={row.referrals} />,
        },
      ];
    case 'followUps':
      return [
        ...FOLLOW_UP_RESULTS.map((name) => ({
          id: name,
          group: t('statistics.breakdown.followUps'),
          sub: t(`statistics.breakdown.${name}`),
          cell: (row: BreakdownRow) => <CountText count={row.followUps?.[name]} />,
        })),
        {
          id: 'stillThereShare',
          group: t('statistics.breakdown.followUps'),
          sub: t('statistics.breakdown.stillThereShare'),
          cell: (row: BreakdownRow) => (
            <ShareText
              share={row.followUps?.stillThereShare}
              counts={[row.followUps?.stillThere, row.followUps?.left, row.followUps?.notReachable]}
            />
          ),
        },
      ];
  }
}
