import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, ENROL_SHEET_COLUMNS, type BulkEnrolmentResultDto, type RefusedEnrolmentDto } from '@cm/contracts';
import { queryRows, recordAudit } from '@cm/db';
import { DEFAULT_SHEET_LIMITS, readFirstSheet, SpreadsheetError, type ParsedSheet } from '@cm/spreadsheet';
import type { AuthUser } from '../common/current-user';
import { EligibilityService } from './eligibility.service';
import { SessionService } from './session.service';

/** Rows of an enrolment list; the whole file is read before anything is written. */
export const ENROL_SHEET_MAX_ROWS = 5000;

interface Person {
  id: string;
  username: string;
  display_name: string;
  roles: string[];
  active: boolean;
  registered: boolean;
}

interface Wanted {
  person: Person;
  row?: number;
}

/** Bulk enrolment: every active candidate of an org unit (and its sub-units), or the people
 * an Excel list names. Eligibility is judged per candidate as for a single registration; an
 * ineligible candidate is refused with the reasons (a waiver stays a one-by-one decision). One
 * transaction with the session locked, so a concurrent registration cannot enrol anyone twice. */
@Injectable()
export class EnrolmentService {
  constructor(
    private readonly ds: DataSource,
    private readonly sessions: SessionService,
    private readonly eligibility: EligibilityService,
  ) {}

  async byOrgUnit(actor: AuthUser, sessionId: string, orgUnitId: string, includeSubUnits: boolean): Promise<BulkEnrolmentResultDto> {
    return this.ds.transaction(async (m) => {
      const s = await this.openSession(m, sessionId);
      if (!(await queryRows(m, `SELECT 1 FROM org_unit WHERE id = $1`, [orgUnitId])).length) {
        throw AppError.validation([{ path: 'orgUnitId', code: 'UNKNOWN_ORG_UNIT', message: '组织机构不存在' }]);
      }
      const people = await queryRows<Person>(
        m,
        `WITH RECURSIVE units AS (
           SELECT id FROM org_unit WHERE id = $2
           UNION ALL SELECT o.id FROM org_unit o JOIN units u ON o.parent_id = u.id WHERE $3
         )
         SELECT u.id, u.username, u.display_name, u.roles, u.active,
                EXISTS (SELECT 1 FROM registration r WHERE r.session_id = $1 AND r.candidate_id = u.id) AS registered
         FROM app_user u WHERE u.org_unit_id IN (SELECT id FROM units) AND u.active AND 'candidate' = ANY(u.roles)
         ORDER BY u.username`,
        [sessionId, orgUnitId, includeSubUnits],
      );
      const result = await this.enrolAll(m, actor, s, people.map((person) => ({ person })), []);
      await recordAudit(m, { actorId: actor.id, action: 'registration.bulk_org_unit', entityType: 'exam_session', entityId: sessionId, data: { orgUnitId, includeSubUnits, ...counts(result) } });
      return result;
    });
  }

  async fromSheet(actor: AuthUser, sessionId: string, file: { filename: string; buffer: Buffer }): Promise<BulkEnrolmentResultDto> {
    // Refuse a closed session before reading an untrusted file.
    await this.openSession(this.ds, sessionId);
    const sheet = await readEnrolSheet(file.buffer);
    const column = ENROL_SHEET_COLUMNS.find((c) => sheet.header.includes(c))!;
    return this.ds.transaction(async (m) => {
      const s = await this.openSession(m, sessionId);
      const names = sheet.rows.map((r) => (r.cells.get(column) ?? '').trim());
      const people = await queryRows<Person>(
        m,
        `SELECT u.id, u.username, u.display_name, u.roles, u.active,
                EXISTS (SELECT 1 FROM registration r WHERE r.session_id = $1 AND r.candidate_id = u.id) AS registered
         FROM app_user u WHERE lower(u.username) = ANY($2::text[])`,
        [sessionId, [...new Set(names.filter(Boolean).map((n) => n.toLowerCase()))]],
      );
      const byName = new Map(people.map((p) => [p.username.toLowerCase(), p]));
      const wanted: Wanted[] = [];
      const refused: RefusedEnrolmentDto[] = [];
      const seen = new Map<string, number>();
      sheet.rows.forEach((r, i) => {
        const name = names[i]!;
        const refuse = (code: string, message: string, p?: Person) =>
          refused.push({ candidateId: p?.id ?? null, username: p?.username ?? name, displayName: p?.display_name ?? null, row: r.rowNumber, code, message, reasons: [] });
        if (!name) return refuse('EMPTY_ROW', `第 ${r.rowNumber} 行没有填写${column}`);
        const p = byName.get(name.toLowerCase());
        if (!p) return refuse('UNKNOWN_USER', `平台上没有${column}为“${name}”的用户`);
        if (!p.active || !p.roles.includes('candidate')) return refuse('NOT_A_CANDIDATE', '该用户不是有效的考生(已停用或不是考生角色)', p);
        const first = seen.get(p.id);
        if (first !== undefined) return refuse('DUPLICATE_ROW', `与第 ${first} 行是同一名考生`, p);
        seen.set(p.id, r.rowNumber);
        wanted.push({ person: p, row: r.rowNumber });
      });
      const result = await this.enrolAll(m, actor, s, wanted, refused);
      result.refused.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      await recordAudit(m, { actorId: actor.id, action: 'registration.bulk_sheet', entityType: 'exam_session', entityId: sessionId, data: { filename: file.filename, rows: sheet.rows.length, ...counts(result) } });
      return result;
    });
  }

