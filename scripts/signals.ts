// How a command that writes data/ answers Ctrl-C, a closed terminal or a kill: a signal before the write's commit
// point cancels it (nothing written, the shell's usual exit code); after it, the write completes and the command
// says so and exits as it would have.
const SIGNAL_EXIT: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

export interface SignalWatch {
  /** The first signal received, if any: pass it to writeDataFiles as `cancelled`. */
  cancelled: () => string | undefined;
  /** Pass to writeDataFiles as `onCommitted`. */
  onCommitted: () => void;
  /** The exit code once the command is done, given the code it would have had, and a line to print, if any. */
  outcome(code: number): { code: number; note?: string };
}

export function watchSignals(): SignalWatch {
  let received: string | undefined;
  let committed = false;
  for (const signal of Object.keys(SIGNAL_EXIT)) process.on(signal, () => (received ??= signal));
  return {
    cancelled: () => received,
    onCommitted: () => (committed = true),
    outcome(code) {
      if (!received) return { code };
      if (committed) return { code, note: `(${received} arrived after the commit point: the write was completed.)` };
      return { code: SIGNAL_EXIT[received] };
    }
  };
}
