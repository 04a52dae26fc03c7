export interface ValidatorTarget {
  /** Client name: part of the schema IDs. */
  name: string;
  /** The spec, relative to `root`. */
  spec: string;
}
/** The standalone validator module (ES module source) for one spec. */
export function renderValidators(target: ValidatorTarget, root: string): Promise<string>;
/** The declaration file that goes next to it. */
export function renderValidatorTypes(target: ValidatorTarget): string;
