/**
 * Identity's `mercato` commands: the first superuser, API clients, signing
 * keys, and users imported from a Django site.
 */
import { readFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { fail, fieldErrorLines, positiveInt } from '../../platform/commands.js';
import { AppError } from '../../platform/errors.js';
import type { CommandRunner } from '../../platform/module.js';
import { createApiClientFromCli } from './api-clients.service.js';
import { importDjangoUsers } from './import-users.js';
import { rotateSigningKey } from './keys.js';
import { registerSuperuser } from './users.service.js';

export function identityCommands(program: Command, run: CommandRunner): void {
  program
    .command('createsuperuser')
    .description('Create an admin with every permission. Asks for the details unless --no-input is given.')
    .option('--email <email>', 'email address (also the login)')
    .option('--username <username>', 'username (default: the part of the email before @)')
    .option(
      '--password <password>',
      'password (with --no-input; prefer the prompt, which keeps it out of shell history)',
    )
    .option('--no-input', 'do not prompt; take everything from the options')
    .action(async (opts: { email?: string; username?: string; password?: string; input: boolean }) => {
      let { email, username, password } = opts;
      if (opts.input) {
        const { input, password: secret } = await import('@inquirer/prompts');
        email ??= await input({ message: 'Email address:', required: true });
        username ??= await input({ message: 'Username (blank: from the email):' });
        if (!password) {
          password = await secret({ message: 'Password:', mask: true });
          const again = await secret({ message: 'Password (again):', mask: true });
          if (again !== password) fail('the two passwords do not match.');
        }
      }
      if (!email || !password) fail('--email and --password are required with --no-input.');
      await run(async (ctx) => {
        try {
          const user = await registerSuperuser(ctx, {
            email: email!,
            password: password!,
            ...(username ? { username } : {}),
          });
          console.log(`Superuser ${user.email} (username ${user.username}) created.`);
        } catch (err) {
          if (err instanceof AppError && err.errors) fail(fieldErrorLines(err).join('\n       '));
          throw err;
        }
      });
    });

  program
    .command('create-api-client')
    .description('Register a frontend or service as an API client; prints its id and key once.')
    .requiredOption('--name <name>', 'what the client is, e.g. "Creator Web App"')
    .addOption(
      new Option('--type <type>', 'kind of client')
        .choices(['web', 'admin', 'mobile', 'server', 'pos'])
        .makeOptionMandatory(),
    )
    .option('--rate-limit <n>', 'requests per minute', positiveInt, 1000)
    .option('--allowed-origin <origin...>', 'browser origins allowed to use a web client')
    .action(
      async (opts: {
        name: string;
        type: 'web' | 'admin' | 'mobile' | 'server' | 'pos';
        rateLimit: number;
        allowedOrigin?: string[];
      }) => {
        await run(async (ctx) => {
          const client = await createApiClientFromCli(ctx.db, {
            name: opts.name,
            type: opts.type,
            rateLimit: opts.rateLimit,
            ...(opts.allowedOrigin ? { allowedOrigins: opts.allowedOrigin } : {}),
          });
          console.log(`API client "${client.name}" created.`);
          console.log(`  X-Client-ID: ${client.client_id}`);
          console.log(`  X-API-Key:   ${client.api_key}`);
          console.log(
            'The key is shown this once; only its hash is stored. Rotate it from the admin if it is lost.',
          );
        });
      },
    );

  program
    .command('rotate-keys')
    .description('Create a new token signing key. Tokens signed by the old one stay valid until they expire.')
    .action(async () => {
      await run(async (ctx) => {
        const kid = await rotateSigningKey(ctx.module('identity').keys, ctx, 'cli');
        console.log(`New signing key ${kid} is active. Running servers sign with it within seconds.`);
      });
    });

  program
    .command('import-users <file>')
    .description(
      "Import users from a CSV of Django's auth_user table; their passwords keep working and are upgraded at login.",
    )
    .option('--dry-run', 'check the file and report, without writing')
    .action(async (file: string, opts: { dryRun?: boolean }) => {
      const text = await readFile(file, 'utf8').catch(() => fail(`cannot read ${file}.`));
      await run(async (ctx) => {
        const result = await importDjangoUsers(ctx, text, { dryRun: opts.dryRun ?? false });
        console.log(
          `${opts.dryRun ? 'Would create' : 'Created'} ${result.created} user(s); skipped ${result.skipped.length}.`,
        );
        for (const s of result.skipped)
          console.log(`  line ${s.line} (${s.email || 'no email'}): ${s.reason}`);
      });
    });
}
