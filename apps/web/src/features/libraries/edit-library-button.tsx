import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNotify } from '@liblab/web-ui';
import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { LibraryDetailsFieldsFragment, LibraryInput } from '@liblab/web-graphql';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../session/use-session';
import { LibraryForm } from './library-form';
import { libraryValuesFrom } from './library-form-values';
import { forgetLibraryLists } from './library-lists-cache';
import { updateLibraryMutation } from './library-page.operations';

/** For those who may manage the library: edit its details; a changed address key moves the page. */
export function EditLibraryButton({ library }: { library: LibraryDetailsFieldsFragment }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { isAdmin } = useSession();
  const [opened, dialog] = useDisclosure(false);
  const [updateLibrary] = useMutation(updateLibraryMutation);

  const save = async (input: LibraryInput) => {
    const result = await updateLibrary({ variables: { id: library.id, input } });
    const saved = result.data?.updateLibrary;
    if (!saved) return;
    forgetLibraryLists(client.cache);
    dialog.close();
    notify({ message: t('libraryForm.saved', { name: saved.name }), color: 'teal' });
    if (saved.slug !== library.slug) await navigate(`/libraries/${saved.slug}`, { replace: true });
  };

  return (
    <>
      <Button variant="light" onClick={dialog.open}>
        {t('libraryPage.edit')}
      </Button>
      <Modal opened={opened} onClose={dialog.close} title={t('libraryPage.editTitle', { name: library.name })} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <LibraryForm
          initialValues={libraryValuesFrom(library)}
          submitLabel={t('libraryPage.save')}
          onSubmit={save}
          onCancel={dialog.close}
          placeLocked={!isAdmin}
        />
      </Modal>
    </>
  );
}
