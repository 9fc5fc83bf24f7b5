/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';

/** The files a TLS server and its clients need. */
export type TlsMaterial = {
  /** Path of the CA certificate: what NODE_EXTRA_CA_CERTS points at. */
  caPath: string;
  ca: string;
  cert: string;
  key: string;
};

const HOSTNAMES = ['localhost'];
const IPS = ['127.0.0.1', '::1'];

function newKeyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return {
    privateKeyPem: privateKey,
    privateKey: forge.pki.privateKeyFromPem(privateKey),
    publicKey: forge.pki.publicKeyFromPem(publicKey),
  };
}

function certificate(
  subjectCn: string,
  publicKey: forge.pki.PublicKey,
  validYears: number,
) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // Positive serial number: a leading 0x00-0x7f byte.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 60 * 60 * 1000);
  cert.validity.notAfter = new Date(Date.now());
  cert.validity.notAfter.setFullYear(
    cert.validity.notAfter.getFullYear() + validYears,
  );
  cert.setSubject([{ name: 'commonName', value: subjectCn }]);
  return cert;
}

function createAuthority() {
  const keys = newKeyPair();
  const cert = certificate(
    'Azure ML for Backstage local emulator CA',
    keys.publicKey,
    10,
  );
  cert.setIssuer(cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { cert, privateKey: keys.privateKey };
}

function createServerCertificate(ca: ReturnType<typeof createAuthority>) {
  const keys = newKeyPair();
  // Browsers cap leaf validity; two years keeps every client content.
  const cert = certificate('localhost', keys.publicKey, 2);
  cert.setIssuer(ca.cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    {
      name: 'keyUsage',
      digitalSignature: true,
      keyEncipherment: true,
      critical: true,
    },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        ...HOSTNAMES.map(value => ({ type: 2, value })),
        ...IPS.map(ip => ({ type: 7, ip })),
      ],
    },
  ]);
  cert.sign(ca.privateKey, forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: keys.privateKeyPem };
}

/**
 * The emulator's local certificate authority and its `localhost` server
 * certificate, created on first run in `stateDir` and reused afterwards.
 * MSAL only talks to https authorities, so the emulator needs both; clients
 * trust the CA through NODE_EXTRA_CA_CERTS.
 */
export function loadOrCreateTlsMaterial(stateDir: string): TlsMaterial {
  const caPath = path.join(stateDir, 'ca.pem');
  const certPath = path.join(stateDir, 'server-cert.pem');
  const keyPath = path.join(stateDir, 'server-key.pem');
  if (!isUsable(stateDir)) createInto(stateDir);
  return {
    caPath,
    ca: readFileSync(caPath, 'utf8'),
    cert: readFileSync(certPath, 'utf8'),
    key: readFileSync(keyPath, 'utf8'),
  };
}

/**
 * Writes a new CA and certificate into a fresh folder and renames it into
 * place, so processes starting together (parallel test workers) never mix
 * one CA's files with another's: the first rename wins, the others use it.
 */
function createInto(stateDir: string) {
  mkdirSync(path.dirname(stateDir), { recursive: true });
  const staging = mkdtempSync(`${stateDir}.staging-`);
  const ca = createAuthority();
  const server = createServerCertificate(ca);
  writeFileSync(
    path.join(staging, 'ca.pem'),
    forge.pki.certificateToPem(ca.cert),
  );
  writeFileSync(path.join(staging, 'server-cert.pem'), server.cert);
  writeFileSync(path.join(staging, 'server-key.pem'), server.key, {
    mode: 0o600,
  });
  if (existsSync(stateDir) && !isUsable(stateDir)) {
    rmSync(stateDir, { recursive: true, force: true });
  }
  try {
    renameSync(staging, stateDir);
  } catch (error) {
    if (
      !['EEXIST', 'ENOTEMPTY'].includes(
        (error as NodeJS.ErrnoException).code ?? '',
      )
    )
      throw error;
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Complete, and the certificate has more than a week left. */
function isUsable(stateDir: string): boolean {
  const files = ['ca.pem', 'server-cert.pem', 'server-key.pem'].map(f =>
    path.join(stateDir, f),
  );
  if (!files.every(existsSync)) return false;
  const cert = forge.pki.certificateFromPem(readFileSync(files[1], 'utf8'));
  return cert.validity.notAfter.getTime() - Date.now() > 7 * 24 * 3600 * 1000;
}
