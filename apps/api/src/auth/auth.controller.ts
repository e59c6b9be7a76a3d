import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AppConfig, changePasswordSchema, loginSchema, parseOrThrow } from '@cm/contracts';
import { AnyUser, Public } from '../common/access.decorator';
import { clearSessionCookie, sessionCookie } from '../common/cookies';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { APP_CONFIG } from '../common/tokens';
import { ApiZodBody } from '../common/zod-api';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiZodBody(loginSchema)
  async login(@Body() body: unknown, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { username, password } = parseOrThrow(loginSchema, body);
    const { maxAgeSeconds, ...res } = await this.auth.login(username, password, req.ip);
    void reply.header('set-cookie', sessionCookie(res.accessToken, maxAgeSeconds, this.config.cookieSecure));
    return res;
  }

  @Post('logout')
  @HttpCode(204)
  @AnyUser()
  async logout(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(user);
    void reply.header('set-cookie', clearSessionCookie(this.config.cookieSecure));
  }

  @Get('me')
  @AnyUser()
  me(@CurrentUser() user: AuthUser) {
    return this.auth.me(user);
  }

  @Post('change-password')
  @HttpCode(204)
  @AnyUser()
  @ApiZodBody(changePasswordSchema)
  async changePassword(@CurrentUser() user: AuthUser, @Body() body: unknown): Promise<void> {
    const { currentPassword, newPassword } = parseOrThrow(changePasswordSchema, body);
    await this.auth.changePassword(user, currentPassword, newPassword);
  }
}
