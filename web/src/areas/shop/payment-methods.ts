/**
 * The checkout's payment choices, from `GET /api/payments/config/`: offline
 * methods always, test cards only in payment test mode (the server lists them
 * only then), each with its name for people, and what the button says for it.
 */
import type { PaymentsConfig } from '../../lib/shop.js';

export type PaymentMethod = PaymentsConfig['methods'][number];

export interface MethodGroup {
  label: string;
  methods: PaymentMethod[];
}

/** The methods to offer, grouped: paying later first; test cards only when the shop is in test mode. */
/** A choice of the checkout, not of the server: type a test card number (4242 4242 4242 4242...). */
export const CARD_NUMBER: PaymentMethod = {
  code: 'card_number',
  label: 'Test card: enter a number',
  kind: 'test_card',
  outcome: 'succeeds',
};

export function methodGroups(config: PaymentsConfig): MethodGroup[] {
  const offline = config.methods.filter((m) => m.kind === 'offline');
  const listed = config.methods.filter((m) => m.kind === 'test_card');
  const cards = config.test_mode && listed.length > 0 ? [...listed, CARD_NUMBER] : [];
  return [
    ...(offline.length > 0 ? [{ label: 'Pay on delivery or later', methods: offline }] : []),
    ...(cards.length > 0 ? [{ label: 'Test cards (test mode: no real money)', methods: cards }] : []),
  ];
}

/** The method chosen when the page opens: cash on delivery where offered, else the first one. */
export function defaultMethod(config: PaymentsConfig | undefined): string {
  const all = config ? methodGroups(config).flatMap((g) => g.methods) : [];
  return (all.find((m) => m.code === 'cash_on_delivery') ?? all[0])?.code ?? '';
}

/** What the submit button says: what happens when it is pressed. */
export function payButtonLabel(method: PaymentMethod | undefined, total: string): string {
  if (method?.kind !== 'offline') return `Pay ${total}`;
  const how: Record<string, string> = {
    cash_on_delivery: 'pay on delivery',
    cash: 'pay in cash',
    bank_transfer: 'pay by bank transfer',
  };
  return `Place order, ${how[method.code] ?? `pay with ${method.label}`}`;
}

/** A sentence under the choice: what the customer does next. */
export function methodHint(method: PaymentMethod | undefined): string {
  if (!method) return '';
  if (method.code === CARD_NUMBER.code) {
    return 'Test mode: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined. No real card is charged.';
  }
  if (method.kind === 'test_card') {
    return method.outcome === 'declined'
      ? 'A test card that is declined: nothing is charged and nothing is ordered.'
      : 'A test card: the order is paid at once, and no real money moves.';
  }
  return method.code === 'cash_on_delivery'
    ? 'Pay the courier when your order arrives. We keep your items for you until then.'
    : `Your order waits for your ${method.label} payment; it is confirmed once the shop receives it.`;
}
