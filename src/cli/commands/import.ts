// `sop import`: placeholder registration, replaced by its real implementation in its own change.
import type { RegisterCommand } from '../command.ts';

export const registerImport: RegisterCommand = () => {};
