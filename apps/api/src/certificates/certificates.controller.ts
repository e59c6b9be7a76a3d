import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { listCertificatesQuerySchema, parseOrThrow, revokeCertificateSchema } from '@cm/contracts';
import { Public, Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody, ApiZodQuery } from '../common/zod-api';
import { CertificatesService } from './certificates.service';

const origin = (req: FastifyRequest) => ({ protocol: req.protocol, host: req.host });

@ApiTags('certificates')
@Controller('api/certificates')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get()
  @Roles('officer')
  @ApiOperation({ summary: 'List certificates', description: '{items, total}; filter by candidateId, trackId, level, revoked, code (part of it).' })
  @ApiZodQuery(listCertificatesQuerySchema)
  list(@Query() query: unknown, @Req() req: FastifyRequest) {
    return this.certificates.list(parseOrThrow(listCertificatesQuerySchema, query), origin(req));
  }

  @Get(':code')
  @Roles('officer', 'candidate')
  @ApiOperation({ summary: 'One certificate (officer; the holder)', description: 'With the unmasked holder name, revokeReason and verifyUrl (<PUBLIC_BASE_URL or this origin>/verify/:code). Others: 404.' })
  get(@CurrentUser() user: AuthUser, @Param('code') code: string, @Req() req: FastifyRequest) {
    return this.certificates.get(user, code, origin(req));
  }

  @Get(':code/pdf')
  @Roles('officer', 'candidate')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The certificate PDF (officer; the holder)', description: 'A4, Noto Sans SC embedded (subset), a QR code with the verification URL; a revoked certificate carries a 已撤销 mark.' })
  async pdf(@CurrentUser() user: AuthUser, @Param('code') code: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const out = await this.certificates.pdf(user, code, origin(req));
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="certificate-${out.code}.pdf"; filename*=UTF-8''${encodeURIComponent(`证书-${out.code}.pdf`)}`)
      .header('cache-control', 'private, no-store')
      .send(out.pdf);
  }

  @Post(':code/revoke')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Revoke a certificate with a reason', description: '200 certificate with revokedAt; verification then shows revokedAt and valid: false; the level stays in the history marked revoked. 409 when already revoked. Audited.' })
  @ApiZodBody(revokeCertificateSchema)
  revoke(@CurrentUser() actor: AuthUser, @Param('code') code: string, @Body() body: unknown, @Req() req: FastifyRequest) {
    return this.certificates.revoke(actor, code, parseOrThrow(revokeCertificateSchema, body).reason, origin(req));
  }
}

/** Public verification: no token (api-contract.md); the holder's name masked. */
@ApiTags('certificates')
@Controller('api/certificates')
export class CertificateVerifyController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get(':code/verify')
  @Public()
  @ApiOperation({ summary: 'Verify a certificate (anyone, no token)', description: '{valid, holderName (masked, 张*三), trackName, level, issuedAt, revokedAt?}; unknown code: 404 NOT_FOUND. The code is read case-insensitively (Crockford: I/L → 1, O → 0).' })
  verify(@Param('code') code: string) {
    return this.certificates.verify(code);
  }
}

@ApiTags('certificates')
@Controller('api/candidates/:id/certificates')
export class CandidateCertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get()
  @Roles('officer', 'candidate')
  @ApiOperation({ summary: 'A candidate’s certificates (officer; the candidate)', description: '{items, total}, newest first; another candidate: 404.' })
  list(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() req: FastifyRequest) {
    return this.certificates.ofCandidate(user, id, origin(req));
  }
}
