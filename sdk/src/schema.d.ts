/**
 * Generated from sdk/openapi.json by `npm run sdk:generate`. Do not edit.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up */
        get: operations["ops.health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and all migrations are applied */
        get: operations["ops.ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Text exposition format. When `METRICS_TOKEN` is set, send it as a Bearer token.
         */
        get: operations["ops.metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/mail/templates/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every mail the system sends, by template (staff, managers and admins)
         * @description Allowed: staff, managers and admins.
         */
        get: operations["admin.mailTemplates.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/mail/templates/{name}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A mail template rendered with sample data: subject, text part and HTML part
         * @description Allowed: staff, managers and admins.
         */
        get: operations["admin.mailTemplates.preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account (creator by default) */
        post: operations["auth.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Obtain a token pair */
        post: operations["auth.token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in: tokens and user, or with use_cookies a browser session */
        post: operations["auth.login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token/refresh/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Spend a refresh token for a new pair (from the body, or the session cookie) */
        post: operations["auth.refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token/verify/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check that a token is valid */
        post: operations["auth.verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session: its refresh tokens and this access token stop working */
        post: operations["auth.logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-all/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of this user
         * @description Allowed: any signed-in user.
         */
        post: operations["auth.logoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/profile/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description Allowed: any signed-in user.
         */
        get: operations["auth.profile"];
        /**
         * Replace your editable fields
         * @description Allowed: any signed-in user.
         */
        put: operations["auth.replaceProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some of your fields
         * @description Allowed: any signed-in user.
         */
        patch: operations["auth.updateProfile"];
        trace?: never;
    };
    "/api/auth/change-password/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password; every other session is signed out
         * @description Allowed: any signed-in user.
         */
        post: operations["auth.changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email/{token}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Confirm an email address with the link from the mail */
        get: operations["auth.verifyEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email/resend/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the verification link again */
        post: operations["auth.resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a password-reset link */
        post: operations["auth.passwordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the link from the mail */
        post: operations["auth.passwordResetConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description Allowed: any signed-in user.
         */
        get: operations["profile.simple"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that verify Mercato tokens */
        get: operations["auth.jwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/customer/register/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a customer account */
        post: operations["customer.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/customer/login/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Customer login */
        post: operations["customer.login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/customer/me/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in customer
         * @description Allowed: any signed-in user.
         */
        get: operations["customer.me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/customer/password/change/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password; other sessions are signed out
         * @description Allowed: any signed-in user.
         */
        post: operations["customer.changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users, searched and filtered (managers see every user but admins)
         * @description Allowed: managers and admins.
         */
        get: operations["admin.users.list"];
        put?: never;
        /**
         * Create a user of any role
         * @description Allowed: admins.
         */
        post: operations["admin.users.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One user
         * @description Allowed: managers and admins.
         */
        get: operations["admin.users.get"];
        put?: never;
        post?: never;
        /**
         * Deactivate a user (accounts are never deleted)
         * @description Allowed: admins.
         */
        delete: operations["admin.users.deactivate"];
        options?: never;
        head?: never;
        /**
         * Change a user (role changes are audited and sign the user out)
         * @description Allowed: admins.
         */
        patch: operations["admin.users.update"];
        trace?: never;
    };
    "/api/admin/users/{id}/approve-vendor/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a vendor approved and tell them by mail
         * @description Allowed: managers and admins.
         */
        post: operations["admin.users.approveVendor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/reject-vendor/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a vendor rejected and tell them by mail
         * @description Allowed: managers and admins.
         */
        post: operations["admin.users.rejectVendor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit-log/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Security events: who, what, when, from where
         * @description Allowed: admins.
         */
        get: operations["admin.auditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/mail/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dev mail outbox (mail is stored here when SMTP_URL is not set); superusers only
         * @description Allowed: superusers.
         */
        get: operations["admin.mail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Background jobs, newest first (dead ones failed for good)
         * @description Allowed: admins.
         */
        get: operations["admin.jobs.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs/{id}/retry/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a dead job again
         * @description Allowed: admins.
         */
        post: operations["admin.jobs.retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/clients/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API clients
         * @description Allowed: admins.
         */
        get: operations["admin.clients.list"];
        put?: never;
        /**
         * Create an API client; the answer holds its key, shown this once
         * @description Allowed: admins.
         */
        post: operations["admin.clients.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/clients/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An API client
         * @description Allowed: admins.
         */
        get: operations["admin.clients.get"];
        put?: never;
        post?: never;
        /**
         * Revoke an API client for good (its key stops working at once); not the web app's own
         * @description Allowed: admins.
         */
        delete: operations["admin.clients.revoke"];
        options?: never;
        head?: never;
        /**
         * Change an API client: name, rate limit, allowed origins, active
         * @description Allowed: admins.
         */
        patch: operations["admin.clients.update"];
        trace?: never;
    };
    "/api/admin/clients/{id}/rotate-key/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give an API client a new key; the old one stops working at once (not for public clients)
         * @description Allowed: admins.
         */
        post: operations["admin.clients.rotateKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/clients/{id}/usage/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requests of an API client per hour and per day, by status class
         * @description Allowed: admins.
         */
        get: operations["admin.clients.usage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reports/customers/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * New customers per day of a period
         * @description For a period of days in the shop time zone (`TIME_ZONE`): `?days=7` (the last N days, today included; 30 by default) or `?from=2026-11-01&to=2026-11-30` (at most 366 days).
         *
         *     Allowed: staff, managers and admins.
         */
        get: operations["admin.reports.customers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Categories in menu order, paginated
         * @description Depth-first, each level by name; `parent` and `depth` rebuild the tree. Menus take the whole tree at once from `GET /api/categories/tree/`.
         */
        get: operations["catalog.listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories/tree/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole category tree, for menus
         * @description The top-level categories, each with its `children`, every level by name.
         */
        get: operations["catalog.categoryTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Active products, filtered, ordered and paginated
         * @description `category` includes its subcategories; `search` matches every word in the name or description, in any case; `min_price`, `max_price` and `ordering=price` use each product's `from_price` (the lowest price of a size in stock).
         */
        get: operations["catalog.listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{slug}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One active product with its variants, sizes, stock and images */
        get: operations["catalog.getProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/categories/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Categories, by name
         * @description Allowed: managers and admins.
         */
        get: operations["catalog.admin.listCategories"];
        put?: never;
        /**
         * Create a category (slug from the name when omitted)
         * @description Allowed: managers and admins.
         */
        post: operations["catalog.admin.createCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/categories/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One category
         * @description Allowed: managers and admins.
         */
        get: operations["catalog.admin.getCategory"];
        put?: never;
        post?: never;
        /**
         * Delete a category without products or subcategories
         * @description Allowed: managers and admins.
         */
        delete: operations["catalog.admin.deleteCategory"];
        options?: never;
        head?: never;
        /**
         * Rename, re-slug or move a category (never under itself)
         * @description Allowed: managers and admins.
         */
        patch: operations["catalog.admin.updateCategory"];
        trace?: never;
    };
    "/api/vendor/products/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My products (every product for managers and admins), newest first
         * @description Allowed: approved vendors, managers and admins.
         */
        get: operations["catalog.vendor.listProducts"];
        put?: never;
        /**
         * Create a product with its variants and sizes (initial stock is recorded in the ledger)
         * @description Allowed: approved vendors, managers and admins.
         */
        post: operations["catalog.vendor.createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendor/products/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my products (active or not)
         * @description Allowed: approved vendors, managers and admins.
         */
        get: operations["catalog.vendor.getProduct"];
        /**
         * Replace a product
         * @description With `variants`, the list is complete: variants and sizes with an `id` are updated, without one created, and those left out removed (their stock is written off in the ledger). Without `variants`, they stay as they are.
         *
         *     Allowed: approved vendors, managers and admins.
         */
        put: operations["catalog.vendor.replaceProduct"];
        post?: never;
        /**
         * Delete a product, its variants, sizes and image files
         * @description Allowed: approved vendors, managers and admins.
         */
        delete: operations["catalog.vendor.deleteProduct"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a product
         * @description Variants and sizes given are updated (with `id`) or created (without); those left out are kept. Use PUT to remove them.
         *
         *     Allowed: approved vendors, managers and admins.
         */
        patch: operations["catalog.vendor.updateProduct"];
        trace?: never;
    };
    "/api/vendor/products/{id}/images/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a product image (JPEG, PNG or WebP, told from its bytes and decoded)
         * @description multipart/form-data with the image in `file`, and optionally `variant` (a variant id) and `alt_text`. Larger than `MEDIA_MAX_UPLOAD_BYTES`: 413. The image is decoded: anything else is 400 (`UNSUPPORTED_IMAGE_TYPE`, `INVALID_IMAGE` when damaged, `IMAGE_DIMENSIONS_TOO_LARGE` past `MEDIA_MAX_IMAGE_PIXELS`). It is stored upright and without metadata (EXIF, GPS), scaled down to `MEDIA_MAX_IMAGE_SIDE`, with a WebP web size and thumbnail (`web_url`, `thumbnail_url`). The first image of a product becomes its main one.
         *
         *     Allowed: approved vendors, managers and admins.
         */
        post: operations["catalog.vendor.uploadImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendor/products/{id}/images/order/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder a product's images
         * @description Lists every image id of the product in the new order (each exactly once; otherwise 400 `INVALID_IMAGE_ORDER` and nothing changes). Answers the images in that order.
         *
         *     Allowed: approved vendors, managers and admins.
         */
        put: operations["catalog.vendor.orderImages"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendor/products/{id}/images/{image_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a product image and its file
         * @description Allowed: approved vendors, managers and admins.
         */
        delete: operations["catalog.vendor.deleteImage"];
        options?: never;
        head?: never;
        /**
         * Change an image's alt text or variant, or make it the main picture
         * @description Allowed: approved vendors, managers and admins.
         */
        patch: operations["catalog.vendor.updateImage"];
        trace?: never;
    };
    "/api/vendor/products/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My products as CSV (every product for managers and admins), one row per size
         * @description Columns: product_slug, name, description, category, price, active, color, variant_price, size, sku, stock, vendor. The import reads the same columns back.
         *
         *     Allowed: approved vendors, managers and admins.
         */
        get: operations["catalog.vendor.exportProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/products/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every product as CSV, one row per size
         * @description Columns: product_slug, name, description, category, price, active, color, variant_price, size, sku, stock, vendor.
         *
         *     Allowed: staff, managers and admins.
         */
        get: operations["catalog.admin.exportProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendor/products/import/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create and update products from a CSV file (dry run by default)
         * @description The file as multipart/form-data (`file`) or as a `text/csv` body, UTF-8, at most 2097152 bytes and 1000 rows, with a header of these columns: product_slug, name, description, category, price, active, color, variant_price, size, sku, stock, vendor (`name`, `category`, `price`, `color`, `size`, `sku` and `stock` required; `vendor` is ignored). One row per size. A row with `product_slug` updates that product of yours (colours matched by name, sizes by SKU; those not in the file are kept); without, rows with the same `name` make one new product. Every row is checked first; the report lists each problem (row, column, message) and each product created or updated. `dry_run=false` writes every row in one transaction, only if no row has a problem: otherwise 400 `IMPORT_INVALID` with each problem as a field error `rows.<row>.<column>`, and nothing is written.
         *
         *     Allowed: approved vendors, managers and admins.
         */
        post: operations["catalog.vendor.importProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/items/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every SKU with its stock, reserved units and low-stock flag
         * @description Allowed: staff, managers and admins.
         */
        get: operations["inventory.listItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/adjustments/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or remove units of a SKU (never below zero); recorded in the ledger and the audit log
         * @description Allowed: staff, managers and admins.
         */
        post: operations["inventory.adjust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/movements/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stock ledger, newest first
         * @description Allowed: staff, managers and admins.
         */
        get: operations["inventory.listMovements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reports/low-stock/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The SKUs at or below the low-stock threshold, lowest first, and how many there are
         * @description Allowed: staff, managers and admins.
         */
        get: operations["admin.reports.lowStock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/config/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How payments are taken: the provider, test mode, and the methods offered with their names */
        get: operations["payments.config"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/webhooks/stripe/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe's events (signed with `Stripe-Signature`)
         * @description Each event is applied once. `payment_intent.succeeded` places the order if the checkout call has not, or marks a pending order paid; `charge.refunded` records the refunded amount and, once the whole charge is back, moves the order to `refunded`. 400 `WEBHOOK_SIGNATURE_INVALID` for a bad signature; 404 when Stripe is not the provider.
         */
        post: operations["payments.stripeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reports/payments/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Failed (declined) payments of a period
         * @description For a period of days in the shop time zone (`TIME_ZONE`): `?days=7` (the last N days, today included; 30 by default) or `?from=2026-11-01&to=2026-11-30` (at most 366 days).
         *
         *     Allowed: staff, managers and admins.
         */
        get: operations["admin.reports.payments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cart/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your cart, with totals and availability of each line
         * @description Allowed: any signed-in user.
         */
        get: operations["cart.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cart/add/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add units of a size (a line of the same size grows)
         * @description Refuses more units than are in stock (409 `INSUFFICIENT_STOCK`) and products no longer sold (409 `PRODUCT_UNAVAILABLE`). Answers the whole cart.
         *
         *     Allowed: any signed-in user.
         */
        post: operations["cart.addItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cart/update/{item_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a line's quantity
         * @description Raising a line needs the stock (409 `INSUFFICIENT_STOCK`); lowering it always works.
         *
         *     Allowed: any signed-in user.
         */
        put: operations["cart.updateItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cart/remove/{item_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a line; answers the cart
         * @description Allowed: any signed-in user.
         */
        delete: operations["cart.removeItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wishlist/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your wishlist, newest first
         * @description Allowed: any signed-in user.
         */
        get: operations["wishlist.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wishlist/add/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a product (adding it again is harmless: 200 with the entry)
         * @description Allowed: any signed-in user.
         */
        post: operations["wishlist.add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wishlist/remove/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an entry (by the entry id)
         * @description Allowed: any signed-in user.
         */
        delete: operations["wishlist.remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wishlist/bulk-add/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add several products at once (all or nothing)
         * @description Allowed: any signed-in user.
         */
        post: operations["wishlist.bulkAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wishlist/bulk-remove/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove several products at once
         * @description Allowed: any signed-in user.
         */
        post: operations["wishlist.bulkRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wishlist/{id}/move-to-cart/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put an entry's product in the cart and take it off the wishlist
         * @description Give `size_id`, or leave it out when the product has exactly one size in stock. Several sizes in stock → 400 `SIZE_REQUIRED`; none → 409 `INSUFFICIENT_STOCK`. Answers the cart.
         *
         *     Allowed: any signed-in user.
         */
        post: operations["wishlist.moveToCart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/create-payment-intent/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start paying for the current cart
         * @description Creates a payment intent with the configured provider for the cart as it is now (409 `CART_ITEMS_UNAVAILABLE` if a line cannot be bought, 400 `CART_EMPTY`). The body may be empty. With Stripe, confirm it in the browser with `client_secret`; then call `checkout`.
         *
         *     Allowed: any signed-in user.
         */
        post: operations["orders.createPaymentIntent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/checkout/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay and place the order (send an Idempotency-Key)
         * @description In one transaction: re-checks stock, takes it (never below zero), writes the order with snapshots of its items, records the payment, removes the bought lines from the cart and queues the confirmation mail. The same `Idempotency-Key` again returns the first answer and changes nothing; the same intent again returns its order (200). 402 `PAYMENT_DECLINED` when the payment is declined (nothing changes); 409 `INSUFFICIENT_STOCK` when stock ran out (the payment is given back). The intent is bound to the cart it was made for: 409 `CART_CHANGED` when lines, quantities or prices changed since, 410 `PAYMENT_INTENT_EXPIRED` after its lifetime (either voids it: make a new one). Without `payment_method` (or with an offline one) the order is placed `pending` until staff record the payment; a customer holding too many such orders gets 409 `TOO_MANY_UNPAID_ORDERS`. Test payment methods of the manual provider: see `payment_method`.
         *
         *     Allowed: any signed-in user.
         */
        post: operations["orders.checkout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your orders, newest first
         * @description Allowed: any signed-in user.
         */
        get: operations["orders.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of your orders (anyone else’s is 404)
         * @description Allowed: any signed-in user.
         */
        get: operations["orders.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/cancel/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel your order before it ships
         * @description Restocks its items and refunds the payment through the provider (after commit, by a job). Cancelling a cancelled order answers it unchanged; a shipped, delivered or refunded one is 409 `ORDER_NOT_CANCELLABLE`.
         *
         *     Allowed: any signed-in user.
         */
        post: operations["orders.cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All orders, filtered by status and days placed, searched by number or email
         * @description Allowed: staff, managers and admins.
         */
        get: operations["admin.orders.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Any order, with its refunds and timeline
         * @description The timeline, oldest first: placed, payments (received, declined), status changes with who made them, refunds (amount, lines), mails queued to the customer, tracking changes and internal notes (staff only).
         *
         *     Allowed: staff, managers and admins.
         */
        get: operations["admin.orders.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move an order to its next status (the customer is mailed)
         * @description Allowed: pending → paid | cancelled; paid → processing | cancelled | refunded; processing → shipped | cancelled | refunded; shipped → delivered | refunded; delivered → refunded (an order's `next_statuses`). Anything else is 409 `INVALID_STATUS_TRANSITION`. Cancelling restocks; a refund restocks as `restock` says; cancelling or refunding gives the payment back. Setting the current status again changes nothing.
         *
         *     Allowed: staff, managers and admins.
         */
        patch: operations["admin.orders.update"];
        trace?: never;
    };
    "/api/admin/orders/{id}/notes/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an internal note to the order’s timeline
         * @description Staff only: the customer never sees notes. Answers the order with its timeline.
         *
         *     Allowed: staff, managers and admins.
         */
        post: operations["admin.orders.addNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders/{id}/tracking/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the carrier and tracking number
         * @description The customer sees them on their order; the shipped (and delivered) mail carries them when set before it is sent.
         *
         *     Allowed: staff, managers and admins.
         */
        put: operations["admin.orders.setTracking"];
        post?: never;
        /**
         * Remove the carrier and tracking number
         * @description Allowed: staff, managers and admins.
         */
        delete: operations["admin.orders.clearTracking"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders/{id}/refunds/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund chosen units of chosen lines (send an Idempotency-Key)
         * @description Gives back the price of those units through the order’s payment provider (after commit), puts them back in stock when `restock`, and records the refund on the timeline and in the audit log. No line is ever refunded beyond what was bought, across all refunds (409 `REFUND_QUANTITY_EXCEEDED`). When no unit is left, the order becomes `refunded`. Only paid, processing, shipped or delivered orders (else 409 `ORDER_NOT_REFUNDABLE`). The same `Idempotency-Key` again answers the first refund and refunds nothing more.
         *
         *     Allowed: staff, managers and admins.
         */
        post: operations["admin.orders.refund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders/bulk-status/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move up to 100 orders to one status
         * @description Each order as `PATCH /api/admin/orders/<id>/` would: the allowed transitions only, with the same effects and the customer’s mail. Each is answered on its own (`changed`, `unchanged`, or `refused` with the code and sentence the single change would answer); one refused order does not stop the others.
         *
         *     Allowed: staff, managers and admins.
         */
        post: operations["admin.orders.bulkStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reports/sales/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders and sales per day, revenue, average order value, orders by status, top products
         * @description For a period of days in the shop time zone (`TIME_ZONE`): `?days=7` (the last N days, today included; 30 by default) or `?from=2026-11-01&to=2026-11-30` (at most 366 days).
         *
         *     Allowed: staff, managers and admins.
         */
        get: operations["admin.reports.sales"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/invoice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The invoice of one of your orders, as PDF (anyone else’s is 404)
         * @description Allowed: any signed-in user.
         */
        get: operations["orders.invoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders/{id}/invoice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An order's invoice, as PDF
         * @description The shop name, invoice number (`INV-` and the order number’s digits: it never changes), dates, customer and shipping address, lines, totals, the payment method and any refund.
         *
         *     Allowed: staff, managers and admins.
         */
        get: operations["admin.orders.invoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders/{id}/packing-slip.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An order's packing slip, as PDF (lines, quantities and the shipping address; no prices)
         * @description Allowed: staff, managers and admins.
         */
        get: operations["admin.orders.packingSlip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders as CSV, with the list’s filters (status, days placed, search)
         * @description Every order the filters select, newest first, one row each (its lines summed up in `items`), streamed.
         *
         *     Allowed: staff, managers and admins.
         */
        get: operations["admin.orders.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/addresses/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your saved shipping addresses, the default first
         * @description Allowed: any signed-in user.
         */
        get: operations["addresses.list"];
        put?: never;
        /**
         * Save a shipping address
         * @description At most 20 per customer (409 `ADDRESS_LIMIT_REACHED`). The first one, or one sent with `is_default: true`, becomes the default.
         *
         *     Allowed: any signed-in user.
         */
        post: operations["addresses.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/addresses/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of your addresses (anyone else’s is 404)
         * @description Allowed: any signed-in user.
         */
        get: operations["addresses.get"];
        put?: never;
        post?: never;
        /**
         * Delete an address (the newest other one becomes the default if it was)
         * @description Allowed: any signed-in user.
         */
        delete: operations["addresses.delete"];
        options?: never;
        head?: never;
        /**
         * Change an address, or make it the default
         * @description `is_default: true` makes it the default and the previous default an ordinary address; `false` leaves you without a default. Orders already placed keep the address they were sent to.
         *
         *     Allowed: any signed-in user.
         */
        patch: operations["addresses.update"];
        trace?: never;
    };
    "/api/vendor/orders/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders holding my products, with only my lines, newest first
         * @description Filter by `status` and by the days placed (`from`, `to`, in the shop time zone, both included). A vendor sees their own products’ lines whatever `vendor` says; managers and admins see the vendor named by `vendor`, or every line without it.
         *
         *     Allowed: approved vendors, managers and admins.
         */
        get: operations["vendor.orders.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vendor/reports/sales/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My units and revenue per day and my best sellers
         * @description For `?days=7|30|90` (the last N days, today included; 30 by default) or `?from=&to=` (at most 366 days), in the shop time zone. Only the lines of the vendor’s products in orders paid and kept count.
         *
         *     Allowed: approved vendors, managers and admins.
         */
        get: operations["vendor.reports.sales"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/loyalty/me/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your loyalty card: balance, QR payload, recent and paginated history
         * @description Allowed: any signed-in user.
         */
        get: operations["loyalty.me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/loyalty/me/qr/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your card's QR code as SVG or PNG
         * @description Allowed: any signed-in user.
         */
        get: operations["loyalty.myQr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/loyalty/me/reissue/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new card: the old QR code stops working
         * @description Allowed: any signed-in user.
         */
        post: operations["loyalty.reissueCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/loyalty/promotions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The promotions you can use now
         * @description Allowed: any signed-in user.
         */
        get: operations["loyalty.promotions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pos/scan-user/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A customer's card: who, balance, promotions they can use now
         * @description 400 `INVALID_QR` for a forged, altered or replaced card.
         *
         *     Allowed: staff, managers and admins.
         */
        post: operations["pos.scanUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pos/scan-promotion/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A promotion's QR code (or code) and whether it can be used now
         * @description Allowed: staff, managers and admins.
         */
        post: operations["pos.scanPromotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pos/redeem-promotion/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem a promotion for a customer (send an Idempotency-Key)
         * @description Checks dates, is_active, max_redemptions, per_customer_limit and the points it costs, atomically. 409 with `PROMOTION_INACTIVE`, `PROMOTION_NOT_STARTED`, `PROMOTION_EXPIRED`, `PROMOTION_EXHAUSTED`, `CUSTOMER_LIMIT_REACHED` or `INSUFFICIENT_POINTS`.
         *
         *     Allowed: staff, managers and admins.
         */
        post: operations["pos.redeemPromotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pos/award-points/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a customer points (send an Idempotency-Key)
         * @description Allowed: staff, managers and admins.
         */
        post: operations["pos.awardPoints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pos/process-order-points/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A counter order's points: once per order_id, however often it is sent
         * @description Allowed: staff, managers and admins.
         */
        post: operations["pos.processOrderPoints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/promotions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every promotion, newest first
         * @description Allowed: managers and admins.
         */
        get: operations["promotions.list"];
        put?: never;
        /**
         * Create a promotion
         * @description Allowed: managers and admins.
         */
        post: operations["promotions.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/promotions/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One promotion
         * @description Allowed: managers and admins.
         */
        get: operations["promotions.get"];
        put?: never;
        post?: never;
        /**
         * Deactivate a promotion (kept for its redemptions)
         * @description Allowed: managers and admins.
         */
        delete: operations["promotions.deactivate"];
        options?: never;
        head?: never;
        /**
         * Change a promotion
         * @description Allowed: managers and admins.
         */
        patch: operations["promotions.update"];
        trace?: never;
    };
    "/api/admin/promotions/{id}/qr/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A promotion's QR code as SVG or PNG
         * @description Allowed: managers and admins.
         */
        get: operations["promotions.qr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/loyalty/accounts/{customer_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's loyalty account and history
         * @description Allowed: managers and admins.
         */
        get: operations["loyalty.account"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/loyalty/accounts/{customer_id}/adjust/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or remove points by hand (a reason is required; never below zero)
         * @description Allowed: managers and admins.
         */
        post: operations["loyalty.adjust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Internet packages
         * @description Allowed: any signed-in user.
         */
        get: operations["billing.listPackages"];
        put?: never;
        /**
         * Add a package
         * @description Allowed: staff, managers and admins.
         */
        post: operations["billing.createPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/packages/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A package
         * @description Allowed: any signed-in user.
         */
        get: operations["billing.getPackage"];
        /**
         * Change a package (fields left out stay)
         * @description Allowed: staff, managers and admins.
         */
        put: operations["billing.updatePackage"];
        post?: never;
        /**
         * Remove a package nobody is on
         * @description Allowed: staff, managers and admins.
         */
        delete: operations["billing.deletePackage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/packages/{uid}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A package's subscribers
         * @description Allowed: staff, managers and admins.
         */
        get: operations["billing.listPackageCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Subscribers (a subscriber sees only their own record); staff add `reveal=credentials` to see credentials (audited)
         * @description Allowed: any signed-in user.
         */
        get: operations["billing.listCustomers"];
        put?: never;
        /**
         * Make a user a subscriber
         * @description Allowed: staff, managers and admins.
         */
        post: operations["billing.createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Subscribers as CSV, with the list filters (no credentials)
         * @description Allowed: staff, managers and admins.
         */
        get: operations["billing.exportCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A subscriber; staff add `reveal=credentials` to see its credentials (each such read is audited)
         * @description Allowed: any signed-in user.
         */
        get: operations["billing.getCustomer"];
        /**
         * Change a subscriber (fields left out stay)
         * @description Allowed: staff, managers and admins.
         */
        put: operations["billing.updateCustomer"];
        post?: never;
        /**
         * Remove a subscriber with no bills or payments
         * @description Allowed: staff, managers and admins.
         */
        delete: operations["billing.deleteCustomer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/bills/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One unpaid bill per active subscriber at their package's price, in one statement; a repeat creates nothing (accepts Idempotency-Key)
         * @description Allowed: staff, managers and admins.
         */
        post: operations["billing.generateBills"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{uid}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A subscriber's bills and payments
         * @description Allowed: any signed-in user.
         */
        get: operations["billing.listCustomerPayments"];
        put?: never;
        /**
         * Record a subscriber's payment (against that month's bill, or on account; accepts Idempotency-Key)
         * @description Allowed: staff, managers and admins.
         */
        post: operations["billing.createCustomerPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bills and payments, newest first (a subscriber sees their own); `overdue=true`: overdue bills
         * @description Allowed: any signed-in user.
         */
        get: operations["billing.listPayments"];
        put?: never;
        /**
         * Record a payment (against that month's bill, or on account; accepts Idempotency-Key)
         * @description Allowed: staff, managers and admins.
         */
        post: operations["billing.createPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bills and payments as CSV, newest first, with the list filters
         * @description Allowed: staff, managers and admins.
         */
        get: operations["billing.exportPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year's twelve months: billed, collected, bills and paid bills
         * @description Allowed: staff, managers and admins.
         */
        get: operations["billing.monthlyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bill or payment
         * @description Allowed: any signed-in user.
         */
        get: operations["billing.getPayment"];
        /**
         * Correct a payment (its bill's amount and paid follow); a bill's note
         * @description Allowed: staff, managers and admins.
         */
        put: operations["billing.updatePayment"];
        post?: never;
        /**
         * Delete a bill or payment (soft, audited)
         * @description Allowed: staff, managers and admins.
         */
        delete: operations["billing.deletePayment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/summary/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My balance (bills minus payments) and next billing date; zero for non-subscribers
         * @description Allowed: any signed-in user.
         */
        get: operations["billing.summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/transactions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My recent bills and payments, newest first; empty for non-subscribers
         * @description Allowed: any signed-in user.
         */
        get: operations["billing.transactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign up as a subscriber (a customer account; the same rules as Mercato registration). With email verification required, no tokens until verified. */
        post: operations["billingUsers.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users (staff, managers and admins)
         * @description Allowed: staff, managers and admins.
         */
        get: operations["billingUsers.list"];
        put?: never;
        /**
         * Create a user (staff: customers and other non-staff roles; staff roles by an administrator, admins by a superuser)
         * @description Allowed: staff, managers and admins.
         */
        post: operations["billingUsers.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description Allowed: any signed-in user.
         */
        get: operations["billingUsers.me"];
        /**
         * Change your own names, username, phone or email (email: with your current password, confirmed by a link); role and status are ignored
         * @description Allowed: any signed-in user.
         */
        put: operations["billingUsers.updateMe"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user (staff: anyone; others: themselves, anyone else is 404)
         * @description Allowed: any signed-in user.
         */
        get: operations["billingUsers.get"];
        /**
         * Change a user (staff: users below staff; roles and staff accounts: administrators; fields left out stay)
         * @description Allowed: staff, managers and admins.
         */
        put: operations["billingUsers.update"];
        post?: never;
        /**
         * Deactivate a user (never yourself; accounts are never deleted)
         * @description Allowed: staff, managers and admins.
         */
        delete: operations["billingUsers.deactivate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email, username or phone (login limits apply) */
        post: operations["billingUsers.login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/login/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new access and refresh token for a refresh token (the old one is spent) */
        post: operations["billingUsers.refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/customers/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer: profile, spend, addresses, loyalty and subscription
         * @description Spend counts the orders paid and kept, less what was given back on them; refunded orders count nothing. The orders themselves: `GET /api/admin/customers/<id>/orders/`. An admin is 404 to anyone but an admin.
         *
         *     Allowed: staff, managers and admins.
         */
        get: operations["admin.customers.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/customers/{id}/orders/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer’s orders, newest first
         * @description Allowed: staff, managers and admins.
         */
        get: operations["admin.customers.orders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Problem
         * @description RFC 9457 problem details.
         */
        Problem: {
            /** @description A URI naming the kind of problem; `about:blank` when the status says it all. */
            type: string;
            /** @description The HTTP status phrase. */
            title: string;
            status: number;
            /** @description A sentence for people. */
            detail: string;
            /** @description A stable UPPER_SNAKE code for programs. */
            code: string;
            /** @description Field errors: field name → messages. */
            errors?: {
                [key: string]: string[];
            };
        };
        /** Health */
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        /** Readiness */
        Readiness: {
            /** @enum {string} */
            status: "ready";
            database: "sqlite" | "postgres";
            migrations: {
                applied: number;
                pending: number;
            };
            version: string;
        };
        /** MailTemplateSummary */
        MailTemplateSummary: {
            /** @description The template, as modules name it (`order.confirmation`). */
            name: string;
            description: string;
            /** @description The subject rendered with the sample data. */
            subject: string;
        };
        /** MailPreview */
        MailPreview: {
            name: string;
            description: string;
            subject: string;
            /** @description The text part. */
            text: string;
            /** @description The HTML part: a whole document, in the shared layout. */
            html: string;
        };
        /** User */
        User: {
            id: string;
            email: string;
            username: string;
            first_name: string;
            last_name: string;
            phone: string;
            /** @description The role. */
            user_type: "customer" | "creator" | "vendor" | "staff" | "manager" | "admin";
            is_staff: boolean;
            is_superuser: boolean;
            email_verified: boolean;
            /** @description A new address asked for and not yet confirmed with the link mailed to it; `email` stays in force until then. */
            pending_email: string | null;
            vendor_status: "pending" | "approved" | "rejected" | null;
            /** Format: date-time */
            date_joined: string;
            last_login: string | null;
        };
        /** TokenPair */
        TokenPair: {
            access: string;
            refresh: string;
        };
        /** Detail */
        Detail: {
            detail: string;
        };
        /** Customer */
        Customer: {
            _id: string;
            /** @description The customer code, e.g. CUST-00001. */
            customer_id: string;
            email: string;
            username: string;
            full_name: string;
            phone: string;
            /** @description Loyalty points balance. */
            points: number;
            /** Format: date-time */
            created_at: string;
        };
        /** AdminUser */
        AdminUser: {
            id: string;
            email: string;
            username: string;
            first_name: string;
            last_name: string;
            phone: string;
            user_type: "customer" | "creator" | "vendor" | "staff" | "manager" | "admin";
            is_staff: boolean;
            is_superuser: boolean;
            is_active: boolean;
            email_verified: boolean;
            vendor_status: "pending" | "approved" | "rejected" | null;
            status: "ACTIVE" | "DRAFT" | "INACTIVE" | "REMOVED";
            gender: "FEMALE" | "MALE" | "UNKNOWN";
            kind: string;
            /** Format: date-time */
            date_joined: string;
            last_login: string | null;
        };
        /** AuditEntry */
        AuditEntry: {
            id: string;
            action: string;
            actor_id: string | null;
            actor_email: string | null;
            target_type: string | null;
            target_id: string | null;
            ip: string | null;
            user_agent: string | null;
            details: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            created_at: string;
        };
        /** CustomersReport */
        CustomersReport: {
            /** @description The days the figures cover. */
            period: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
                days: number;
                /** @description The shop time zone (`TIME_ZONE`) the days are counted in. */
                time_zone: string;
            };
            /** @description Customer accounts opened in the period. */
            new_customers: number;
            /** @description Every day of the period, in order. */
            by_day: {
                /** Format: date */
                date: string;
                new_customers: number;
            }[];
        };
        /** Category */
        Category: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            /** @description The parent category id; null at the top. */
            parent: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** PublicCategory */
        PublicCategory: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            parent: string | null;
            /** @description 0 for a top-level category, 1 for its children, ... */
            depth: number;
        };
        /** CategoryNode */
        CategoryNode: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            parent: string | null;
            /** @description 0 for a top-level category, 1 for its children, ... */
            depth: number;
            /** @description Its subcategories, by name. */
            children: components["schemas"]["CategoryNode"][];
        };
        /** CategorySummary */
        CategorySummary: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
        };
        /** VendorSummary */
        VendorSummary: {
            /** Format: uuid */
            id: string;
            username: string;
            name: string;
        };
        /** ProductListItem */
        ProductListItem: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            price: string;
            /**
             * @description The lowest price among the sizes in stock (among all sizes when none is; `price` without sizes). `min_price`, `max_price` and `ordering=price` use it.
             * @example 50.00
             */
            from_price: string;
            category: components["schemas"]["CategorySummary"];
            vendor: components["schemas"]["VendorSummary"] | null;
            /** @description URL of the first image (`/media/...`). */
            image: string | null;
            /** @description Some size has stock. */
            in_stock: boolean;
            is_active: boolean;
            /** Format: date-time */
            created_at: string;
        };
        /** ProductImage */
        ProductImage: {
            /** Format: uuid */
            id: string;
            /** @description `/media/...`: the picture in its uploaded format (JPEG, PNG or WebP), upright, without metadata, at most `MEDIA_MAX_IMAGE_SIDE` pixels a side. */
            url: string;
            /** @description A WebP of at most 1200 pixels a side, for pages. */
            web_url: string;
            /** @description A WebP of at most 320 pixels a side, for lists. */
            thumbnail_url: string;
            /** @description Pixels of `url` (null if unknown). */
            width: number | null;
            height: number | null;
            /** @description Set when the image shows one colour variant. */
            variant: string | null;
            alt_text: string;
            content_type: string;
            /** @description Bytes of `url`. */
            size_bytes: number;
            /** @description Order in the gallery, from 0. */
            position: number;
            /** @description The product's main picture (lists show it). */
            is_main: boolean;
        };
        /** ProductSize */
        ProductSize: {
            /** Format: uuid */
            id: string;
            size: string;
            sku: string;
            stock: number;
            in_stock: boolean;
        };
        /** ProductVariant */
        ProductVariant: {
            /** Format: uuid */
            id: string;
            color: string;
            /** @description The variant's own price; null: the product's. */
            price: string | null;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            effective_price: string;
            sizes: components["schemas"]["ProductSize"][];
        };
        /** ProductDetail */
        ProductDetail: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            description: string;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            price: string;
            /**
             * @description The lowest price among the sizes in stock (among all sizes when none is; `price` without sizes). `min_price`, `max_price` and `ordering=price` use it.
             * @example 50.00
             */
            from_price: string;
            category: components["schemas"]["CategorySummary"];
            vendor: components["schemas"]["VendorSummary"] | null;
            is_active: boolean;
            in_stock: boolean;
            images: components["schemas"]["ProductImage"][];
            variants: components["schemas"]["ProductVariant"][];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** ProductImportReport */
        ProductImportReport: {
            dry_run: boolean;
            /** @description Whether the rows were written. */
            applied: boolean;
            /** @description Rows read, the header not counted. */
            rows: number;
            /** @description Products created (or that would be). */
            created: number;
            /** @description Products updated (or that would be). */
            updated: number;
            problems: {
                /** @description The row as a spreadsheet numbers it (the header is row 1). */
                row: number;
                column: string;
                message: string;
            }[];
            changes: {
                /** @description The product's first row. */
                row: number;
                action: "create" | "update";
                name: string;
                /** @description The product updated; null for a new one. */
                slug: string | null;
                colors: number;
                sizes: number;
            }[];
        };
        /** InventoryItem */
        InventoryItem: {
            /** Format: uuid */
            size_id: string;
            sku: string;
            size: string;
            stock: number;
            /** @description Units in orders awaiting payment. They are already taken from `stock` (a cancelled order gives them back), so `stock` is what can still be sold. */
            reserved: number;
            /** @description Stock at or below LOW_STOCK_THRESHOLD. */
            low_stock: boolean;
            product: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string;
                is_active: boolean;
            };
            variant: {
                /** Format: uuid */
                id: string;
                color: string;
            };
            category: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string;
            };
        };
        /** StockMovement */
        StockMovement: {
            /** Format: uuid */
            id: string;
            sku: string;
            /** @description Null once the size was deleted. */
            size_id: string | null;
            product: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string;
            } | null;
            delta: number;
            stock_after: number;
            kind: "initial" | "sale" | "cancel" | "adjustment" | "return";
            reason: string;
            order_id: string | null;
            actor: {
                /** Format: uuid */
                id: string;
                email: string;
                username: string;
            } | null;
            /** Format: date-time */
            created_at: string;
        };
        /** LowStockReport */
        LowStockReport: {
            /** @description LOW_STOCK_THRESHOLD: a SKU is low at or below it. */
            threshold: number;
            /** @description How many SKUs are low. */
            count: number;
            /** @description The lowest first. */
            results: {
                /** Format: uuid */
                size_id: string;
                sku: string;
                size: string;
                color: string;
                stock: number;
                product: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    slug: string;
                };
            }[];
        };
        /** PaymentMethod */
        PaymentMethod: {
            /** @description What to send as `payment_method`. */
            code: string;
            /** @description Its name for people. */
            label: string;
            /** @description `test_card`: only in test mode; `offline`: paid outside (cash, transfer), recorded by staff. */
            kind: "test_card" | "offline";
            /** @description What checking out with it does: the order is `paid`, refused (402), or `pending` until paid. */
            outcome: "succeeds" | "declined" | "pending";
            decline_reason?: string;
        };
        /** PaymentsConfig */
        PaymentsConfig: {
            provider: "manual" | "stripe";
            /** @description Stripe publishable key for Stripe Elements; null with `manual`. */
            publishable_key: string | null;
            currency: string;
            /** @description Payment test mode: test cards work and no real money moves. Show it to shoppers. */
            test_mode: boolean;
            /** @description The `manual` provider's methods: offline ones always, test cards only in test mode. Empty with `stripe` (Stripe Elements shows its own). */
            methods: components["schemas"]["PaymentMethod"][];
        };
        /** PaymentsReport */
        PaymentsReport: {
            /** @description The days the figures cover. */
            period: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
                days: number;
                /** @description The shop time zone (`TIME_ZONE`) the days are counted in. */
                time_zone: string;
            };
            currency: string;
            /** @description Payments declined by the provider in the period. */
            failed: number;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            failed_amount: string;
            /** @description Every day of the period, in order. */
            by_day: {
                /** Format: date */
                date: string;
                failed: number;
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                amount: string;
            }[];
            /** @description The latest declines of the period (at most 5), newest first. */
            recent_failures: {
                /** Format: uuid */
                id: string;
                /** @description What was being paid for (`order`...). */
                purpose: string;
                provider: string;
                method: string;
                method_label: string;
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                amount: string;
                code: string;
                /** Format: date-time */
                created_at: string;
            }[];
        };
        /** CartItem */
        CartItem: {
            id: string;
            product: {
                id: string;
                name: string;
                slug: string;
                /** @description URL of the first image, or null. */
                image: string | null;
            };
            variant: {
                id: string;
                color: string;
            };
            size: {
                id: string;
                size: string;
                sku: string;
                /** @description Units in stock now. */
                stock: number;
            };
            quantity: number;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            unit_price: string;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            line_total: string;
            /** @description False when the product is no longer sold or has fewer units in stock than the line asks for. */
            available: boolean;
            /** @description Why the line cannot be bought now; null when it can. */
            unavailable_reason: "inactive" | "out_of_stock" | "insufficient_stock" | null;
        };
        /** Cart */
        Cart: {
            id: string;
            items: components["schemas"]["CartItem"][];
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            subtotal: string;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            total: string;
            /** @description Units in the cart (not lines). */
            item_count: number;
        };
        /** WishlistItem */
        WishlistItem: {
            /** @description The entry id (used by remove and move-to-cart). */
            id: string;
            product: {
                id: string;
                name: string;
                slug: string;
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                price: string;
                image: string | null;
                is_active: boolean;
                in_stock: boolean;
            };
            /** Format: date-time */
            created_at: string;
        };
        /** ShippingAddress */
        ShippingAddress: {
            full_name: string;
            line1: string;
            line2?: string;
            city: string;
            state?: string;
            postal_code: string;
            /** @description Country name or ISO code. */
            country: string;
            phone?: string;
        };
        /** OrderItem */
        OrderItem: {
            id: string;
            product_id: string | null;
            product_name: string;
            product_slug: string;
            variant_color: string;
            size: string;
            sku: string;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            unit_price: string;
            quantity: number;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            line_total: string;
            /** @description Units of this line refunded so far. */
            refunded_quantity: number;
        };
        /** Order */
        Order: {
            id: string;
            /** @example ORD-000001 */
            order_number: string;
            /** @description `pending → paid → processing → shipped → delivered`, or `cancelled` / `refunded`. */
            status: "pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
            user_id: string;
            email: string;
            currency: string;
            items: components["schemas"]["OrderItem"][];
            item_count: number;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            subtotal: string;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            total: string;
            shipping_address: {
                [key: string]: string;
            };
            payment: {
                provider: "manual" | "stripe";
                /** @description As recorded: `cash_on_delivery`, `pm_card_visa`, a Stripe id; empty when not chosen. */
                method: string;
                /** @description The method in words: "Cash on delivery", "Card", "To be paid". */
                method_label: string;
                status: "pending" | "succeeded" | "refund_pending" | "refunded" | "failed" | "canceled";
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                amount: string;
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                refunded_amount: string;
            } | null;
            /** @description The carrier and tracking number of the shipment, once staff set them. */
            tracking: {
                carrier: string;
                tracking_number: string;
                /** Format: date-time */
                updated_at: string;
            } | null;
            /** @description Whether the customer may still cancel it. */
            can_cancel: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            paid_at: string | null;
            cancelled_at: string | null;
        };
        /** PaymentIntent */
        PaymentIntent: {
            /** @description Pass it to `checkout`. */
            payment_intent_id: string;
            /** @description For Stripe Elements' `confirmPayment` (unused with `manual`). */
            client_secret: string;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            amount: string;
            currency: string;
            provider: "manual" | "stripe";
            /**
             * Format: date-time
             * @description Check out before this (else 410 `PAYMENT_INTENT_EXPIRED`).
             */
            expires_at: string;
        };
        /** AdminOrder */
        AdminOrder: {
            id: string;
            /** @example ORD-000001 */
            order_number: string;
            /** @description `pending → paid → processing → shipped → delivered`, or `cancelled` / `refunded`. */
            status: "pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
            user_id: string;
            email: string;
            currency: string;
            items: components["schemas"]["OrderItem"][];
            item_count: number;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            subtotal: string;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            total: string;
            shipping_address: {
                [key: string]: string;
            };
            payment: {
                provider: "manual" | "stripe";
                /** @description As recorded: `cash_on_delivery`, `pm_card_visa`, a Stripe id; empty when not chosen. */
                method: string;
                /** @description The method in words: "Cash on delivery", "Card", "To be paid". */
                method_label: string;
                status: "pending" | "succeeded" | "refund_pending" | "refunded" | "failed" | "canceled";
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                amount: string;
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                refunded_amount: string;
            } | null;
            /** @description The carrier and tracking number of the shipment, once staff set them. */
            tracking: {
                carrier: string;
                tracking_number: string;
                /** Format: date-time */
                updated_at: string;
            } | null;
            /** @description Whether the customer may still cancel it. */
            can_cancel: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            paid_at: string | null;
            cancelled_at: string | null;
            /** @description The statuses staff may move it to now (`PATCH /api/admin/orders/<id>/`); empty once it is over. */
            next_statuses: ("pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded")[];
        };
        /** RefundLine */
        RefundLine: {
            item_id: string;
            product_name: string;
            variant_color: string;
            size: string;
            sku: string;
            quantity: number;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            amount: string;
        };
        /** OrderTimelineEntry */
        OrderTimelineEntry: {
            id: string;
            /** @description `placed`, `payment` (received), `payment_failed` (a decline before it paid), `status` (a change: `from`, `to`), `refund` (`amount`, `lines`), `mail` (queued to the customer), `note` (internal), `tracking`. */
            kind: "placed" | "payment" | "payment_failed" | "status" | "refund" | "mail" | "note" | "tracking";
            /** Format: date-time */
            at: string;
            actor: {
                id: string | null;
                email: string;
            } | null;
            /** @description Staff only (internal notes). */
            internal: boolean;
            /** @description The entry in words. */
            summary: string;
            from: "pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded" | null;
            to: "pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded" | null;
            amount: string | null;
            lines: components["schemas"]["RefundLine"][];
            restocked: boolean | null;
            reason: string | null;
            note: string | null;
            carrier: string | null;
            tracking_number: string | null;
            mail_template: string | null;
            mail_subject: string | null;
        };
        /** OrderRefund */
        OrderRefund: {
            id: string;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            amount: string;
            lines: components["schemas"]["RefundLine"][];
            restocked: boolean;
            reason: string;
            /** @description The rest of the order, refunded by its status change. */
            whole: boolean;
            /** @description Where giving the money back stands: `pending` until the provider confirms, or `with_payment` for a whole refund (see the payment). */
            status: "pending" | "succeeded" | "failed" | "with_payment";
            /** Format: date-time */
            created_at: string;
        };
        /** AdminOrderDetail */
        AdminOrderDetail: {
            id: string;
            /** @example ORD-000001 */
            order_number: string;
            /** @description `pending → paid → processing → shipped → delivered`, or `cancelled` / `refunded`. */
            status: "pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
            user_id: string;
            email: string;
            currency: string;
            items: components["schemas"]["OrderItem"][];
            item_count: number;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            subtotal: string;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            total: string;
            shipping_address: {
                [key: string]: string;
            };
            payment: {
                provider: "manual" | "stripe";
                /** @description As recorded: `cash_on_delivery`, `pm_card_visa`, a Stripe id; empty when not chosen. */
                method: string;
                /** @description The method in words: "Cash on delivery", "Card", "To be paid". */
                method_label: string;
                status: "pending" | "succeeded" | "refund_pending" | "refunded" | "failed" | "canceled";
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                amount: string;
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                refunded_amount: string;
            } | null;
            /** @description The carrier and tracking number of the shipment, once staff set them. */
            tracking: {
                carrier: string;
                tracking_number: string;
                /** Format: date-time */
                updated_at: string;
            } | null;
            /** @description Whether the customer may still cancel it. */
            can_cancel: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            paid_at: string | null;
            cancelled_at: string | null;
            /** @description The statuses staff may move it to now (`PATCH /api/admin/orders/<id>/`); empty once it is over. */
            next_statuses: ("pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded")[];
            refunds: components["schemas"]["OrderRefund"][];
            /** @description Oldest first. Internal notes are in it: never show it to the customer. */
            timeline: components["schemas"]["OrderTimelineEntry"][];
        };
        /** SalesReport */
        SalesReport: {
            /** @description The days the figures cover. */
            period: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
                days: number;
                /** @description The shop time zone (`TIME_ZONE`) the days are counted in. */
                time_zone: string;
            };
            currency: string;
            totals: {
                /** @description Orders placed in the period, whatever their status. */
                orders: number;
                /** @description Of those, the ones paid and kept (paid, processing, shipped, delivered). */
                sold_orders: number;
                /** @description Total of the sold orders (cancelled, refunded and unpaid left out). */
                revenue: string;
                /** @description Revenue per sold order. */
                average_order_value: string;
                cancelled_orders: number;
                refunded_orders: number;
                /** @description Total of the refunded orders. */
                refunded_amount: string;
            };
            /** @description Every day of the period, in order. */
            by_day: {
                /** Format: date */
                date: string;
                orders: number;
                sold_orders: number;
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                revenue: string;
            }[];
            /** @description Orders placed in the period by their status now (every status, zero included). */
            by_status: {
                /** @description `pending → paid → processing → shipped → delivered`, or `cancelled` / `refunded`. */
                status: "pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
                orders: number;
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                total: string;
            }[];
            top_products: {
                by_units: {
                    /** @description Null for the lines of products deleted since (counted together). */
                    product_id: string | null;
                    /** @description The product's name now. */
                    name: string;
                    slug: string | null;
                    units: number;
                    /**
                     * @description An amount as a decimal string with up to two places, e.g. "50.00".
                     * @example 50.00
                     */
                    revenue: string;
                }[];
                by_revenue: {
                    /** @description Null for the lines of products deleted since (counted together). */
                    product_id: string | null;
                    /** @description The product's name now. */
                    name: string;
                    slug: string | null;
                    units: number;
                    /**
                     * @description An amount as a decimal string with up to two places, e.g. "50.00".
                     * @example 50.00
                     */
                    revenue: string;
                }[];
            };
        };
        /** Address */
        Address: {
            /** Format: uuid */
            id: string;
            label: string;
            full_name: string;
            line1: string;
            line2: string;
            city: string;
            region: string;
            postal_code: string;
            country: string;
            phone: string;
            is_default: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * VendorOrder
         * @description An order as the vendor of some of its products sees it: their own lines and what shipping needs, never other vendors’ lines, the customer’s email or the payment.
         */
        VendorOrder: {
            /** Format: uuid */
            id: string;
            order_number: string;
            /** @description `pending → paid → processing → shipped → delivered`, or `cancelled` / `refunded`. */
            status: "pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
            /** Format: date-time */
            created_at: string;
            paid_at: string | null;
            /** @description Who receives it, from the shipping address. */
            customer_name: string;
            shipping_address: {
                [key: string]: string;
            };
            /** @description Only the lines of your products. */
            items: components["schemas"]["OrderItem"][];
            /** @description Units of your products in the order. */
            item_count: number;
            /** @description Total of your lines (not the whole order’s). */
            subtotal: string;
        };
        /**
         * VendorSalesReport
         * @description Units and revenue of your lines in the orders paid and kept (paid, processing, shipped, delivered), per day placed.
         */
        VendorSalesReport: {
            /** @description The days the figures cover. */
            period: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
                days: number;
                /** @description The shop time zone (`TIME_ZONE`) the days are counted in. */
                time_zone: string;
            };
            currency: string;
            totals: {
                /** @description Sold orders (paid and kept) holding your products. */
                orders: number;
                units: number;
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                revenue: string;
            };
            /** @description Every day of the period, in order. */
            by_day: {
                /** Format: date */
                date: string;
                orders: number;
                units: number;
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                revenue: string;
            }[];
            top_products: {
                by_units: {
                    /** @description Null for the lines of products deleted since (counted together). */
                    product_id: string | null;
                    /** @description The product's name now. */
                    name: string;
                    slug: string | null;
                    units: number;
                    /**
                     * @description An amount as a decimal string with up to two places, e.g. "50.00".
                     * @example 50.00
                     */
                    revenue: string;
                }[];
                by_revenue: {
                    /** @description Null for the lines of products deleted since (counted together). */
                    product_id: string | null;
                    /** @description The product's name now. */
                    name: string;
                    slug: string | null;
                    units: number;
                    /**
                     * @description An amount as a decimal string with up to two places, e.g. "50.00".
                     * @example 50.00
                     */
                    revenue: string;
                }[];
            };
        };
        /** LoyaltyLedgerEntry */
        LoyaltyLedgerEntry: {
            /** Format: uuid */
            id: string;
            kind: "earn" | "redeem" | "adjust" | "reverse" | "expire";
            /** @description Signed: credits positive, debits negative. */
            points: number;
            balance_after: number;
            /** @description Points a reversal or expiry could not take back because they were spent. */
            shortfall: number;
            reason: string;
            /** @description order, pos_order, pos, promotion, admin or expiry. */
            source_type: string;
            source_id: string | null;
            terminal: string | null;
            promotion_id: string | null;
            actor_id: string | null;
            /** Format: date-time */
            created_at: string;
        };
        /** LoyaltyPromotion */
        LoyaltyPromotion: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            description: string;
            kind: "percent_off" | "amount_off" | "free_item" | "bonus_points";
            /** @description percent_off: the percentage; amount_off: the amount; bonus_points: the points; free_item: 0. */
            value: string;
            points_cost: number;
            starts_at: string | null;
            ends_at: string | null;
            max_redemptions: number | null;
            per_customer_limit: number | null;
            redemptions_count: number;
            is_active: boolean;
            /** @description Active, within its dates and not used up. */
            valid_now: boolean;
            /** @description The signed payload of its QR code. */
            qr_data: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** LoyaltyCustomer */
        LoyaltyCustomer: {
            /** @description The customer code. */
            customer_id: string;
            /** Format: uuid */
            user_id: string;
            full_name: string;
            email: string;
            phone: string;
            balance: number;
            /** @description The same as balance (the name the point-of-sale customer app reads). */
            points: number;
        };
        /** UserLite */
        BillingUserLite: {
            /** Format: uuid */
            uid: string;
            username: string;
            email: string;
            first_name: string;
            last_name: string;
        };
        /** UserList */
        BillingUserList: {
            /** Format: uuid */
            uid: string;
            username: string;
            email: string;
            first_name: string;
            last_name: string;
            phone: string;
            /** @description Mercato user types: SUPER_ADMIN an admin who is a superuser, ADMIN admin, MANAGER manager, STAFF staff, CUSTOMER customer, OTHER a creator or vendor. */
            role: "ADMIN" | "CUSTOMER" | "MANAGER" | "STAFF" | "SUPER_ADMIN" | "OTHER";
            kind: string;
            /** @description Gender. */
            gender: "FEMALE" | "MALE" | "UNKNOWN";
        };
        /** Package */
        BillingPackage: {
            /** Format: uuid */
            uid: string;
            name: string;
            speed_mbps: number;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            price: string;
            description: string;
            is_active: boolean;
        };
        /** CustomerDetail */
        BillingCustomer: {
            /** Format: uuid */
            uid: string;
            user: components["schemas"]["BillingUserList"];
            package: components["schemas"]["BillingPackage"];
            /** @description How the subscriber connects. */
            connection_type: "DHCP" | "STATIC" | "PPPoE";
            credentials?: {
                [key: string]: string;
            } | null;
            address: string;
            /** @description Only ACTIVE subscribers are billed. */
            status: "ACTIVE" | "DRAFT" | "INACTIVE" | "REMOVED";
            /** Format: date-time */
            created_at: string;
        };
        /** PaymentList */
        BillingPayment: {
            /** Format: uuid */
            uid: string;
            /** @description BILL: what a month costs (from a bill run); PAYMENT: money received. */
            kind: "BILL" | "PAYMENT";
            /** Format: uuid */
            customer_id: string;
            /** @description The subscriber's name (their user's first and last name, else username, else email), so a list names every row without reading each subscriber. */
            customer_name: string;
            /** @description A payment's bill; null on account and for bills. */
            bill: string | null;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            amount: string;
            /**
             * @description An amount as a decimal string with up to two places, e.g. "50.00".
             * @example 50.00
             */
            bill_amount: string;
            /** @description A billing month, JANUARY to DECEMBER. */
            billing_month: "JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER";
            year: number;
            payment_method: ("BANK_TRANSFER" | "BKASH" | "CASH" | "NAGAD" | "MOBILE_BANKING" | "ONLINE_PAYMENT" | "ROCKET" | "OTHER") | null;
            /** @description A bill: paid in full; a payment: always true. */
            paid: boolean;
            /** @description A bill still unpaid BILLING_OVERDUE_DAYS after its month ended; payments: false. */
            overdue: boolean;
            transaction_id: string;
            note: string;
            entry_by: components["schemas"]["BillingUserLite"] | null;
            /** Format: date-time */
            created_at: string;
        };
        /** BillRun */
        BillingBillRun: {
            /** @description A billing month, JANUARY to DECEMBER. */
            billing_month: "JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER";
            year: number;
            /** @description Bills made by this run. */
            created: number;
            /** @description Active subscribers not billed by this run: `already_billed` + `bill_deleted`. */
            skipped: number;
            /** @description Why the skipped subscribers were not billed. */
            skipped_reasons: {
                /** @description Their bill for the month exists. */
                already_billed: number;
                /** @description Their bill for the month was deleted: a run never re-creates a bill staff deleted (record a payment on account, or correct the month by hand). */
                bill_deleted: number;
            };
        };
        /** MonthlyReport */
        BillingMonthlyReport: {
            results: {
                year: number;
                /** @description A billing month, JANUARY to DECEMBER. */
                billing_month: "JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER";
                /** @description What the month's bills ask for, e.g. "50.00". */
                billed: string;
                /** @description Payments recorded for the month, e.g. "40.00". */
                collected: string;
                bills: number;
                paid_bills: number;
            }[];
        };
        /** UserDetail */
        BillingUserDetail: {
            /** Format: uuid */
            uid: string;
            username: string;
            email: string;
            first_name: string;
            last_name: string;
            phone: string;
            /** @description Mercato user types: SUPER_ADMIN an admin who is a superuser, ADMIN admin, MANAGER manager, STAFF staff, CUSTOMER customer, OTHER a creator or vendor. */
            role: "ADMIN" | "CUSTOMER" | "MANAGER" | "STAFF" | "SUPER_ADMIN" | "OTHER";
            kind: string;
            /** @description Gender. */
            gender: "FEMALE" | "MALE" | "UNKNOWN";
            status: "ACTIVE" | "DRAFT" | "INACTIVE" | "REMOVED";
            is_staff: boolean;
            is_active: boolean;
            /** Format: date-time */
            date_joined: string;
        };
        /** AdminCustomer */
        AdminCustomer: {
            profile: components["schemas"]["AdminUser"];
            /** @description The list itself: `GET /api/admin/customers/<id>/orders/`. */
            orders: {
                /** @description Every order placed, whatever its status. */
                orders_placed: number;
                /** @description Orders paid and kept (paid, processing, shipped, delivered). */
                order_count: number;
                /** @description Those orders’ totals less what was given back on them (refunded orders count nothing). */
                total_spent: string;
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                total_refunded: string;
                /** @description Total spent per order counted. */
                average_order_value: string;
                first_order_at: string | null;
                last_order_at: string | null;
            };
            addresses: components["schemas"]["Address"][];
            /** @description Their loyalty card, balance and latest points; null without a loyalty account. */
            loyalty: {
                /** @example CUST-00001 */
                customer_id: string;
                balance: number;
                recent: components["schemas"]["LoyaltyLedgerEntry"][];
            } | null;
            /** @description Their internet subscription (billing); null when they are not a subscriber. */
            subscription: {
                /** Format: uuid */
                uid: string;
                status: string;
                connection_type: string;
                package_name: string;
                /** Format: date-time */
                since: string;
                /** @description Bills minus payments. */
                balance: string;
            } | null;
        };
        /**
         * ErrorCode
         * @description Every `code` a problem answer of this API can carry.
         * @enum {string}
         */
        ErrorCode: "ACCOUNT_INACTIVE" | "ADDRESS_LIMIT_REACHED" | "ADDRESS_NOT_FOUND" | "ADMIN_REQUIRED" | "ALREADY_SUBSCRIBER" | "API_CLIENT_NOT_FOUND" | "API_CLIENT_PUBLIC" | "API_CLIENT_REQUIRED" | "API_CLIENT_REVOKED" | "BAD_REQUEST" | "BILL_HAS_PAYMENTS" | "CANNOT_CHANGE_SELF" | "CART_CHANGED" | "CART_EMPTY" | "CART_ITEMS_UNAVAILABLE" | "CART_ITEM_NOT_FOUND" | "CART_TOTAL_TOO_LARGE" | "CATEGORY_CYCLE" | "CATEGORY_HAS_CHILDREN" | "CATEGORY_HAS_PRODUCTS" | "CATEGORY_NOT_FOUND" | "CSRF_FAILED" | "CUSTOMER_HAS_PAYMENTS" | "CUSTOMER_LIMIT_REACHED" | "CUSTOMER_NOT_FOUND" | "DUPLICATE_CODE" | "DUPLICATE_SIZE" | "DUPLICATE_VARIANT" | "EMAIL_NOT_VERIFIED" | "EMAIL_TAKEN" | "FILE_REQUIRED" | "FILE_TOO_LARGE" | "IDEMPOTENCY_KEY_REUSED" | "IMAGE_DIMENSIONS_TOO_LARGE" | "IMAGE_NOT_FOUND" | "IMPORT_CONFLICT" | "IMPORT_INVALID" | "IMPORT_TOO_LARGE" | "IMPORT_UNREADABLE" | "INSUFFICIENT_POINTS" | "INSUFFICIENT_STOCK" | "INTERNAL_ERROR" | "INVALID_API_CLIENT" | "INVALID_CATEGORY" | "INVALID_CREDENTIALS" | "INVALID_IDEMPOTENCY_KEY" | "INVALID_IMAGE" | "INVALID_IMAGE_ORDER" | "INVALID_PAGE" | "INVALID_PARENT" | "INVALID_PAYMENT_METHOD" | "INVALID_PERIOD" | "INVALID_QR" | "INVALID_SIZE" | "INVALID_STATUS_TRANSITION" | "INVALID_TOKEN" | "INVALID_VALUE" | "INVALID_VARIANT" | "JOB_NOT_FOUND" | "MAIL_TEMPLATE_NOT_FOUND" | "MALFORMED_JSON" | "MALFORMED_MULTIPART" | "MEDIA_STORAGE_UNAVAILABLE" | "MIGRATIONS_PENDING" | "NOTHING_TO_PAY" | "NOT_AUTHENTICATED" | "NOT_A_CUSTOMER" | "NOT_A_VENDOR" | "NOT_READY" | "ORDER_ALREADY_CREDITED" | "ORDER_CHANGED" | "ORDER_NOT_CANCELLABLE" | "ORDER_NOT_FOUND" | "ORDER_NOT_REFUNDABLE" | "ORIGIN_NOT_ALLOWED" | "PACKAGE_IN_USE" | "PACKAGE_NAME_TAKEN" | "PACKAGE_NOT_FOUND" | "PAYLOAD_TOO_LARGE" | "PAYMENT_DECLINED" | "PAYMENT_INTENT_EXPIRED" | "PAYMENT_INTENT_NOT_FOUND" | "PAYMENT_INTENT_VOIDED" | "PAYMENT_MISMATCH" | "PAYMENT_NOT_COMPLETED" | "PAYMENT_NOT_FOUND" | "PAYMENT_NOT_REFUNDABLE" | "PAYMENT_PROVIDER_ERROR" | "PERMISSION_DENIED" | "PRODUCT_NOT_FOUND" | "PRODUCT_UNAVAILABLE" | "PROMOTION_EXHAUSTED" | "PROMOTION_EXPIRED" | "PROMOTION_INACTIVE" | "PROMOTION_NOT_FOUND" | "PROMOTION_NOT_STARTED" | "RATE_LIMITED" | "REFUND_LINE_NOT_FOUND" | "REFUND_LINE_REPEATED" | "REFUND_QUANTITY_EXCEEDED" | "SERVICE_UNAVAILABLE" | "SIZE_NOT_FOUND" | "SIZE_NOT_OF_PRODUCT" | "SIZE_REQUIRED" | "SKU_TAKEN" | "SLUG_TAKEN" | "STOCK_CHANGED" | "STORAGE_UNAVAILABLE" | "STRIPE_NOT_CONFIGURED" | "SUPERUSER_REQUIRED" | "TOKEN_INVALID" | "TOKEN_REUSED" | "TOO_MANY_LOGIN_ATTEMPTS" | "TOO_MANY_UNPAID_ORDERS" | "UNKNOWN_SKU" | "UNSUPPORTED_IMAGE_TYPE" | "UNSUPPORTED_MEDIA_TYPE" | "USER_NOT_FOUND" | "VALIDATION_ERROR" | "WEBHOOK_EVENT_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "WEB_APP_CLIENT" | "WEB_APP_CLIENT_NEEDED" | "WISHLIST_ITEM_NOT_FOUND";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "ops.health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
        };
    };
    "ops.ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `MIGRATIONS_PENDING`, `NOT_READY`, `STORAGE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "MIGRATIONS_PENDING" | "NOT_READY" | "STORAGE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "ops.metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `NOT_AUTHENTICATED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "NOT_AUTHENTICATED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
        };
    };
    "admin.mailTemplates.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailTemplateSummary"][];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.mailTemplates.preview": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailPreview"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `MAIL_TEMPLATE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "MAIL_TEMPLATE_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Email address */
                    email: string;
                    username?: string;
                    password: string;
                    password2?: string;
                    first_name?: string;
                    last_name?: string;
                    phone?: string;
                    /** @description customer, creator (default) or vendor; staff roles are refused. */
                    user_type?: string;
                    /** @description Set HttpOnly session cookies instead of returning the tokens. */
                    use_cookies?: boolean;
                    /** @description With cookies: keep the session across browser restarts. */
                    remember_me?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        access?: string;
                        refresh?: string;
                        detail?: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string;
                    username?: string;
                    phone?: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `INVALID_CREDENTIALS`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "INVALID_CREDENTIALS";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ACCOUNT_INACTIVE`, `EMAIL_NOT_VERIFIED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_INACTIVE" | "EMAIL_NOT_VERIFIED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`, `TOO_MANY_LOGIN_ATTEMPTS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED" | "TOO_MANY_LOGIN_ATTEMPTS";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string;
                    username?: string;
                    phone?: string;
                    password: string;
                    /** @description Set HttpOnly session cookies instead of returning the tokens. */
                    use_cookies?: boolean;
                    /** @description With cookies: keep the session across browser restarts. */
                    remember_me?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        access?: string;
                        refresh?: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `INVALID_CREDENTIALS`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "INVALID_CREDENTIALS";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ACCOUNT_INACTIVE`, `EMAIL_NOT_VERIFIED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_INACTIVE" | "EMAIL_NOT_VERIFIED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`, `TOO_MANY_LOGIN_ATTEMPTS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED" | "TOO_MANY_LOGIN_ATTEMPTS";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Omit to use the session cookie. */
                    refresh?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `TOKEN_INVALID`, `TOKEN_REUSED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "TOKEN_INVALID" | "TOKEN_REUSED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Omit to use the session cookie. */
                    refresh?: string;
                };
            };
        };
        responses: {
            /** @description Signed out; cookies cleared. */
            205: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.logoutAll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                        sessions_revoked: number;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.replaceProfile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    first_name: string;
                    last_name: string;
                    username: string;
                    phone?: string;
                    /** @description Email address */
                    email?: string;
                    /** @description Your current password: required to change `email` (the new address must then be confirmed with the link mailed to it). */
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.updateProfile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    first_name?: string;
                    last_name?: string;
                    username?: string;
                    phone?: string;
                    /** @description Email address */
                    email?: string;
                    /** @description Your current password: required to change `email` (the new address must then be confirmed with the link mailed to it). */
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.changePassword": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    old_password: string;
                    new_password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                        access?: string;
                        refresh?: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.verifyEmail": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_TOKEN`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_TOKEN" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `EMAIL_TAKEN`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "EMAIL_TAKEN";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.resendVerification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Email address */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Detail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.passwordReset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Email address */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Detail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.passwordResetConfirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    new_password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Detail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_TOKEN`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_TOKEN" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "profile.simple": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        username: string;
                        email: string;
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "auth.jwks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
        };
    };
    "customer.register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                    username?: string;
                    full_name?: string;
                    phone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        /** @description A refresh token for `/api/auth/token/refresh/`. */
                        refresh: string;
                        customer: components["schemas"]["Customer"];
                        message: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT";
                    };
                };
            };
            /** @description Problem details; `code` is one of `EMAIL_NOT_VERIFIED`, `NOT_A_CUSTOMER`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "EMAIL_NOT_VERIFIED" | "NOT_A_CUSTOMER" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "customer.login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string;
                    username?: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        /** @description A refresh token for `/api/auth/token/refresh/`. */
                        refresh: string;
                        customer: components["schemas"]["Customer"];
                        message: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `INVALID_CREDENTIALS`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "INVALID_CREDENTIALS";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ACCOUNT_INACTIVE`, `EMAIL_NOT_VERIFIED`, `NOT_A_CUSTOMER`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_INACTIVE" | "EMAIL_NOT_VERIFIED" | "NOT_A_CUSTOMER" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`, `TOO_MANY_LOGIN_ATTEMPTS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED" | "TOO_MANY_LOGIN_ATTEMPTS";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "customer.me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer: components["schemas"]["Customer"];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `NOT_A_CUSTOMER`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "NOT_A_CUSTOMER" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "customer.changePassword": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    current_password?: string;
                    old_password?: string;
                    new_password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        message: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.users.list": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                search?: string;
                user_type?: "customer" | "creator" | "vendor" | "staff" | "manager" | "admin";
                is_active?: boolean;
                vendor_status?: "pending" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["AdminUser"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.users.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    username?: string;
                    password: string;
                    user_type: "customer" | "creator" | "vendor" | "staff" | "manager" | "admin";
                    first_name?: string;
                    last_name?: string;
                    is_superuser?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`, `SUPERUSER_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED" | "SUPERUSER_REQUIRED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.users.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.users.deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deactivated. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CANNOT_CHANGE_SELF`, `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`, `SUPERUSER_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CANNOT_CHANGE_SELF" | "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED" | "SUPERUSER_REQUIRED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.users.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    first_name?: string;
                    last_name?: string;
                    phone?: string;
                    user_type?: "customer" | "creator" | "vendor" | "staff" | "manager" | "admin";
                    is_superuser?: boolean;
                    is_active?: boolean;
                    status?: "ACTIVE" | "DRAFT" | "INACTIVE" | "REMOVED";
                    gender?: "FEMALE" | "MALE" | "UNKNOWN";
                    kind?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CANNOT_CHANGE_SELF`, `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`, `SUPERUSER_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CANNOT_CHANGE_SELF" | "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED" | "SUPERUSER_REQUIRED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.users.approveVendor": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `NOT_A_VENDOR`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "NOT_A_VENDOR" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.users.rejectVendor": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `NOT_A_VENDOR`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "NOT_A_VENDOR" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.auditLog": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                /** @description Actor or target user id, or an email fragment. */
                user?: string;
                /** @description Exact action, or a prefix ending in a dot (`auth.`). */
                action?: string;
                since?: string;
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["AuditEntry"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.mail": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: {
                            id: string;
                            to: string;
                            subject: string;
                            text: string;
                            html: string | null;
                            /** Format: date-time */
                            created_at: string;
                        }[];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.jobs.list": {
        parameters: {
            query?: {
                status?: "pending" | "running" | "done" | "dead";
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            id: string;
                            type: string;
                            payload: unknown;
                            status: "pending" | "running" | "done" | "dead";
                            attempts: number;
                            max_attempts: number;
                            run_at: string;
                            last_error: string | null;
                            created_at: string;
                            finished_at: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.jobs.retry": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `JOB_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "JOB_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.clients.list": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                /** @description What kind of frontend or service the client is. */
                type?: "web" | "admin" | "mobile" | "server" | "pos";
                is_active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: {
                            /** Format: uuid */
                            id: string;
                            /** @description Public id, sent in `X-Client-ID`. */
                            client_id: string;
                            name: string;
                            /** @description What kind of frontend or service the client is. */
                            type: "web" | "admin" | "mobile" | "server" | "pos";
                            /** @description The first characters of the key, to tell keys apart. */
                            key_prefix: string;
                            /** @description Requests per minute. */
                            rate_limit: number;
                            allowed_origins: string[];
                            is_active: boolean;
                            /** @description A public client (the web app's areas): no key; accepted only from its allowed origins and the app's own. */
                            is_public: boolean;
                            /** @description The bundled web app's area this public client is, or null. */
                            web_area: "storefront" | "account" | "pos" | "admin" | null;
                            created_by: string | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                            last_used_at: string | null;
                            revoked_at: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.clients.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description What kind of frontend or service the client is. */
                    type: "web" | "admin" | "mobile" | "server" | "pos";
                    /**
                     * @description Requests per minute.
                     * @default 1000
                     */
                    rate_limit?: number;
                    /** @description Origins (`https://app.example.com`) the client's browser requests may come from; empty: any (a public client: only the web app's own). */
                    allowed_origins?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Public id, sent in `X-Client-ID`. */
                        client_id: string;
                        name: string;
                        /** @description What kind of frontend or service the client is. */
                        type: "web" | "admin" | "mobile" | "server" | "pos";
                        /** @description The first characters of the key, to tell keys apart. */
                        key_prefix: string;
                        /** @description Requests per minute. */
                        rate_limit: number;
                        allowed_origins: string[];
                        is_active: boolean;
                        /** @description A public client (the web app's areas): no key; accepted only from its allowed origins and the app's own. */
                        is_public: boolean;
                        /** @description The bundled web app's area this public client is, or null. */
                        web_area: "storefront" | "account" | "pos" | "admin" | null;
                        created_by: string | null;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                        last_used_at: string | null;
                        revoked_at: string | null;
                        /** @description The key, to send in `X-API-Key`. Shown this once: only its hash is stored. */
                        api_key: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.clients.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client's `id` or its `client_id`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Public id, sent in `X-Client-ID`. */
                        client_id: string;
                        name: string;
                        /** @description What kind of frontend or service the client is. */
                        type: "web" | "admin" | "mobile" | "server" | "pos";
                        /** @description The first characters of the key, to tell keys apart. */
                        key_prefix: string;
                        /** @description Requests per minute. */
                        rate_limit: number;
                        allowed_origins: string[];
                        is_active: boolean;
                        /** @description A public client (the web app's areas): no key; accepted only from its allowed origins and the app's own. */
                        is_public: boolean;
                        /** @description The bundled web app's area this public client is, or null. */
                        web_area: "storefront" | "account" | "pos" | "admin" | null;
                        created_by: string | null;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                        last_used_at: string | null;
                        revoked_at: string | null;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.clients.revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client's `id` or its `client_id`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `WEB_APP_CLIENT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "WEB_APP_CLIENT";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.clients.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client's `id` or its `client_id`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description Requests per minute. */
                    rate_limit?: number;
                    /** @description Origins (`https://app.example.com`) the client's browser requests may come from; empty: any (a public client: only the web app's own). */
                    allowed_origins?: string[];
                    is_active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Public id, sent in `X-Client-ID`. */
                        client_id: string;
                        name: string;
                        /** @description What kind of frontend or service the client is. */
                        type: "web" | "admin" | "mobile" | "server" | "pos";
                        /** @description The first characters of the key, to tell keys apart. */
                        key_prefix: string;
                        /** @description Requests per minute. */
                        rate_limit: number;
                        allowed_origins: string[];
                        is_active: boolean;
                        /** @description A public client (the web app's areas): no key; accepted only from its allowed origins and the app's own. */
                        is_public: boolean;
                        /** @description The bundled web app's area this public client is, or null. */
                        web_area: "storefront" | "account" | "pos" | "admin" | null;
                        created_by: string | null;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                        last_used_at: string | null;
                        revoked_at: string | null;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REVOKED`, `WEB_APP_CLIENT_NEEDED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REVOKED" | "WEB_APP_CLIENT_NEEDED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.clients.rotateKey": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The client's `id` or its `client_id`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Public id, sent in `X-Client-ID`. */
                        client_id: string;
                        name: string;
                        /** @description What kind of frontend or service the client is. */
                        type: "web" | "admin" | "mobile" | "server" | "pos";
                        /** @description The first characters of the key, to tell keys apart. */
                        key_prefix: string;
                        /** @description Requests per minute. */
                        rate_limit: number;
                        allowed_origins: string[];
                        is_active: boolean;
                        /** @description A public client (the web app's areas): no key; accepted only from its allowed origins and the app's own. */
                        is_public: boolean;
                        /** @description The bundled web app's area this public client is, or null. */
                        web_area: "storefront" | "account" | "pos" | "admin" | null;
                        created_by: string | null;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                        last_used_at: string | null;
                        revoked_at: string | null;
                        /** @description The key, to send in `X-API-Key`. Shown this once: only its hash is stored. */
                        api_key: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_PUBLIC`, `API_CLIENT_REVOKED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_PUBLIC" | "API_CLIENT_REVOKED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.clients.usage": {
        parameters: {
            query?: {
                /** @description Start (ISO 8601); default: 7 days ago. */
                since?: string;
            };
            header?: never;
            path: {
                /** @description The client's `id` or its `client_id`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        client_id: string;
                        /** Format: date-time */
                        since: string;
                        total_requests: number;
                        by_hour: {
                            /** Format: date-time */
                            hour: string;
                            requests: number;
                            status_2xx: number;
                            status_3xx: number;
                            status_4xx: number;
                            status_5xx: number;
                        }[];
                        by_day: {
                            /** Format: date */
                            day: string;
                            requests: number;
                            status_2xx: number;
                            status_3xx: number;
                            status_4xx: number;
                            status_5xx: number;
                        }[];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.reports.customers": {
        parameters: {
            query?: {
                /** @description The last N days, today included (default 30). Ignored when `from` and `to` are given. */
                days?: number;
                /** @description First day (YYYY-MM-DD, in the shop time zone), with `to`. */
                from?: string;
                /** @description Last day, included (YYYY-MM-DD), with `from`. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomersReport"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_PERIOD`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_PERIOD" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.listCategories": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["PublicCategory"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.categoryTree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryNode"][];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.listProducts": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                /** @description A category slug; its descendants are included. */
                category?: string;
                /** @description Words in the name or description (any case). */
                search?: string;
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                min_price?: string;
                /**
                 * @description An amount as a decimal string with up to two places, e.g. "50.00".
                 * @example 50.00
                 */
                max_price?: string;
                /** @description true: some size has stock; false: none has. */
                in_stock?: boolean;
                /** @description The vendor id or username. */
                vendor?: string;
                /** @description One of price, -price, name, -name, created_at, -created_at; default `-created_at` (newest first). */
                ordering?: "price" | "-price" | "name" | "-name" | "created_at" | "-created_at";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["ProductListItem"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.getProduct": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PRODUCT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PRODUCT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.admin.listCategories": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["Category"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.admin.createCategory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    slug?: string;
                    parent?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `CATEGORY_CYCLE`, `INVALID_PARENT`, `INVALID_VALUE`, `MALFORMED_JSON`, `SLUG_TAKEN`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "CATEGORY_CYCLE" | "INVALID_PARENT" | "INVALID_VALUE" | "MALFORMED_JSON" | "SLUG_TAKEN" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CATEGORY_HAS_PRODUCTS`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CATEGORY_HAS_PRODUCTS";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.admin.getCategory": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CATEGORY_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CATEGORY_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.admin.deleteCategory": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CATEGORY_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CATEGORY_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CATEGORY_HAS_CHILDREN`, `CATEGORY_HAS_PRODUCTS`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CATEGORY_HAS_CHILDREN" | "CATEGORY_HAS_PRODUCTS";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.admin.updateCategory": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    slug?: string;
                    parent?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `CATEGORY_CYCLE`, `INVALID_PARENT`, `INVALID_VALUE`, `MALFORMED_JSON`, `SLUG_TAKEN`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "CATEGORY_CYCLE" | "INVALID_PARENT" | "INVALID_VALUE" | "MALFORMED_JSON" | "SLUG_TAKEN" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CATEGORY_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CATEGORY_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CATEGORY_HAS_PRODUCTS`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CATEGORY_HAS_PRODUCTS";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.vendor.listProducts": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                search?: string;
                is_active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["ProductListItem"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.vendor.createProduct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    /**
                     * @description A price as a decimal string with up to two places, at most "9999999999.99".
                     * @example 50.00
                     */
                    price: string;
                    /** @description The category id. */
                    category: string;
                    is_active?: boolean;
                    variants?: {
                        /** @description An existing variant of this product, to update. */
                        id?: string;
                        color: string;
                        price?: string | null;
                        sizes: {
                            /** @description An existing size of this variant, to update. */
                            id?: string;
                            size: string;
                            sku: string;
                            stock: number;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `DUPLICATE_SIZE`, `DUPLICATE_VARIANT`, `INVALID_CATEGORY`, `INVALID_SIZE`, `INVALID_VALUE`, `INVALID_VARIANT`, `MALFORMED_JSON`, `SKU_TAKEN`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "DUPLICATE_SIZE" | "DUPLICATE_VARIANT" | "INVALID_CATEGORY" | "INVALID_SIZE" | "INVALID_VALUE" | "INVALID_VARIANT" | "MALFORMED_JSON" | "SKU_TAKEN" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `STOCK_CHANGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "STOCK_CHANGED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.vendor.getProduct": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PRODUCT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PRODUCT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.vendor.replaceProduct": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    /**
                     * @description A price as a decimal string with up to two places, at most "9999999999.99".
                     * @example 50.00
                     */
                    price: string;
                    /** @description The category id. */
                    category: string;
                    is_active?: boolean;
                    variants?: {
                        /** @description An existing variant of this product, to update. */
                        id?: string;
                        color: string;
                        price?: string | null;
                        sizes: {
                            /** @description An existing size of this variant, to update. */
                            id?: string;
                            size: string;
                            sku: string;
                            stock: number;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `DUPLICATE_SIZE`, `DUPLICATE_VARIANT`, `INVALID_CATEGORY`, `INVALID_SIZE`, `INVALID_VALUE`, `INVALID_VARIANT`, `MALFORMED_JSON`, `SKU_TAKEN`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "DUPLICATE_SIZE" | "DUPLICATE_VARIANT" | "INVALID_CATEGORY" | "INVALID_SIZE" | "INVALID_VALUE" | "INVALID_VARIANT" | "MALFORMED_JSON" | "SKU_TAKEN" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PRODUCT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PRODUCT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `STOCK_CHANGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "STOCK_CHANGED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.vendor.deleteProduct": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PRODUCT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PRODUCT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.vendor.updateProduct": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    /**
                     * @description A price as a decimal string with up to two places, at most "9999999999.99".
                     * @example 50.00
                     */
                    price?: string;
                    /** @description The category id. */
                    category?: string;
                    is_active?: boolean;
                    variants?: {
                        /** @description An existing variant of this product, to update. */
                        id?: string;
                        color: string;
                        price?: string | null;
                        sizes: {
                            /** @description An existing size of this variant, to update. */
                            id?: string;
                            size: string;
                            sku: string;
                            stock: number;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `DUPLICATE_SIZE`, `DUPLICATE_VARIANT`, `INVALID_CATEGORY`, `INVALID_SIZE`, `INVALID_VALUE`, `INVALID_VARIANT`, `MALFORMED_JSON`, `SKU_TAKEN`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "DUPLICATE_SIZE" | "DUPLICATE_VARIANT" | "INVALID_CATEGORY" | "INVALID_SIZE" | "INVALID_VALUE" | "INVALID_VARIANT" | "MALFORMED_JSON" | "SKU_TAKEN" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PRODUCT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PRODUCT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `STOCK_CHANGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "STOCK_CHANGED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.vendor.uploadImage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The image: JPEG, PNG or WebP, told from its bytes; at most `MEDIA_MAX_UPLOAD_BYTES`.
                     */
                    file: string;
                    /** @description The id of the variant (colour) the image shows. */
                    variant?: string;
                    /** @description What the image shows, for screen readers. */
                    alt_text?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductImage"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `FILE_REQUIRED`, `IMAGE_DIMENSIONS_TOO_LARGE`, `INVALID_IMAGE`, `INVALID_VALUE`, `INVALID_VARIANT`, `MALFORMED_JSON`, `MALFORMED_MULTIPART`, `UNSUPPORTED_IMAGE_TYPE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "FILE_REQUIRED" | "IMAGE_DIMENSIONS_TOO_LARGE" | "INVALID_IMAGE" | "INVALID_VALUE" | "INVALID_VARIANT" | "MALFORMED_JSON" | "MALFORMED_MULTIPART" | "UNSUPPORTED_IMAGE_TYPE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PRODUCT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PRODUCT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `FILE_TOO_LARGE`, `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "FILE_TOO_LARGE" | "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `MEDIA_STORAGE_UNAVAILABLE`, `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "MEDIA_STORAGE_UNAVAILABLE" | "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.vendor.orderImages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Every image id of the product, in the new order (each exactly once). */
                    images: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductImage"][];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_IMAGE_ORDER`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_IMAGE_ORDER" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PRODUCT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PRODUCT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.vendor.deleteImage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                image_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `IMAGE_NOT_FOUND`, `PRODUCT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "IMAGE_NOT_FOUND" | "PRODUCT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.vendor.updateImage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                image_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the image shows, for screen readers. */
                    alt_text?: string;
                    /** @description The id of the variant (colour) the image shows; null for the whole product. */
                    variant?: string | null;
                    /**
                     * @description Makes this the product's main picture (the others stop being it).
                     * @enum {boolean}
                     */
                    is_main?: true;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductImage"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `INVALID_VARIANT`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "INVALID_VARIANT" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `IMAGE_NOT_FOUND`, `PRODUCT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "IMAGE_NOT_FOUND" | "PRODUCT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.vendor.exportProducts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A CSV file (RFC 4180, UTF-8, no byte-order mark), streamed; formula-like cells are prefixed with an apostrophe. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.admin.exportProducts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A CSV file (RFC 4180, UTF-8, no byte-order mark), streamed; formula-like cells are prefixed with an apostrophe. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "catalog.vendor.importProducts": {
        parameters: {
            query?: {
                /** @description true (the default): check and report, write nothing. false: write, if no row has a problem. */
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The CSV file (UTF-8).
                     */
                    file: string;
                };
                "text/csv": {
                    /**
                     * Format: binary
                     * @description The CSV file (UTF-8).
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductImportReport"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `IMPORT_INVALID`, `IMPORT_UNREADABLE`, `INVALID_CATEGORY`, `INVALID_VALUE`, `MALFORMED_JSON`, `MALFORMED_MULTIPART`, `SKU_TAKEN`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "IMPORT_INVALID" | "IMPORT_UNREADABLE" | "INVALID_CATEGORY" | "INVALID_VALUE" | "MALFORMED_JSON" | "MALFORMED_MULTIPART" | "SKU_TAKEN" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `IMPORT_CONFLICT`, `STOCK_CHANGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "IMPORT_CONFLICT" | "STOCK_CHANGED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `IMPORT_TOO_LARGE`, `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "IMPORT_TOO_LARGE" | "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "inventory.listItems": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                /** @description Part of a SKU or product name. */
                search?: string;
                low_stock?: boolean;
                /** @description A product id. */
                product?: string;
                /** @description A category id or slug; subcategories included. */
                category?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["InventoryItem"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "inventory.adjust": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sku: string;
                    /** @description Units to add (positive) or remove (negative); never zero. */
                    delta: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockMovement"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `UNKNOWN_SKU`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "UNKNOWN_SKU" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INSUFFICIENT_STOCK`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INSUFFICIENT_STOCK";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "inventory.listMovements": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                sku?: string;
                kind?: "initial" | "sale" | "cancel" | "adjustment" | "return";
                /** @description A product id. */
                product?: string;
                since?: string;
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["StockMovement"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.reports.lowStock": {
        parameters: {
            query?: {
                /** @description How many SKUs to list (default 10). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LowStockReport"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "payments.config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentsConfig"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "payments.stripeWebhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        received: boolean;
                        /** @description What the event did: `applied`, `duplicate` or `ignored`. */
                        outcome: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`, `WEBHOOK_EVENT_INVALID`, `WEBHOOK_SIGNATURE_INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR" | "WEBHOOK_EVENT_INVALID" | "WEBHOOK_SIGNATURE_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `STRIPE_NOT_CONFIGURED`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "STRIPE_NOT_CONFIGURED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYMENT_MISMATCH`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYMENT_MISMATCH";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.reports.payments": {
        parameters: {
            query?: {
                /** @description The last N days, today included (default 30). Ignored when `from` and `to` are given. */
                days?: number;
                /** @description First day (YYYY-MM-DD, in the shop time zone), with `to`. */
                from?: string;
                /** @description Last day, included (YYYY-MM-DD), with `from`. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentsReport"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_PERIOD`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_PERIOD" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "cart.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "cart.addItem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The product size (SKU) to add.
                     */
                    size_id: string;
                    /**
                     * @description Units to add; an existing line of the same size grows by this many.
                     * @default 1
                     */
                    quantity: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SIZE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SIZE_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INSUFFICIENT_STOCK`, `PRODUCT_UNAVAILABLE`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INSUFFICIENT_STOCK" | "PRODUCT_UNAVAILABLE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "cart.updateItem": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                item_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The new number of units. */
                    quantity: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CART_ITEM_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CART_ITEM_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INSUFFICIENT_STOCK`, `PRODUCT_UNAVAILABLE`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INSUFFICIENT_STOCK" | "PRODUCT_UNAVAILABLE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "cart.removeItem": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                item_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CART_ITEM_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CART_ITEM_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "wishlist.list": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["WishlistItem"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "wishlist.add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    product_id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishlistItem"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WishlistItem"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PRODUCT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PRODUCT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "wishlist.remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `WISHLIST_ITEM_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "WISHLIST_ITEM_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "wishlist.bulkAdd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    product_ids: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Products that were not in the wishlist before. */
                        added: number;
                        /** @description The entries of the products sent. */
                        items: components["schemas"]["WishlistItem"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "wishlist.bulkRemove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    product_ids: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        removed: number;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "wishlist.moveToCart": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The size to put in the cart. May be left out when the product has exactly one size in stock, which is then taken; with several, 400 `SIZE_REQUIRED`.
                     */
                    size_id?: string;
                    /** @default 1 */
                    quantity: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `SIZE_NOT_OF_PRODUCT`, `SIZE_REQUIRED`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "SIZE_NOT_OF_PRODUCT" | "SIZE_REQUIRED" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SIZE_NOT_FOUND`, `WISHLIST_ITEM_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SIZE_NOT_FOUND" | "WISHLIST_ITEM_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INSUFFICIENT_STOCK`, `PRODUCT_UNAVAILABLE`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INSUFFICIENT_STOCK" | "PRODUCT_UNAVAILABLE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "orders.createPaymentIntent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    shipping_address?: components["schemas"]["ShippingAddress"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentIntent"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `CART_EMPTY`, `INVALID_VALUE`, `MALFORMED_JSON`, `NOTHING_TO_PAY`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "CART_EMPTY" | "INVALID_VALUE" | "MALFORMED_JSON" | "NOTHING_TO_PAY" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CART_ITEMS_UNAVAILABLE`, `CART_TOTAL_TOO_LARGE`, `INSUFFICIENT_STOCK`, `PRODUCT_UNAVAILABLE`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CART_ITEMS_UNAVAILABLE" | "CART_TOTAL_TOO_LARGE" | "INSUFFICIENT_STOCK" | "PRODUCT_UNAVAILABLE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYMENT_PROVIDER_ERROR`. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYMENT_PROVIDER_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "orders.checkout": {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: one order per key. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    payment_intent_id: string;
                    shipping_address: components["schemas"]["ShippingAddress"];
                    /** @description With the `manual` provider, `payment_method` decides the outcome. Offline methods (`cash`, `cash_on_delivery`, `bank_transfer`, `bkash`, `nagad`, `rocket`), or no `payment_method` at all, place the order `pending` until staff record the payment. In payment test mode only (`GET /api/payments/config/` says whether it is on), test cards decide the outcome: `pm_card_visa`, `pm_card_mastercard`, `tok_visa` or the card numbers 4242424242424242 / 5555555555554444 succeed (the order is `paid`); `pm_card_chargeDeclined` / 4000000000000002 and `pm_card_chargeDeclinedInsufficientFunds` / 4000000000009995 are declined (402 `PAYMENT_DECLINED`, nothing changes). With `stripe`, confirm the payment in the browser (Stripe Elements) and omit it, or pass a Stripe PaymentMethod id to confirm server-side. */
                    payment_method?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_IDEMPOTENCY_KEY`, `INVALID_PAYMENT_METHOD`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_IDEMPOTENCY_KEY" | "INVALID_PAYMENT_METHOD" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYMENT_DECLINED`, `PAYMENT_NOT_COMPLETED`. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYMENT_DECLINED" | "PAYMENT_NOT_COMPLETED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYMENT_INTENT_NOT_FOUND`, `SIZE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYMENT_INTENT_NOT_FOUND" | "SIZE_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CART_CHANGED`, `IDEMPOTENCY_KEY_REUSED`, `INSUFFICIENT_STOCK`, `PAYMENT_INTENT_VOIDED`, `PAYMENT_MISMATCH`, `PRODUCT_UNAVAILABLE`, `TOO_MANY_UNPAID_ORDERS`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CART_CHANGED" | "IDEMPOTENCY_KEY_REUSED" | "INSUFFICIENT_STOCK" | "PAYMENT_INTENT_VOIDED" | "PAYMENT_MISMATCH" | "PRODUCT_UNAVAILABLE" | "TOO_MANY_UNPAID_ORDERS";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYMENT_INTENT_EXPIRED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYMENT_INTENT_EXPIRED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYMENT_PROVIDER_ERROR`. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYMENT_PROVIDER_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "orders.list": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                /** @description `pending → paid → processing → shipped → delivered`, or `cancelled` / `refunded`. */
                status?: "pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["Order"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "orders.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORDER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "orders.cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORDER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORDER_CHANGED`, `ORDER_NOT_CANCELLABLE`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORDER_CHANGED" | "ORDER_NOT_CANCELLABLE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.orders.list": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                /** @description `pending → paid → processing → shipped → delivered`, or `cancelled` / `refunded`. */
                status?: "pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
                /** @description Part of the order number or of the customer email. */
                search?: string;
                /** @description Placed on or after this day (YYYY-MM-DD, shop time zone). */
                from?: string;
                /** @description Placed on or before this day (YYYY-MM-DD, shop time zone). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["AdminOrder"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.orders.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminOrderDetail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORDER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.orders.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description `pending → paid → processing → shipped → delivered`, or `cancelled` / `refunded`. */
                    status: "pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
                    /** @description Only with `refunded`: put the items back in stock (a `return` movement each). Default: yes when the order had not shipped, no once it had (say yes when the items came back). */
                    restock?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminOrder"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORDER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_STATUS_TRANSITION`, `ORDER_CHANGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_STATUS_TRANSITION" | "ORDER_CHANGED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.orders.addNote": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Staff only; never shown to the customer. */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminOrderDetail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORDER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.orders.setTracking": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example DHL */
                    carrier: string;
                    tracking_number: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminOrderDetail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORDER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.orders.clearTracking": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminOrderDetail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORDER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.orders.refund": {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: one refund per key. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    lines: {
                        /**
                         * Format: uuid
                         * @description An order line's `id`.
                         */
                        item_id: string;
                        /** @description Units of that line to refund. */
                        quantity: number;
                    }[];
                    /** @description Put the refunded units back in stock (a `return` movement per line). */
                    restock: boolean;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        refund: components["schemas"]["OrderRefund"];
                        order: components["schemas"]["AdminOrder"];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_IDEMPOTENCY_KEY`, `INVALID_VALUE`, `MALFORMED_JSON`, `REFUND_LINE_NOT_FOUND`, `REFUND_LINE_REPEATED`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_IDEMPOTENCY_KEY" | "INVALID_VALUE" | "MALFORMED_JSON" | "REFUND_LINE_NOT_FOUND" | "REFUND_LINE_REPEATED" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORDER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `IDEMPOTENCY_KEY_REUSED`, `ORDER_NOT_REFUNDABLE`, `PAYMENT_NOT_REFUNDABLE`, `REFUND_QUANTITY_EXCEEDED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "IDEMPOTENCY_KEY_REUSED" | "ORDER_NOT_REFUNDABLE" | "PAYMENT_NOT_REFUNDABLE" | "REFUND_QUANTITY_EXCEEDED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.orders.bulkStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The orders to change, at most 100, each once. */
                    ids: string[];
                    /** @description `pending → paid → processing → shipped → delivered`, or `cancelled` / `refunded`. */
                    status: "pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
                    /** @description Only with `refunded`: as for one order (`PATCH /api/admin/orders/<id>/`). */
                    restock?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            id: string;
                            order_number: string | null;
                            /** @description `unchanged`: it had that status already; `refused`: see `code` and `detail`. */
                            outcome: "changed" | "unchanged" | "refused";
                            status: "pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded" | null;
                            code: string | null;
                            detail: string | null;
                        }[];
                        changed: number;
                        refused: number;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.reports.sales": {
        parameters: {
            query?: {
                /** @description The last N days, today included (default 30). Ignored when `from` and `to` are given. */
                days?: number;
                /** @description First day (YYYY-MM-DD, in the shop time zone), with `to`. */
                from?: string;
                /** @description Last day, included (YYYY-MM-DD), with `from`. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesReport"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_PERIOD`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_PERIOD" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "orders.invoice": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A PDF document, sent as a download (`Content-Disposition: attachment`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORDER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.orders.invoice": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A PDF document, sent as a download (`Content-Disposition: attachment`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORDER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.orders.packingSlip": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A PDF document, sent as a download (`Content-Disposition: attachment`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORDER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.orders.export": {
        parameters: {
            query?: {
                /** @description `pending → paid → processing → shipped → delivered`, or `cancelled` / `refunded`. */
                status?: "pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
                /** @description Part of the order number or of the customer email. */
                search?: string;
                /** @description Placed on or after this day (YYYY-MM-DD, shop time zone). */
                from?: string;
                /** @description Placed on or before this day (YYYY-MM-DD, shop time zone). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A CSV file (RFC 4180, UTF-8, no byte-order mark), streamed; formula-like cells are prefixed with an apostrophe. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "addresses.list": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["Address"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "addresses.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the customer calls it ("Home", "Office"); may be empty. */
                    label?: string;
                    /** @description Who receives the parcel. */
                    full_name: string;
                    line1: string;
                    line2?: string;
                    city: string;
                    /** @description State, province or county (`state` in an order’s shipping address). */
                    region?: string;
                    postal_code: string;
                    /** @description ISO 3166-1 alpha-2 code (`GB`, `BD`), any case; stored in upper case. */
                    country: string;
                    /** @description Read in the address’s country when written without + and a country code; stored in E.164 form. */
                    phone?: string;
                    /** @description Make it the default (checkout preselects it; the previous default stops being one). A customer’s first address is the default. */
                    is_default?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Address"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ADDRESS_LIMIT_REACHED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ADDRESS_LIMIT_REACHED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "addresses.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Address"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ADDRESS_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ADDRESS_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "addresses.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ADDRESS_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ADDRESS_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "addresses.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the customer calls it ("Home", "Office"); may be empty. */
                    label?: string;
                    /** @description Who receives the parcel. */
                    full_name?: string;
                    line1?: string;
                    line2?: string;
                    city?: string;
                    /** @description State, province or county (`state` in an order’s shipping address). */
                    region?: string;
                    postal_code?: string;
                    /** @description ISO 3166-1 alpha-2 code (`GB`, `BD`), any case; stored in upper case. */
                    country?: string;
                    /** @description Read in the address’s country when written without + and a country code; stored in E.164 form. */
                    phone?: string;
                    /** @description Make it the default (checkout preselects it; the previous default stops being one). A customer’s first address is the default. */
                    is_default?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Address"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ADDRESS_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ADDRESS_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "vendor.orders.list": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                /** @description Managers and admins: the vendor (a user id) whose figures to show; without it, every product’s. Ignored for a vendor, who always sees their own. */
                vendor?: string;
                /** @description `pending → paid → processing → shipped → delivered`, or `cancelled` / `refunded`. */
                status?: "pending" | "paid" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
                /** @description Placed on or after this day (shop time zone). */
                from?: string;
                /** @description Placed on or before this day (included). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["VendorOrder"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_PERIOD`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_PERIOD" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "vendor.reports.sales": {
        parameters: {
            query?: {
                /** @description The last N days, today included (default 30). Ignored when `from` and `to` are given. */
                days?: number;
                /** @description First day (YYYY-MM-DD, in the shop time zone), with `to`. */
                from?: string;
                /** @description Last day, included (YYYY-MM-DD), with `from`. */
                to?: string;
                /** @description Managers and admins: the vendor (a user id) whose figures to show; without it, every product’s. Ignored for a vendor, who always sees their own. */
                vendor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Units and revenue of your lines in the orders paid and kept (paid, processing, shipped, delivered), per day placed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VendorSalesReport"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_PERIOD`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_PERIOD" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "loyalty.me": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer_id: string;
                        full_name: string;
                        balance: number;
                        points: number;
                        card_version: number;
                        /** @description The signed payload of the card; what the QR code holds. */
                        qr_data: string;
                        recent_history: components["schemas"]["LoyaltyLedgerEntry"][];
                        history: {
                            count: number;
                            next: string | null;
                            previous: string | null;
                            results: components["schemas"]["LoyaltyLedgerEntry"][];
                        };
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `NOT_A_CUSTOMER`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "NOT_A_CUSTOMER" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_NOT_FOUND`, `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_NOT_FOUND" | "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "loyalty.myQr": {
        parameters: {
            query?: {
                format?: "svg" | "png";
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The QR code, SVG (default) or PNG. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                    "image/png": string;
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `NOT_A_CUSTOMER`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "NOT_A_CUSTOMER" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "loyalty.reissueCard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer_id: string;
                        card_version: number;
                        qr_data: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `NOT_A_CUSTOMER`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "NOT_A_CUSTOMER" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "loyalty.promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: components["schemas"]["LoyaltyPromotion"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `NOT_A_CUSTOMER`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "NOT_A_CUSTOMER" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "pos.scanUser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    qr_data: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer: components["schemas"]["LoyaltyCustomer"];
                        balance: number;
                        promotions: components["schemas"]["LoyaltyPromotion"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_QR`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_QR" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "pos.scanPromotion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    qr_data?: string;
                    code?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        promotion: components["schemas"]["LoyaltyPromotion"];
                        valid: boolean;
                        reason: string | null;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_QR`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_QR" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PROMOTION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PROMOTION_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "pos.redeemPromotion": {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: a repeat returns the first answer. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The customer code, e.g. CUST-00001. */
                    customer_id: string;
                    /** @description The promotion id or code. */
                    promotion_id: string;
                    /** @description The POS terminal, for the ledger. */
                    terminal?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        redemption_id: string;
                        customer_id: string;
                        promotion: components["schemas"]["LoyaltyPromotion"];
                        points_spent: number;
                        /** @description bonus_points promotions: the points credited. */
                        points_awarded: number;
                        balance: number;
                        message: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_IDEMPOTENCY_KEY`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_IDEMPOTENCY_KEY" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_NOT_FOUND`, `PROMOTION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_NOT_FOUND" | "PROMOTION_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_LIMIT_REACHED`, `IDEMPOTENCY_KEY_REUSED`, `INSUFFICIENT_POINTS`, `PROMOTION_EXHAUSTED`, `PROMOTION_EXPIRED`, `PROMOTION_INACTIVE`, `PROMOTION_NOT_STARTED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_LIMIT_REACHED" | "IDEMPOTENCY_KEY_REUSED" | "INSUFFICIENT_POINTS" | "PROMOTION_EXHAUSTED" | "PROMOTION_EXPIRED" | "PROMOTION_INACTIVE" | "PROMOTION_NOT_STARTED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "pos.awardPoints": {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: a repeat returns the first answer. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The customer code, e.g. CUST-00001. */
                    customer_id: string;
                    points: number;
                    reason: string;
                    /** @description The POS terminal, for the ledger. */
                    terminal?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer_id: string;
                        /** @description Points this request added (negative: took). */
                        points: number;
                        balance: number;
                        entry: components["schemas"]["LoyaltyLedgerEntry"];
                        message: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_IDEMPOTENCY_KEY`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_IDEMPOTENCY_KEY" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `IDEMPOTENCY_KEY_REUSED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "pos.processOrderPoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The customer code, e.g. CUST-00001. */
                    customer_id: string;
                    order_id: string;
                    /** @description The order total, a decimal string ("50.00") or a number. */
                    order_total: string | number;
                    /** @description The POS terminal, for the ledger. */
                    terminal?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer_id: string;
                        order_id: string;
                        points_earned: number;
                        balance: number;
                        /** @description This order was credited before; nothing changed. */
                        already_processed: boolean;
                        message: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORDER_ALREADY_CREDITED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORDER_ALREADY_CREDITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "promotions.list": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                search?: string;
                is_active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["LoyaltyPromotion"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "promotions.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    description?: string;
                    kind: "percent_off" | "amount_off" | "free_item" | "bonus_points";
                    value?: string | number;
                    points_cost?: number;
                    starts_at?: string | null;
                    ends_at?: string | null;
                    max_redemptions?: number | null;
                    per_customer_limit?: number | null;
                    is_active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoyaltyPromotion"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `DUPLICATE_CODE`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "DUPLICATE_CODE" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "promotions.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoyaltyPromotion"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PROMOTION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PROMOTION_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "promotions.deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PROMOTION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PROMOTION_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "promotions.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                    description?: string;
                    kind?: "percent_off" | "amount_off" | "free_item" | "bonus_points";
                    value?: string | number;
                    points_cost?: number;
                    starts_at?: string | null;
                    ends_at?: string | null;
                    max_redemptions?: number | null;
                    per_customer_limit?: number | null;
                    is_active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoyaltyPromotion"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `DUPLICATE_CODE`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "DUPLICATE_CODE" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PROMOTION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PROMOTION_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "promotions.qr": {
        parameters: {
            query?: {
                format?: "svg" | "png";
                size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The QR code, SVG (default) or PNG. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                    "image/png": string;
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PROMOTION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PROMOTION_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "loyalty.account": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
            };
            header?: never;
            path: {
                /** @description The customer code (CUST-00001) or the user id. */
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer: components["schemas"]["LoyaltyCustomer"];
                        card_version: number;
                        history: {
                            count: number;
                            next: string | null;
                            previous: string | null;
                            results: components["schemas"]["LoyaltyLedgerEntry"][];
                        };
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_NOT_FOUND`, `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_NOT_FOUND" | "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "loyalty.adjust": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer code (CUST-00001) or the user id. */
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    points: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer_id: string;
                        /** @description Points this request added (negative: took). */
                        points: number;
                        balance: number;
                        entry: components["schemas"]["LoyaltyLedgerEntry"];
                        message: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INSUFFICIENT_POINTS`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INSUFFICIENT_POINTS";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.listPackages": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["BillingPackage"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.createPackage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    speed_mbps: number;
                    /**
                     * @description A price as a decimal string with up to two places, at most "9999999999.99".
                     * @example 50.00
                     */
                    price: string;
                    description?: string;
                    is_active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingPackage"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `PACKAGE_NAME_TAKEN`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "PACKAGE_NAME_TAKEN" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.getPackage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingPackage"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PACKAGE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PACKAGE_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.updatePackage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    speed_mbps?: number;
                    /**
                     * @description A price as a decimal string with up to two places, at most "9999999999.99".
                     * @example 50.00
                     */
                    price?: string;
                    description?: string;
                    is_active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingPackage"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `PACKAGE_NAME_TAKEN`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "PACKAGE_NAME_TAKEN" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PACKAGE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PACKAGE_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.deletePackage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PACKAGE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PACKAGE_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PACKAGE_IN_USE`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PACKAGE_IN_USE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.listPackageCustomers": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
            };
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["BillingCustomer"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`, `PACKAGE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE" | "PACKAGE_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.listCustomers": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                /** @description Part of a name, email or phone. */
                search?: string;
                /** @description Only ACTIVE subscribers are billed. */
                status?: "ACTIVE" | "DRAFT" | "INACTIVE" | "REMOVED";
                /** @description How the subscriber connects. */
                connection_type?: "DHCP" | "STATIC" | "PPPoE";
                package?: string;
                /** @description Staff: include each subscriber's credentials (every one shown is audited). */
                reveal?: "credentials";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["BillingCustomer"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.createCustomer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    user: string;
                    /** Format: uuid */
                    package: string;
                    /** @description How the subscriber connects. */
                    connection_type: "DHCP" | "STATIC" | "PPPoE";
                    credentials?: {
                        [key: string]: string;
                    } | null;
                    address?: string;
                    /** @description Only ACTIVE subscribers are billed. */
                    status?: "ACTIVE" | "DRAFT" | "INACTIVE" | "REMOVED";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingCustomer"];
                };
            };
            /** @description Problem details; `code` is one of `ALREADY_SUBSCRIBER`, `BAD_REQUEST`, `INVALID_CREDENTIALS`, `INVALID_VALUE`, `MALFORMED_JSON`, `PACKAGE_NOT_FOUND`, `USER_NOT_FOUND`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ALREADY_SUBSCRIBER" | "BAD_REQUEST" | "INVALID_CREDENTIALS" | "INVALID_VALUE" | "MALFORMED_JSON" | "PACKAGE_NOT_FOUND" | "USER_NOT_FOUND" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.exportCustomers": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                /** @description Part of a name, email or phone. */
                search?: string;
                /** @description Only ACTIVE subscribers are billed. */
                status?: "ACTIVE" | "DRAFT" | "INACTIVE" | "REMOVED";
                /** @description How the subscriber connects. */
                connection_type?: "DHCP" | "STATIC" | "PPPoE";
                package?: string;
                /** @description Staff: include each subscriber's credentials (every one shown is audited). */
                reveal?: "credentials";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A CSV file (RFC 4180, UTF-8, no byte-order mark), streamed; formula-like cells are prefixed with an apostrophe. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.getCustomer": {
        parameters: {
            query?: {
                /** @description Staff: include the subscriber's credentials (the read is audited); without it the detail leaves them out. */
                reveal?: "credentials";
            };
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingCustomer"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.updateCustomer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    package?: string;
                    /** @description How the subscriber connects. */
                    connection_type?: "DHCP" | "STATIC" | "PPPoE";
                    credentials?: {
                        [key: string]: string;
                    } | null;
                    address?: string;
                    /** @description Only ACTIVE subscribers are billed. */
                    status?: "ACTIVE" | "DRAFT" | "INACTIVE" | "REMOVED";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingCustomer"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_CREDENTIALS`, `INVALID_VALUE`, `MALFORMED_JSON`, `PACKAGE_NOT_FOUND`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_CREDENTIALS" | "INVALID_VALUE" | "MALFORMED_JSON" | "PACKAGE_NOT_FOUND" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.deleteCustomer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_HAS_PAYMENTS`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_HAS_PAYMENTS";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.generateBills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A billing month, JANUARY to DECEMBER. */
                    billing_month: "JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER";
                    year: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingBillRun"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_IDEMPOTENCY_KEY`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_IDEMPOTENCY_KEY" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `IDEMPOTENCY_KEY_REUSED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.listCustomerPayments": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                /** @description A billing month, JANUARY to DECEMBER. */
                billing_month?: "JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER";
                year?: number;
                /** @description How the money came. */
                payment_method?: "BANK_TRANSFER" | "BKASH" | "CASH" | "NAGAD" | "MOBILE_BANKING" | "ONLINE_PAYMENT" | "ROCKET" | "OTHER";
                paid?: boolean;
                kind?: "BILL" | "PAYMENT";
                /** @description true: only overdue bills; false: everything that is not one. */
                overdue?: boolean;
            };
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["BillingPayment"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_NOT_FOUND`, `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_NOT_FOUND" | "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.createCustomerPayment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description An amount as a decimal string with up to two places, e.g. "50.00".
                     * @example 50.00
                     */
                    amount: string;
                    /** @description A billing month, JANUARY to DECEMBER. */
                    billing_month: "JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER";
                    year?: number;
                    /** @description How the money came. */
                    payment_method: "BANK_TRANSFER" | "BKASH" | "CASH" | "NAGAD" | "MOBILE_BANKING" | "ONLINE_PAYMENT" | "ROCKET" | "OTHER";
                    transaction_id?: string;
                    note?: string;
                    /** @description Ignored: `paid` follows the amounts. */
                    paid?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingPayment"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_IDEMPOTENCY_KEY`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_IDEMPOTENCY_KEY" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CUSTOMER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `IDEMPOTENCY_KEY_REUSED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.listPayments": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                /** @description A billing month, JANUARY to DECEMBER. */
                billing_month?: "JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER";
                year?: number;
                /** @description How the money came. */
                payment_method?: "BANK_TRANSFER" | "BKASH" | "CASH" | "NAGAD" | "MOBILE_BANKING" | "ONLINE_PAYMENT" | "ROCKET" | "OTHER";
                paid?: boolean;
                kind?: "BILL" | "PAYMENT";
                /** @description true: only overdue bills; false: everything that is not one. */
                overdue?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["BillingPayment"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.createPayment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    customer_id: string;
                    /**
                     * @description An amount as a decimal string with up to two places, e.g. "50.00".
                     * @example 50.00
                     */
                    amount: string;
                    /** @description A billing month, JANUARY to DECEMBER. */
                    billing_month: "JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER";
                    year?: number;
                    /** @description How the money came. */
                    payment_method: "BANK_TRANSFER" | "BKASH" | "CASH" | "NAGAD" | "MOBILE_BANKING" | "ONLINE_PAYMENT" | "ROCKET" | "OTHER";
                    transaction_id?: string;
                    note?: string;
                    /** @description Ignored: `paid` follows the amounts. */
                    paid?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingPayment"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `CUSTOMER_NOT_FOUND`, `INVALID_IDEMPOTENCY_KEY`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "CUSTOMER_NOT_FOUND" | "INVALID_IDEMPOTENCY_KEY" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `IDEMPOTENCY_KEY_REUSED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.exportPayments": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                /** @description A billing month, JANUARY to DECEMBER. */
                billing_month?: "JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER";
                year?: number;
                /** @description How the money came. */
                payment_method?: "BANK_TRANSFER" | "BKASH" | "CASH" | "NAGAD" | "MOBILE_BANKING" | "ONLINE_PAYMENT" | "ROCKET" | "OTHER";
                paid?: boolean;
                kind?: "BILL" | "PAYMENT";
                /** @description true: only overdue bills; false: everything that is not one. */
                overdue?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A CSV file (RFC 4180, UTF-8, no byte-order mark), streamed; formula-like cells are prefixed with an apostrophe. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.monthlyReport": {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingMonthlyReport"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.getPayment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingPayment"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYMENT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYMENT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.updatePayment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description An amount as a decimal string with up to two places, e.g. "50.00".
                     * @example 50.00
                     */
                    amount?: string;
                    /** @description How the money came. */
                    payment_method?: "BANK_TRANSFER" | "BKASH" | "CASH" | "NAGAD" | "MOBILE_BANKING" | "ONLINE_PAYMENT" | "ROCKET" | "OTHER";
                    transaction_id?: string;
                    note?: string;
                    /** @description Ignored: `paid` follows the amounts. */
                    paid?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingPayment"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYMENT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYMENT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.deletePayment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYMENT_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYMENT_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `BILL_HAS_PAYMENTS`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BILL_HAS_PAYMENTS";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The username. */
                        user: string;
                        /** @description Bills minus payments, e.g. "10.00" (negative: credit). */
                        current_balance: string;
                        /** @enum {string} */
                        billing_cycle: "monthly";
                        /**
                         * Format: date
                         * @description The 1st of next month.
                         */
                        next_billing_date: string;
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billing.transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The username. */
                        user: string;
                        transactions: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description An amount as a decimal string with up to two places, e.g. "50.00".
                             * @example 50.00
                             */
                            amount: string;
                            description: string;
                            /** Format: date */
                            date: string;
                            /** @description Bills: paid or unpaid; payments: completed. */
                            status: "paid" | "unpaid" | "completed";
                        }[];
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billingUsers.register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    first_name: string;
                    last_name: string;
                    phone: string;
                    email: string;
                    username?: string;
                    password: string;
                    confirm_password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        access?: string;
                        refresh?: string;
                        detail?: string;
                        user: components["schemas"]["BillingUserDetail"];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billingUsers.list": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["BillingUserDetail"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billingUsers.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    username?: string;
                    password: string;
                    first_name?: string;
                    last_name?: string;
                    phone?: string;
                    /** @description Mercato user types: SUPER_ADMIN an admin who is a superuser, ADMIN admin, MANAGER manager, STAFF staff, CUSTOMER customer, OTHER a creator or vendor. */
                    role?: "ADMIN" | "CUSTOMER" | "MANAGER" | "STAFF" | "SUPER_ADMIN" | "OTHER";
                    /** @description Gender. */
                    gender?: "FEMALE" | "MALE" | "UNKNOWN";
                    kind?: string;
                    /** @description INACTIVE and REMOVED deactivate the account. */
                    status?: "ACTIVE" | "DRAFT" | "INACTIVE" | "REMOVED";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingUserDetail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ADMIN_REQUIRED`, `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`, `SUPERUSER_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ADMIN_REQUIRED" | "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED" | "SUPERUSER_REQUIRED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billingUsers.me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingUserDetail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billingUsers.updateMe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    first_name?: string;
                    last_name?: string;
                    username?: string;
                    phone?: string;
                    email?: string;
                    /** @description Your current password: needed to change your email. */
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingUserDetail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billingUsers.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingUserDetail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billingUsers.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    first_name?: string;
                    last_name?: string;
                    phone?: string;
                    /** @description Mercato user types: SUPER_ADMIN an admin who is a superuser, ADMIN admin, MANAGER manager, STAFF staff, CUSTOMER customer, OTHER a creator or vendor. */
                    role?: "ADMIN" | "CUSTOMER" | "MANAGER" | "STAFF" | "SUPER_ADMIN" | "OTHER";
                    /** @description Gender. */
                    gender?: "FEMALE" | "MALE" | "UNKNOWN";
                    kind?: string;
                    /** @description INACTIVE and REMOVED deactivate the account. */
                    status?: "ACTIVE" | "DRAFT" | "INACTIVE" | "REMOVED";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingUserDetail"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ADMIN_REQUIRED`, `CANNOT_CHANGE_SELF`, `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`, `SUPERUSER_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ADMIN_REQUIRED" | "CANNOT_CHANGE_SELF" | "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED" | "SUPERUSER_REQUIRED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billingUsers.deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deactivated. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ADMIN_REQUIRED`, `CANNOT_CHANGE_SELF`, `CSRF_FAILED`, `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`, `SUPERUSER_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ADMIN_REQUIRED" | "CANNOT_CHANGE_SELF" | "CSRF_FAILED" | "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED" | "SUPERUSER_REQUIRED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billingUsers.login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string;
                    username?: string;
                    phone?: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        access: string;
                        refresh: string;
                        user: components["schemas"]["BillingUserDetail"];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `INVALID_CREDENTIALS`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "INVALID_CREDENTIALS";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ACCOUNT_INACTIVE`, `EMAIL_NOT_VERIFIED`, `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_INACTIVE" | "EMAIL_NOT_VERIFIED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`, `TOO_MANY_LOGIN_ATTEMPTS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED" | "TOO_MANY_LOGIN_ATTEMPTS";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "billingUsers.refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refresh: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        access: string;
                        refresh: string;
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `MALFORMED_JSON`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "MALFORMED_JSON" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `TOKEN_INVALID`, `TOKEN_REUSED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "TOKEN_INVALID" | "TOKEN_REUSED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.customers.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCustomer"];
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    "admin.customers.orders": {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: number;
                /** @description Results per page (default 20, at most 100). */
                page_size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Results across all pages. */
                        count: number;
                        next: string | null;
                        previous: string | null;
                        results: components["schemas"]["Order"][];
                    };
                };
            };
            /** @description Problem details; `code` is one of `BAD_REQUEST`, `INVALID_VALUE`, `VALIDATION_ERROR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "BAD_REQUEST" | "INVALID_VALUE" | "VALIDATION_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `API_CLIENT_REQUIRED`, `INVALID_API_CLIENT`, `NOT_AUTHENTICATED`, `TOKEN_INVALID`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "API_CLIENT_REQUIRED" | "INVALID_API_CLIENT" | "NOT_AUTHENTICATED" | "TOKEN_INVALID";
                    };
                };
            };
            /** @description Problem details; `code` is one of `ORIGIN_NOT_ALLOWED`, `PERMISSION_DENIED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "ORIGIN_NOT_ALLOWED" | "PERMISSION_DENIED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INVALID_PAGE`, `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INVALID_PAGE" | "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Problem details; `code` is one of `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description Problem details; `code` is one of `INTERNAL_ERROR`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description Problem details; `code` is one of `SERVICE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
}
