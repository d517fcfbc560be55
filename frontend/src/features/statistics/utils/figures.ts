import type { components } from '@/api/generated/schema';
import type { Dimension } from './filters';

/** A count as the API sends it: a whole number, or the string "<5" where a count from 1 to 4 is withheld. */
export type Count = components['schemas']['Count'];

export type KeyResults = components['schemas']['KeyResults'];
export type MenteeFigure = components['schemas']['MenteeFigure'];
export type Breakdown = components['schemas']['Breakdown'];
export type BreakdownRow = components['schemas']['BreakdownRow'];

/** The number of a count, or null when it is withheld. */
export function countValue(count: Count | null | undefined): number | null {
  return typeof count === 'number' ? count : null;
}

/** What the rows of a breakdown hold, by its dimension. */
export type BreakdownKind = 'keyResults' | 'placements' | 'contacts' | 'followUps';

export function kindOf(dimension: Dimension): BreakdownKind {
  switch (dimension) {
    case 'placementType':
    case 'employerSector':
      return 'placements';
    case 'topic':
      return 'contacts';
    case 'followUp':
      return 'followUps';
    default:
      return 'keyResults';
  }
}

export const isTimeDimension = (dimension: Dimension) => dimension === 'quarter' || dimension === 'year';

export const MENTEE_FIGURES = ['menteesSupported', 'menteesPlaced', 'menteesSustainablyIntegrated'] as const;

export const FOLLOW_UP_RESULTS = ['stillThere', 'left', 'notReachable', 'open'] as const;
