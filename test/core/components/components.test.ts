import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/core/load/markdown.ts';
import { inlineMacros, macrosUsedBy, tabChannels } from '../../../src/core/components/references.ts';
import { imageSize } from '../../../src/core/media/image-size.ts';

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? Array.from(part, (character) => character.charCodeAt(0)) : part)));
const be32 = (value: number) => [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
const le16 = (value: number) => [value & 255, value >> 8];

describe('imageSize', () => {
  it('reads a PNG header', () => {
    expect(imageSize(bytes([0x89], 'PNG\r\n', [0x1a, 0x0a], be32(13), 'IHDR', be32(1280), be32(720), [8, 6, 0, 0, 0]))).toEqual({
      width: 1280,
      height: 720,
    });
  });
  it('reads a GIF header', () => {
    expect(imageSize(bytes('GIF89a', le16(320), le16(200), [0, 0, 0]))).toEqual({ width: 320, height: 200 });
  });
  it('reads a JPEG frame after an APP0 segment', () => {
    const app0 = [0xff, 0xe0, 0, 16, ...Array.from({ length: 14 }, () => 0)];
    const sof2 = [0xff, 0xc2, 0, 17, 8, 0x02, 0x58, 0x03, 0x20, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(imageSize(bytes([0xff, 0xd8], app0, sof2))).toEqual({ width: 800, height: 600 });
  });
  it('reads lossless and extended WebP headers', () => {
    const vp8l = bytes(
      'RIFF',
      [0, 0, 0, 0],
      'WEBP',
      'VP8L',
      [0, 0, 0, 0, 0x2f],
      [99 & 0xff, ((99 >> 8) & 0x3f) | ((49 & 0x3) << 6), (49 >> 2) & 0xff, (49 >> 10) & 0xf],
      [0, 0, 0, 0, 0],
    );
    expect(imageSize(vp8l)).toEqual({ width: 100, height: 50 });
    const vp8x = bytes('RIFF', [0, 0, 0, 0], 'WEBP', 'VP8X', [10, 0, 0, 0, 0, 0, 0, 0], [0x3f, 0x06, 0], [0x0f, 0x04, 0]);
    expect(imageSize(vp8x)).toEqual({ width: 1600, height: 1040 });
  });
  it('reads an SVG from width and height, or from its viewBox', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(imageSize(encode('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="640" height="360px">'))).toEqual({
      width: 640,
      height: 360,
    });
    expect(imageSize(encode('<svg viewBox="0 0 300 150" width="100%">'))).toEqual({ width: 300, height: 150 });
    expect(imageSize(encode('<svg viewBox="0 0 300 150" width="600">'))).toEqual({ width: 600, height: 300 });
  });
  it('answers undefined for other files and cut-short headers', () => {
    expect(imageSize(bytes('%PDF-1.7'))).toBeUndefined();
    expect(imageSize(bytes([0x89], 'PNG'))).toBeUndefined();
    expect(imageSize(new Uint8Array())).toBeUndefined();
  });
});

const body = `## Steps

<Callout kind="warning" title="Cancel first">
  Cancel **before** you refund.
</Callout>

1. Send the reply:

   <Macro id="refund-approved" />

2. Then:

   <Tabs>
     <Tab channel="email">Reply on the ticket.</Tab>
     <Tab channel="in-app">Answer in the thread.</Tab>
   </Tabs>

3. Mention <Macro id="goodwill" /> in passing. <Callout kind="tip">Be brief.</Callout>

<Screenshot src="../assets/dialog.png" alt="The refund dialog" caption="Stripe" />

<Video src="../assets/refund.webm" title="Issuing a refund" />
`;

describe('component references', () => {
  const { tree } = parseBody(body, 'mdx');
  it('finds inline macros and tab channels at their props', () => {
    expect(inlineMacros(tree).map(({ id, range }) => [id, range?.line, range?.column])).toEqual([
      ['refund-approved', 9, 11],
      ['goodwill', 18, 19],
    ]);
    expect(tabChannels(tree).map(({ id }) => id)).toEqual(['email', 'in-app']);
  });
  it('counts inline macros as uses, once each, after the listed ones', () => {
    expect(macrosUsedBy(['refund-approved', 'other'], { tree, body })).toEqual(['refund-approved', 'other', 'goodwill']);
  });
});
