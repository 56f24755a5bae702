/**
 * Staff's customer page: one answer from the modules that know the customer,
 * each through its own exported reads: identity (the profile), the shop
 * (orders, spend, addresses), loyalty (card and points) and billing (the
 * subscription).
 */
import type { AuthUser } from '../../platform/auth.js';
import type { Page, PageRequest } from '../../platform/pagination.js';
import type { SubscriberSummary } from '../billing/index.js';
import type { IdentityServices } from '../identity/index.js';
import type { LoyaltyService } from '../loyalty/index.js';
import type { AddressDto, CustomerShopSummaryDto, ShopCustomersService } from '../shop/index.js';

type Profile = Awaited<ReturnType<IdentityServices['adminUsers']['get']>>;
type LoyaltySummary = Awaited<ReturnType<LoyaltyService['summaryOf']>>;

export interface AdminCustomerDto {
  profile: Profile;
  orders: CustomerShopSummaryDto;
  addresses: AddressDto[];
  loyalty: LoyaltySummary;
  subscription: SubscriberSummary | null;
}

export class CustomersService {
  constructor(
    private readonly deps: {
      identity: IdentityServices;
      shop: ShopCustomersService;
      loyalty: LoyaltyService;
      billing: { subscriberSummary(userId: string): Promise<SubscriberSummary | null> };
    },
  ) {}

  /** 404 `USER_NOT_FOUND` for no such user (and for an admin, to anyone but an admin). */
  async assertVisible(viewer: AuthUser, id: string): Promise<void> {
    await this.deps.identity.adminUsers.get(viewer, id);
  }

  async get(viewer: AuthUser, id: string): Promise<AdminCustomerDto> {
    const profile = await this.deps.identity.adminUsers.get(viewer, id);
    const [shop, loyalty, subscription] = await Promise.all([
      this.deps.shop.summary(id),
      this.deps.loyalty.summaryOf(id),
      this.deps.billing.subscriberSummary(id),
    ]);
    return { profile, orders: shop.stats, addresses: shop.addresses, loyalty, subscription };
  }

  async orders(viewer: AuthUser, id: string, page: PageRequest): Promise<Page<unknown>> {
    await this.assertVisible(viewer, id);
    return this.deps.shop.orders(id, page);
  }
}
