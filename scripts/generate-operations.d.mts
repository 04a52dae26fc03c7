export function renderOperations(
  target: { name: string; spec: string; out: string },
  root: string,
): Promise<string>;
