import { useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Button, Drawer, Layout, Menu, type MenuProps } from 'antd';
import { useCurrentUser } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { HeaderBar } from './HeaderBar';
import { navGroupsFor, selectedNavKey } from './nav';
import { NARROW_QUERY, useMediaQuery } from './use-media-query';

type MenuItems = NonNullable<MenuProps['items']>;

function useMenuItems(): { items: MenuItems; selected: string } {
  const user = useCurrentUser();
  const { t } = useI18n();
  const { pathname } = useLocation();
  return useMemo(() => {
    const groups = navGroupsFor(user.roles);
    const onlyCandidate = user.roles.length === 1 && user.roles[0] === 'candidate';
    const items: MenuItems = [
      { key: '/', label: <span data-testid="nav-home">{t(onlyCandidate ? 'nav.candidateHome' : 'nav.home')}</span> },
      ...groups.map((group) => ({
        type: 'group' as const,
        key: `group-${group.role}`,
        label: t(group.labelKey),
        children: group.links.map((link) => ({
          key: link.path,
          label: <span data-testid={link.testId}>{t(link.labelKey)}</span>,
        })),
      })),
    ];
    return { items, selected: selectedNavKey(pathname, groups) };
  }, [user.roles, t, pathname]);
}

export function AppLayout() {
  const narrow = useMediaQuery(NARROW_QUERY);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const navigate = useNavigate();
  const { t } = useI18n();
  const { items, selected } = useMenuItems();

  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selected]}
      onClick={({ key }) => {
        setDrawerOpen(false);
        void navigate(key);
      }}
      data-testid="side-menu"
      style={{ borderInlineEnd: 'none' }}
    />
  );

  return (
    <Layout className="app-layout">
      {!narrow && (
        <Layout.Sider width={216} theme="light" className="app-sider">
          <div className="app-brand">{t('app.shortTitle')}</div>
          {menu}
        </Layout.Sider>
      )}
      {narrow && (
        <Drawer
          placement="left"
          size={240}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('app.shortTitle')}
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      )}
      <Layout>
        <HeaderBar
          menuButton={
            narrow ? (
              <Button onClick={() => setDrawerOpen(true)} data-testid="menu-toggle" aria-label={t('nav.toggleMenu')}>
                ☰ {t('nav.toggleMenu')}
              </Button>
            ) : null
          }
        />
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
