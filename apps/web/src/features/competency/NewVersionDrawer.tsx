import { useMemo, useState } from 'react';
import { Alert, App, Button, Drawer, Empty, Form, Input, Select, Space, Tabs, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { useLevelErrorText } from '../decisions/error-text';
import { useCreateModelVersion, type CompetencyModelDto } from './api';
import { CompletenessTag, ProvenanceLabel } from './labels';
import { buildVersionRequest, draftOf, isEmptyEdit, type DraftItem, type DraftStandards } from './model-edit';
import { StandardsMatrix } from './StandardsMatrix';

interface Props {
  model: CompetencyModelDto;
  standard: (positionLevel: number, itemId: string) => number;
  open: boolean;
  onClose: () => void;
  onCreated: (model: CompetencyModelDto) => void;
}

/** 动态调整: edits the items' texts and the standard matrix of the active version; saving creates
 * the next version (with a required reason) and retires this one. */
export function NewVersionDrawer({ model, standard, open, onClose, onCreated }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { levelErrorText, fieldList } = useLevelErrorText();
  const create = useCreateModelVersion(model.id);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [drafts, setDrafts] = useState<Record<string, DraftItem>>({});
  const [standards, setStandards] = useState<DraftStandards>({});
  const [code, setCode] = useState<string | undefined>(model.items.find((item) => item.assessment === 'rating')?.code);
  const [problems, setProblems] = useState<string[]>([]);
  const item = model.items.find((entry) => entry.code === code);
  const draft = item ? (drafts[item.code] ?? draftOf(item)) : undefined;
  const body = useMemo(() => buildVersionRequest(model, drafts, standards, standard, reason), [model, drafts, standards, standard, reason]);
  const changedCount = (body.items?.length ?? 0) + (body.standards?.length ?? 0);

  const update = (next: DraftItem) => item && setDrafts((prev) => ({ ...prev, [item.code]: next }));
  const updateLevel = (index: number, change: Partial<DraftItem['levels'][number]>) =>
    draft && update({ ...draft, levels: draft.levels.map((level, i) => (i === index ? { ...level, ...change } : level)) });

  const submit = () => {
    if (!reason.trim()) {
      setReasonError(true);
      return;
    }
    if (isEmptyEdit(body)) {
      void message.warning(t('cm.edit.nothingChanged'));
      return;
    }
    setProblems([]);
    create.mutate(body, {
      onSuccess: (created) => {
        void message.success(t('cm.edit.saved', { version: created.version }));
        setDrafts({});
        setStandards({});
        setReason('');
        onCreated(created);
      },
      onError: (error) => {
        const fields = fieldList(error);
        if (fields.length) setProblems(fields);
        else void message.error(levelErrorText(error));
      },
    });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={960}
      title={t('cm.edit.title', { version: model.version })}
      data-testid="cm-new-version"
      extra={
        <Space>
          <Tag color={changedCount ? 'orange' : 'default'}>{t('cm.edit.changes', { n: changedCount })}</Tag>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={submit} data-testid="cm-new-version-save">
            {t('cm.edit.save')}
          </Button>
        </Space>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('cm.edit.hint')} />
      {problems.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('cm.edit.invalid')} description={<ul style={{ margin: 0 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />}
      <Form layout="vertical">
        <Form.Item label={t('cm.edit.reason')} required validateStatus={reasonError ? 'error' : undefined} help={reasonError ? t('cm.edit.reasonRequired') : undefined}>
          <Input.TextArea
            value={reason}
            rows={2}
            maxLength={2000}
            placeholder={t('cm.edit.reasonPlaceholder')}
            data-testid="cm-new-version-reason"
            onChange={(event) => {
              setReason(event.target.value);
              setReasonError(false);
            }}
          />
        </Form.Item>
      </Form>
      <Tabs
        items={[
          {
            key: 'items',
            label: t('cm.edit.tabItems'),
            children: (
              <>
                <Select<string>
                  value={code}
                  onChange={setCode}
                  style={{ width: 320, marginBottom: 12 }}
                  data-testid="cm-edit-item"
                  showSearch={{ optionFilterProp: 'label' }}
                  options={model.categories.map((category) => ({
                    label: category.name,
                    title: category.name,
                    options: model.items.filter((entry) => entry.categoryId === category.id).map((entry) => ({ value: entry.code, label: `${entry.name}${drafts[entry.code] ? ' ✎' : ''}` })),
                  }))}
                />
                {!item || !draft ? (
                  <Empty />
                ) : (
                  <div data-testid="cm-edit-item-form">
                    <Form layout="vertical">
                      <Form.Item label={t('cm.edit.name')}>
                        <Input value={draft.name} maxLength={50} onChange={(event) => update({ ...draft, name: event.target.value })} />
                      </Form.Item>
                      <Form.Item label={<Space>{t('cm.definition')}<ProvenanceLabel provenance={item.definitionProvenance} /></Space>}>
                        <Input.TextArea value={draft.definition} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} onChange={(event) => update({ ...draft, definition: event.target.value })} />
                      </Form.Item>
                    </Form>
                    {draft.levels.map((level, index) => {
                      const base = item.levels[index]!;
                      return (
                        <div key={level.level} style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: 12, marginBottom: 12 }} data-testid="cm-edit-level" data-level={level.level}>
                          <Space wrap size={4} style={{ marginBottom: 8 }}>
                            <Tag color="blue">{base.name}</Tag>
                            <CompletenessTag completeness={base.completeness} />
                            <ProvenanceLabel provenance={base.provenance} />
                          </Space>
                          <Input.TextArea
                            value={level.summary}
                            placeholder={t('cm.edit.summary')}
                            autoSize={{ minRows: 1, maxRows: 3 }}
                            maxLength={500}
                            style={{ marginBottom: 8 }}
                            onChange={(event) => updateLevel(index, { summary: event.target.value })}
                          />
                          {level.indicators.map((indicator, i) => (
                            <Space.Compact key={indicator.id ?? `new-${i}`} style={{ width: '100%', marginBottom: 6 }}>
                              <Button disabled aria-hidden tabIndex={-1}>
                                ▶
                              </Button>
                              <Input.TextArea
                                value={indicator.text}
                                autoSize={{ minRows: 1, maxRows: 3 }}
                                maxLength={500}
                                data-testid="cm-edit-indicator"
                                onChange={(event) => updateLevel(index, { indicators: level.indicators.map((x, j) => (j === i ? { ...x, text: event.target.value } : x)) })}
                              />
                              <Button danger onClick={() => updateLevel(index, { indicators: level.indicators.filter((_x, j) => j !== i) })} aria-label={t('cm.edit.removeIndicator')}>
                                {t('cm.edit.remove')}
                              </Button>
                            </Space.Compact>
                          ))}
                          <Button
                            size="small"
                            type="dashed"
                            disabled={level.indicators.length >= 12}
                            onClick={() => updateLevel(index, { indicators: [...level.indicators, { text: '' }] })}
                            data-testid="cm-edit-add-indicator"
                          >
                            {t('cm.edit.addIndicator')}
                          </Button>
                        </div>
                      );
                    })}
                    <Typography.Text type="secondary">{t('cm.edit.authoredNote', { version: model.version + 1 })}</Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          {
            key: 'standards',
            label: t('cm.edit.tabStandards'),
            children: (
              <StandardsMatrix items={model.items} standard={standard} draft={standards} onChange={(key, level) => setStandards((prev) => ({ ...prev, [key]: level }))} />
            ),
          },
        ]}
      />
    </Drawer>
  );
}
