import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's defaults with contrast raised to WCAG AA: the primary shade is dark enough for white text
 * on filled buttons and for links on white, and "dimmed" text is gray 7 rather than gray 6.
 */
export const liblabTheme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  focusRing: 'auto',
  headings: { fontWeight: '700' },
  components: {
    Anchor: { defaultProps: { underline: 'always' } },
    Modal: { styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } } },
  },
});

/**
 * "Light" variants (alerts, badges, light buttons) put shade 9 text on a tinted background; Mantine's
 * default tint (shade 1, shade 2 on hover) leaves teal and green under 4.5:1, so tints are one step paler.
 */
function paleTints(colors: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    colors.flatMap((color) => [
      [`--mantine-color-${color}-light`, `var(--mantine-color-${color}-0)`],
      [`--mantine-color-${color}-light-hover`, `var(--mantine-color-${color}-1)`],
    ]),
  );
}

export const liblabCssVariables: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // Mantine's error red (#fa5252) reads at 3.3:1 on white; field errors must reach 4.5:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...paleTints(Object.keys(theme.colors)),
  },
  dark: {},
});
