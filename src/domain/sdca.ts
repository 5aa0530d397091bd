import { DomainError, sentence } from './errors.ts';

/** Where partners sign or view their Standard Debt Collection Agreement (the portal's Contracts page). */
export const SDCA_LINK = 'https://portal.example.com/contracts';

export function hasSignedSdca(partner: { sdcaSignedAt: Date | null }, now: Date): boolean {
  return partner.sdcaSignedAt !== null && partner.sdcaSignedAt.getTime() <= now.getTime();
}

/** Every partner action on a case needs a signed SDCA; the refusal carries the link to sign it. */
export function assertSdcaSigned(partner: { name: string; sdcaSignedAt: Date | null }, now: Date): void {
  if (hasSignedSdca(partner, now)) return;
  throw new DomainError(
    'sdca_not_signed',
    `${partner.name} has not signed the Standard Debt Collection Agreement (SDCA) yet, so you can't act on cases. Sign it at ${SDCA_LINK}, then try again.`,
    { link: SDCA_LINK },
    sentence('refusals4.sdca', { partnerName: partner.name, link: SDCA_LINK }),
  );
}
