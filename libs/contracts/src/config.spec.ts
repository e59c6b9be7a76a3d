import { ConfigError, parseConfig } from './config';

const join = (...p: string[]) => p.join('/');

describe('parseConfig', () => {
  it('defaults to the embedded mode on port 3000 with PGlite under ./data', () => {
    const c = parseConfig({}, { joinPath: join });
    expect(c.mode).toBe('embedded');
    expect(c.port).toBe(3000);
    expect(c.database).toEqual({ kind: 'pglite', dataDir: './data/pglite' });
  });

  it('uses services mode when both URLs are set', () => {
    const c = parseConfig({ DATABASE_URL: 'postgres://u@h/db', REDIS_URL: 'redis://h:6379' }, { joinPath: join });
    expect(c.mode).toBe('services');
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db', poolSize: 10 });
  });

  it.each([
    [{ DATABASE_URL: 'postgres://u@h/db' }, 'REDIS_URL'],
    [{ REDIS_URL: 'redis://h' }, 'DATABASE_URL'],
  ])('names the missing half of the services pair', (env, missing) => {
    expect(() => parseConfig(env, { joinPath: join })).toThrow(new RegExp(`${missing} is not`));
  });

  it('names a bad setting', () => {
    expect(() => parseConfig({ PORT: 'eighty' }, { joinPath: join })).toThrow(ConfigError);
    expect(() => parseConfig({ PORT: 'eighty' }, { joinPath: join })).toThrow(/PORT/);
    expect(() => parseConfig({ ADMIN_USERNAME: 'root' }, { joinPath: join })).toThrow(/ADMIN_PASSWORD/);
  });
});
