import { readFirstSheet, writeSheet } from '@cm/spreadsheet';
import { startApiHarness, type ApiHarness } from '../../test/api-harness';

const HEADER = ['题型', '章节编码', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '选项G', '选项H', '答案', '难度', '认知要求', '解析', '评分要点'];
const row = (over: Partial<Record<string, string>>) => HEADER.map((h) => over[h] ?? '');

async function upload(h: ApiHarness, token: string, file: Buffer, name: string, query = '') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const res = await fetch(`${h.baseUrl}/api/questions/import${query}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

async function waitJob(h: ApiHarness, token: string, jobId: string) {
  for (let i = 0; i < 300; i++) {
    const r = await h.call('GET', `/api/jobs/${jobId}`, { token });
    if (r.body.state === 'completed' || r.body.state === 'failed') return r.body;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('job did not finish');
}

describe('question import and export (HTTP + worker)', () => {
  let h: ApiHarness;
  let t1: string;
  beforeAll(async () => {
    h = await startApiHarness({ worker: true });
    t1 = await h.login('trainer1');
  });
  afterAll(async () => {
    await h.close();
  });

  it('serves the template with the contract columns', async () => {
    const res = await fetch(`${h.baseUrl}/api/questions/import-template`, { headers: { authorization: `Bearer ${t1}` } });
    const sheet = await readFirstSheet(Buffer.from(await res.arrayBuffer()));
    expect(sheet.header.slice(0, 16)).toEqual(HEADER);
    expect(sheet.rows.length).toBeGreaterThan(0);
  });

  it('imports nothing while a row is bad, lists every error, then imports the fixed file as drafts', async () => {
    const good = row({ 题型: '单选', 章节编码: 'VIP-2.3.4', 题干: '处理客户投诉时,首先应当____。', 选项A: '耐心倾听并致歉', 选项B: '立即辩解', 选项C: '转交他人', 选项D: '请客户改日再来', 答案: 'A', 难度: '2', 认知要求: '熟悉', 解析: '先倾听、致歉,再了解诉求。' });
    const essay = row({ 题型: '简答', 章节编码: 'VIP-2.3.2', 题干: '请简述VIP客户生日关怀的要点。', 难度: '3', 认知要求: '掌握', 评分要点: '时机恰当:4\n方式个性化:3\n符合客户偏好:3' });
    const bad = row({ 题型: '多选', 章节编码: 'VIP-9.9', 题干: '下列属于客户关怀方式的有____。', 选项A: '节日问候', 选项B: '生日祝福', 答案: 'AB', 难度: '7', 认知要求: '精通' });
    const failed = await waitJob(h, t1, (await upload(h, t1, await writeSheet('题目', HEADER, [good, essay, bad]), 'bank.xlsx')).body.jobId);
    expect(failed.state).toBe('failed');
    const errs = failed.error.details.rows as { row: number; column: string; code: string }[];
    expect(new Set(errs.map((e) => e.row))).toEqual(new Set([4]));
    expect(errs.map((e) => e.column)).toEqual(expect.arrayContaining(['章节编码', '难度', '认知要求']));
    const before = (await h.call('GET', `/api/questions?q=${encodeURIComponent('首先应当')}`, { token: t1 })).body.total;
    expect(before).toBe(0);

    const fixed = row({ 题型: '多选', 章节编码: 'VIP-2.3.2', 题干: '下列属于客户关怀方式的有____。', 选项A: '节日问候', 选项B: '生日祝福', 选项C: '拒接来电', 答案: 'AB', 难度: '2', 认知要求: '了解' });
    const done = await waitJob(h, t1, (await upload(h, t1, await writeSheet('题目', HEADER, [good, essay, fixed, good]), 'bank.xlsx')).body.jobId);
    expect(done).toMatchObject({ state: 'completed', progress: 100, result: { created: 4, status: 'draft' } });
    expect(done.result.duplicates).toEqual([expect.objectContaining({ row: 5, otherRow: 2 })]);
    const list = await h.call('GET', `/api/questions?q=${encodeURIComponent('首先应当')}&status=draft`, { token: t1 });
    expect(list.body.total).toBe(2);
    const essayQ = (await h.call('GET', `/api/questions?q=${encodeURIComponent('生日关怀的要点')}`, { token: t1 })).body.items[0];
    const full = (await h.call('GET', `/api/questions/${essayQ.id}`, { token: t1 })).body;
    expect(full.rubric).toEqual([{ criterion: '时机恰当', maxPoints: 4 }, { criterion: '方式个性化', maxPoints: 3 }, { criterion: '符合客户偏好', maxPoints: 3 }]);
  });

  it('refuses hostile or wrong files at upload', async () => {
    const notZip = await upload(h, t1, Buffer.from('题型,题干\n单选,x'), 'bank.xlsx');
    expect([notZip.status, notZip.body.error.code]).toEqual([415, 'FILE_UNSUPPORTED']);
    const exe = await upload(h, t1, Buffer.from('MZ\x00\x00'), 'bank.exe');
    expect(exe.status).toBe(415);
    const officer = await h.login('officer1');
    expect((await upload(h, officer, Buffer.from('x'), 'a.xlsx')).status).toBe(403);
  });

  it('exports the filtered bank to Excel with formula cells neutralised, and round-trips through Moodle XML and GIFT', async () => {
    const vip = (await h.call('GET', '/api/tracks', { token: t1 })).body.find((t: { code: string }) => t.code === 'vip-service-manager');
    const node = (await h.call('GET', `/api/tracks/${vip.id}/syllabus`, { token: t1 })).body.nodes.find((n: { code: string }) => n.code === 'VIP-3.2');
    await h.call('POST', '/api/questions', { token: t1, body: { syllabusNodeId: node.id, type: 'judge', stem: '=HYPERLINK("http://x") 消费者享有知悉真实情况的权利。', answer: true, difficulty: 1, requirement: 'understand' } });
    const xlsx = await fetch(`${h.baseUrl}/api/questions/export?format=xlsx&syllabusNodeId=${node.id}`, { headers: { authorization: `Bearer ${t1}` } });
    const sheet = await readFirstSheet(Buffer.from(await xlsx.arrayBuffer()));
    const injected = sheet.rows.find((r) => (r.cells.get('题干') ?? '').includes('HYPERLINK'));
    expect(injected!.cells.get('题干')!.startsWith("'=")).toBe(true);

    for (const format of ['moodle', 'gift'] as const) {
      const res = await fetch(`${h.baseUrl}/api/questions/export?format=${format}&syllabusNodeId=${node.id}&type=single`, { headers: { authorization: `Bearer ${t1}` } });
      const text = await res.text();
      expect(text.length).toBeGreaterThan(50);
      const before = (await h.call('GET', `/api/questions?syllabusNodeId=${node.id}&type=single`, { token: t1 })).body.total;
      const job = await upload(h, t1, Buffer.from(text, 'utf8'), format === 'moodle' ? 'bank.xml' : 'bank.gift', `?syllabusNodeId=${node.id}`);
      const done = await waitJob(h, t1, job.body.jobId);
      expect(done.state).toBe('completed');
      expect(done.result.created).toBe(before);
      // Everything came back as a possible duplicate of what it was exported from.
      expect(done.result.duplicates).toHaveLength(before);
    }
  });
});
