/** Shown while the shop takes payments in test mode (`test_mode` of `GET /api/payments/config/`). */
export function TestModeBanner() {
  return (
    <p className="alert alert--warn" data-testid="test-mode-banner">
      <strong>Test mode.</strong> This shop is not taking real payments: test cards decide whether a payment
      succeeds, and no money moves.
    </p>
  );
}
