import { Input, Select, TreeSelect } from 'antd';
import { QUESTION_STATUSES, QUESTION_TYPES, QUESTION_USAGES, REQUIREMENTS, type QuestionStatus, type QuestionType, type QuestionUsage, type Requirement, type TrackDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import type { SyllabusSelectNode } from '../syllabus/tree';
import type { QuestionFilter } from './api';

/** Track, syllabus subtree, type, difficulty, requirement, status, usage, tag and text. */
export function QuestionFilters({
  value,
  onChange,
  tracks,
  syllabusTree,
}: {
  value: QuestionFilter;
  onChange: (next: QuestionFilter) => void;
  tracks: TrackDto[];
  syllabusTree: SyllabusSelectNode[];
}) {
  const { t } = useI18n();
  const set = (patch: QuestionFilter) => onChange({ ...value, ...patch });
  return (
    <>
      <Select
        value={value.trackId}
        onChange={(trackId: string) => onChange({ ...value, trackId, syllabusNodeId: undefined })}
        options={tracks.map((track) => ({ value: track.id, label: track.name }))}
        style={{ width: 170 }}
        aria-label={t('syllabus.track')}
        data-testid="qb-filter-track"
      />
      <TreeSelect
        allowClear
        showSearch={{ treeNodeFilterProp: 'title' }}
        value={value.syllabusNodeId}
        placeholder={t('qb.filter.node')}
        onChange={(syllabusNodeId?: string) => set({ syllabusNodeId })}
        treeData={syllabusTree}
        treeDefaultExpandAll
        style={{ width: 240 }}
        popupMatchSelectWidth={360}
        data-testid="qb-filter-node"
      />
      <Select<QuestionType>
        allowClear
        value={value.type}
        placeholder={t('qb.filter.type')}
        onChange={(type) => set({ type })}
        options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`qtype.${type}`) }))}
        style={{ width: 110 }}
        data-testid="qb-filter-type"
      />
      <Select<number>
        allowClear
        value={value.difficulty}
        placeholder={t('qb.filter.difficulty')}
        onChange={(difficulty) => set({ difficulty })}
        options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: t('questions.difficultyN', { n }) }))}
        style={{ width: 110 }}
        data-testid="qb-filter-difficulty"
      />
      <Select<Requirement>
        allowClear
        value={value.requirement}
        placeholder={t('qb.filter.requirement')}
        onChange={(requirement) => set({ requirement })}
        options={REQUIREMENTS.map((requirement) => ({ value: requirement, label: t(`requirement.${requirement}`) }))}
        style={{ width: 110 }}
        data-testid="qb-filter-requirement"
      />
      <Select<QuestionStatus>
        allowClear
        value={value.status}
        placeholder={t('qb.filter.status')}
        onChange={(status) => set({ status })}
        options={QUESTION_STATUSES.map((status) => ({ value: status, label: t(`qstatus.${status}`) }))}
        style={{ width: 110 }}
        data-testid="qb-filter-status"
      />
      <Select<QuestionUsage>
        allowClear
        value={value.usage}
        placeholder={t('qb.filter.usage')}
        onChange={(usage) => set({ usage })}
        options={QUESTION_USAGES.map((usage) => ({ value: usage, label: t(`qusage.${usage}`) }))}
        style={{ width: 100 }}
        data-testid="qb-filter-usage"
      />
      <Input.Search
        allowClear
        key={`tag-${value.tag ?? ''}`}
        defaultValue={value.tag}
        placeholder={t('qb.filter.tag')}
        onSearch={(tag) => set({ tag: tag.trim() || undefined })}
        style={{ width: 140 }}
        data-testid="qb-filter-tag"
      />
      <Input.Search
        allowClear
        key={`q-${value.q ?? ''}`}
        defaultValue={value.q}
        placeholder={t('qb.filter.q')}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 200 }}
        data-testid="qb-filter-q"
      />
    </>
  );
}
