import { Anchor, Table, Text } from '@mantine/core';
import type { LibraryPageQuery } from '@liblab/web-graphql';
import { EmailLink, PhoneLink, SectionPanel } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type StaffMember = LibraryPageQuery['library']['staff'][number];

/** The library's people with a job title, and how to reach them. */
export function LibraryStaff({ staff }: { staff: readonly StaffMember[] }) {
  const { t } = useTranslation();
  return (
    <SectionPanel headingId="library-staff-heading" title={t('libraryPage.staff')}>
      {staff.length === 0 ? (
        <Text>{t('libraryPage.noStaff')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('libraryPage.staffName')}</Table.Th>
                <Table.Th scope="col">{t('fields.position')}</Table.Th>
                <Table.Th scope="col">{t('libraryPage.staffEmail')}</Table.Th>
                <Table.Th scope="col">{t('fields.phone')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {staff.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/members/${person.id}`}>
                      {person.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{person.position}</Table.Td>
                  <Table.Td>{person.publicEmail ? <EmailLink address={person.publicEmail} /> : '—'}</Table.Td>
                  <Table.Td>{person.phone ? <PhoneLink phone={person.phone} /> : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionPanel>
  );
}
