import 'reflect-metadata';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ApiModule } from '../api.module';
import { ACCESS_KEY } from './access.decorator';

/** Every registered route declares who may call it (Public, AnyUser or Roles). */
describe('route access declarations', () => {
  const mod = ApiModule.forRoot({} as never);
  const routes: { name: string; access: unknown }[] = [];
  for (const controller of mod.controllers ?? []) {
    const proto = (controller as { prototype: Record<string, unknown> }).prototype;
    for (const key of Object.getOwnPropertyNames(proto)) {
      const handler = proto[key];
      if (key === 'constructor' || typeof handler !== 'function') continue;
      if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
      const access = Reflect.getMetadata(ACCESS_KEY, handler) ?? Reflect.getMetadata(ACCESS_KEY, controller);
      routes.push({ name: `${(controller as { name: string }).name}.${key}`, access });
    }
  }

  it('finds the routes of every controller', () => {
    expect(routes.length).toBeGreaterThan(20);
  });

  it('has no route without an access declaration', () => {
    const undeclared = routes.filter((r) => !r.access).map((r) => r.name);
    expect(undeclared).toEqual([]);
  });

  it('keeps public routes to the known few', () => {
    const publicRoutes = routes.filter((r) => (r.access as { kind: string }).kind === 'public').map((r) => r.name).sort();
    expect(publicRoutes).toEqual(['AuthController.login', 'CertificateVerifyController.verify', 'HealthController.live', 'HealthController.ready']);
  });
});
