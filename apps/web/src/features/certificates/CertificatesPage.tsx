import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { App, Button, Card, Empty, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import type { CertificateDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { LevelSelect, TrackSelect } from '../competency/pickers';
import { useLevelErrorText } from '../decisions/error-text';
import { ReasonModal } from '../ratings/ReasonModal';
import { certificatesQueryOptions, downloadCertificatePdf, useRevokeCertificate, verifyPath, type CertificateListParams } from './api';

/** 证书管理 (officers): every certificate, its verification link and PDF, and revocation with a reason. */
export function CertificatesPage() {
  const { t, formatDate } = useI18n();
  const { message } = App.useApp();
  const levelLabel = useLevelLabel();
  const { levelErrorText } = useLevelErrorText();
  const [params, setParams] = useState<CertificateListParams>({ page: 1, pageSize: 20 });
  const [code, setCode] = useState('');
  const certificates = useQuery(certificatesQueryOptions(params));
  const revoke = useRevokeCertificate();
  const [target, setTarget] = useState<CertificateDto | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const set = (change: Partial<CertificateListParams>) => setParams({ ...params, ...change, page: 1 });

  return (
    <Card title={t('cert.listTitle')} data-testid="certificates-page">
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('cert.searchCode')} value={code} onChange={(e) => setCode(e.target.value)} onSearch={(value) => set({ code: value.trim() || undefined })} style={{ width: 240 }} data-testid="certificate-search" />
        <TrackSelect allowClear value={params.trackId} onChange={(trackId) => set({ trackId })} placeholder={t('rc.allTracks')} />
        <LevelSelect allowClear value={params.level} onChange={(level) => set({ level })} placeholder={t('ld.filter.level')} />
        <Select<'1' | '0'>
          allowClear
          placeholder={t('cert.filterStatus')}
          style={{ width: 120 }}
          value={params.revoked}
          onChange={(revoked) => set({ revoked })}
          options={[
            { value: '0', label: t('cert.valid') },
            { value: '1', label: t('cert.revokedShort') },
          ]}
        />
      </Space>
      <QueryState query={certificates}>
        <Table<CertificateDto>
          rowKey="code"
          size="middle"
          scroll={{ x: 1000 }}
          dataSource={certificates.data?.items ?? []}
          data-testid="certificates-table"
          locale={{ emptyText: <Empty description={t('cert.empty')} /> }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: certificates.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams({ ...params, page, pageSize }),
          }}
          columns={[
            { title: t('cert.col.code'), dataIndex: 'code', width: 200, render: (c: string, cert) => <Link to={`/level-decisions/${cert.decisionId}`}>{c}</Link> },
            { title: t('cert.col.holder'), dataIndex: 'holderName', width: 110 },
            { title: t('rc.col.track'), dataIndex: 'trackName' },
            { title: t('cert.col.level'), dataIndex: 'level', width: 80, render: (l: number) => levelLabel(l) },
            { title: t('cert.col.issuedAt'), dataIndex: 'issuedAt', width: 120, render: (v: string) => formatDate(v) },
            { title: t('ld.effectiveAt'), dataIndex: 'effectiveAt', width: 120, render: (v: string) => formatDate(v) },
            {
              title: t('cert.col.status'),
              dataIndex: 'revokedAt',
              width: 110,
              render: (revokedAt: string | null, cert) =>
                revokedAt ? (
                  <Tooltip title={cert.revokeReason}>
                    <Tag color="red">{t('cert.revokedShort')}</Tag>
                  </Tooltip>
                ) : (
                  <Tag color="green">{t('cert.valid')}</Tag>
                ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 220,
              render: (_v, cert) => (
                <Space size={4}>
                  <Button size="small" type="link" onClick={() => void downloadCertificatePdf(cert.code).catch((error: unknown) => message.error(levelErrorText(error)))}>
                    {t('cert.pdf')}
                  </Button>
                  <a href={verifyPath(cert.code)} target="_blank" rel="noreferrer">
                    {t('cert.verifyShort')}
                  </a>
                  {!cert.revokedAt && (
                    <Button size="small" type="link" danger onClick={() => setTarget(cert)} data-testid="certificate-revoke">
                      {t('cert.revoke')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </QueryState>
      <ReasonModal
        open={!!target}
        title={t('cert.revokeTitle', { code: target?.code ?? '' })}
        label={t('cert.revokeReason')}
        hint={t('cert.revokeHint')}
        danger
        loading={revoke.isPending}
        error={revokeError}
        testIdPrefix="certificate-revoke"
        onCancel={() => setTarget(null)}
        onSubmit={(reason) =>
          target &&
          revoke.mutate(
            { code: target.code, reason },
            {
              onSuccess: () => {
                setTarget(null);
                setRevokeError(null);
                void message.success(t('cert.revoked'));
              },
              onError: (error) => setRevokeError(levelErrorText(error)),
            },
          )
        }
      />
    </Card>
  );
}
