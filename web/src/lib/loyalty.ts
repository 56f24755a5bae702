/** What the loyalty pages share. */
import type { Schemas } from '@mercato/sdk';

/** A points ledger row's kind, as the card and account pages name it. */
export const LEDGER_KIND_LABELS: Record<Schemas['LoyaltyLedgerEntry']['kind'], string> = {
  earn: 'Earned',
  redeem: 'Redeemed',
  adjust: 'Adjusted',
  reverse: 'Reversed',
  expire: 'Expired',
};
