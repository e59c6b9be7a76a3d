import { useEffect, useMemo } from 'react';
import { Checkbox, Col, Form, Radio, Row, Select, TreeSelect } from 'antd';
import { QUESTION_TYPES, QUESTION_USAGES, REQUIREMENTS, type SyllabusNodeDto } from '@cm/contracts';
import { useI18n } from '../../../app/i18n/i18n';
import { buildSyllabusTree, toSyllabusSelectData } from '../../syllabus/tree';
import { syncBlanks, type QuestionFormValues } from '../question-form';
import { RichTextInput } from '../RichTextInput';
import { ChoiceOptions } from './ChoiceOptions';
import { EnemyPicker } from './EnemyPicker';
import { FillBlanks } from './FillBlanks';
import { RubricEditor } from './RubricEditor';

/** Keeps the blank lists of a fill question in step with the blanks written in the stem. */
function useBlankSync() {
  const form = Form.useFormInstance<QuestionFormValues>();
  const type = Form.useWatch('type', form);
  const stem: string | undefined = Form.useWatch('stem', form);
  useEffect(() => {
    if (type !== 'fill') return;
    const blanks: string[][] = form.getFieldValue('blanks') ?? [];
    const next = syncBlanks(blanks, stem ?? '');
    if (next !== blanks) form.setFieldValue('blanks', next);
  }, [type, stem, form]);
}

/** The inputs of the question editor; type-specific parts follow the chosen type. */
export function QuestionFields({ nodes, trackId, questionId }: { nodes: SyllabusNodeDto[]; trackId: string | undefined; questionId?: string }) {
  const { t } = useI18n();
  const form = Form.useFormInstance<QuestionFormValues>();
  const type = Form.useWatch('type', form);
  useBlankSync();
  const treeData = useMemo(() => toSyllabusSelectData(buildSyllabusTree(nodes), (node) => node.kind !== 'part'), [nodes]);

  const onNodeChange = (nodeId: string) => {
    const node = nodes.find((candidate) => candidate.id === nodeId);
    if (node?.requirement && !form.getFieldValue('requirement')) form.setFieldValue('requirement', node.requirement);
  };

  return (
    <>
      <Form.Item name="syllabusNodeId" label={t('qe.syllabusNode')} rules={[{ required: true, message: t('qe.syllabusNodeRequired') }]}>
        <TreeSelect
          showSearch={{ treeNodeFilterProp: 'title' }}
          treeData={treeData}
          treeDefaultExpandAll
          onChange={onNodeChange}
          placeholder={t('qe.syllabusNodePlaceholder')}
          data-testid="qe-node"
        />
      </Form.Item>
      <Form.Item name="type" label={t('qe.type')} rules={[{ required: true }]}>
        <Radio.Group optionType="button" options={QUESTION_TYPES.map((value) => ({ value, label: t(`qtype.${value}`) }))} data-testid="qe-type" />
      </Form.Item>
      <Form.Item
        name="stem"
        label={t('qe.stem')}
        extra={type === 'fill' ? t('qe.stemHintFill') : t('qe.stemHint')}
        rules={[{ required: true, whitespace: true, message: t('qe.stemRequired') }]}
      >
        <RichTextInput preview data-testid="qe-stem" />
      </Form.Item>
      {(type === 'single' || type === 'multiple') && <ChoiceOptions multiple={type === 'multiple'} />}
      {type === 'judge' && (
        <Form.Item name="judge" label={t('qe.correct')} rules={[{ required: true, message: t('qe.judgeRequired') }]}>
          <Radio.Group
            options={[
              { value: true, label: t('questions.judgeTrue') },
              { value: false, label: t('questions.judgeFalse') },
            ]}
            data-testid="qe-judge"
          />
        </Form.Item>
      )}
      {type === 'fill' && <FillBlanks />}
      {(type === 'short' || type === 'case') && <RubricEditor />}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="difficulty" label={t('qe.difficulty')} extra={t('qe.difficultyHint')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={[1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) }))} data-testid="qe-difficulty" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="requirement" label={t('qe.requirement')} rules={[{ required: true, message: t('qe.requirementRequired') }]}>
            <Radio.Group optionType="button" options={REQUIREMENTS.map((value) => ({ value, label: t(`requirement.${value}`) }))} data-testid="qe-requirement" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="usage" label={t('qe.usage')} rules={[{ required: true, type: 'array', min: 1, message: t('qe.usageRequired') }]}>
        <Checkbox.Group options={QUESTION_USAGES.map((value) => ({ value, label: t(`qusage.${value}`) }))} data-testid="qe-usage" />
      </Form.Item>
      <Form.Item name="explanation" label={t('qe.explanation')}>
        <RichTextInput data-testid="qe-explanation" />
      </Form.Item>
      <Form.Item name="tags" label={t('qe.tags')} extra={t('qe.tagsHint')}>
        <Select mode="tags" open={false} suffixIcon={null} maxCount={20} tokenSeparators={[',', '，']} data-testid="qe-tags" />
      </Form.Item>
      <Form.Item name="enemyIds" label={t('qe.enemies')} extra={t('qe.enemiesHint')}>
        <EnemyPicker trackId={trackId} excludeId={questionId} />
      </Form.Item>
    </>
  );
}