  private async openSession(db: DataSource | EntityManager, sessionId: string) {
    const s = await this.sessions.row(db, sessionId, db !== this.ds);
    if (new Date(s.closes_at) <= new Date()) throw new AppError('SESSION_NOT_OPEN', '该场次已结束,不能再报名');
    return s;
  }

  private async enrolAll(m: EntityManager, actor: AuthUser, s: Awaited<ReturnType<SessionService['row']>>, wanted: Wanted[], refused: RefusedEnrolmentDto[]): Promise<BulkEnrolmentResultDto> {
    const result: BulkEnrolmentResultDto = { enrolled: [], alreadyRegistered: [], refused };
    const policy = await this.eligibility.policy(m, { retakeAllowed: s.retake_allowed, retakeIntervalMonths: s.retake_interval_months });
    const at = new Date(s.opens_at);
    for (const { person: p, row } of wanted) {
      const who = { candidateId: p.id, username: p.username, displayName: p.display_name, ...(row !== undefined ? { row } : {}) };
      if (p.registered) {
        result.alreadyRegistered.push(who);
        continue;
      }
      const judged = await this.eligibility.judge(p.id, s.track_id, s.level, at, m, undefined, policy);
      if (!judged.eligible) {
        result.refused.push({ ...who, code: 'NOT_ELIGIBLE', message: '不符合报考条件', reasons: judged.reasons });
        continue;
      }
      const [reg] = await queryRows<{ id: string }>(
        m,
        `INSERT INTO registration (session_id, candidate_id, eligibility, registered_by) VALUES ($1, $2, $3::jsonb, $4)
         ON CONFLICT (session_id, candidate_id) DO NOTHING RETURNING id`,
        [s.id, p.id, JSON.stringify(judged), actor.id],
      );
      if (!reg) {
        result.alreadyRegistered.push(who);
        continue;
      }
      await recordAudit(m, { actorId: actor.id, action: 'registration.created', entityType: 'registration', entityId: reg.id, data: { sessionId: s.id, candidateId: p.id, bulk: true } });
      result.enrolled.push(who);
    }
    return result;
  }
}

const counts = (r: BulkEnrolmentResultDto) => ({ enrolled: r.enrolled.length, alreadyRegistered: r.alreadyRegistered.length, refused: r.refused.length });

/** Reads an enrolment list with the safe spreadsheet reader; any problem with the file itself
 * is a typed FILE_* error and nothing is enrolled. */
export async function readEnrolSheet(buffer: Buffer): Promise<ParsedSheet> {
  let sheet: ParsedSheet;
  try {
    sheet = await readFirstSheet(buffer, { ...DEFAULT_SHEET_LIMITS, maxFileBytes: 2 * 1024 * 1024, maxRows: ENROL_SHEET_MAX_ROWS, maxColumns: 20, maxCellChars: 200 });
  } catch (err) {
    if (!(err instanceof SpreadsheetError)) throw err;
    if (err.code === 'FILE_TOO_LARGE') throw new AppError('FILE_TOO_LARGE', err.message, { reason: err.code });
    throw new AppError('FILE_INVALID', err.message, { ...err.details, reason: err.code });
  }
  if (!ENROL_SHEET_COLUMNS.some((c) => sheet.header.includes(c))) {
    throw new AppError('FILE_INVALID', `第 1 行须有“${ENROL_SHEET_COLUMNS.join('”或“')}”列`, { reason: 'MISSING_COLUMN', expected: [...ENROL_SHEET_COLUMNS], header: sheet.header });
  }
  if (!sheet.rows.length) throw new AppError('FILE_INVALID', '名单中没有考生', { reason: 'NO_ROWS' });
  return sheet;
}
