import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNotify } from '@liblab/web-ui';
import { isCountry } from '@liblab/domain';
import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { LibraryInput } from '@liblab/web-graphql';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../session/use-session';
import { createLibraryMutation } from './libraries.operations';
import { LibraryForm } from './library-form';
import { forgetLibraryLists } from './library-lists-cache';
import { emptyLibraryValues } from './library-form-values';

/** Coordinators (for their region) and admins (anywhere) add a library; the new page opens after. */
export function AddLibraryButton() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { me, isAdmin } = useSession();
  const [opened, dialog] = useDisclosure(false);
  const [createLibrary] = useMutation(createLibraryMutation);

  const ownPlace = me?.library && isCountry(me.library.country) ? { country: me.library.country, region: me.library.region } : null;
  const placeLocked = !isAdmin && ownPlace !== null;

  const create = async (input: LibraryInput) => {
    const result = await createLibrary({ variables: { input } });
    const library = result.data?.createLibrary;
    if (!library) return;
    forgetLibraryLists(client.cache);
    dialog.close();
    notify({ message: t('libraryForm.created', { name: library.name }), color: 'teal' });
    await navigate(`/libraries/${library.slug}`);
  };

  return (
    <>
      <Button onClick={dialog.open}>{t('libraries.add')}</Button>
      <Modal opened={opened} onClose={dialog.close} title={t('libraries.addTitle')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <LibraryForm
          initialValues={emptyLibraryValues(placeLocked ? ownPlace : null)}
          submitLabel={t('libraries.addSubmit')}
          onSubmit={create}
          onCancel={dialog.close}
          placeLocked={placeLocked}
          suggestSlug
        />
      </Modal>
    </>
  );
}
