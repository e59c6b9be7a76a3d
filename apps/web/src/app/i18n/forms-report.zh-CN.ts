/** zh-CN: the equivalence report of fixed parallel papers (A/B/C卷). */
export const formsReportZhCN = {
  'formsReport.title': '平行试卷等价性报告',
  'formsReport.empty': '尚未组卷：组卷完成后这里显示各套试卷的重复题量和平均难度。',
  'formsReport.within': '各套试卷的重复率和平均难度差均在限值内',
  'formsReport.outside': '有试卷超出限值：重复率不超过 {overlap}%，平均难度差不超过 {tolerance}',
  'formsReport.col.label': '试卷',
  'formsReport.col.meanDifficulty': '平均难度',
  'formsReport.col.requirement': '了解 / 熟悉 / 掌握（分）',
  'formsReport.overlap': '两两重复题数（重复率）',
  'formsReport.maxOverlap': '最大重复率',
  'formsReport.spread': '平均难度差',
  'formsReport.limit': '限值 {value}',
} as const;
