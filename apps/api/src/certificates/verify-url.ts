import type { AppConfig } from '@cm/contracts';

/** The public verification page of a certificate: <base>/verify/:code, the base being
 * PUBLIC_BASE_URL when set, else the origin the request came to (proxy headers only when
 * TRUST_PROXY is on, which Fastify applies to protocol and host). */
export function publicBaseUrl(config: Pick<AppConfig, 'publicBaseUrl'>, req: { protocol: string; host: string }): string {
  return config.publicBaseUrl ?? `${req.protocol}://${req.host}`;
}

export const verifyUrl = (base: string, code: string): string => `${base.replace(/\/+$/, '')}/verify/${encodeURIComponent(code)}`;
