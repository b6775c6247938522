// A Word file is a ZIP archive, and a few hundred kB of it can inflate to gigabytes. Before
// mammoth inflates anything, each member's declared size and compression ratio are checked
// from the central directory, then each member is inflated as a stream that is cut off as
// soon as it passes the limit: a member that lies about its size is caught as well.
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { IngestInputError } from '../types.js';
import { IngestLimitError, RATIO_FLOOR_BYTES, megabytes, type InputLimits } from './limits.js';

function open(bytes: Uint8Array): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (err, zip) => {
        if (err) reject(err);
        else resolve(zip);
      },
    );
  });
}

function tooLarge(name: string, member: string, limits: InputLimits): IngestLimitError {
  return new IngestLimitError(
    `${name}: ${member} inflates past ${megabytes(limits.maxInflatedBytes)}`,
    'maxInflatedBytes',
    413,
  );
}

function checkDeclared(entry: Entry, name: string, limits: InputLimits): void {
  if (entry.uncompressedSize > limits.maxInflatedBytes)
    throw tooLarge(name, entry.fileName, limits);
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
    throw new IngestLimitError(
      `${name}: ${entry.fileName} inflates ${String(Math.round(ratio))} times ` +
        `(${megabytes(entry.compressedSize)} to ${megabytes(entry.uncompressedSize)}), more than ` +
        `the ${String(limits.maxCompressionRatio)} times a document's XML does`,
      'maxCompressionRatio',
      413,
    );
  }
}

/** Inflates one member, counting; throws as soon as it passes the limit. */
function inflateCounting(
  zip: ZipFile,
  entry: Entry,
  name: string,
  limits: InputLimits,
): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) {
        reject(err);
        return;
      }
      let inflated = 0;
      stream.on('data', (chunk: Buffer) => {
        inflated += chunk.length;
        if (inflated > limits.maxInflatedBytes) {
          stream.destroy();
          reject(tooLarge(name, entry.fileName, limits));
        }
      });
      stream.on('error', (e: Error) => {
        // yauzl checks each member against the size its headers declare.
        reject(
          /too many bytes|too few bytes/.test(e.message)
            ? new IngestInputError(
                `${name}: ${entry.fileName} does not inflate to the ${megabytes(entry.uncompressedSize)} ` +
                  'its header declares; the archive is damaged or was made to mislead',
              )
            : e,
        );
      });
      stream.on('end', () => {
        resolve();
      });
    });
  });
}

/**
 * Checks every member of a ZIP-based document against the limits.
 * @throws IngestLimitError past a limit, IngestInputError when it is not a readable archive
 */
export async function checkZip(
  bytes: Uint8Array,
  name: string,
  limits: InputLimits,
): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await open(bytes);
  } catch (err) {
    throw new IngestInputError(
      `${name}: not a readable Word document (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => {
        resolve();
      });
      zip.on('entry', (entry: Entry) => {
        const check = async () => {
          checkDeclared(entry, name, limits);
          if (!entry.fileName.endsWith('/')) await inflateCounting(zip, entry, name, limits);
          zip.readEntry();
        };
        check().catch(reject);
      });
      zip.readEntry();
    });
  } catch (err) {
    if (err instanceof IngestInputError) throw err;
    throw new IngestInputError(
      `${name}: not a readable Word document (${err instanceof Error ? err.message : String(err)})`,
    );
  } finally {
    zip.close();
  }
}
