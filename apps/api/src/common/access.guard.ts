import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '@cm/contracts';
import { AuthService } from '../auth/auth.service';
import { ACCESS_KEY, type AccessRule } from './access.decorator';
import { readCookie, SESSION_COOKIE } from './cookies';
import type { RequestWithUser } from './current-user';

/** Routes a user who must change their password may still call. */
const PASSWORD_CHANGE_ALLOWED = new Set(['AuthController.me', 'AuthController.changePassword', 'AuthController.logout']);

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [ctx.getHandler(), ctx.getClass()]);
    // Fail closed: a route that forgot to declare its callers is refused.
    if (!rule) throw AppError.forbidden('该接口未声明访问权限');
    if (rule.kind === 'public') return true;

    const req = ctx.switchToHttp().getRequest<RequestWithUser>();
    const token = bearerToken(req.headers.authorization) ?? readCookie(req.headers.cookie, SESSION_COOKIE);
    if (!token) throw new AppError('UNAUTHENTICATED', '请先登录');
    const user = await this.auth.authenticate(token);
    if (!user) throw new AppError('UNAUTHENTICATED', '登录已失效,请重新登录');
    req.user = user;

    const handlerName = `${ctx.getClass().name}.${ctx.getHandler().name}`;
    if (user.mustChangePassword && !PASSWORD_CHANGE_ALLOWED.has(handlerName)) {
      throw new AppError('AUTH_PASSWORD_CHANGE_REQUIRED', '请先修改密码');
    }
    if (rule.kind === 'any') return true;
    if (rule.roles.some((r) => user.roles.includes(r))) return true;
    throw AppError.forbidden();
  }
}

function bearerToken(header: string | string[] | undefined): string | null {
  const h = Array.isArray(header) ? header[0] : header;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m?.[1] ?? null;
}
