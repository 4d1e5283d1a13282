/**
 * Every error code zimao answers with. Generic codes first, then domain codes.
 * The server maps each to an HTTP status (src/server/http/error-status.ts); `errorMessages` below
 * gives each its zh-CN and en text, used by the server's error handler and by the web app.
 */
export const ErrorCode = {
  INVALID_REQUEST: 'INVALID_REQUEST',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CSRF_TOKEN_INVALID: 'CSRF_TOKEN_INVALID',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL: 'INTERNAL',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
  USERNAME_TAKEN: 'USERNAME_TAKEN',
  CODE_BLOCK_EXHAUSTED: 'CODE_BLOCK_EXHAUSTED',
  COMMITMENT_NOT_AVAILABLE: 'COMMITMENT_NOT_AVAILABLE',
  ADMISSION_REFUSED: 'ADMISSION_REFUSED',
  NAME_REJECTED: 'NAME_REJECTED',
  NAME_CONFLICT: 'NAME_CONFLICT',
  REGISTRATION_REFUSED: 'REGISTRATION_REFUSED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

type Messages = Record<ErrorCode, { 'zh-CN': string; en: string }>;

/** zh-CN and English text for each code; the compiler makes a missing code an error. */
export const errorMessages: Messages = {
  INVALID_REQUEST: { 'zh-CN': '请求有误', en: 'The request is not valid' },
  UNAUTHENTICATED: { 'zh-CN': '请先登录', en: 'Please sign in' },
  FORBIDDEN: { 'zh-CN': '无权进行此操作', en: 'You are not allowed to do this' },
  CSRF_TOKEN_INVALID: {
    'zh-CN': '页面已过期，请刷新后重试',
    en: 'The page has expired; reload it and try again',
  },
  NOT_FOUND: { 'zh-CN': '未找到', en: 'Not found' },
  CONFLICT: { 'zh-CN': '与当前状态冲突', en: 'This conflicts with the current state' },
  IDEMPOTENCY_KEY_REUSED: {
    'zh-CN': '该幂等键已用于另一个请求',
    en: 'This Idempotency-Key was already used for a different request',
  },
  RATE_LIMITED: { 'zh-CN': '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  INTERNAL: { 'zh-CN': '系统内部错误，请稍后再试', en: 'Internal error; please try again later' },
  INVALID_CREDENTIALS: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_DISABLED: { 'zh-CN': '账号已停用', en: 'This account is disabled' },
  USERNAME_TAKEN: { 'zh-CN': '用户名已被使用', en: 'This username is already taken' },
  CODE_BLOCK_EXHAUSTED: {
    'zh-CN': '该号段已用尽，请联系管理员分配新号段',
    en: 'The code block is exhausted; ask an administrator for a new block',
  },
  COMMITMENT_NOT_AVAILABLE: {
    'zh-CN': '申请人曾作出虚假承诺，信用修复前不适用告知承诺制，请按一般程序申请',
    en: 'The applicant made a false commitment before; until its credit is repaired, apply under the ordinary procedure',
  },
  ADMISSION_REFUSED: {
    'zh-CN': '该外商投资不符合负面清单的准入要求，不予受理',
    en: 'This foreign investment does not meet the admission requirements of the negative list',
  },
  NAME_REJECTED: {
    'zh-CN': '该企业名称不符合《企业名称登记管理规定》，不能申报',
    en: 'This enterprise name breaks the Regulations on the Registration of Enterprise Names and cannot be declared',
  },
  NAME_CONFLICT: {
    'zh-CN': '该字号与同行业已登记或保留的名称相同，不能申报',
    en: 'This trade name is identical to a registered or reserved name in the same industry and cannot be declared',
  },
  REGISTRATION_REFUSED: {
    'zh-CN': '申请材料未通过形式审查，请按提示修改后重新提交',
    en: 'The application did not pass formal review; correct it as shown and file it again',
  },
};

export type Locale = 'zh-CN' | 'en';
