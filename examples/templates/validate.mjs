/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Checks the example templates without a Backstage backend: every YAML file
// parses (skeletons after a stand-in rendering), every ${{ }} expression names
// an existing parameter, an earlier step and one of its outputs, or a value
// the fetch:template step passes, steps of the actions in INPUTS give only
// inputs those actions take, and Azure ML / GitHub placeholders are quoted.
// Run from the repository root: node examples/templates/validate.mjs
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(join(process.cwd(), 'package.json'));
const yaml = require('yaml');
const root = dirname(fileURLToPath(import.meta.url));

/** The outputs of each action the templates use. */
const OUTPUTS = {
  'fetch:template': [],
  'azureml:job:submit': [
    'jobName',
    'jobId',
    'status',
    'experimentName',
    'studioUrl',
    'portalUrl',
  ],
  'azureml:data:register': [
    'id',
    'name',
    'version',
    'assetId',
    'tenantId',
    'studioUrl',
    'portalUrl',
    'entityRef',
  ],
  'azure:identity:federate': [
    'clientId',
    'tenantId',
    'subscriptionId',
    'principalId',
    'credentialId',
    'credentialName',
    'subject',
    'issuer',
    'created',
  ],
  'catalog:register': ['entityRef', 'catalogInfoUrl'],
  'azureml:deployment:create': [
    'deploymentName',
    'deploymentId',
    'endpointName',
    'provisioningState',
    'studioUrl',
    'portalUrl',
  ],
  'azureml:endpoint:traffic:update': ['traffic', 'previousTraffic'],
  'publish:local-git': [
    'remoteUrl',
    'repoContentsUrl',
    'repoUrl',
    'commitHash',
  ],
};

/**
 * The inputs of actions whose steps are checked for unknown inputs, as their
 * zod schemas in plugins/scaffolder-backend-module-azure-ml name them.
 */
const INPUTS = {
  'azureml:deployment:create': [
    'workspace',
    'endpoint',
    'name',
    'model',
    'environment',
    'codeConfiguration',
    'instanceType',
    'instanceCount',
    'environmentVariables',
    'requestSettings',
    'livenessProbe',
    'readinessProbe',
    'description',
    'tags',
    'timeoutMinutes',
  ],
  'azureml:endpoint:traffic:update': [
    'workspace',
    'endpoint',
    'deployment',
    'share',
    'traffic',
  ],
};

const problems = [];
const expressions = text =>
  [...text.matchAll(/\$\{\{([\s\S]*?)\}\}(?!')/g)].map(m => m[1]);
/** An expression without the placeholders quoted for Nunjucks, e.g. `'${{inputs.x}}'`. */
const code = expr => expr.replace(/'[^']*\$\{\{[^']*'/g, "''");

function strings(node, out = []) {
  if (typeof node === 'string') out.push(node);
  else if (node && typeof node === 'object')
    Object.values(node).forEach(v => strings(v, out));
  return out;
}

function checkTemplateExpressions(file, doc) {
  const params = new Set(
    doc.spec.parameters.flatMap(p => Object.keys(p.properties ?? {})),
  );
  const seen = new Map();
  const check = (where, node) => {
    for (const text of strings(node)) {
      for (const expr of expressions(text).map(code)) {
        for (const [, name] of expr.matchAll(/parameters\.(\w+)/g)) {
          if (!params.has(name))
            problems.push(`${file} ${where}: no parameter '${name}'`);
        }
        for (const m of expr.matchAll(
          /steps(?:\.(\w+)|\['([\w-]+)'\])\.output\.(\w+)/g,
        )) {
          const id = m[1] ?? m[2];
          const action = seen.get(id);
          if (!action)
            problems.push(`${file} ${where}: no earlier step '${id}'`);
          else if (!OUTPUTS[action]?.includes(m[3]))
            problems.push(
              `${file} ${where}: ${action} has no output '${m[3]}'`,
            );
        }
        if (/steps\[(?!')/.test(expr) || /\binputs\./.test(expr))
          problems.push(`${file} ${where}: unquoted placeholder in ${expr}`);
      }
    }
  };
  for (const step of doc.spec.steps) {
    if (!(step.action in OUTPUTS))
      problems.push(`${file}: unknown action ${step.action}`);
    for (const name of Object.keys(step.input ?? {})) {
      if (INPUTS[step.action] && !INPUTS[step.action].includes(name))
        problems.push(
          `${file} step ${step.id}: ${step.action} has no input '${name}'`,
        );
    }
    check(`step ${step.id}`, { input: step.input, if: step.if });
    seen.set(step.id, step.action);
    if (step.action === 'fetch:template') checkSkeleton(file, step);
  }
  check('output', doc.spec.output);
}

function walk(dir) {
  return readdirSync(dir).flatMap(n =>
    statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)],
  );
}

/** A stand-in for Nunjucks good enough for these skeletons: values, quoted literals, dump, lower, replace. */
function render(text, values, where) {
  return text.replace(/\$\{\{\s*([\s\S]*?)\s*\}\}(?!')/g, (_, expr) => {
    const literal = expr.match(/^'([^']*)'$/);
    if (literal) return literal[1];
    const [head, ...filters] = expr.split('|').map(s => s.trim());
    const name = head.match(/^values\.(\w+)$/)?.[1];
    if (!name || !(name in values)) {
      problems.push(`${where}: unknown expression \${{ ${expr} }}`);
      return '';
    }
    let value = values[name];
    for (const f of filters) {
      if (f === 'dump') value = JSON.stringify(String(value));
      else if (f === 'lower') value = String(value).toLowerCase();
      else if (/^replace\('(.*)', '(.*)'\)$/.test(f)) {
        const [, a, b] = f.match(/^replace\('(.*)', '(.*)'\)$/);
        value = String(value).split(a).join(b);
      } else
        problems.push(`${where}: filter ${f} not understood by this check`);
    }
    return String(value);
  });
}

function checkSkeleton(file, step) {
  const dir = join(dirname(file), step.input.url);
  const values = Object.fromEntries(
    Object.keys(step.input.values).map(k => [k, `sample-${k}`]),
  );
  for (const path of walk(dir)) {
    const text = readFileSync(path, 'utf8');
    const rendered = render(text, values, path);
    if (rendered.includes('${{') && !/\$\{\{\s*inputs\./.test(rendered))
      problems.push(`${path}: an expression is left after rendering`);
    if (/\.ya?ml$/.test(path)) {
      try {
        yaml.parse(rendered);
      } catch (e) {
        problems.push(`${path}: YAML after rendering: ${e.message}`);
      }
    }
  }
}

for (const name of readdirSync(root)) {
  const file = join(root, name, 'template.yaml');
  try {
    statSync(file);
  } catch {
    continue;
  }
  try {
    checkTemplateExpressions(file, yaml.parse(readFileSync(file, 'utf8')));
    console.log(`checked ${name}/template.yaml`);
  } catch (e) {
    problems.push(`${file}: ${e.message}`);
  }
}
problems.forEach(p => console.error(`problem: ${p}`));
process.exit(problems.length ? 1 : 0);
