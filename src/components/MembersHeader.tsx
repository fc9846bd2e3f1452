import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Button } from '@mui/material';
import { PageHeader } from './PageHeader';

/** The "Members" section heading of an organization or a group, with Add member for whoever may add. */
export function MembersHeader({ onAdd }: { onAdd?: () => void }) {
  return (
    <PageHeader
      level={2}
      title="Members"
      actions={
        onAdd && (
          <Button variant="contained" startIcon={<PersonAddIcon />} onClick={onAdd}>
            Add member
          </Button>
        )
      }
    />
  );
}
