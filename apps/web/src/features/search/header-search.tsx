import { ActionIcon, Box, Kbd, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';

function SearchIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <circle cx="11" cy="11" r="7" />
      <path d="M20 20l-3.5-3.5" strokeLinecap="round" />
    </svg>
  );
}

/** Typing in a field or the editor: "/" is a character there, not the shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The search path for what was typed (the page shows a prompt for an empty query). */
export function searchPath(query: string): string {
  const trimmed = query.trim();
  return trimmed ? `/search?q=${encodeURIComponent(trimmed)}` : '/search';
}

/**
 * The header's search box: Enter opens /search?q=…; "/" anywhere outside a field puts the cursor in it.
 * On narrow screens it is a link to the search page.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const urlQuery = location.pathname === '/search' ? (params.get('q') ?? '') : '';
  const [value, setValue] = useState(urlQuery);
  const input = useRef<HTMLInputElement>(null);

  const [shownQuery, setShownQuery] = useState(urlQuery);
  // Follow the address: another search (or leaving the page) shows its own words here.
  if (shownQuery !== urlQuery) {
    setShownQuery(urlQuery);
    setValue(urlQuery);
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (!input.current || input.current.offsetParent === null) return;
      event.preventDefault();
      input.current.focus();
      input.current.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <Box
        component="form"
        visibleFrom="lg"
        role="search"
        aria-label={t('search.headerLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          void navigate(searchPath(value));
        }}
      >
        <TextInput
          ref={input}
          type="search"
          w={150}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          placeholder={t('search.headerPlaceholder')}
          aria-label={t('search.headerLabel')}
          aria-keyshortcuts="/"
          leftSection={<SearchIcon />}
          rightSection={
            <Kbd size="xs" aria-hidden="true">
              /
            </Kbd>
          }
          rightSectionPointerEvents="none"
          maxLength={500}
        />
      </Box>
      <ActionIcon component={Link} to={searchPath(urlQuery)} variant="subtle" size="lg" hiddenFrom="lg" aria-label={t('search.openSearch')}>
        <SearchIcon />
      </ActionIcon>
    </>
  );
}
