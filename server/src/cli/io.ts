/** Where a command writes; injected so that commands are testable without spawning a process. */
export interface Io {
  /** A line of output (a newline is added). */
  stdout(text: string): void;
  /** Output exactly as given: a fixed document keeps its own line endings. */
  write(raw: string): void;
  stderr(text: string): void;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text + '\n'),
  write: (raw) => process.stdout.write(raw),
  stderr: (text) => process.stderr.write(text + '\n'),
};
