/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { StoredBlob } from './BlobStore';

/** Text as XML character data or a (double-quoted) attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const utc = (ms: number) => new Date(ms).toUTCString();

function blobXml(name: string, blob: StoredBlob): string {
  return [
    '<Blob>',
    `<Name>${escapeXml(name)}</Name>`,
    '<Properties>',
    `<Creation-Time>${utc(blob.createdAtMs)}</Creation-Time>`,
    `<Last-Modified>${utc(blob.lastModifiedMs)}</Last-Modified>`,
    `<Etag>${blob.etag}</Etag>`,
    `<Content-Length>${blob.content.length}</Content-Length>`,
    `<Content-Type>${escapeXml(blob.contentType)}</Content-Type>`,
    '<Content-Encoding />',
    '<Content-Language />',
    `<Content-MD5>${blob.contentMd5}</Content-MD5>`,
    '<Cache-Control />',
    '<BlobType>BlockBlob</BlobType>',
    '<AccessTier>Hot</AccessTier>',
    '<AccessTierInferred>true</AccessTierInferred>',
    '<LeaseStatus>unlocked</LeaseStatus>',
    '<LeaseState>available</LeaseState>',
    '<ServerEncrypted>true</ServerEncrypted>',
    '</Properties>',
    '</Blob>',
  ].join('');
}

/** One page of List Blobs: Azure's `EnumerationResults`. */
export function listBlobsXml(page: {
  serviceEndpoint: string;
  container: string;
  prefix?: string;
  marker?: string;
  maxResults?: number;
  delimiter?: string;
  blobs: [string, StoredBlob][];
  prefixes: string[];
  nextMarker?: string;
}): string {
  const optional = (tag: string, value: string | number | undefined) =>
    value === undefined ? '' : `<${tag}>${escapeXml(String(value))}</${tag}>`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<EnumerationResults ServiceEndpoint="${escapeXml(
      page.serviceEndpoint,
    )}" ContainerName="${escapeXml(page.container)}">`,
    optional('Prefix', page.prefix),
    optional('Marker', page.marker),
    optional('MaxResults', page.maxResults),
    optional('Delimiter', page.delimiter),
    '<Blobs>',
    ...page.blobs.map(([name, blob]) => blobXml(name, blob)),
    ...page.prefixes.map(
      p => `<BlobPrefix><Name>${escapeXml(p)}</Name></BlobPrefix>`,
    ),
    '</Blobs>',
    page.nextMarker
      ? `<NextMarker>${escapeXml(page.nextMarker)}</NextMarker>`
      : '<NextMarker />',
    '</EnumerationResults>',
  ].join('');
}

const BLOCK_ENTRY = /<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g;

/**
 * The block ids of a Put Block List body, in order. Every entry names a
 * block the blob is built from; the emulator keeps no committed blocks apart
 * from the blob, so all of them must be staged.
 *
 * @returns undefined when the body is no `<BlockList>`.
 */
export function parseBlockList(xml: string): string[] | undefined {
  if (!/<BlockList>[\s\S]*<\/BlockList>/.test(xml)) return undefined;
  return [...xml.matchAll(BLOCK_ENTRY)].map(m => m[2].trim());
}
