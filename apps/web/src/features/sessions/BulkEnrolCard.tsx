import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Space, Tabs, TreeSelect, Typography, Upload } from 'antd';
import type { BulkEnrolmentResultDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/use-error-text';
import { orgUnitsQueryOptions } from '../org-units/api';
import { buildOrgTree, toTreeSelectData } from '../org-units/tree';
import { useEnrolOrgUnit, useEnrolSheet } from './dashboard-api';
import { EnrolResultView } from './EnrolResultView';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Enrols many candidates at once: every active candidate of an org unit (and its sub-units),
 * or the usernames / employee numbers of an Excel list; shows the result per candidate. */
export function BulkEnrolCard({ sessionId, disabled }: { sessionId: string; disabled: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const units = useQuery(orgUnitsQueryOptions());
  const tree = useMemo(() => toTreeSelectData(buildOrgTree(units.data ?? [])), [units.data]);
  const byOrg = useEnrolOrgUnit(sessionId);
  const bySheet = useEnrolSheet(sessionId);
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(undefined);
  const [includeSubUnits, setIncludeSubUnits] = useState(true);
  const [orgMissing, setOrgMissing] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const [result, setResult] = useState<BulkEnrolmentResultDto | null>(null);

  const failed = (error: unknown) => {
    if (isApiError(error, 'FILE_INVALID') || isApiError(error, 'FILE_UNSUPPORTED') || isApiError(error, 'FILE_TOO_LARGE')) void message.error(t('sessions.bulk.badFile', { message: errorText(error) }));
    else void message.error(t('common.operationFailed', { message: errorText(error) }));
  };

  const enrolOrg = () => {
    setOrgMissing(!orgUnitId);
    if (!orgUnitId) return;
    setResult(null);
    byOrg.mutate({ orgUnitId, includeSubUnits }, { onSuccess: setResult, onError: failed });
  };

  const enrolSheet = () => {
    setFileMissing(!file);
    if (!file) return;
    setResult(null);
    bySheet.mutate(file, { onSuccess: setResult, onError: failed });
  };

  return (
    <Card size="small" title={t('sessions.bulk.title')} data-testid="bulk-enrol-card">
      <Tabs
        size="small"
        items={[
          {
            key: 'org',
            label: t('sessions.bulk.byOrg'),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <TreeSelect
                  allowClear
                  showSearch={{ treeNodeFilterProp: 'title' }}
                  value={orgUnitId}
                  status={orgMissing ? 'error' : undefined}
                  placeholder={t('sessions.bulk.orgUnit')}
                  onChange={(id?: string) => {
                    setOrgUnitId(id);
                    setOrgMissing(false);
                  }}
                  treeData={tree}
                  treeDefaultExpandAll
                  loading={units.isLoading}
                  style={{ width: '100%' }}
                  data-testid="bulk-org-unit"
                />
                {orgMissing && <Typography.Text type="danger">{t('sessions.bulk.orgRequired')}</Typography.Text>}
                <Checkbox checked={includeSubUnits} onChange={(e) => setIncludeSubUnits(e.target.checked)} data-testid="bulk-include-sub">
                  {t('sessions.bulk.includeSub')}
                </Checkbox>
                <Button type="primary" disabled={disabled} loading={byOrg.isPending} onClick={enrolOrg} data-testid="bulk-org-submit">
                  {t('sessions.bulk.enrolOrg')}
                </Button>
              </Space>
            ),
          },
          {
            key: 'sheet',
            label: t('sessions.bulk.bySheet'),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Typography.Text type="secondary">{t('sessions.bulk.sheetHint')}</Typography.Text>
                <Upload
                  accept={XLSX}
                  maxCount={1}
                  fileList={file ? [{ uid: 'sheet', name: file.name, status: 'done' }] : []}
                  beforeUpload={(f) => {
                    setFile(f);
                    setFileMissing(false);
                    return false;
                  }}
                  onRemove={() => setFile(null)}
                  data-testid="bulk-sheet-upload"
                >
                  <Button data-testid="bulk-sheet-pick">{t('sessions.bulk.pickFile')}</Button>
                </Upload>
                {fileMissing && <Typography.Text type="danger">{t('sessions.bulk.fileRequired')}</Typography.Text>}
                <Button type="primary" disabled={disabled} loading={bySheet.isPending} onClick={enrolSheet} data-testid="bulk-sheet-submit">
                  {t('sessions.bulk.upload')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {result && <EnrolResultView result={result} />}
    </Card>
  );
}
