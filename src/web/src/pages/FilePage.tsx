import { useState } from 'react';
import { Alert, App, Col, Result, Row, Space, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import type { FileView } from '../../../schemas/files.ts';
import { ApiError } from '../api/client.ts';
import { isForbidden } from '../api/errorText.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocalName } from '../i18n/useLocalName.ts';
import { useT } from '../i18n/useT.ts';
import { ActionPanel } from '../modules/files/ActionPanel.tsx';
import { CommitmentSection } from '../modules/files/CommitmentSection.tsx';
import { CorrectionNotices } from '../modules/files/CorrectionNotices.tsx';
import { DocumentsSection } from '../modules/files/DocumentsSection.tsx';
import { FileFormDetails } from '../modules/files/FileFormDetails.tsx';
import { knownActionLabelId, outcomeLabelId } from '../modules/files/fileLabels.ts';
import { peopleOf, type PanelAction } from '../modules/files/fileModel.ts';
import { FileOverview } from '../modules/files/FileOverview.tsx';
import { FileTimeline } from '../modules/files/FileTimeline.tsx';
import { TasksTable } from '../modules/files/TasksTable.tsx';
import { useDepartments } from '../modules/files/useDepartments.ts';
import { useFileTypes } from '../modules/files/useFileTypes.ts';
import { useFileView } from '../modules/files/useFileView.ts';

const MAX_ID = 2_147_483_647;
const UPLOADERS = ['applicant', 'window_officer', 'department_reviewer'];

function parseId(raw: string | undefined): number | null {
  if (!raw || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return id >= 1 && id <= MAX_ID ? id : null;
}

type OutcomeProps = { outcome: NonNullable<FileView['outcome']> };

function Outcome({ outcome }: OutcomeProps) {
  const t = useT();
  const id = outcomeLabelId(outcome.kind);
  const sep = t('common.list.separator');
  const type = outcome.kind === 'rejected' ? 'error' : outcome.kind === 'withdrawn' ? 'info' : 'success';
  return (
    <Alert
      type={type}
      showIcon
      title={t('files.file.outcomeTitle', { kind: id ? t(id) : outcome.kind, on: outcome.on })}
      description={
        outcome.reasons.length + outcome.legalBasis.length > 0 ? (
          <>
            {outcome.reasons.length > 0 && <div>{t('files.file.outcomeReasons', { list: outcome.reasons.join(sep) })}</div>}
            {outcome.legalBasis.length > 0 && <div>{t('files.file.outcomeLegalBasis', { list: outcome.legalBasis.join(sep) })}</div>}
          </>
        ) : undefined
      }
    />
  );
}

type RevokedProps = { revocation: NonNullable<NonNullable<FileView['commitment']>['revocation']> };

/** 告知承诺制 (TC-06): the decision was revoked; this replaces the outcome it undid. */
function Revoked({ revocation }: RevokedProps) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      title={t('files.commitment.revokedTitle', { on: revocation.on })}
      description={
        <>
          <div>{t('files.file.outcomeReasons', { list: revocation.reasons.join(t('common.list.separator')) })}</div>
          <div>{t('files.file.outcomeLegalBasis', { list: revocation.legalBasis })}</div>
        </>
      }
    />
  );
}

/** /files/:id: one application file — overview and clock, corrections, form, tasks, documents, history, actions. */
export function FilePage() {
  const t = useT();
  const name = useLocalName();
  const { message } = App.useApp();
  const { user } = useAuth();
  const id = parseId(useParams().id);
  const { file, error, loading, reload, setFile } = useFileView(id);
  const fileTypes = useFileTypes();
  const departments = useDepartments();
  const [conflict, setConflict] = useState<ApiError | null>(null);

  const missing = id === null || isForbidden(error) || (error instanceof ApiError && error.status === 404);
  if (missing) {
    return (
      <>
        <PageHeading title={t('files.list.title')} extra={<Link to="/files">{t('files.file.back')}</Link>} />
        <Result status="404" title={<h2 style={{ fontSize: 20, margin: 0 }}>{t('files.file.notFound')}</h2>} />
      </>
    );
  }
  if (!file || !user) {
    return (
      <>
        <PageHeading title={t('files.list.title')} extra={<Link to="/files">{t('files.file.back')}</Link>} />
        <ErrorAlert error={error} onRetry={reload} />
        {loading && (
          <div style={{ padding: 48, textAlign: 'center' }}>
            <Spin aria-label={t('common.status.loading')} />
          </div>
        )}
      </>
    );
  }

  const people = peopleOf(file);
  const personName = (pid: number) => people.get(pid) ?? `#${pid}`;
  const fileType = fileTypes.items.find((type) => type.code === file.type);
  const done = (next: FileView, action: PanelAction) => {
    setConflict(null);
    setFile(next);
    void message.success(t('files.actions.done', { action: t(knownActionLabelId(action)) }));
  };
  const conflicted = (cause: ApiError) => {
    setConflict(cause);
    reload();
  };

  return (
    <>
      <PageHeading
        title={t('files.file.title', { id: file.id, type: name(file.typeNameZh, file.typeNameEn) })}
        extra={<Link to="/files">{t('files.file.back')}</Link>}
      />
      <div aria-live="polite">
        {conflict && (
          <Alert
            type="warning"
            showIcon
            closable={{ onClose: () => setConflict(null) }}
            role="alert"
            title={t('files.actions.conflict')}
            description={conflict.message}
            style={{ marginBottom: 16 }}
            data-testid="action-conflict"
          />
        )}
        <ErrorAlert error={error} onRetry={reload} />
      </div>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <FileOverview file={file} />
        {file.commitment?.revocation ? <Revoked revocation={file.commitment.revocation} /> : file.outcome && <Outcome outcome={file.outcome} />}
        <Row gutter={[24, 24]}>
          <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }}>
            <Space orientation="vertical" size="large" style={{ width: '100%' }}>
              {file.commitment && (
                <CommitmentSection commitment={file.commitment} status={file.status} forApplicant={user.role === 'applicant'} />
              )}
              <CorrectionNotices
                notices={file.correctionNotices}
                awaitingCorrection={file.status === 'correction_requested'}
                forApplicant={user.role === 'applicant'}
                departmentName={departments.departmentName}
              />
              <section aria-labelledby="form-title">
                <Typography.Title level={2} id="form-title" style={{ fontSize: 18 }}>
                  {t('files.file.form')}
                </Typography.Title>
                <FileFormDetails type={file.type} form={file.form} />
              </section>
              <TasksTable tasks={file.tasks} departmentName={departments.departmentName} personName={personName} />
              <DocumentsSection
                fileId={file.id}
                documents={file.documents}
                canUpload={UPLOADERS.includes(user.role)}
                onUploaded={reload}
              />
              <FileTimeline timeline={file.timeline} departmentName={departments.departmentName} personName={personName} />
            </Space>
          </Col>
          <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
            <div style={{ position: 'sticky', top: 80 }}>
              <ActionPanel
                file={file}
                user={user}
                fileType={fileType}
                departments={departments.options}
                departmentName={departments.departmentName}
                onDone={done}
                onConflict={conflicted}
              />
            </div>
          </Col>
        </Row>
      </Space>
    </>
  );
}
