import { createTheme } from '@mui/material/styles';

/**
 * Motion follows the system's "reduce motion" setting (WCAG 2.3.3), read once at start: dialogs, menus,
 * tooltips and snackbars appear and leave at once, colours change without a fade, and clicks draw no ripple.
 */
const reduceMotion =
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const instant = {
  duration: {
    shortest: 0,
    shorter: 0,
    short: 0,
    standard: 0,
    complex: 0,
    enteringScreen: 0,
    leavingScreen: 0,
  },
  create: () => 'none',
};

/** The dashboard's look, in one place. Light and dark follow the system unless the user picks one. */
export const theme = createTheme({
  ...(reduceMotion && { transitions: instant }),
  cssVariables: { colorSchemeSelector: 'data-mui-color-scheme' },
  colorSchemes: {
    // Text on a filled colour (contained buttons, chips) gets at least 4.5:1: MUI picks white or black.
    light: {
      palette: {
        contrastThreshold: 4.5,
        primary: { main: '#2563eb' },
        secondary: { main: '#7c4dff' },
        background: { default: '#f6f7f9', paper: '#ffffff' },
        success: { main: '#2e7d32' },
        // Darker than MUI's: coloured text keeps 4.5:1 on white and on a selected, hovered table row.
        warning: { main: '#995c00' },
        error: { main: '#c62828' },
        divider: '#e3e6eb',
        // A lighter selected-row tint (MUI: 0.08) so primary and success text on it keep 4.5:1 when hovered.
        action: { selectedOpacity: 0.05 },
      },
    },
    dark: {
      palette: {
        contrastThreshold: 4.5,
        primary: { main: '#7aa7ff' },
        secondary: { main: '#b39dff' },
        background: { default: '#0f1115', paper: '#171a21' },
        success: { main: '#66bb6a' },
        warning: { main: '#ffb74d' },
        // Lighter than MUI's #f44336: red text keeps 4.5:1 on the paper and on a selected, hovered row.
        // `dark` is what a filled error alert (an error snackbar) uses here, under main's dark text: MUI's
        // derived #b26059 gave 4.3:1.
        error: { main: '#ff8a80', dark: '#e57373' },
        divider: '#2a2f3a',
      },
    },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.6rem', fontWeight: 600 },
    h2: { fontSize: '1.25rem', fontWeight: 600 },
    h3: { fontSize: '1.05rem', fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    // WCAG 2.2 focus appearance: a 2px solid ring in the primary colour (at least 3:1 against the page in
    // both schemes), offset so it never hides the control. Keyboard focus only (`:focus-visible`).
    MuiCssBaseline: {
      styleOverrides: (t) => ({
        ':focus-visible': {
          outline: `2px solid ${t.vars?.palette.primary.main ?? t.palette.primary.main}`,
          outlineOffset: 2,
        },
      }),
    },
    MuiButtonBase: {
      defaultProps: { disableRipple: reduceMotion },
      styleOverrides: {
        root: ({ theme: t }) => ({
          '&.Mui-focusVisible, &:focus-visible': {
            outline: `2px solid ${t.vars?.palette.primary.main ?? t.palette.primary.main}`,
            outlineOffset: 2,
          },
        }),
      },
    },
    // Items inside menus, lists and tab bars draw the ring inside their box (their containers clip overflow).
    MuiMenuItem: {
      styleOverrides: {
        root: ({ theme: t }) => ({
          '&.Mui-focusVisible': {
            outline: `2px solid ${t.vars?.palette.primary.main ?? t.palette.primary.main}`,
            outlineOffset: -2,
          },
        }),
      },
    },
    // The rows-per-page select is a bare input (no outline of its own), and MUI resets its focus outline.
    MuiTablePagination: {
      styleOverrides: {
        select: ({ theme: t }) => ({
          '&:focus-visible': {
            outline: `2px solid ${t.vars?.palette.primary.main ?? t.palette.primary.main}`,
            outlineOffset: 2,
          },
        }),
      },
    },
    MuiTab: {
      styleOverrides: {
        root: ({ theme: t }) => ({
          '&.Mui-focusVisible': {
            outline: `2px solid ${t.vars?.palette.primary.main ?? t.palette.primary.main}`,
            outlineOffset: -2,
          },
        }),
      },
    },
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiPaper: { defaultProps: { elevation: 0 }, styleOverrides: { root: { backgroundImage: 'none' } } },
    MuiCard: {
      defaultProps: { variant: 'outlined' },
    },
    MuiTableCell: {
      styleOverrides: {
        // Half the side padding on phones: four columns of 16 + 16 px left a name ~60 px.
        root: ({ theme: t }) => ({
          [t.breakpoints.down('sm')]: {
            '&:not(.MuiTableCell-paddingCheckbox)': { paddingLeft: 8, paddingRight: 8 },
          },
        }),
        head: ({ theme: t }) => ({
          fontWeight: 600,
          color: t.vars?.palette.text.secondary,
          whiteSpace: 'nowrap',
        }),
      },
    },
    MuiChip: { styleOverrides: { root: { fontWeight: 500 } } },
    MuiListItemButton: {
      styleOverrides: {
        root: ({ theme: t }) => ({
          borderRadius: 8,
          '&.Mui-focusVisible': {
            outline: `2px solid ${t.vars?.palette.primary.main ?? t.palette.primary.main}`,
            outlineOffset: -2,
          },
        }),
      },
    },
    MuiTooltip: { defaultProps: { arrow: true } },
    // Menus and popovers size their grow to the content ('auto'), outside the theme's durations.
    ...(reduceMotion && {
      MuiPopover: { defaultProps: { transitionDuration: 0 } },
      MuiSkeleton: { defaultProps: { animation: false } },
    }),
    // Every dialog is full-screen on phones (below `sm`), wherever it is opened.
    MuiDialog: {
      defaultProps: { fullWidth: true, maxWidth: 'sm' },
      styleOverrides: {
        paper: ({ theme }) => ({
          // A dialog opened from the keyboard holds focus itself until Tab moves on (MUI's focus trap): show
          // it, inside the edge (a full-screen dialog on a phone has no room outside). MUI sets outline: 0.
          '&:focus-visible': {
            outline: `2px solid ${theme.vars?.palette.primary.main ?? theme.palette.primary.main}`,
            outlineOffset: -2,
          },
          [theme.breakpoints.down('sm')]: {
            margin: 0,
            width: '100%',
            maxWidth: '100%',
            height: '100%',
            maxHeight: '100%',
            borderRadius: 0,
          },
        }),
      },
    },
  },
});
