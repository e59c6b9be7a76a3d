import { readFirstSheet, writeSheet } from '@cm/spreadsheet';
import { startApiHarness, type ApiHarness } from '../../test/api-harness';

const HEADER = ['用户名', '姓名', '角色', '组织机构', '初始密码', '学历', '入职日期', '岗位级别'];

async function upload(h: ApiHarness, token: string, file: Buffer, name = 'users.xlsx') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const res = await fetch(`${h.baseUrl}/api/users/import`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

async function waitJob(h: ApiHarness, token: string, jobId: string) {
  for (let i = 0; i < 200; i++) {
    const r = await h.call('GET', `/api/jobs/${jobId}`, { token });
    if (r.body.state === 'completed' || r.body.state === 'failed') return r.body;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('job did not finish');
}

describe('user import from Excel (HTTP + queue worker)', () => {
  let h: ApiHarness;
  let admin: string;
  beforeAll(async () => {
    h = await startApiHarness({ worker: true });
    admin = await h.login('admin');
  });
  afterAll(async () => {
    await h.close();
  });

  it('serves the template with the contract header row', async () => {
    const res = await fetch(`${h.baseUrl}/api/users/import-template`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    const sheet = await readFirstSheet(Buffer.from(await res.arrayBuffer()));
    expect(sheet.header).toEqual(HEADER);
  });

  it('imports nothing when any row is bad and lists every row error; the fixed file imports all', async () => {
    const rows = [
      ['wangwu', '王五', '考生', '天河区营业部', 'Init-Pass-2026', '本科', '2021-05-06', '1'],
      ['officer1', '重名', '考生', '', 'Init-Pass-2026', '', '', ''],
      ['zhaoliu', '', '厨师', '不存在的营业部', '123', '小学', '2021/5/6', '9'],
    ];
    const bad = await upload(h, admin, await writeSheet('用户', HEADER, rows));
    expect(bad.status).toBe(202);
    const failed = await waitJob(h, admin, bad.body.jobId);
    expect(failed.state).toBe('failed');
    expect(failed.error.code).toBe('IMPORT_INVALID');
    const errs = failed.error.details.rows as { row: number; column: string; code: string }[];
    expect(errs.filter((e) => e.row === 2)).toEqual([]);
    expect(errs.filter((e) => e.row === 3).map((e) => e.code)).toEqual(['USERNAME_TAKEN']);
    expect(errs.filter((e) => e.row === 4).map((e) => e.column).sort()).toEqual(['初始密码', '姓名', '学历', '入职日期', '岗位级别', '组织机构', '角色'].sort());
    expect((await h.call('GET', '/api/users?q=wangwu', { token: admin })).body.total).toBe(0);

    const fixed = [rows[0]!, ['sunqi', '孙七', '考生, 培训师', '南山区营业部', 'Init-Pass-2026', '大专', '2019-01-02', '二级']];
    const ok = await upload(h, admin, await writeSheet('用户', HEADER, fixed));
    const done = await waitJob(h, admin, ok.body.jobId);
    expect(done).toMatchObject({ state: 'completed', progress: 100, result: { created: 2 } });
    const sunqi = (await h.call('GET', '/api/users?q=sunqi', { token: admin })).body.items[0];
    expect(sunqi).toMatchObject({ displayName: '孙七', roles: ['candidate', 'trainer'], mustChangePassword: true, profile: { education: '大专', positionLevel: 3 } });
  });

  it('refuses a file that is not a workbook at upload, and shows a job only to its starter', async () => {
    const notXlsx = await upload(h, admin, Buffer.from('name,role\nx,y\n'), 'users.csv');
    expect(notXlsx.status).toBe(415);
    expect(notXlsx.body.error.code).toBe('FILE_UNSUPPORTED');
    const ok = await upload(h, admin, await writeSheet('用户', HEADER, [['zhouba', '周八', '考生', '', 'Init-Pass-2026', '', '', '']]));
    const officer = await h.login('officer1');
    expect((await h.call('GET', `/api/jobs/${ok.body.jobId}`, { token: officer })).status).toBe(404);
    expect((await h.call('POST', '/api/users/import', { token: officer })).status).toBe(403);
  });
});
