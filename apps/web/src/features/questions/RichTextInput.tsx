import { useRef, useState, type ChangeEvent } from 'react';
import { App, Button, Input, Space, Tooltip, type GetRef } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { RichText } from '../../lib/rich-text';
import { imageMarkup, insertBlock, insertInline, tableTemplate, toggleBold, toggleList, type TextEdit } from '../../lib/rich-text-edit';
import { useErrorText } from '../../lib/use-error-text';
import { uploadAsset } from './api';

const IMAGE_TYPES = 'image/png,image/jpeg,image/gif,image/webp';
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export interface RichTextInputProps {
  value?: string;
  onChange?: (value: string) => void;
  /** One-line places (options): a smaller box, only bold and image. */
  compact?: boolean;
  /** Shows the rendered text under the box. */
  preview?: boolean;
  placeholder?: string;
  'data-testid'?: string;
  id?: string;
}

/** A textarea for the question markup with a small toolbar (bold, lists, table, image upload). */
export function RichTextInput({ value = '', onChange, compact = false, preview = false, placeholder, id, 'data-testid': testId }: RichTextInputProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const area = useRef<GetRef<typeof Input.TextArea>>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);

  const current = (): TextEdit => {
    const element = area.current?.resizableTextArea?.textArea;
    return { text: value, start: element?.selectionStart ?? value.length, end: element?.selectionEnd ?? value.length };
  };

  const apply = (edit: TextEdit) => {
    onChange?.(edit.text);
    window.requestAnimationFrame(() => {
      const element = area.current?.resizableTextArea?.textArea;
      element?.focus();
      element?.setSelectionRange(edit.start, edit.end);
    });
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMAGE_BYTES) {
      void message.error(t('richText.imageTooLarge'));
      return;
    }
    const at = current();
    setUploading(true);
    uploadAsset(file)
      .then((asset) => {
        const markup = imageMarkup(t('richText.imageAlt'), asset.url);
        apply(compact ? insertInline(at, markup) : insertBlock(at, markup));
      })
      .catch((error: unknown) => void message.error(t('common.operationFailed', { message: errorText(error) })))
      .finally(() => setUploading(false));
  };

  const tool = (key: string, label: string, title: string, onClick: () => void) => (
    <Tooltip title={title} key={key}>
      <Button size="small" type="text" onClick={onClick} aria-label={title} data-testid={testId ? `${testId}-${key}` : undefined}>
        {label}
      </Button>
    </Tooltip>
  );

  const imageButton = (
    <Tooltip title={t('richText.image')}>
      <Button
        size="small"
        type="text"
        loading={uploading}
        onClick={() => fileInput.current?.click()}
        aria-label={t('richText.image')}
        data-testid={testId ? `${testId}-image` : undefined}
      >
        {t('richText.imageShort')}
      </Button>
    </Tooltip>
  );
  const bold = tool('bold', 'B', t('richText.bold'), () => apply(toggleBold(current(), t('richText.boldPlaceholder'))));
  const textArea = (
    <Input.TextArea
      id={id}
      ref={area}
      value={value}
      placeholder={placeholder}
      onChange={(event) => onChange?.(event.target.value)}
      autoSize={compact ? { minRows: 1, maxRows: 4 } : { minRows: 4, maxRows: 14 }}
      data-testid={testId}
    />
  );
  const hiddenInput = <input ref={fileInput} type="file" accept={IMAGE_TYPES} style={{ display: 'none' }} onChange={onFile} />;

  if (compact) {
    return (
      <div className="rich-input rich-input-compact">
        {textArea}
        <Space size={0} className="rich-input-side">
          {bold}
          {imageButton}
        </Space>
        {hiddenInput}
      </div>
    );
  }
  return (
    <div className="rich-input">
      <Space size={2} wrap className="rich-input-toolbar">
        {bold}
        {tool('bullets', '•', t('richText.bullets'), () => apply(toggleList(current(), false)))}
        {tool('numbers', '1.', t('richText.numbers'), () => apply(toggleList(current(), true)))}
        {tool('table', '▦', t('richText.table'), () =>
          apply(insertBlock(current(), tableTemplate([t('richText.column', { n: 1 }), t('richText.column', { n: 2 })], 2))),
        )}
        {imageButton}
      </Space>
      {hiddenInput}
      {textArea}
      {preview && value.trim() !== '' && (
        <div className="rich-input-preview" data-testid={testId ? `${testId}-preview` : undefined}>
          <RichText text={value} />
        </div>
      )}
    </div>
  );
}
