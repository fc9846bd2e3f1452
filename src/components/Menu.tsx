import type MuiDivider from '@mui/material/Divider';
import type MuiListItemText from '@mui/material/ListItemText';
import type { MenuProps } from '@mui/material/Menu';
import type MuiMenuItem from '@mui/material/MenuItem';
import { lazy, Suspense, useEffect, useState } from 'react';
import { preloadWhenIdle } from '../lib/preloadWhenIdle';

const loadMenu = () => import('@mui/material/Menu');
const loadItem = () => import('@mui/material/MenuItem');
const loadDivider = () => import('@mui/material/Divider');
const loadItemText = () => import('@mui/material/ListItemText');
const LazyMenu = lazy(loadMenu);

/**
 * MUI's MenuItem, Divider and ListItemText (an item's text with a second line), same props, for the
 * children of `Menu` below: loaded with it. (MUI's menu list finds its items through context as they
 * mount, so an item that arrives a moment later is still one.)
 */
export const MenuItem = lazy(loadItem) as unknown as typeof MuiMenuItem;
export const Divider = lazy(loadDivider) as unknown as typeof MuiDivider;
export const ListItemText = lazy(loadItemText) as unknown as typeof MuiListItemText;

/**
 * Menu brings Popover, Modal, the focus trap and Grow; its items the roving focus (~13 KB gzip): fetched once
 * the page has settled, so no list page waits for it and it is there by the time someone opens a menu.
 */
const loadAll = () => Promise.all([loadMenu(), loadItem(), loadDivider(), loadItemText()]);

/**
 * MUI's Menu, same props, loaded apart from the page that shows it (see `loadAll`); give it the
 * `MenuItem` and `Divider` above. Nothing renders until the first opening; from then on it stays mounted so
 * closing plays MUI's exit and returns focus.
 */
export function Menu(props: MenuProps) {
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  useEffect(() => preloadWhenIdle(loadAll), []);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <LazyMenu {...props} />
    </Suspense>
  );
}
