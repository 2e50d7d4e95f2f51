import { createRequire } from 'node:module';
import type { ApolloServer } from '@apollo/server';
import { Router, type Request, type Response } from 'express';
import { conceptPage, CONCEPT_PAGE_QUERY, CONCEPT_PAGE_RELATIONSHIPS, NEIGHBOURHOOD_PAGE_QUERY, type ConceptPageAnswer } from './concept-page.js';
import { errorPage } from './html.js';
import { lineagePage, LINEAGE_PAGE_QUERY, type LineagePageAnswer, type LineagePageRequest } from './lineage-page.js';

/** Mermaid's self-contained browser bundle, from the project's own dependencies (no CDN). */
const MERMAID_BUNDLE = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/** HTTP status of a page whose GraphQL answer carried errors, by the first error's code. */
function statusOf(code: unknown): number {
  if (code === 'DATABASE_UNAVAILABLE' || code === 'DATABASE_TIMEOUT') return 503;
  if (code === 'INTERNAL_SERVER_ERROR') return 500;
  return 400;
}

type Run = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{ data?: unknown; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;

/**
 * Pages for people over the same API: GET /lineage (a code's lineage as a diagram) and GET
 * /concept/:id (a concept, its relationships and its neighbourhood). Each page asks GraphQL
 * through Apollo (the same resolvers, limits and error codes) and renders the answer.
 */
export function pageRoutes<Context extends object>(apollo: ApolloServer<Context>, context: (req: Request) => Context): Router {
  const router = Router();
  const run =
    (req: Request): Run =>
    async (query, variables) => {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: context(req) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult;
    };
  const fail = (res: Response, title: string, status: number, messages: string[]) => res.status(status).type('html').send(errorPage(title, messages));

  router.get('/assets/mermaid.min.js', (_req, res) => {
    res.sendFile(MERMAID_BUNDLE, { maxAge: '1d', headers: { 'content-type': 'text/javascript; charset=utf-8' } });
  });

  router.get('/lineage', async (req, res) => {
    const text = (name: string) => (typeof req.query[name] === 'string' && req.query[name] !== '' ? req.query[name] : undefined);
    const request: LineagePageRequest = {
      vocabularyId: text('vocabularyId') ?? '',
      conceptCode: text('conceptCode') ?? '',
      direction: text('direction')?.toUpperCase(),
      maxGenerations: text('maxGenerations') === undefined ? undefined : Number(text('maxGenerations')),
      date: text('date'),
    };
    const problems = [
      ...(request.vocabularyId && request.conceptCode
        ? []
        : ['Name the code: /lineage?vocabularyId=HCPCS&conceptCode=G6015 (with direction, maxGenerations and date if you like).']),
      ...(request.maxGenerations === undefined || Number.isInteger(request.maxGenerations)
        ? []
        : [`maxGenerations must be a whole number, got '${text('maxGenerations')}'.`]),
    ];
    if (problems.length) return fail(res, 'Lineage', 400, problems);
    const answer = await run(req)(LINEAGE_PAGE_QUERY, {
      code: { vocabularyId: request.vocabularyId, conceptCode: request.conceptCode },
      direction: request.direction,
      maxGenerations: request.maxGenerations,
      // codeOnDate is asked only with a date; the variable still needs a value.
      date: request.date ?? '2000-01-01',
      withDate: request.date !== undefined,
    });
    if (answer.errors?.length)
      return fail(
        res,
        `Lineage of ${request.vocabularyId} ${request.conceptCode}`,
        statusOf(answer.errors[0]!.extensions?.code),
        answer.errors.map((e) => e.message),
      );
    res.type('html').send(lineagePage(request, answer.data as LineagePageAnswer));
  });

  router.get('/concept/:id', async (req, res) => {
    const answer = await run(req)(CONCEPT_PAGE_QUERY, { id: req.params.id, first: CONCEPT_PAGE_RELATIONSHIPS });
    if (answer.errors?.length)
      return fail(
        res,
        `Concept ${req.params.id}`,
        statusOf(answer.errors[0]!.extensions?.code),
        answer.errors.map((e) => e.message),
      );
    const { concept } = answer.data as Pick<ConceptPageAnswer, 'concept'>;
    if (!concept) return fail(res, `Concept ${req.params.id}`, 404, [`No concept has the id ${req.params.id} in this graph.`]);
    const around = await run(req)(NEIGHBOURHOOD_PAGE_QUERY, { id: concept.conceptId });
    if (around.errors?.length)
      return fail(
        res,
        `Concept ${req.params.id}`,
        statusOf(around.errors[0]!.extensions?.code),
        around.errors.map((e) => e.message),
      );
    res.type('html').send(conceptPage({ concept, ...(around.data as Pick<ConceptPageAnswer, 'neighbourhood'>) }));
  });

  return router;
}
