import { UPLOAD_DIR } from './types';

/**
 * Statements run on every new connection, before any user data is touched.
 *
 * Extension autoloading would fetch from the DuckDB extension host (a request leaving the page's origin;
 * in Node it hangs forever). Turning autoload off is not enough, so external access is switched off as
 * a whole, with user files allowed under `uploads/` only. It cannot be switched back on for this database.
 */
export const SETUP_SQL: readonly string[] = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  `SET allowed_directories = ['${UPLOAD_DIR}']`,
  'SET enable_external_access = false',
];

/** The query options both engines open the database with: BIGINT and DECIMAL arrive as doubles. */
export const QUERY_CONFIG = { castBigIntToDouble: true, castDecimalToDouble: true } as const;

/** A file name made safe to live under the upload directory (the original name is kept for messages). */
export function uploadPath(name: string, unique: number): string {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(-80) || 'file';
  return `${UPLOAD_DIR}${unique}-${safe}`;
}
