import { Alert, AlertTitle, Typography } from '@mui/material';
import { isDeprecated, type Template } from '../../api/templates';
import { DeprecationMessage } from '../../components/DeprecationMessage';

/** On a workspace whose template is deprecated: the template admins' message, links clickable. */
export function TemplateDeprecationAlert({ template }: { template: Template | undefined }) {
  if (!template || !isDeprecated(template)) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      <AlertTitle>
        This workspace&apos;s template, {template.display_name || template.name}, is deprecated
      </AlertTitle>
      <Typography variant="body2" component="p" sx={{ overflowWrap: 'anywhere' }}>
        {template.deprecation_message ? (
          <DeprecationMessage message={template.deprecation_message} />
        ) : (
          'No new workspaces can be created from it.'
        )}
      </Typography>
    </Alert>
  );
}
