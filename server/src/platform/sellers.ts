/**
 * Who may sell changed: a vendor was approved, rejected, deactivated or
 * reactivated. Identity makes the change and raises it (inside its
 * transaction); the catalogue listens, because its public answers (cached in
 * memory) hide the products of vendors who may not sell (SPEC §3). The
 * catalogue tells other instances itself.
 */
import { commitSignal } from './commit-signal.js';

const sellers = commitSignal();

export const onSellersChanged = sellers.on;
export const sellersChanged = sellers.raise;
