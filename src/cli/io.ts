// The streams and environment a command runs with: the real process for the bin, stand-ins in
// tests, so the whole CLI can be exercised in-process.
import type { Readable, Writable } from "node:stream";

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Whether the report may use colour (stdout is a terminal and NO_COLOR is not set, or FORCE_COLOR is). */
  colour: boolean;
}

export function processIo(): Io {
  const env = process.env;
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0";
  const colour =
    forced || (process.stdout.isTTY === true && !("NO_COLOR" in env) && env.TERM !== "dumb");
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env, colour };
}
