import { ApiError } from '../../api/client.ts';

/**
 * The server's own message for a refused request (it names the field and the rule, in the requested language,
 * e.g. "请求有误: payload.items: 一次告知 …"), kept as a plain Error so ErrorAlert shows it whole; other errors as they are.
 */
export function withServerDetail(error: unknown): unknown {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.message !== '') {
    return new Error(error.message);
  }
  return error;
}
