// Exit codes. 0/1/2 follow the verdict so a script or an approval gate can branch on them; the
// rest are the BSD sysexits.h codes, so "the post is bad" is never confused with "the command
// was used wrongly" or "a file could not be read".
export const EXIT = {
  /** The post passes, or has advice only. A batch checked every line. */
  ok: 0,
  /** The post has a warning: the author should change it before publishing. */
  warn: 1,
  /** The post must not be published. */
  block: 2,
  /** The command was used wrongly: unknown option, missing text, two inputs. (EX_USAGE) */
  usage: 64,
  /** A batch had lines that could not be checked (not JSON, no text). The rest were. (EX_DATAERR) */
  data: 65,
  /** An input file (posts or pack) could not be opened. (EX_NOINPUT) */
  noInput: 66,
  /** The output file could not be created. (EX_CANTCREAT) */
  cantCreate: 73,
  /** Reading or writing failed part way. (EX_IOERR) */
  io: 74,
  /** The policy pack file is not valid. (EX_CONFIG) */
  config: 78,
} as const;

/** An error the user can act on: printed as one line on stderr, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** "ENOENT: no such file or directory, open 'x'" → "no such file or directory". */
export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "ENOSPC":
      return "no space left on the device";
    case "EPIPE":
      return "the reader closed the pipe";
    default:
      return e?.message ?? String(error);
  }
}
