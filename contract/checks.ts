/** The checks themselves, returning readable problems ("METHOD /path status: $.field: expected …, got …"). */
import type { ClientEndpoint } from './endpoints';
import { findOperation, type Contract, type SwaggerDoc, type SwaggerParameter } from './swagger';

/** Problems with one endpoint the client calls: unknown path, method, query key, or an unexpected body. */
export function endpointProblems(doc: SwaggerDoc, e: ClientEndpoint): string[] {
  const name = `${e.method} ${e.path} (${e.at})`;
  const m = findOperation(doc, e.method, e.path);
  if (!m) return [`${name}: no such path in the document`];
  if (!m.operation) {
    return [
      `${name}: the document has ${m.methods.map((x) => x.toUpperCase()).join(', ') || 'no methods'} for ${m.template}, not ${e.method}`,
    ];
  }
  const out: string[] = [];
  const params = m.operation.parameters ?? [];
  const queryNames = params.filter((p) => p.in === 'query').map((p) => p.name);
  for (const k of e.query.keys) {
    if (!queryNames.includes(k)) {
      out.push(`${name}: query parameter '${k}': expected one of [${queryNames.join(', ')}], got '${k}'`);
    }
  }
  if (e.query.complete) {
    for (const p of params) {
      if (p.in === 'query' && p.required && !e.query.keys.includes(p.name)) {
        out.push(`${name}: query parameter '${p.name}' is required by the document, got nothing`);
      }
    }
  }
  const body = params.find((p) => p.in === 'body');
  if (e.sendsBody && !body) out.push(`${name}: sends a body, the document expects none`);
  if (!e.sendsBody && body?.required) out.push(`${name}: sends no body, the document requires one`);
  return out;
}

/** One request/response pair as recorded from the mock. */
export type Exchange = {
  method: string;
  /** Concrete pathname, `/api/v2/users/8f0…`. */
  pathname: string;
  query: string[];
  requestBody: unknown;
  status: number;
  responseBody: unknown;
};

/** Problems with one exchange: the request body vs the operation's body schema, the response vs its status' schema. */
export function exchangeProblems(contract: Contract, x: Exchange): string[] {
  const m = findOperation(contract.doc, x.method, x.pathname);
  const label = (template: string) => `${x.method} ${template} ${x.status}`;
  if (!m) return [`${x.method} ${x.pathname}: no such path in the document`];
  if (!m.operation) return [`${x.method} ${m.template}: the document has no ${x.method} for this path`];
  const out: string[] = [];
  const params = m.operation.parameters ?? [];
  out.push(...pathParamProblems(contract, m.template, x, params));
  const queryNames = params.filter((p) => p.in === 'query').map((p) => p.name);
  for (const k of x.query) {
    if (!queryNames.includes(k)) {
      out.push(
        `${x.method} ${m.template} request: query parameter '${k}': expected one of [${queryNames.join(', ')}], got '${k}'`,
      );
    }
  }
  const bodyParam = params.find((p) => p.in === 'body');
  if (x.requestBody !== undefined) {
    if (!bodyParam?.schema)
      out.push(`${x.method} ${m.template} request: sends a body, the document expects none`);
    else {
      for (const p of contract.validate(bodyParam.schema, x.requestBody)) {
        out.push(`${x.method} ${m.template} request: ${p}`);
      }
    }
  } else if (bodyParam?.required) {
    out.push(`${x.method} ${m.template} request: the document requires a body, got nothing`);
  }

  const documented = m.operation.responses[String(x.status)];
  // A 304 is no error: where an operation lists it (a known difference), it is checked as an answer.
  const ok = (x.status >= 200 && x.status < 300) || (x.status === 304 && documented !== undefined);
  if (ok && !documented) {
    const listed = Object.keys(m.operation.responses).join(', ');
    out.push(`${label(m.template)}: status: expected one of [${listed}], got ${x.status}`);
    return out;
  }
  if (!ok) {
    // Errors are `codersdk.Response` everywhere (DIGEST §2), whether or not the operation lists them.
    for (const p of contract.validate({ $ref: '#/definitions/codersdk.Response' }, x.responseBody, {
      noExtraFields: false,
    })) {
      out.push(`${label(m.template)}: ${p}`);
    }
    const body = x.responseBody;
    if (body && typeof body === 'object' && 'validations' in body) {
      for (const p of contract.validate(
        { type: 'array', items: { $ref: '#/definitions/codersdk.ValidationError' } },
        body.validations,
      )) {
        out.push(`${label(m.template)}: validations${p.slice(1)}`);
      }
    }
    return out;
  }
  if (documented?.schema) {
    for (const p of contract.validate(documented.schema, x.responseBody))
      out.push(`${label(m.template)}: ${p}`);
  } else if (x.responseBody !== undefined && x.status !== 204) {
    out.push(
      `${label(m.template)}: the document describes no body, got ${JSON.stringify(x.responseBody).slice(0, 80)}`,
    );
  } else if (x.status === 204 && x.responseBody !== undefined) {
    out.push(`${label(m.template)}: 204 must not have a body`);
  }
  return out;
}

/** Each `{param}` of the path, as sent, against the parameter's type and format (`{workspace}`: a UUID). */
function pathParamProblems(
  contract: Contract,
  template: string,
  x: Exchange,
  params: SwaggerParameter[],
): string[] {
  const out: string[] = [];
  const names = template.split('/');
  const values = x.pathname.split('/');
  names.forEach((segment, i) => {
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    const p = name && params.find((q) => q.in === 'path' && q.name === name);
    if (!p) return;
    const raw = decodeURIComponent(values[i] ?? '');
    const value = p.type === 'integer' || p.type === 'number' ? Number(raw) : raw;
    for (const problem of contract.validate({ type: p.type, format: p.format }, value))
      out.push(`${x.method} ${template} request: path parameter {${name}}${problem.slice(1)}`);
  });
  return out;
}
