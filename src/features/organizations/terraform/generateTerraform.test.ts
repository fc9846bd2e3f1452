import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TerraformExportInput } from './exportInput';
import { generateTerraform, terraformFileName } from './generateTerraform';
import { hclString, Labels } from './hcl';
import { readHcl, type HclBlock, type HclValue } from './hclReader';
import { providerDataSources, providerResources, type ProviderBlockSchema } from './providerSchema';

/** Names a person (or an IdP) could give things, each a way to break a naive writer. */
const HOSTILE = [
  'say "hi"',
  'back\\slash\\',
  '${var.token}',
  '$${already escaped}',
  '%{ if true }x%{ endif }',
  '%%{x}',
  'ends with $',
  'ends with %',
  '$$${',
  'line\nbreak',
  'crlf\r\nx',
  'tab\tx',
  'nul\u0000x',
  'bell\u0007 del\u007f c1\u0085',
  'line sep\u2028para sep\u2029',
  'rtl \u202Eevil\u202C',
  'zero\u200Bwidth\uFEFF',
  'nbsp\u00A0x',
  'emoji 😀 and 👩‍👩‍👧',
  '日本語のグループ',
  'e\u0301 é',
  '# not a comment',
  '*/ /* // <<EOF',
  '-leading-dash',
  '123 digits first',
  '',
];
/** A lone surrogate has no UTF-8 form: it is written as U+FFFD. */
const LONE = 'lone \uD800 surrogate';

/** Decodes a quoted string by reading it as HCL (the reader is written apart from the writer). */
function decode(quoted: string): string {
  const [b] = readHcl(`x {\n  v = ${quoted}\n}\n`);
  const v = b?.attributes.get('v');
  if (v?.kind !== 'string') throw new Error('not a string');
  return v.value;
}

function hostileInput(): TerraformExportInput {
  const users = HOSTILE.map((s, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    username: s,
  }));
  const org = {
    id: '11111111-1111-4111-8111-111111111111',
    name: '${org}',
    display_name: 'Org "quoted"\n%{x}',
    description: HOSTILE.join(' | '),
    icon: '/emojis/${x}.png',
    is_default: false,
  };
  const groups = HOSTILE.map((name, i) => ({
    id: `22222222-2222-4222-8222-${String(i).padStart(12, '0')}`,
    name,
    display_name: HOSTILE[(i + 1) % HOSTILE.length] ?? '',
    avatar_url: i % 3 ? '' : `https://x/${name}`,
    quota_allowance: i * 10,
    source: i === 3 ? 'oidc' : 'user',
    members: users.slice(0, 1 + (i % 5)),
  }));
  groups.push({ ...groups[0]!, id: org.id, name: 'Everyone', display_name: '', members: users });
  return {
    organization: org,
    groups,
    roles: [
      {
        name: 'auditor\n# injected',
        display_name: '${x}',
        built_in: false,
        organization_permissions: [
          { resource_type: 'workspace\nresource "x" "y" {}', action: 'read', negate: true },
        ],
      },
      {
        name: 'organization-admin',
        display_name: 'Organization Admin',
        built_in: true,
        organization_permissions: [],
      },
    ],
    groupSync: {
      field: 'groups${x}',
      regex_filter: '^(dev|ops)-.*\\d+$',
      auto_create_missing_groups: true,
      mapping: Object.fromEntries(HOSTILE.map((s, i) => [s, [groups[i]!.id, 'not-a-group-id']])),
      legacy_group_name_mapping: { 'old\nname': '${new}' },
    },
    roleSync: {
      field: 'roles\t',
      mapping: Object.fromEntries(HOSTILE.map((s) => [s, ['organization-admin', s]])),
    },
  };
}

