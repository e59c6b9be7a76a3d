import { EDUCATIONS, type ImportRowError, ROLE_LABELS, ROLES, type Role, USER_IMPORT_COLUMNS, usernameSchema } from '@cm/contracts';
import { hashPassword, insertUser, OrgUnitEntity, recordAudit, UploadEntity } from '@cm/db';
import { checkPasswordStrength } from '@cm/domain';
import { DEFAULT_SHEET_LIMITS, readFirstSheet, SpreadsheetError } from '@cm/spreadsheet';
import { JobRefusal, type JobHandler } from './processor.types';

const LEVEL_WORDS: Record<string, number> = { '1': 1, '2': 2, '3': 3, '4': 4, 四级: 1, 三级: 2, 二级: 3, 一级: 4 };
const ROLE_BY_WORD = new Map<string, Role>([...ROLES.map((r) => [r, r] as const), ...ROLES.map((r) => [ROLE_LABELS[r], r] as const)]);

interface ValidRow {
  username: string;
  displayName: string;
  roles: Role[];
  orgUnitId: string | null;
  password: string;
  profile: { education?: string; hireDate?: string; positionLevel?: number };
}

/** Validates the whole sheet first; any bad row means nothing is imported and the job fails
 * with every row error. Otherwise all users are created in one transaction. */
export const importUsers: JobHandler<'import-users'> = async ({ payload, ds, progress }) => {
  const upload = await ds.getRepository(UploadEntity).findOneBy({ id: payload.uploadId });
  if (!upload) throw new JobRefusal('UPLOAD_MISSING', '上传的文件已不存在');
  let sheet;
  try {
    sheet = await readFirstSheet(Buffer.from(upload.content), { ...DEFAULT_SHEET_LIMITS, maxRows: 5000 });
  } catch (err) {
    if (err instanceof SpreadsheetError) throw new JobRefusal('IMPORT_INVALID', err.message, { reason: err.code, ...err.details, rows: [] });
    throw err;
  }
  const missing = USER_IMPORT_COLUMNS.filter((c) => !sheet.header.includes(c));
  if (missing.length) {
    throw new JobRefusal('IMPORT_INVALID', `表头缺少列:${missing.join('、')}`, { rows: missing.map((c) => ({ row: 1, column: c, code: 'MISSING_COLUMN', message: `缺少列「${c}」` })) });
  }
  if (!sheet.rows.length) throw new JobRefusal('IMPORT_INVALID', '文件中没有数据行', { rows: [] });
  await progress(5);

  const orgUnits = await ds.getRepository(OrgUnitEntity).find();
  const existing: { u: string }[] = await ds.query(`SELECT lower(username) AS u FROM app_user`);
  const taken = new Set(existing.map((r) => r.u));
  const errors: ImportRowError[] = [];
  const valid: ValidRow[] = [];
  const seen = new Map<string, number>();

  for (const { rowNumber: row, cells } of sheet.rows) {
    const get = (c: string) => (cells.get(c) ?? '').trim();
    const err = (column: string, code: string, message: string) => errors.push({ row, column, code, message });
    const before = errors.length;

    const username = get('用户名');
    if (!username) err('用户名', 'REQUIRED', '用户名不能为空');
    else if (!usernameSchema.safeParse(username).success) err('用户名', 'INVALID', '用户名只能包含字母、数字和 _ . @ -,长度 2–64');
    else if (taken.has(username.toLowerCase())) err('用户名', 'USERNAME_TAKEN', `用户名 ${username} 已存在`);
    else if (seen.has(username.toLowerCase())) err('用户名', 'DUPLICATE_IN_FILE', `与第 ${seen.get(username.toLowerCase())} 行的用户名重复`);
    if (username) seen.set(username.toLowerCase(), row);

    const displayName = get('姓名');
    if (!displayName) err('姓名', 'REQUIRED', '姓名不能为空');
    else if (displayName.length > 64) err('姓名', 'TOO_LONG', '姓名不能超过 64 个字符');

    const roleWords = get('角色').split(/[,,、;;\s]+/).filter(Boolean);
    const roles = roleWords.map((w) => ROLE_BY_WORD.get(w));
    if (!roleWords.length) err('角色', 'REQUIRED', '至少需要一个角色');
    else if (roles.some((r) => !r)) err('角色', 'UNKNOWN_ROLE', `未知角色:${roleWords.filter((w) => !ROLE_BY_WORD.has(w)).join('、')}(可填 管理员/认证管理员/培训师/考生)`);

    let orgUnitId: string | null = null;
    const orgName = get('组织机构');
    if (orgName) {
      const matches = orgUnits.filter((o) => o.name === orgName);
      if (matches.length === 1) orgUnitId = matches[0]!.id;
      else if (!matches.length) err('组织机构', 'UNKNOWN_ORG_UNIT', `组织机构「${orgName}」不存在`);
      else err('组织机构', 'AMBIGUOUS_ORG_UNIT', `有多个名为「${orgName}」的组织机构`);
    }

    const password = get('初始密码');
    const weak = password ? checkPasswordStrength(password, username) : { code: 'REQUIRED', message: '初始密码不能为空' };
    if (weak) err('初始密码', weak.code, weak.message);

    const profile: ValidRow['profile'] = {};
    const education = get('学历');
    if (education) {
      if ((EDUCATIONS as readonly string[]).includes(education)) profile.education = education;
      else err('学历', 'INVALID', `学历应为 ${EDUCATIONS.join('/')} 之一`);
    }
    const hireDate = get('入职日期');
    if (hireDate) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(hireDate) && !Number.isNaN(Date.parse(hireDate))) profile.hireDate = hireDate;
      else err('入职日期', 'INVALID', '入职日期格式应为 YYYY-MM-DD');
    }
    const level = get('岗位级别');
    if (level) {
      if (LEVEL_WORDS[level]) profile.positionLevel = LEVEL_WORDS[level];
      else err('岗位级别', 'INVALID', '岗位级别应为 1–4 或 四级/三级/二级/一级');
    }

    if (errors.length === before) valid.push({ username, displayName, roles: roles as Role[], orgUnitId, password, profile });
  }

  if (errors.length) {
    const badRows = new Set(errors.map((e) => e.row)).size;
    throw new JobRefusal('IMPORT_INVALID', `共有 ${badRows} 行存在错误,未导入任何用户`, { rows: errors });
  }
  await progress(20);

  const hashed: string[] = [];
  for (const [i, r] of valid.entries()) {
    hashed.push(await hashPassword(r.password));
    if (i % 20 === 19) await progress(20 + Math.round((60 * (i + 1)) / valid.length));
  }
  const created = await ds.transaction(async (m) => {
    const ids: string[] = [];
    for (const [i, r] of valid.entries()) {
      // Imported users choose their own password at first login.
      const u = await insertUser(m, { username: r.username, displayName: r.displayName, roles: r.roles, orgUnitId: r.orgUnitId, profile: r.profile as never, passwordHash: hashed[i]!, mustChangePassword: true });
      ids.push(u.id);
    }
    await recordAudit(m, { actorId: payload.actorId, action: 'user.imported', entityType: 'upload', entityId: upload.id, data: { count: ids.length, filename: upload.filename } });
    return ids.length;
  });
  return { created };
};
