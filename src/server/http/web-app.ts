import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const webDist = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

/** Serves the built web app, with index.html for any non-API path (client-side routes). */
export async function registerWebApp(app: FastifyInstance): Promise<boolean> {
  if (!existsSync(webDist + 'index.html')) return false;
  await app.register(fastifyStatic, { root: webDist, wildcard: false });
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    // A missing asset (e.g. an old hashed file name after a rebuild) must be a 404, not index.html,
    // or the browser is handed HTML where it expects a script.
    if (req.url.startsWith('/api/') || req.url.startsWith('/assets/')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
  return true;
}
