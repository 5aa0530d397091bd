import type { UserRole } from './ids.ts';

/** Who is acting: every use case names one, and permissions are decided from it alone. */
export interface Actor {
  userId: number;
  name: string;
  role: UserRole;
  partnerId: number | null;
  creditorId: number | null;
}

/** The platform itself acting (scheduled rules); never a person. */
export const SYSTEM_ACTOR: Actor = {
  userId: 0,
  name: 'Platform',
  role: 'support',
  partnerId: null,
  creditorId: null,
};