/** Every attribute and nested block the file sets exists in the pinned provider schema. */
function checkAgainstSchema(blocks: HclBlock[]) {
  const declared = new Set<string>();
  const refs: string[][] = [];
  const imports: string[] = [];
  const collectRefs = (v: HclValue) => {
    if (v.kind === 'ref') refs.push(v.path);
    if (v.kind === 'list') v.items.forEach(collectRefs);
    if (v.kind === 'object') v.entries.forEach((e) => collectRefs(e.value));
  };
  const checkBody = (b: HclBlock, schema: ProviderBlockSchema, where: string) => {
    for (const [name, v] of b.attributes) {
      expect(schema.attributes, `${where}.${name}`).toContain(name);
      collectRefs(v);
    }
    for (const nested of b.blocks) {
      const allowed = schema.blocks?.[nested.type];
      expect(allowed, `${where} block ${nested.type}`).toBeDefined();
      for (const [name, v] of nested.attributes) {
        expect(allowed, `${where}.${nested.type}.${name}`).toContain(name);
        collectRefs(v);
      }
    }
  };
  for (const b of blocks) {
    expect(['terraform', 'provider', 'resource', 'data', 'import']).toContain(b.type);
    if (b.type === 'resource' || b.type === 'data') {
      const [type = '', name = ''] = b.labels;
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_-]*$/);
      const key = `${b.type === 'data' ? 'data.' : ''}${type}.${name}`;
      expect(declared.has(key), `${key} declared twice`).toBe(false);
      declared.add(key);
      const schema: ProviderBlockSchema | undefined =
        b.type === 'resource'
          ? providerResources[type as keyof typeof providerResources]
          : providerDataSources[type as keyof typeof providerDataSources];
      expect(schema, `${b.type} ${type}`).toBeDefined();
      if (schema) checkBody(b, schema, key);
    }
    if (b.type === 'import') {
      expect([...b.attributes.keys()].sort()).toEqual(['id', 'to']);
      const to = b.attributes.get('to');
      expect(to?.kind).toBe('ref');
      if (to?.kind === 'ref') expect(to.path).toHaveLength(2);
      if (to?.kind === 'ref') imports.push(to.path.join('.'));
    }
    if (b.type === 'provider') expect(b.labels).toEqual(['coderd']);
  }
  // Every reference names a declared resource or data source and an attribute it exposes.
  for (const path of refs) {
    const isData = path[0] === 'data';
    const [type = '', name = '', attribute = ''] = isData ? path.slice(1) : path;
    expect(declared, path.join('.')).toContain(`${isData ? 'data.' : ''}${type}.${name}`);
    const schema: ProviderBlockSchema | undefined = isData
      ? providerDataSources[type as keyof typeof providerDataSources]
      : providerResources[type as keyof typeof providerResources];
    expect(schema?.computed, path.join('.')).toContain(attribute);
  }
  for (const to of imports) expect(declared, `import of ${to}`).toContain(to);
  return declared;
}

const strings = (v: HclValue | undefined): string[] =>
  v?.kind === 'string'
    ? [v.value]
    : v?.kind === 'list'
      ? v.items.flatMap(strings)
      : v?.kind === 'object'
        ? v.entries.flatMap((e) => [e.key, ...strings(e.value)])
        : [];

