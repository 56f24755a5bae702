import type { Migration } from 'kysely';
import * as m0001 from './0001_platform.js';
import * as m0002 from './0002_users.js';
import * as m0003 from './0003_identity.js';
import * as m0004 from './0004_api_clients.js';
import * as m0005 from './0005_customer_codes.js';
import * as m0006 from './0006_catalog.js';
import * as m0007 from './0007_shop.js';
import * as m0008 from './0008_sessions.js';
import * as m0009 from './0009_products_on_sale.js';
import * as m0010 from './0010_schedules.js';
import * as m0011 from './0011_identity_hardening.js';
import * as m0012 from './0012_payments.js';
import * as m0013 from './0013_loyalty.js';
import * as m0014 from './0014_billing.js';
import * as m0015 from './0015_from_price.js';
import * as m0017 from './0017_billing_overdue.js';
import * as m0018 from './0018_reports.js';
import * as m0020 from './0020_public_api_clients.js';
import * as m0021 from './0021_product_pictures.js';
import * as m0022 from './0022_order_handling.js';
import * as m0024 from './0024_addresses.js';
import * as m0025 from './0025_one_main_picture.js';
import * as m0026 from './0026_billing_deleted_bills.js';
import * as m0027 from './0027_sales_kept_units.js';
import * as m0028 from './0028_promotion_uses_by_user.js';

/** The one ordered, portable set of migrations. Add new ones at the end; never edit an applied one. */
export const migrations: Record<string, Migration> = {
  '0001_platform': m0001,
  '0002_users': m0002,
  '0003_identity': m0003,
  '0004_api_clients': m0004,
  '0005_customer_codes': m0005,
  '0006_catalog': m0006,
  '0007_shop': m0007,
  '0008_sessions': m0008,
  '0009_products_on_sale': m0009,
  '0010_schedules': m0010,
  '0011_identity_hardening': m0011,
  '0012_payments': m0012,
  '0013_loyalty': m0013,
  '0014_billing': m0014,
  '0015_from_price': m0015,
  '0017_billing_overdue': m0017,
  '0018_reports': m0018,
  '0020_public_api_clients': m0020,
  '0021_product_pictures': m0021,
  '0022_order_handling': m0022,
  '0024_addresses': m0024,
  '0025_one_main_picture': m0025,
  '0026_billing_deleted_bills': m0026,
  '0027_sales_kept_units': m0027,
  '0028_promotion_uses_by_user': m0028,
};
