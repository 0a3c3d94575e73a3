import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface InterfaceLanguage {
  /** i18next language code: pl, en, sv, nb. */
  code: string;
  /** The language's name in itself (Polski, Svenska), so everyone finds their own. */
  autonym: string;
}

export interface LanguageSwitcherProps {
  languages: readonly InterfaceLanguage[];
  /** Called after the switch, e.g. to remember it. */
  onChange?: (code: string) => void;
}

/** A keyboard-reachable menu of interface languages; each item is marked with its own `lang`. */
export function LanguageSwitcher({ languages, onChange }: LanguageSwitcherProps) {
  const { t, i18n } = useTranslation('ui');
  const current = languages.find((l) => l.code === i18n.resolvedLanguage) ?? languages[0];

  const choose = async (code: string) => {
    await i18n.changeLanguage(code);
    onChange?.(code);
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" aria-label={t('language.current', { language: current?.autonym ?? '' })}>
          <span lang={current?.code}>{current?.autonym}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('language.label')}>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {languages.map((language) => (
          <Menu.Item
            key={language.code}
            lang={language.code}
            aria-current={language.code === current?.code ? 'true' : undefined}
            fw={language.code === current?.code ? 700 : undefined}
            onClick={() => void choose(language.code)}
          >
            {language.autonym}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
