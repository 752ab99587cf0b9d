import type { Catalogue } from '../../protocol/codes/index.js';
import type { RespondSpec } from './scenario-schema.js';
import { scriptedKey, statusOfCode } from './scripted-codes.js';
import type { ScriptDecision } from './stage.js';

/** A `respond` the catalogue can answer, or what is wrong with it (path inside `respond`). */
export type ResolvedRespond =
  | { readonly ok: true; readonly decision: ScriptDecision }
  | { readonly ok: false; readonly path: readonly string[]; readonly message: string };

/**
 * Turns a `respond` into the decision the answer is encoded from. Status and
 * Description come from the catalogue; a code it lacks, or a Status other
 * than the catalogue's, answers through a `scripted:` key.
 *
 * @example
 * resolveRespond({ code: '22010012' }, catalogue)
 * // { ok: true, decision: { codeKey: 'business.credit-declined' } }
 */
export function resolveRespond(respond: RespondSpec, catalogue: Catalogue): ResolvedRespond {
  const entry =
    respond.key !== undefined ? catalogue.byKey(respond.key) : catalogue.byCode(respond.code ?? '');
  if (respond.key !== undefined && entry === undefined) {
    return {
      ok: false,
      path: ['key'],
      message: `unknown catalogue key "${respond.key}" (see docs/response-codes.md)`,
    };
  }
  const code = entry?.code ?? respond.code ?? '';
  const status = respond.status ?? entry?.status ?? statusOfCode(code);
  const codeKey = entry && status === entry.status ? entry.key : scriptedKey(code, status);
  // A catalogue code answered with another Status keeps the catalogue's text.
  const description =
    respond.description ?? (entry && codeKey !== entry.key ? entry.en : undefined);
  const result = extras(respond);
  return {
    ok: true,
    decision: {
      codeKey,
      ...(description === undefined ? {} : { description }),
      ...(result === undefined ? {} : { result }),
    },
  };
}

/** The Real Solution answer parameters, named as on the wire. */
function extras(respond: RespondSpec): Record<string, string> | undefined {
  const result: Record<string, string> = {};
  if (respond.codeExt !== undefined) result.CodeExt = respond.codeExt;
  if (respond.errorText !== undefined) result.ErrorText = respond.errorText;
  if (respond.referenzId !== undefined) result.ReferenzID = respond.referenzId;
  return Object.keys(result).length > 0 ? result : undefined;
}
