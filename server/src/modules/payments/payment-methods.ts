/**
 * The payment methods of the `manual` provider and their names for people.
 * Test cards and tokens exist only in payment test mode (`PAYMENT_TEST_MODE`);
 * offline methods always: their payments stay pending until staff record the
 * money.
 */

export type MethodKind = 'test_card' | 'offline';
export type MethodOutcome = 'succeeds' | 'declined' | 'pending';

export interface PaymentMethodInfo {
  code: string;
  label: string;
  kind: MethodKind;
  outcome: MethodOutcome;
  /** For a declining test card: the reason given. */
  decline_reason?: string;
}

/** Offline methods: the order waits, `pending`, until staff mark it paid. */
export const OFFLINE_METHODS: readonly PaymentMethodInfo[] = [
  { code: 'cash_on_delivery', label: 'Cash on delivery', kind: 'offline', outcome: 'pending' },
  { code: 'cash', label: 'Cash', kind: 'offline', outcome: 'pending' },
  { code: 'bank_transfer', label: 'Bank transfer', kind: 'offline', outcome: 'pending' },
  { code: 'bkash', label: 'bKash', kind: 'offline', outcome: 'pending' },
  { code: 'nagad', label: 'Nagad', kind: 'offline', outcome: 'pending' },
  { code: 'rocket', label: 'Rocket', kind: 'offline', outcome: 'pending' },
];

/** Test cards and tokens (payment test mode only). Card numbers are also accepted with spaces or dashes. */
export const TEST_METHODS: readonly PaymentMethodInfo[] = [
  { code: 'pm_card_visa', label: 'Test card: Visa (succeeds)', kind: 'test_card', outcome: 'succeeds' },
  {
    code: 'pm_card_mastercard',
    label: 'Test card: Mastercard (succeeds)',
    kind: 'test_card',
    outcome: 'succeeds',
  },
  { code: 'tok_visa', label: 'Test token: Visa (succeeds)', kind: 'test_card', outcome: 'succeeds' },
  {
    code: '4242424242424242',
    label: 'Test card 4242 4242 4242 4242: Visa (succeeds)',
    kind: 'test_card',
    outcome: 'succeeds',
  },
  {
    code: '5555555555554444',
    label: 'Test card 5555 5555 5555 4444: Mastercard (succeeds)',
    kind: 'test_card',
    outcome: 'succeeds',
  },
  {
    code: 'pm_card_chargeDeclined',
    label: 'Test card: declined',
    kind: 'test_card',
    outcome: 'declined',
    decline_reason: 'card declined',
  },
  {
    code: '4000000000000002',
    label: 'Test card 4000 0000 0000 0002 (declined)',
    kind: 'test_card',
    outcome: 'declined',
    decline_reason: 'card declined',
  },
  {
    code: 'pm_card_chargeDeclinedInsufficientFunds',
    label: 'Test card: insufficient funds',
    kind: 'test_card',
    outcome: 'declined',
    decline_reason: 'insufficient funds',
  },
  {
    code: '4000000000009995',
    label: 'Test card 4000 0000 0000 9995 (insufficient funds)',
    kind: 'test_card',
    outcome: 'declined',
    decline_reason: 'insufficient funds',
  },
];

/** The method recorded when a customer places an order without choosing how to pay. */
export const UNSPECIFIED_METHOD = '';

const LABELS = new Map<string, string>([
  ...[...OFFLINE_METHODS, ...TEST_METHODS].map((m) => [m.code, m.label] as const),
  [UNSPECIFIED_METHOD, 'To be paid'],
  ['card', 'Card'],
]);

/** A person's name for a recorded payment method (`pm_card_visa` → "Test card: Visa"); Stripe's `pm_...` ids are cards. */
export function methodLabel(method: string): string {
  const known = LABELS.get(method);
  // What the chooser says of the outcome is left out of a recorded payment.
  if (known) return known.replace(/ \((succeeds|declined|insufficient funds)\)$/, '');
  if (method.startsWith('pm_') || method.startsWith('card_')) return 'Card';
  return method;
}

/** The manual provider's methods in this mode. */
export function manualMethods(testMode: boolean): readonly PaymentMethodInfo[] {
  return testMode ? [...TEST_METHODS, ...OFFLINE_METHODS] : OFFLINE_METHODS;
}

export const MANUAL_METHODS_DESCRIPTION =
  'With the `manual` provider, `payment_method` decides the outcome. Offline methods (`cash`, `cash_on_delivery`, `bank_transfer`, `bkash`, `nagad`, `rocket`), or no `payment_method` at all, place the order `pending` until staff record the payment. ' +
  'In payment test mode only (`GET /api/payments/config/` says whether it is on), test cards decide the outcome: ' +
  '`pm_card_visa`, `pm_card_mastercard`, `tok_visa` or the card numbers 4242424242424242 / 5555555555554444 succeed (the order is `paid`); ' +
  '`pm_card_chargeDeclined` / 4000000000000002 and `pm_card_chargeDeclinedInsufficientFunds` / 4000000000009995 are declined (402 `PAYMENT_DECLINED`, nothing changes). ' +
  'With `stripe`, confirm the payment in the browser (Stripe Elements) and omit it, or pass a Stripe PaymentMethod id to confirm server-side.';
