// Runs the CLI from source for tests (the installed `mercato` runs the compiled copy).
import { runCli } from '../src/cli.js';

await runCli();
