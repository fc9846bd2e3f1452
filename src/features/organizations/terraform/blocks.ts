import { attr, blank, block, comment, hclString, type BodyItem } from './hcl';

/** `import { to = … id = … }`: adopts an existing object into the configuration (Terraform 1.5+). */
export function importBlock(to: string, id: string): BodyItem {
  return block('import', [], [attr('to', to), attr('id', hclString(id))]);
}

/** A blank line and a `# --- title ---` heading. */
export function section(title: string): BodyItem[] {
  return [blank, comment(`--- ${title} ---`)];
}