const hasTerraform = (() => {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('hclString', () => {
  it('reads back as exactly the text it was given', () => {
    for (const s of HOSTILE) expect(decode(hclString(s))).toBe(s);
    expect(decode(hclString(LONE))).toBe('lone \uFFFD surrogate');
  });

  it('writes no template sequence, raw line break or invisible character', () => {
    for (const s of [...HOSTILE, LONE]) {
      const q = hclString(s).replace(/\$\$\{|%%\{/g, '');
      expect(q).not.toMatch(/\$\{|%\{|[\n\r\u2028\u2029\u202E\u200B]/);
      expect(q).not.toContain(String.fromCharCode(0));
    }
    expect(hclString('${x} %{y} $${z}')).toBe('"$${x} %%{y} $$${z}"');
    expect(hclString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
    expect(hclString('\u202E')).toBe('"\\u202E"');
    expect(hclString('😀')).toBe('"😀"');
  });
});

describe('Labels', () => {
  it('makes distinct identifiers in the order asked', () => {
    const l = new Labels();
    expect(['a-b', 'a_b', 'A B', '9lives', '', '日本', 'Ünïcödé'].map((s) => l.take(s, 'group'))).toEqual([
      'a_b',
      'a_b_2',
      'a_b_3',
      '_9lives',
      'group',
      'group_2',
      'unicode',
    ]);
  });
});

describe('generateTerraform with hostile names', () => {
  const input = hostileInput();
  const text = generateTerraform(input);
  const blocks = readHcl(text);

  it('is valid HCL whose resources and attributes all exist in the pinned provider schema', () => {
    const declared = checkAgainstSchema(blocks);
    // Every group but the IdP-created one is a resource, with its own name.
    const groups = blocks.filter((b) => b.type === 'resource' && b.labels[0] === 'coderd_group');
    expect(groups).toHaveLength(input.groups.length - 1);
    expect(declared).toContain('coderd_organization_group_sync.org');
  });

  it('keeps every value exactly, and writes comments that cannot break out', () => {
    const resource = (type: string) => blocks.filter((b) => b.type === 'resource' && b.labels[0] === type);
    const [org] = resource('coderd_organization');
    expect(strings(org?.attributes.get('name'))).toEqual(['${org}']);
    expect(strings(org?.attributes.get('display_name'))).toEqual(['Org "quoted"\n%{x}']);
    expect(strings(org?.attributes.get('description'))).toEqual([HOSTILE.join(' | ')]);
    const names = resource('coderd_group').flatMap((b) => strings(b.attributes.get('name')));
    expect(names.sort()).toEqual(['Everyone', ...HOSTILE.filter((_, i) => i !== 3)].sort());
    const users = blocks
      .filter((b) => b.type === 'data')
      .flatMap((b) => strings(b.attributes.get('username')));
    // Members of the groups written out (Everyone's are not managed).
    expect(users.sort()).toEqual(HOSTILE.slice(0, 5).sort());
    const roleSync = org?.blocks.find((b) => b.type === 'role_sync');
    expect(strings(roleSync?.attributes.get('field'))).toEqual(['roles\t']);
    const roleMapping = roleSync?.attributes.get('mapping');
    expect(roleMapping?.kind === 'object' && roleMapping.entries.map((e) => e.key).sort()).toEqual(
      [...HOSTILE].sort(),
    );
    const [sync] = resource('coderd_organization_group_sync');
    expect(strings(sync?.attributes.get('regex_filter'))).toEqual(['^(dev|ops)-.*\\d+$']);
    expect(sync?.attributes.get('auto_create_missing')).toEqual({ kind: 'bool', value: true });
    // Comments (role names, permissions, the legacy mapping) never start a line of code.
    expect(blocks.filter((b) => b.type === 'resource' && b.labels[1] === 'y')).toHaveLength(0);
    expect(text.split('\n').filter((l) => /^\s*resource "x"/.test(l))).toHaveLength(0);
  });

  it('refers to group members through data sources and to IdP-created groups by id', () => {
    const group = blocks.find(
      (b) => b.type === 'resource' && b.labels[0] === 'coderd_group' && b.labels[1] === 'say_hi',
    );
    const members = group?.attributes.get('members');
    expect(
      members?.kind === 'list' && members.items.every((m) => m.kind === 'ref' && m.path[0] === 'data'),
    ).toBe(true);
    const everyone = blocks.find((b) => b.type === 'resource' && b.labels[1] === 'everyone');
    expect(everyone?.attributes.has('members')).toBe(false);
    const sync = blocks.find((b) => b.labels[0] === 'coderd_organization_group_sync');
    const mapping = sync?.attributes.get('mapping');
    const viaIdp = mapping?.kind === 'object' ? mapping.entries.find((e) => e.key === HOSTILE[3]) : undefined;
    expect(viaIdp?.value).toEqual({
      kind: 'list',
      items: [
        { kind: 'string', value: input.groups[3]!.id },
        { kind: 'string', value: 'not-a-group-id' },
      ],
    });
  });

  it('lists custom roles only as comments, saying the provider has no resource for them', () => {
    expect(text).toContain('has no resource for custom roles');
    expect(text).toContain('# "auditor\\n# injected" ("$${x}")');
    expect(text).not.toContain('organization-admin" (');
  });

  it('is the same text for the same data in any order', () => {
    const shuffled = {
      ...input,
      groups: [...input.groups].reverse().map((g) => ({ ...g, members: [...g.members].reverse() })),
      roles: [...input.roles].reverse(),
    };
    expect(generateTerraform(shuffled)).toBe(text);
  });

  it.skipIf(!hasTerraform)('passes `terraform fmt` and reads back through Terraform itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tf-export-'));
    try {
      writeFileSync(join(dir, 'export.tf'), text);
      execFileSync('terraform', ['fmt', '-check', 'export.tf'], { cwd: dir, stdio: 'pipe' });
      rmSync(join(dir, 'export.tf'));
      const all = [...HOSTILE, LONE];
      writeFileSync(join(dir, 'main.tf'), `locals {\n  v = [${all.map(hclString).join(', ')}]\n}\n`);
      // base64, so the console's own quoting of its answer does not matter.
      const out = execFileSync('terraform', ['console'], {
        cwd: dir,
        input: 'base64encode(jsonencode(local.v))\n',
      });
      const base64 = /"([A-Za-z0-9+/=]+)"/.exec(out.toString())?.[1] ?? '';
      const decoded = JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as string[];
      // Terraform reads every string literal as Unicode NFC, escaped or not ("e\u0301" is "é"): names that are
      // not NFC cannot be kept exactly by any configuration file.
      expect(decoded).toEqual([...HOSTILE, 'lone \uFFFD surrogate'].map((s) => s.normalize('NFC')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the golden file (the seeded default organization)', () => {
  const golden = readFileSync(new URL('./__golden__/coder.tf', import.meta.url), 'utf8');

  it('uses only resources, attributes and references of the pinned provider schema', () => {
    const declared = checkAgainstSchema(readHcl(golden));
    expect([...declared].filter((d) => !d.startsWith('data.')).sort()).toEqual([
      'coderd_group.backend',
      'coderd_group.contractors',
      'coderd_group.data_science',
      'coderd_group.everyone',
      'coderd_group.frontend',
      'coderd_organization.coder',
      'coderd_organization_group_sync.coder',
    ]);
  });

  it.skipIf(!hasTerraform)('is formatted as `terraform fmt` would', () => {
    execFileSync('terraform', ['fmt', '-check', '-'], { input: golden, stdio: ['pipe', 'pipe', 'pipe'] });
  });
});

describe('terraformFileName', () => {
  it('names the file after the organization', () => {
    expect(terraformFileName('coder')).toBe('coder.tf');
    expect(terraformFileName('../x y')).toBe('_x_y.tf');
  });
});
