/** The demo organisation and people (product.md, "Demo dataset"). Names are fictitious. */
export const DEMO_ORG_UNITS = [
  { key: 'prov', name: '广东省分公司', kind: 'province', parent: null },
  { key: 'gz', name: '广州市分公司', kind: 'city', parent: 'prov' },
  { key: 'sz', name: '深圳市分公司', kind: 'city', parent: 'prov' },
  { key: 'th', name: '天河区营业部', kind: 'county', parent: 'gz' },
  { key: 'yx', name: '越秀区营业部', kind: 'county', parent: 'gz' },
  { key: 'ns', name: '南山区营业部', kind: 'county', parent: 'sz' },
] as const;

export type DemoOrgKey = (typeof DEMO_ORG_UNITS)[number]['key'];

export interface DemoPerson {
  username: string;
  displayName: string;
  roles: ('admin' | 'officer' | 'trainer' | 'candidate')[];
  org: DemoOrgKey;
  profile: { education?: string; hireDate?: string; positionLevel?: number };
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { username: 'admin', displayName: '系统管理员', roles: ['admin'], org: 'prov', profile: {} },
  { username: 'officer1', displayName: '陈认证', roles: ['officer'], org: 'prov', profile: { education: '本科', hireDate: '2012-07-01' } },
  { username: 'officer2', displayName: '林审核', roles: ['officer'], org: 'prov', profile: { education: '硕士', hireDate: '2014-03-10' } },
  { username: 'trainer1', displayName: '王培训', roles: ['trainer'], org: 'gz', profile: { education: '本科', hireDate: '2010-09-01' } },
  { username: 'trainer2', displayName: '赵讲师', roles: ['trainer'], org: 'sz', profile: { education: '硕士', hireDate: '2011-05-16' } },
  { username: 'candidate1', displayName: '张晓明', roles: ['candidate'], org: 'th', profile: { education: '本科', hireDate: '2022-07-04', positionLevel: 1 } },
  { username: 'candidate2', displayName: '李思远', roles: ['candidate'], org: 'yx', profile: { education: '大专', hireDate: '2021-03-01', positionLevel: 1 } },
  { username: 'candidate3', displayName: '周雨桐', roles: ['candidate'], org: 'ns', profile: { education: '本科', hireDate: '2019-08-12', positionLevel: 2 } },
  { username: 'supervisor1', displayName: '黄主管', roles: ['candidate'], org: 'gz', profile: { education: '本科', hireDate: '2008-04-01', positionLevel: 3 } },
  { username: 'peer1', displayName: '刘同事', roles: ['candidate'], org: 'th', profile: { education: '本科', hireDate: '2020-06-15', positionLevel: 1 } },
  { username: 'peer2', displayName: '吴同事', roles: ['candidate'], org: 'yx', profile: { education: '大专', hireDate: '2019-11-20', positionLevel: 2 } },
];

/** candidate1..3 are rated by supervisor1 (supervisor) and peer1/peer2 (peers). */
export const DEMO_CANDIDATES = ['candidate1', 'candidate2', 'candidate3'] as const;
export const DEMO_RATERS = { supervisor: 'supervisor1', peers: ['peer1', 'peer2'] } as const;
