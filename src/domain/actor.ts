import type { UserRole } from './ids.ts';

/** Who is acting: every use case names one, and permissions are decided from it alone. */
export interface Actor {
  userId: number;
  name: string;
  role: UserRole;
  partnerId: number | null;
  creditorId: number | null;
  /** The language the person reads (a BCP 47 tag such as 'da-DK'), when known; absent: English. */
  locale?: string;
  /** Whether the person chose it in chat (then no surface's locale replaces it). */
  localeChosen?: boolean;
}

/** The platform itself acting (scheduled rules); never a person. */
export const SYSTEM_ACTOR: Actor = {
  userId: 0,
  name: 'Platform',
  role: 'support',
  partnerId: null,
  creditorId: null,
};
