// Operating-system errors (ENOENT, ELOOP, …) in plain words, so that no raw error code reaches a message.

const WORDS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a file stands where a directory of the path should be',
  EISDIR: 'a directory has this name',
  EEXIST: 'a file or directory of this name is in the way',
  ENOTEMPTY: 'a directory has this name',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links (a link that points to itself?)',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'the file is in use',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'the disk reported an input/output error',
  EXDEV: 'cannot move a file across file systems',
  EINVAL: 'the name is not allowed here',
};

/** What went wrong, in words: the known codes translated, anything else as the system's own message without the code. */
export function systemErrorWords(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code && WORDS[err.code]) return WORDS[err.code];
  const message = String(err?.message ?? e)
    .replace(/^[A-Z][A-Z0-9_]+: /, '')
    .replace(/, \w+ '.*'$/, '');
  return message || 'the system refused';
}
