import type { ReactNode } from 'react';
import { Menu, type MenuProps } from 'antd';
import {
  AlertOutlined,
  CheckCircleOutlined,
  TableOutlined,
  AimOutlined,
  ClusterOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  ProjectOutlined,
  ApiOutlined,
  AuditOutlined,
  CheckSquareOutlined,
  ExperimentOutlined,
  ShareAltOutlined,
  WarningOutlined,
  SolutionOutlined,
  BankOutlined,
  BellOutlined,
  CarryOutOutlined,
  CloudUploadOutlined,
  CalendarOutlined,
  EditOutlined,
  FileSearchOutlined,
  FundOutlined,
  GlobalOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  IdcardOutlined,
  LoginOutlined,
  MailOutlined,
  ProfileOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  ScheduleOutlined,
  ShopOutlined,
  SoundOutlined,
  TagsOutlined,
  TeamOutlined,
  VerifiedOutlined,
} from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/useAuth.ts';
import { useT } from '../i18n/useT.ts';
import { navItemsFor, selectedKeyFor, type NavIcon, type NavItem } from './navItems.ts';

const icons: Record<NavIcon, ReactNode> = {
  home: <HomeOutlined />,
  reference: <ReadOutlined />,
  calendar: <CalendarOutlined />,
  uscc: <FileSearchOutlined />,
  login: <LoginOutlined />,
  enterprises: <BankOutlined />,
  notifications: <BellOutlined />,
  tokens: <ApiOutlined />,
  issue: <IdcardOutlined />,
  accounts: <TeamOutlined />,
  calendarAdmin: <ScheduleOutlined />,
  audit: <AuditOutlined />,
  outbox: <MailOutlined />,
  files: <FolderOpenOutlined />,
  negativeLists: <ProfileOutlined />,
  admissionCheck: <SafetyCertificateOutlined />,
  negativeListsAdmin: <CloudUploadOutlined />,
  investment: <FundOutlined />,
  securityReview: <GlobalOutlined />,
  names: <EditOutlined />,
  myNames: <TagsOutlined />,
  verifyLicence: <VerifiedOutlined />,
  establishments: <ShopOutlined />,
  followUps: <CarryOutOutlined />,
  deregistrationNotices: <SoundOutlined />,
  enterpriseSearch: <SearchOutlined />,
  pushedCases: <AlertOutlined />,
  assessments: <SolutionOutlined />,
  assessmentActions: <CheckSquareOutlined />,
  reform: <ExperimentOutlined />,
  replicatedReforms: <ShareAltOutlined />,
  dashboards: <DashboardOutlined />,
  risk: <WarningOutlined />,
  clusters: <ClusterOutlined />,
  projects: <ProjectOutlined />,
  landPriority: <EnvironmentOutlined />,
  attractionTasks: <AimOutlined />,
  indicators: <FundOutlined />,
  indicatorScorecard: <TableOutlined />,
  indicatorSubmit: <CloudUploadOutlined />,
  indicatorApprovals: <CheckCircleOutlined />,
};

export type SideMenuProps = {
  /** Called after an item was chosen (the drawer closes itself with it). */
  onNavigate?: () => void;
};

/** The navigation menu; its items depend on the signed-in role. */
export function SideMenu({ onNavigate }: SideMenuProps) {
  const { user } = useAuth();
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = navItemsFor(user?.role ?? null);

  const toMenu = (item: NavItem, nested: boolean): NonNullable<MenuProps['items']>[number] =>
    item.children
      ? { key: item.path, icon: icons[item.icon], label: t(item.labelId), children: item.children.map((c) => toMenu(c, true)) }
      : { key: item.path, icon: nested ? undefined : icons[item.icon], label: t(item.labelId) };

  const selected = selectedKeyFor(pathname, items);
  return (
    <nav aria-label={t('layout.nav.label')}>
      <Menu
        mode="inline"
        items={items.map((item) => toMenu(item, false))}
        selectedKeys={selected ? [selected] : []}
        defaultOpenKeys={pathname.startsWith('/reference') ? ['/reference'] : []}
        onClick={({ key }) => {
          navigate(key);
          onNavigate?.();
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
