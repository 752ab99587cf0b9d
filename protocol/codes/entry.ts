/** The answer `Status` a code travels with. The seed knows only these two. */
export type CodeStatus = 'OK' | 'FAILED';

/**
 * Who stands behind an entry: `computop` for codes seen in Computop's own
 * material, `simulator` for codes we assigned, `user` for entries added by
 * an override file.
 */
export type CodeSource = 'computop' | 'simulator' | 'user';

/**
 * One response code of the catalogue.
 *
 * @example
 * { code: '20140003', key: 'validation.too-long:Amount', status: 'FAILED',
 *   en: 'Amount too long', de: 'Amount zu lang', source: 'simulator' }
 */
export interface CodeEntry {
  /** 8 characters `S MMM PPPP`, upper-case. */
  readonly code: string;
  /** Stable name the simulator and the client use instead of the digits. */
  readonly key: string;
  readonly status: CodeStatus;
  readonly en: string;
  readonly de: string;
  readonly source: CodeSource;
}

/** The status digits the layout defines: OK, error, fatal, pending, 3-D Secure info. */
export type StatusDigit = 0 | 2 | 4 | 6 | 7;

/**
 * Puts a code together from its three parts.
 *
 * @example composeCode(2, '014', 3) // '20140003'
 */
export function composeCode(status: StatusDigit, module: string, detail: number): string {
  if (!/^[0-9A-F]{3}$/.test(module)) throw new Error(`module must be 3 hex digits: ${module}`);
  if (!Number.isInteger(detail) || detail < 0 || detail > 9999) {
    throw new Error(`detail must be 0..9999: ${detail}`);
  }
  return `${status}${module}${String(detail).padStart(4, '0')}`;
}
