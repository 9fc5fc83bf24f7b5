/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AccessCheck,
  AccessCheckEvidence,
  AccessCheckVerdict,
  AccessFix,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AppSecret, AppSecrets } from './readAppSecrets';

const TITLE = 'Service identity and secrets';

/** A secret that expires sooner than this is flagged. */
const EXPIRY_WARNING_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One identity the portal authenticates as, and how.
 *
 * @internal
 */
export type PortalCredentialUse = {
  /** What it is for, e.g. `On-behalf-of exchanges (portal app)`. */
  purpose: string;
  /** Its mode, e.g. `workload-identity` or `client-secret`. */
  mode: string;
  /** For a client secret: the app registration and the configured secret. */
  secret?: { appId: string; value: string };
};

type SecretFinding = {
  use: PortalCredentialUse;
  appId: string;
  secret?: AppSecret;
  daysLeft?: number;
  error?: string;
};

/** The registered secret the configured one is, by Graph's three-letter hint. */
function secretInUse(
  secrets: AppSecret[],
  value: string,
): AppSecret | undefined {
  const matching = secrets.filter(s => s.hint && value.startsWith(s.hint));
  const candidates = matching.length > 0 ? matching : secrets;
  return [...candidates].sort((a, b) =>
    a.endDateTime.localeCompare(b.endDateTime),
  )[0];
}

function rotationFix(appId: string, when: string): AccessFix {
  return {
    summary: `${when} Add a new secret, put it in the portal's configuration, then delete the old one — or, better, stop using a secret: federate the portal's workload identity with the app registration and set the credential's mode to workload-identity.`,
    azCli: [
      `az ad app credential reset --id ${appId} --append --display-name "backstage $(date +%Y-%m)" --years 1`,
      `az ad app federated-credential create --id ${appId} --parameters '{"name":"backstage","issuer":"<your cluster OIDC issuer URL>","subject":"system:serviceaccount:<namespace>:<service account>","audiences":["api://AzureADTokenExchange"]}'`,
    ].join('\n'),
    portalSteps: [
      `Microsoft Entra admin center → App registrations → application ${appId} → Certificates & secrets`,
      'Federated credentials → Add credential → Kubernetes accessing Azure resources (then mode workload-identity in app-config.yaml), or Client secrets → New client secret',
      'Update the secret in the portal configuration, restart, then delete the old secret',
    ],
  };
}

function verdictOf(findings: SecretFinding[]): {
  verdict: AccessCheckVerdict;
  summary: string;
  fix?: AccessFix;
} {
  // With its only secret expired, the portal cannot even read Graph.
  const refused = findings.find(f => f.error?.includes('AADSTS7000222'));
  if (refused) {
    return {
      verdict: 'fail',
      summary: `Entra refuses the client secret for ${refused.use.purpose}: it has expired (AADSTS7000222).`,
      fix: rotationFix(refused.appId, 'Replace it now.'),
    };
  }
  const expired = findings.find(
    f => f.daysLeft !== undefined && f.daysLeft < 0,
  );
  if (expired) {
    return {
      verdict: 'fail',
      summary: `The client secret for ${
        expired.use.purpose
      } expired ${-Math.floor(expired.daysLeft!)} day(s) ago, on ${
        expired.secret!.endDateTime
      }.`,
      fix: rotationFix(expired.appId, 'Replace it now.'),
    };
  }
  const soon = findings
    .filter(f => f.daysLeft !== undefined && f.daysLeft < EXPIRY_WARNING_DAYS)
    .sort((a, b) => a.daysLeft! - b.daysLeft!)[0];
  if (soon) {
    return {
      verdict: 'warn',
      summary: `The client secret for ${
        soon.use.purpose
      } expires in ${Math.floor(soon.daysLeft!)} day(s), on ${
        soon.secret!.endDateTime
      }: sign-ins will fail then.`,
      fix: rotationFix(
        soon.appId,
        `Rotate it before ${soon.secret!.endDateTime}.`,
      ),
    };
  }
  const unread = findings.find(f => f.error);
  if (unread) {
    return {
      verdict: 'warn',
      summary: `A client secret is in use for ${unread.use.purpose}, and its expiry could not be read from Microsoft Graph.`,
      fix: {
        summary:
          "Grant the portal's service identity the Microsoft Graph application permission Application.Read.All (admin consent), so the doctor can watch the secret's expiry; better, replace the secret with workload identity federation.",
      },
    };
  }
  if (findings.length > 0) {
    return {
      verdict: 'warn',
      summary: `A stored client secret is in use for ${findings
        .map(f => f.use.purpose)
        .join(' and ')}: it works, but it is a secret to leak and rotate.`,
      fix: rotationFix(findings[0].appId, 'Move off the secret.'),
    };
  }
  return {
    verdict: 'pass',
    summary:
      'The portal authenticates without stored secrets (workload identity federation or managed identity).',
  };
}

/**
 * How the portal authenticates as itself — for on-behalf-of exchanges and
 * as the service identity in the workspace's tenant — and, for each client
 * secret in use, when it expires (from Microsoft Graph).
 *
 * @internal
 */
export async function checkServiceIdentity(options: {
  uses: PortalCredentialUse[];
  readSecrets: (appId: string) => Promise<AppSecrets>;
  nowMs: number;
}): Promise<AccessCheck> {
  const { uses, readSecrets, nowMs } = options;
  const evidence: AccessCheckEvidence[] = uses.map(use => ({
    label: use.purpose,
    value: use.mode,
  }));
  const findings: SecretFinding[] = [];
  for (const use of uses) {
    if (!use.secret) continue;
    const read = await readSecrets(use.secret.appId);
    if ('error' in read) {
      findings.push({ use, appId: read.appId, error: read.error });
      evidence.push({ label: `Secrets of ${read.appId}`, value: read.error });
      continue;
    }
    const secret = secretInUse(read.secrets, use.secret.value);
    const daysLeft = secret
      ? (Date.parse(secret.endDateTime) - nowMs) / DAY_MS
      : undefined;
    findings.push({ use, appId: read.appId, secret, daysLeft });
    evidence.push({
      label: `Secret in use for ${use.purpose}`,
      value: secret
        ? `'${secret.displayName ?? secret.keyId}' (${
            secret.hint ?? '?'
          }…) of ${read.displayName ?? read.appId}, expires ${
            secret.endDateTime
          }`
        : `none of ${read.appId}'s secrets`,
    });
  }
  return {
    id: 'service-identity',
    title: TITLE,
    evidence,
    ...verdictOf(findings),
  };
}
