/**
 * The catalogue's `mercato` commands: `mercato media rebuild` makes the web
 * sizes and thumbnails missing from pictures stored before they were made on
 * upload (migration 0021).
 */
import type { Command } from 'commander';
import { batchSize } from '../../platform/command-options.js';
import type { CommandRunner } from '../../platform/module.js';
import { progress } from '../../platform/progress.js';

export function catalogCommands(program: Command, run: CommandRunner): void {
  const media = program.command('media').description('Uploaded product pictures.');
  media
    .command('rebuild')
    .description(
      'Make the missing web sizes and thumbnails of product pictures from the stored pictures (those uploaded before they were made on upload). A repeat changes nothing.',
    )
    .option('--batch <n>', 'pictures read per query', batchSize, 100)
    .action(async (opts: { batch: number }) => {
      await run(async (ctx) => {
        const { service } = ctx.module('catalog');
        const total = await service.images.countMissingSizes();
        const shown = progress('Making web sizes and thumbnails', total);
        try {
          const result = await service.images.rebuildSizes(opts.batch, (done) => shown.update(done));
          shown.stop();
          console.log(
            `${result.rebuilt} of ${total} pictures given a web size and a thumbnail.` +
              (result.missing ? ` ${result.missing} pictures' files are missing from MEDIA_ROOT.` : '') +
              (result.unreadable ? ` ${result.unreadable} pictures' files do not decode.` : ''),
          );
        } catch (err) {
          shown.stop();
          throw err;
        }
      });
    });
}
