/**
 * Identity: the one user table, password hashing, and the first admin. The
 * identity issue adds tokens, sessions, API clients and their routes here.
 */
import type { ModuleDefinition } from '../../platform/module.js';
import { seedIdentity } from './identity.seed.js';

export { hashPassword, verifyPassword } from './passwords.js';
export { createSuperuser, createUser } from './users.service.js';

export const identityModule: ModuleDefinition = {
  name: 'identity',
  seed: seedIdentity,
};
