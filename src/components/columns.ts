/**
 * Column styles for tables that collapse on phones: secondary columns hide below `md`, so the name,
 * status and row actions stay on screen at 360 px; dates never wrap.
 */
export const hideOnPhone = { display: { xs: 'none', md: 'table-cell' } } as const;
export const dateColumn = { ...hideOnPhone, whiteSpace: 'nowrap' } as const;
/**
 * Column widths come from the header, never from the rows on screen, so they hold still between filters
 * and pages. Desktop only (phones and tablets keep the automatic layout of the columns they show);
 * `minWidth` keeps room for the one column without a width (the name).
 */
export const fixedLayout = (minWidth: number) =>
  ({ tableLayout: { lg: 'fixed' }, minWidth: { lg: minWidth } }) as const;
/** The row-actions column stays pinned to the right edge when a table scrolls sideways in its container. */
export const stickyActions = {
  position: 'sticky',
  right: 0,
  zIndex: 1,
  bgcolor: 'background.paper',
  // Opaque, yet tinted like the rest of a picked row.
  '.Mui-selected > &': {
    backgroundImage:
      'linear-gradient(rgba(var(--mui-palette-primary-mainChannel) / var(--mui-palette-action-selectedOpacity)), rgba(var(--mui-palette-primary-mainChannel) / var(--mui-palette-action-selectedOpacity)))',
  },
} as const;
