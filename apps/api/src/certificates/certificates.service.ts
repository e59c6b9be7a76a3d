import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, type AppConfig, type CertificateDto, type CertificateVerificationDto, type Page } from '@cm/contracts';
import { queryRows, recordAudit } from '@cm/db';
import { maskHolderName, normaliseCertificateCode } from '@cm/domain';
import { type AuthUser, hasRole } from '../common/current-user';
import { APP_CONFIG } from '../common/tokens';
import { levelName } from '../reference/reference.mapper';
import { renderCertificatePdf } from './certificate-pdf';
import { publicBaseUrl, verifyUrl } from './verify-url';

interface CertificateRow {
  code: string;
  candidate_id: string;
  holder_name: string;
  track_id: string;
  track_name: string;
  level: number;
  decision_id: string;
  issued_at: Date;
  effective_at: Date;
  revoked_at: Date | null;
  revoke_reason: string | null;
}

export type RequestOrigin = { protocol: string; host: string };

const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

/** Certificates: public verification (masked name), the holder's and officers' views, the PDF,
 * and revocation with a reason (the level stays in the history, marked revoked). */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async verify(rawCode: string): Promise<CertificateVerificationDto> {
    const c = rawCode.length <= 64 ? await this.row(normaliseCertificateCode(rawCode)) : null;
    if (!c) throw AppError.notFound('证书');
    return {
      valid: c.revoked_at === null, code: c.code, holderName: maskHolderName(c.holder_name), trackName: c.track_name, level: c.level, levelName: levelName(c.level),
      issuedAt: iso(c.issued_at)!, effectiveAt: iso(c.effective_at)!, ...(c.revoked_at ? { revokedAt: iso(c.revoked_at)! } : {}),
    };
  }

  async get(user: AuthUser, code: string, origin: RequestOrigin): Promise<CertificateDto> {
    return this.toDto(await this.visible(user, code), origin);
  }

  async pdf(user: AuthUser, code: string, origin: RequestOrigin): Promise<{ code: string; pdf: Buffer }> {
    const c = await this.visible(user, code);
    const pdf = await renderCertificatePdf({
      code: c.code, holderName: c.holder_name, trackName: c.track_name, levelName: levelName(c.level), issuedAt: new Date(c.issued_at), effectiveAt: new Date(c.effective_at),
      revokedAt: c.revoked_at ? new Date(c.revoked_at) : null, verifyUrl: verifyUrl(publicBaseUrl(this.config, origin), c.code),
    });
    return { code: c.code, pdf };
  }

  async list(q: { candidateId?: string; trackId?: string; level?: number; revoked?: boolean; code?: string; page: number; pageSize: number }, origin: RequestOrigin): Promise<Page<CertificateDto>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.candidateId) where.push(`candidate_id = $${params.push(q.candidateId)}`);
    if (q.trackId) where.push(`track_id = $${params.push(q.trackId)}`);
    if (q.level) where.push(`level = $${params.push(q.level)}`);
    if (q.revoked !== undefined) where.push(q.revoked ? `revoked_at IS NOT NULL` : `revoked_at IS NULL`);
    if (q.code) where.push(`code LIKE $${params.push(`%${normaliseCertificateCode(q.code).replace(/[%_\\]/g, '')}%`)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      queryRows<CertificateRow>(this.ds, `SELECT * FROM certificate ${w} ORDER BY issued_at DESC, code LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`, params),
      queryRows<{ n: number }>(this.ds, `SELECT count(*)::int AS n FROM certificate ${w}`, params),
    ]);
    return { items: rows.map((r) => this.toDto(r, origin)), total: count[0]?.n ?? 0 };
  }

  /** A candidate's certificates (officer; the candidate themself, else 404). */
  async ofCandidate(user: AuthUser, candidateId: string, origin: RequestOrigin): Promise<Page<CertificateDto>> {
    if (!hasRole(user, 'officer') && user.id !== candidateId) throw AppError.notFound('考生');
    const rows = await queryRows<CertificateRow>(this.ds, `SELECT * FROM certificate WHERE candidate_id = $1 ORDER BY issued_at DESC`, [candidateId]);
    return { items: rows.map((r) => this.toDto(r, origin)), total: rows.length };
  }

  async revoke(actor: AuthUser, rawCode: string, reason: string, origin: RequestOrigin): Promise<CertificateDto> {
    const code = normaliseCertificateCode(rawCode);
    await this.ds.transaction(async (m) => {
      const [c] = await queryRows<{ id: string; candidate_level_id: string; revoked_at: Date | null; candidate_id: string }>(m, `SELECT id, candidate_level_id, revoked_at, candidate_id FROM certificate WHERE code = $1 FOR UPDATE`, [code]);
      if (!c) throw AppError.notFound('证书');
      if (c.revoked_at) throw new AppError('CONFLICT', '证书已撤销', { revokedAt: iso(c.revoked_at) });
      if (c.candidate_id === actor.id) throw AppError.forbidden('不能撤销自己的证书');
      await m.query(`UPDATE certificate SET revoked_at = now(), revoked_by = $2, revoke_reason = $3 WHERE id = $1`, [c.id, actor.id, reason]);
      await m.query(`UPDATE candidate_level SET revoked_at = now() WHERE id = $1`, [c.candidate_level_id]);
      await recordAudit(m, { actorId: actor.id, action: 'certificate.revoked', entityType: 'certificate', entityId: code, data: { reason, candidateId: c.candidate_id } });
    });
    return this.toDto((await this.row(code))!, origin);
  }

  private async row(code: string): Promise<CertificateRow | null> {
    const [c] = await queryRows<CertificateRow>(this.ds, `SELECT * FROM certificate WHERE code = $1`, [code]);
    return c ?? null;
  }

  /** The holder and officers; anyone else gets 404 (verification is the public view). */
  private async visible(user: AuthUser, rawCode: string): Promise<CertificateRow> {
    const c = await this.row(normaliseCertificateCode(rawCode));
    if (!c || (!hasRole(user, 'officer') && c.candidate_id !== user.id)) throw AppError.notFound('证书');
    return c;
  }

  private toDto(c: CertificateRow, origin: RequestOrigin): CertificateDto {
    return {
      code: c.code, candidateId: c.candidate_id, holderName: c.holder_name, trackId: c.track_id, trackName: c.track_name, level: c.level, levelName: levelName(c.level),
      decisionId: c.decision_id, issuedAt: iso(c.issued_at)!, effectiveAt: iso(c.effective_at)!, revokedAt: iso(c.revoked_at), revokeReason: c.revoke_reason,
      verifyUrl: verifyUrl(publicBaseUrl(this.config, origin), c.code),
    };
  }
}
