// The checker runs one post at a time through every rule, and several rules ask the same question
// about that post in turn. Remembering the answer for the last post asked about is enough, and
// cheaper than a WeakMap entry per post; a post asked about again later is worked out again.

/**
 * `compute`, answering again from memory while its first argument is the same (the same object,
 * or an equal string).
 */
export function rememberLast<K, A extends unknown[], V>(
  compute: (key: K, ...rest: A) => V,
): (key: K, ...rest: A) => V {
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key, ...rest) => {
    if (key !== lastKey || lastValue === undefined) {
      lastValue = compute(key, ...rest);
      lastKey = key;
    }
    return lastValue;
  };
}
