import { type Response, Router } from 'express';
import * as z from 'zod';
import { issuePath, pathText } from '../config/config-error.js';
import type { SimulatorParts } from '../parts.js';
import { scenarioRuleSchema } from '../script/scenario-schema.js';

const bodySchema = z.union([scenarioRuleSchema, z.array(scenarioRuleSchema).min(1).max(1000)]);

/**
 * `/__sim/scenarios`: script the answers of coming calls (decision 008).
 *
 * - `POST` one rule (201, the stored rule with `id`, `remaining`, `hits`) or a
 *   list of rules (201, `{ scenarios: [...] }`, all or none)
 * - `GET` lists every rule with its remaining uses and hits; `GET /:id` one
 * - `DELETE /:id` deletes one, `DELETE` all (start-up rules included)
 *
 * `POST /__sim/reset` passes through here first: API rules go, start-up rules
 * come back with fresh counts.
 *
 * @example
 * curl -X POST localhost:8080/__sim/scenarios -H 'content-type: application/json' \
 *   -d '{"match":{"eventToken":"BC"},"respond":{"code":"22010012"},"times":1}'
 */
export function scenarioRoutes(parts: SimulatorParts): Router {
  const router = Router();
  const book = parts.scenarios;

  router.post('/reset', (_req, _res, next) => {
    book.reset();
    next();
  });

  router.post('/scenarios', (req, res) => {
    const parsed = bodySchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      invalid(res, Array.isArray(req.body), parsed.error.issues);
      return;
    }
    const many = Array.isArray(parsed.data);
    const added = book.add(Array.isArray(parsed.data) ? parsed.data : [parsed.data]);
    if (!added.ok) {
      const path = [...(many ? [added.index] : []), ...added.problem.path];
      res.status(added.conflict || added.full ? 409 : 400).json({
        error: added.full
          ? 'too-many-scenarios'
          : added.conflict
            ? 'duplicate-id'
            : 'invalid-scenario',
        message:
          path.length > 0 ? `${pathText(path)}: ${added.problem.message}` : added.problem.message,
        issues: [{ path: pathText(path), message: added.problem.message }],
      });
      return;
    }
    res.status(201).json(many ? { scenarios: added.views } : added.views[0]);
  });

  router.get('/scenarios', (_req, res) => {
    res.json({ scenarios: book.list() });
  });
  router.get('/scenarios/:id', (req, res) => {
    const scenario = book.get(req.params.id);
    if (scenario) res.json(scenario);
    else notFound(res, req.params.id);
  });
  router.delete('/scenarios/:id', (req, res) => {
    if (book.remove(req.params.id)) res.json({ deleted: req.params.id });
    else notFound(res, req.params.id);
  });
  router.delete('/scenarios', (_req, res) => {
    res.json({ deleted: book.clear() });
  });
  return router;
}

/**
 * 400 naming each field. A union's "invalid input" would hide which field
 * is wrong, so the issues are taken from the shape the caller sent.
 */
function invalid(res: Response, sentList: boolean, issues: readonly z.core.$ZodIssue[]): void {
  const details = issues.flatMap((issue) => flatten(issue, sentList));
  const first = details[0];
  res.status(400).json({
    error: 'invalid-scenario',
    message: first ? `${first.path}: ${first.message}` : 'invalid scenario',
    issues: details,
  });
}

function flatten(issue: z.core.$ZodIssue, sentList: boolean): { path: string; message: string }[] {
  if (issue.code === 'invalid_union') {
    // errors[0] is the single-rule branch, errors[1] the list branch.
    const branch = issue.errors[sentList ? 1 : 0] ?? [];
    return branch.flatMap((inner) =>
      flatten({ ...inner, path: [...issue.path, ...inner.path] }, sentList),
    );
  }
  return [{ path: pathText(issuePath(issue)) || '(body)', message: issue.message }];
}

function notFound(res: Response, id: string): void {
  res.status(404).json({ error: 'not-found', message: `no scenario ${id}` });
}
