// The built-in strategies, in the order of the codebook (../shared/codebook.md). One file per strategy.
import type { StrategyDef } from "../types.js";
import sectorProblem from "./sector-problem.js";
import normalisation from "./normalisation.js";
import strategicSilence from "./strategic-silence.js";
import temporalDistancing from "./temporal-distancing.js";
import correctiveAction from "./corrective-action.js";
import relabeling from "./relabeling.js";
import minimisation from "./minimisation.js";
import bolstering from "./bolstering.js";
import userResponsibility from "./user-responsibility.js";
import blameOthers from "./blame-others.js";
import transparencyClaim from "./transparency-claim.js";
import apology from "./apology.js";
import denial from "./denial.js";
import compensation from "./compensation.js";
import mediaManagement from "./media-management.js";

export const strategies: StrategyDef[] = [
  sectorProblem,
  normalisation,
  strategicSilence,
  temporalDistancing,
  correctiveAction,
  relabeling,
  minimisation,
  bolstering,
  userResponsibility,
  blameOthers,
  transparencyClaim,
  apology,
  denial,
  compensation,
  mediaManagement,
];
