import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from './context.ts';
import { registerAccountRoutes } from './features/accounts/routes.ts';
import { registerAdmissionRoutes } from './features/admission/routes.ts';
import { registerAuditRoutes } from './features/audit/routes.ts';
import { registerAuthRoutes } from './features/auth/routes.ts';
import { registerCalendarRoutes } from './features/calendar/routes.ts';
import { registerEnterpriseRoutes } from './features/enterprises/routes.ts';
import { registerOwnershipRoutes } from './features/ownership/routes.ts';
import { registerFileRoutes } from './features/files/routes.ts';
import { registerDashboardRoutes } from './features/dashboards/routes.ts';
import { registerIndicatorRoutes } from './features/indicators/routes.ts';
import { registerInvestmentRoutes } from './features/investment/routes.ts';
import { registerProjectRoutes } from './features/projects/routes.ts';
import { registerAssessmentRoutes } from './features/assessments/routes.ts';
import { registerReformRoutes } from './features/reform/routes.ts';
import { registerLicenceRoutes } from './features/licences/routes.ts';
import { registerNameRoutes } from './features/names/routes.ts';
import { registerRegistrationRoutes } from './features/registration/routes.ts';
import { registerChangeRoutes } from './features/registration/change-routes.ts';
import { registerDeregistrationRoutes } from './features/deregistration/routes.ts';
import { registerLiquidationRoutes } from './features/deregistration/liquidation-routes.ts';
import { registerNotificationRoutes } from './features/notifications/routes.ts';
import { registerReferenceRoutes } from './features/reference/routes.ts';
import { registerRiskRoutes } from './features/risk/routes.ts';
import { registerUsccRoutes } from './features/uscc/routes.ts';
import { registerAuthentication } from './http/authenticate.ts';
import { frameworkErrorHandler, registerErrorHandler } from './http/error-handler.ts';
import { registerOpenApi } from './http/openapi.ts';
import { registerNulRefusal } from './http/refuse-nul.ts';
import { registerWebApp } from './http/web-app.ts';

export interface BuildAppOptions {
  logger?: boolean;
  /** Serve dist/web when it has been built (off in API tests). */
  serveWebApp?: boolean;
  /** Sign-in attempts allowed per client address and username in five minutes (default 10). */
  loginAttemptsPerWindow?: number;
}

/** Builds the HTTP application over a context; nothing listens until the caller says so. */
export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}) {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1_048_576, frameworkErrors: frameworkErrorHandler }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await app.register(cookie);
  // preValidation: the body is parsed by then, so a limit can be keyed by the username tried.
  await app.register(rateLimit, { global: false, hook: 'preValidation' });
  await registerOpenApi(app);
  registerAuthentication(app, ctx);
  registerNulRefusal(app);

  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Liveness and database reachability', response: { 200: z.object({ ok: z.literal(true), database: z.string() }) } } },
    async () => {
      await ctx.db.selectFrom('audit_head').select('seq').executeTakeFirstOrThrow();
      return { ok: true as const, database: ctx.database.kind };
    },
  );
  registerAuthRoutes(app, ctx, { loginAttemptsPerWindow: options.loginAttemptsPerWindow ?? 10 });
  registerAccountRoutes(app, ctx);
  registerReferenceRoutes(app, ctx);
  registerCalendarRoutes(app, ctx);
  registerNotificationRoutes(app, ctx);
  registerUsccRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerEnterpriseRoutes(app, ctx);
  registerOwnershipRoutes(app, ctx);
  registerFileRoutes(app, ctx);
  registerAdmissionRoutes(app, ctx);
  registerInvestmentRoutes(app, ctx);
  registerIndicatorRoutes(app, ctx);
  registerDashboardRoutes(app, ctx);
  registerProjectRoutes(app, ctx);
  registerAssessmentRoutes(app, ctx);
  registerReformRoutes(app, ctx);
  registerNameRoutes(app, ctx);
  registerRegistrationRoutes(app, ctx);
  registerChangeRoutes(app, ctx);
  registerDeregistrationRoutes(app, ctx);
  registerLiquidationRoutes(app, ctx);
  registerLicenceRoutes(app, ctx);
  registerRiskRoutes(app, ctx);
  if (options.serveWebApp) await registerWebApp(app);
  await app.ready();
  return app;
}
export type ZimaoApp = Awaited<ReturnType<typeof buildApp>>;
