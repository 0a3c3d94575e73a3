import { Button } from '@mantine/core';
import { ConfirmDialog, PageHeader } from '@liblab/web-ui';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useActionFeedback } from './use-action-feedback';

export interface PostPageHeaderProps {
  title: string;
  description?: string;
  viewerCanEdit: boolean;
  viewerCanDelete: boolean;
  editPath: string;
  /** Where to go once the post is deleted (its list). */
  listPath: string;
  onDelete: () => Promise<unknown>;
  labels: { edit: string; delete: string; deleteTitle: string; deleteMessage: string; deleted: string };
}

/** An inspiration's or question's title with Edit and Delete (confirmed in a dialog) for those allowed. */
export function PostPageHeader({ title, description, viewerCanEdit, viewerCanDelete, editPath, listPath, onDelete, labels }: PostPageHeaderProps) {
  const navigate = useNavigate();
  const run = useActionFeedback();
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          <>
            {viewerCanEdit ? (
              <Button component={Link} to={editPath} variant="light">
                {labels.edit}
              </Button>
            ) : null}
            {viewerCanDelete ? (
              <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
                {labels.delete}
              </Button>
            ) : null}
          </>
        }
      />
      <ConfirmDialog
        opened={confirming}
        title={labels.deleteTitle}
        message={labels.deleteMessage}
        confirmLabel={labels.delete}
        loading={deleting}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          void run(async () => {
            setDeleting(true);
            try {
              await onDelete();
            } finally {
              setDeleting(false);
            }
            setConfirming(false);
            await navigate(listPath, { replace: true });
          }, labels.deleted)
        }
      />
    </>
  );
}
