import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '@cm/contracts';

export interface UploadedFile {
  filename: string;
  buffer: Buffer;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Reads the multipart field `file` with a hard size limit. */
export async function readUpload(req: FastifyRequest, maxBytes: number): Promise<UploadedFile> {
  if (!req.isMultipart()) throw new AppError('FILE_UNSUPPORTED', '请以 multipart/form-data 上传 .xlsx 文件');
  const part = await req.file({ limits: { fileSize: maxBytes, files: 1, fields: 5 } });
  if (!part || part.fieldname !== 'file') throw AppError.validation([{ path: 'file', code: 'REQUIRED', message: '请选择要上传的文件(字段名 file)' }]);
  const buffer = await part.toBuffer().catch((err: { code?: string }) => {
    if (err.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('FILE_TOO_LARGE', `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 上限`);
    throw err;
  });
  if (part.file.truncated) throw new AppError('FILE_TOO_LARGE', `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 上限`);
  if (!buffer.length) throw AppError.validation([{ path: 'file', code: 'EMPTY', message: '文件是空的' }]);
  return { filename: part.filename.slice(0, 200) || 'upload', buffer };
}

/** As readUpload, and anything that is not a ZIP container is refused before it is stored. */
export async function readXlsxUpload(req: FastifyRequest, maxBytes: number): Promise<UploadedFile> {
  const file = await readUpload(req, maxBytes);
  if (file.buffer.length < 4 || !file.buffer.subarray(0, 4).equals(ZIP_MAGIC)) throw new AppError('FILE_UNSUPPORTED', '文件不是有效的 .xlsx 工作簿');
  return file;
}
