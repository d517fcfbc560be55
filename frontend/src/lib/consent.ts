import type { components } from '@/api/generated/schema';

/** What a mentee consents to, scope by scope (docs/gdpr.md; labels from the code list consentScope). */
export type ConsentScope = components['schemas']['ConsentScope'];

/** The scope without which a project may not process the mentee's data at all. */
export const COUNSELLING: ConsentScope = 'counselling';

/** The version of the consent text that new declarations are given to by default (the programme's current form). */
export const CURRENT_CONSENT_TEXT_VERSION = '2026-01';
