/**
 * The few layout rules every part of the pane shares. The pane is often 320 px wide, so
 * everything stacks in one column and nothing sets a minimum width.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useLayoutStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  stackTight: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  grow: { flexGrow: 1, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  // Kept for screen readers, hidden on screen (live announcements).
  // A dialog in a narrow pane: a margin all round (Fluent fills narrow screens edge to edge;
  // repeated inside the media query, which Fluent's own narrow-screen rule would otherwise
  // win), and its buttons wrap rather than run off the side.
  dialogSurface: {
    maxWidth: 'calc(100vw - 24px)',
    boxSizing: 'border-box',
    '@media screen and (max-width: 480px)': { maxWidth: 'calc(100vw - 24px)' },
  },
  dialogActions: { flexWrap: 'wrap' },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});
