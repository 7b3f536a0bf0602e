// Argument parsing shared by the commands that write data/: --help prints the usage; a bad option prints it with the error.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export function parseCommandLine<T extends ParseArgsOptionsConfig>(options: T, usage: string) {
  try {
    const parsed = parseArgs({ allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
    if (parsed.values.help) {
      console.log(usage);
      return { exit: 0 } as const;
    }
    return { ...parsed, exit: undefined };
  } catch (error) {
    console.error(`✗ ${(error as Error).message}\n\n${usage}`);
    return { exit: 2 } as const;
  }
}
