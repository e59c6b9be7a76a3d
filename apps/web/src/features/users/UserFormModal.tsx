import { useEffect } from 'react';
import { App, Col, Divider, Form, Input, Modal, Row, Select, TreeSelect } from 'antd';
import { EDUCATIONS, LEVELS, ROLES, usernameSchema, type UserDto } from '@cm/contracts';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { testId } from '../../lib/test-id';
import { useErrorText } from '../../lib/use-error-text';
import type { OrgSelectNode } from '../org-units/tree';
import { useCreateUser, useUpdateUser } from './api';
import { formValuesFromUser, toCreateRequest, toUpdateRequest, USER_FORM_FIELDS, type UserFormValues } from './user-form';

/** `user` undefined = closed, `null` = create, else edit that user. */
export function UserFormModal({ user, orgTree, onClose }: { user: UserDto | null | undefined; orgTree: OrgSelectNode[]; onClose: () => void }) {
  const { t, tOr } = useI18n();
  const { message } = App.useApp();
  const levelLabel = useLevelLabel();
  const [form] = Form.useForm<UserFormValues>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const { weakPasswordText, reportFormError } = useErrorText();
  const open = user !== undefined;
  const editing = user ?? null;
  const mutation = editing ? update : create;

  useEffect(() => {
    if (!open) return;
    create.reset();
    update.reset();
    form.resetFields();
    if (editing) form.setFieldsValue(formValuesFromUser(editing));
    // Reset only when the modal opens (or opens for another user), not on every render.
  }, [open, editing?.id]);

  const onError = (error: Error) => {
    if (isApiError(error, 'USERNAME_TAKEN')) {
      form.setFields([{ name: 'username', errors: [t('users.usernameTaken')] }]);
    } else if (isApiError(error, 'PASSWORD_TOO_WEAK')) {
      form.setFields([{ name: 'password', errors: [weakPasswordText(error)] }]);
    } else {
      reportFormError(form, error, USER_FORM_FIELDS);
    }
  };

  const onFinish = (values: UserFormValues) => {
    const done = (text: string) => () => {
      void message.success(text);
      onClose();
    };
    if (editing) update.mutate({ id: editing.id, body: toUpdateRequest(values) }, { onSuccess: done(t('users.updated')), onError });
    else create.mutate(toCreateRequest(values), { onSuccess: done(t('users.created')), onError });
  };

  return (
    <Modal
      open={open}
      title={editing ? t('users.form.editTitle', { name: editing.displayName }) : t('users.form.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      okButtonProps={{ ...testId('user-form-submit') }}
      width={680}
      forceRender
    >
      <Form<UserFormValues> form={form} layout="vertical" onFinish={onFinish} data-testid="user-form">
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="username"
              label={t('users.form.username')}
              rules={[
                { required: true, whitespace: true, message: t('users.form.usernameRequired') },
                {
                  validator: (_rule, value: unknown) =>
                    typeof value !== 'string' || !value || usernameSchema.safeParse(value.trim()).success
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('users.form.usernamePattern'))),
                },
              ]}
            >
              <Input disabled={editing !== null} autoComplete="off" data-testid="user-form-username" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="displayName" label={t('users.form.displayName')} rules={[{ required: true, whitespace: true, message: t('users.form.displayNameRequired') }]}>
              <Input maxLength={64} data-testid="user-form-display-name" />
            </Form.Item>
          </Col>
          {editing === null && (
            <Col xs={24} sm={12}>
              <Form.Item
                name="password"
                label={t('users.form.password')}
                extra={t('password.hint')}
                rules={[{ required: true, message: t('users.form.passwordRequired') }]}
              >
                <Input.Password autoComplete="new-password" data-testid="user-form-password" />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={12}>
            <Form.Item name="roles" label={t('users.form.roles')} rules={[{ required: true, message: t('users.form.rolesRequired') }]}>
              <Select
                mode="multiple"
                options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
                data-testid="user-form-roles"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="orgUnitId" label={t('users.form.orgUnit')}>
              <TreeSelect
                allowClear
                showSearch={{ treeNodeFilterProp: 'title' }}
                treeData={orgTree}
                treeDefaultExpandAll
                data-testid="user-form-org"
              />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          {t('users.form.profile')}
        </Divider>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name={['profile', 'education']} label={t('profile.education')}>
              <Select allowClear options={EDUCATIONS.map((value) => ({ value, label: tOr(`education.${value}`, value) }))} data-testid="user-form-education" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name={['profile', 'hireDate']} label={t('profile.hireDate')}>
              <Input type="date" max="2100-12-31" data-testid="user-form-hire-date" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name={['profile', 'positionLevel']} label={t('profile.positionLevel')}>
              <Select allowClear options={LEVELS.map((value) => ({ value, label: levelLabel(value) }))} data-testid="user-form-position-level" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
