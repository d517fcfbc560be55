import type { components } from '@/api/generated/schema';
import type { Dimension } from './filters';

/** A count as the API sends it: a whole number, or the string "<5" where a count from 1 to 4 is withheld. */
export type Count = components['schemas']['Count'];

export type KeyResults = components['schemas']['KeyResults'];
export type MenteeFigure = components['schemas']['MenteeFigure'];
export type FollowUpFigure = components['schemas']['FollowUpFigure'];
export type Breakdown = components['schemas']['Breakdown'];
export type BreakdownRow = components['schemas']['BreakdownRow'];
/** How the figures of an answer to the ministry or the public were protected. */
export type Disclosure = components['schemas']['Disclosure'];

/** The marker of a withheld count: fewer than 5, zero included. */
export const WITHHELD = '<5';
export type Withheld = typeof WITHHELD;

/** The number of a count, or null when it is withheld (or missing). */
export function countValue(count: Count | null | undefined): number | null {
  return typeof count === 'number' ? count : null;
}

/** Whether a count is withheld ("<5"), as opposed to a number or no figure at all. */
export function isWithheld(count: Count | null | undefined): count is Withheld {
  return typeof count === 'string';
}

/** A share is missing because a count it would be computed from is withheld (rather than because nobody was counted). */
export function isShareWithheld(
  share: number | null | undefined,
  counts: readonly (Count | null | undefined)[],
): boolean {
  return (share === null || share === undefined) && counts.some(isWithheld);
}

/**
 * How the figures of an answer were protected, or null when they are exact. The answer says so itself; an
 * answer marked as withheld without its note is protected all the same (by the method the API documents).
 */
export function disclosureOf(answer: {
  withheld: boolean;
  disclosure: Disclosure | null;
}): Disclosure | null {
  if (answer.disclosure) return answer.disclosure;
  return answer.withheld ? FALLBACK_DISCLOSURE : null;
}

const FALLBACK_DISCLOSURE: Disclosure = {
  method: 'cellKeyRounding',
  roundingBase: 5,
  smallCount: WITHHELD,
  description: '',
};

/** What the rows of a breakdown hold, by its dimension. */
export type BreakdownKind = 'keyResults' | 'placements' | 'activities' | 'followUps' | 'referrals';

export function kindOf(dimension: Dimension): BreakdownKind {
  switch (dimension) {
    case 'placementType':
    case 'employerSector':
      return 'placements';
    case 'topic':
      return 'activities';
    case 'followUp':
      return 'followUps';
    case 'referralOutcome':
      return 'referrals';
    default:
      return 'keyResults';
  }
}

export const isTimeDimension = (dimension: Dimension) => dimension === 'quarter' || dimension === 'year';

export const MENTEE_FIGURES = ['menteesSupported', 'menteesPlaced', 'menteesSustainablyIntegrated'] as const;

export const FOLLOW_UP_RESULTS = ['stillThere', 'left', 'notReachable', 'open'] as const;
