import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import { Alert, AlertTitle } from '@mui/material';

/** Shown instead of a Premium-only feature on a deployment without that entitlement. */
export function NeedsPremium({ feature, description }: { feature: string; description?: string }) {
  return (
    <Alert severity="info" icon={<WorkspacePremiumIcon />}>
      <AlertTitle>{feature} needs Coder Premium</AlertTitle>
      {description ?? `This deployment's license does not include ${feature.toLowerCase()}.`} Ask your Coder
      administrator about a Premium license.
    </Alert>
  );
}
