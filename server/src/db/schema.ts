/**
 * The Database type: one interface per table. Times are ISO-8601 strings in UTC
 * (`2026-11-22T04:07:14.123Z`) on both dialects, ids are UUIDv7 strings made by
 * the application, money is integer minor units, JSON columns are text.
 */

export interface JobsTable {
  id: string;
  type: string;
  payload: string;
  status: 'pending' | 'running' | 'done' | 'dead';
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_by: string | null;
  locked_at: string | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface MailOutboxTable {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  created_at: string;
}

export interface IdempotencyKeysTable {
  id: string;
  scope: string;
  key: string;
  fingerprint: string;
  response_status: number | null;
  response_body: string | null;
  created_at: string;
  expires_at: string;
}

export type UserType = 'customer' | 'creator' | 'vendor' | 'staff' | 'manager' | 'admin';

export interface UsersTable {
  id: string;
  email: string;
  username: string;
  password_hash: string;
  first_name: string;
  last_name: string;
  phone: string;
  user_type: UserType;
  is_superuser: boolean;
  is_active: boolean;
  email_verified: boolean;
  status: 'ACTIVE' | 'DRAFT' | 'INACTIVE' | 'REMOVED';
  gender: 'FEMALE' | 'MALE' | 'UNKNOWN';
  kind: string;
  vendor_status: 'pending' | 'approved' | 'rejected' | null;
  date_joined: string;
  last_login: string | null;
  updated_at: string;
}

export interface Database {
  jobs: JobsTable;
  mail_outbox: MailOutboxTable;
  idempotency_keys: IdempotencyKeysTable;
  users: UsersTable;
}
