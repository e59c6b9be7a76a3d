import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useQuery } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import type { CompetencyProfileDto } from '@cm/contracts';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { useScaleName } from '../competency/labels';
import { tracksQueryOptions } from '../syllabus/api';
import { formatRating, isGap, itemsByCategory } from './profile-format';

// On screen the sheet covers the app; in print only the sheet is on paper.
const SHEET_CSS = `
.cm-print-root { position: fixed; inset: 0; z-index: 2000; background: #fff; overflow: auto; padding: 24px 32px; color: #000; }
.cm-print-root table { border-collapse: collapse; width: 100%; font-size: 13px; }
.cm-print-root th, .cm-print-root td { border: 1px solid #000; padding: 4px 6px; text-align: center; }
.cm-print-root td.left { text-align: left; }
.cm-print-root .gap { font-weight: 600; text-decoration: underline; }
.cm-print-root h2 { text-align: center; margin: 8px 0 4px; }
.cm-print-meta { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4px 16px; margin: 12px 0; font-size: 13px; }
.cm-print-sign { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; margin-top: 32px; font-size: 13px; }
@media print {
  body > *:not(.cm-print-root) { display: none !important; }
  .cm-print-root { position: static; padding: 0; overflow: visible; }
  .cm-print-toolbar { display: none !important; }
  @page { size: A4; margin: 14mm; }
}
`;

/** 评估打分表: the profile as a print-friendly sheet (items by category, standard and rating,
 * gap, the behavioural index and the exam score, signature lines), printed with window.print(). */
export function ProfileSheet({ profile, candidateName, officer, onDone }: { profile: CompetencyProfileDto; candidateName: string; officer: boolean; onDone: () => void }) {
  const tracks = useQuery(tracksQueryOptions());
  const { t, formatDate } = useI18n();
  const levelLabel = useLevelLabel();
  const scaleName = useScaleName();
  const groups = itemsByCategory(profile);

  useEffect(() => {
    const close = (event: KeyboardEvent) => event.key === 'Escape' && onDone();
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [onDone]);

  return createPortal(
    <div className="cm-print-root" data-testid="profile-sheet" role="dialog" aria-label={t('cp.sheetTitle')}>
      <style>{SHEET_CSS}</style>
      <Space className="cm-print-toolbar" style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => window.print()} data-testid="profile-sheet-print">
          {t('cp.printNow')}
        </Button>
        <Button onClick={onDone} data-testid="profile-sheet-close">
          {t('common.close')}
        </Button>
      </Space>
      <h2>{t('cp.sheetTitle')}</h2>
      <div className="cm-print-meta">
        <div>{t('cp.sheet.candidate', { name: candidateName })}</div>
        <div>{t('cp.sheet.track', { track: tracks.data?.find((track) => track.id === profile.trackId)?.name ?? '' })}</div>
        <div>{t('cp.sheet.targetLevel', { level: levelLabel(profile.targetLevel) })}</div>
        <div>{t('cp.sheet.model', { version: profile.model.version })}</div>
        <div>{t('cp.sheet.examScore', { score: profile.examScore ?? '—' })}</div>
        <div>{t('cp.sheet.index', { index: profile.behaviouralIndex ?? '—' })}</div>
        <div>{t('cp.sheet.date', { date: formatDate(new Date().toISOString()) })}</div>
      </div>
      <table>
        <thead>
          <tr>
            <th>{t('cm.col.category')}</th>
            <th>{t('cm.col.item')}</th>
            <th>{t('cp.col.standard')}</th>
            <th>{t('cp.col.rating')}</th>
            <th>{t('cp.col.gap')}</th>
            {officer && <th>{t('rt.relation.supervisor')}</th>}
            {officer && <th>{t('rt.relation.peer')}</th>}
            {officer && <th>{t('rt.relation.self')}</th>}
          </tr>
        </thead>
        <tbody>
          {groups.flatMap((group) =>
            group.items.map((item, index) => (
              <tr key={item.itemId}>
                {index === 0 && (
                  <td rowSpan={group.items.length} className="left">
                    {group.category}
                  </td>
                )}
                <td className="left">{item.name}</td>
                <td>{`${item.standard} ${scaleName(item.standard)}`}</td>
                <td className={isGap(item) ? 'gap' : undefined}>{formatRating(item.rating)}</td>
                <td className={isGap(item) ? 'gap' : undefined}>{item.gap === null ? '—' : `${item.gap > 0 ? '+' : ''}${formatRating(item.gap)}`}</td>
                {officer && <td>{formatRating(item.byRelation?.supervisor)}</td>}
                {officer && <td>{formatRating(item.byRelation?.peer)}</td>}
                {officer && <td>{formatRating(item.byRelation?.self)}</td>}
              </tr>
            )),
          )}
        </tbody>
      </table>
      <p style={{ fontSize: 12, marginTop: 8 }}>{t('cp.sheet.note')}</p>
      <div className="cm-print-sign">
        <div>{t('cp.sheet.signRater')}</div>
        <div>{t('cp.sheet.signOfficer')}</div>
        <div>{t('cp.sheet.signDate')}</div>
      </div>
    </div>,
    document.body,
  );
}
