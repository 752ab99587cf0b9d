/** How much the simulator writes: `silent` under test runners, `info` when run by hand. */
export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';

export const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const;

/** Values a log line may carry. Callers pass only non-secret, non-sensitive values. */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

export interface Logger {
  readonly level: LogLevel;
  error(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

/**
 * One JSON object per line, so `jq` and log shippers read it without a parser.
 *
 * @example
 * createLogger('info').info('call', { EventToken: 'BC', code: '00000000' });
 * // {"time":"…","level":"info","msg":"call","EventToken":"BC","code":"00000000"}
 */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const at =
    (lineLevel: Exclude<LogLevel, 'silent'>) =>
    (message: string, fields: LogFields = {}): void => {
      if (RANK[lineLevel] > RANK[level]) return;
      write(
        JSON.stringify({
          time: new Date().toISOString(),
          level: lineLevel,
          msg: message,
          ...fields,
        }),
      );
    };
  return { level, error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}
