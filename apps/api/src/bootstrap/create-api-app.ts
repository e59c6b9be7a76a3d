import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import multipart from '@fastify/multipart';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ApiModule, type ApiDeps } from '../api.module';
import { ErrorFilter } from '../common/error.filter';

/** Builds the Nest app on Fastify: JSON logs with a request id, the error filter, OpenAPI at
 * /api/docs-json, and the built web app served from the same port. */
export async function createApiApp(deps: ApiDeps): Promise<NestFastifyApplication> {
  const { config } = deps;
  const adapter = new FastifyAdapter({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(deps), adapter, {
    logger: config.logLevel === 'silent' ? false : new ConsoleLogger({ json: true, logLevels: ['error', 'warn', 'log'] }),
    bufferLogs: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (req, reply) => {
    void reply.header('x-request-id', req.id);
  });
  await app.register(multipart as never, { limits: { fileSize: 25 * 1024 * 1024, files: 1 } });

  const webDist = config.webDist && fs.existsSync(config.webDist) ? config.webDist : null;
  if (webDist) app.useStaticAssets({ root: webDist, prefix: '/', wildcard: false, index: ['index.html'] });
  app.useGlobalFilters(new ErrorFilter(webDist));

  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('客户经理认证考试与培训平台 API').setVersion('1').addBearerAuth().build(),
  );
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
